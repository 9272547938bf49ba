// Spoken calls for the waiting room: "Mời số A 15 đến quầy số 2", after a
// chime, one at a time. A call that arrives while another is being spoken
// waits its turn (never cuts it off). Speech comes from espeak-ng's
// Vietnamese voice, rendered to a WAV file (chime + speech), then played
// with a player program (aplay by default). Both run as child processes, so
// the display's screen never waits for them.
//
// The WAV files stay in `outputDir` (the last 20), which is how tests and
// an office's technician can hear what was said.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QQueue>
#include <QString>

namespace tiepdan {

class Announcer : public QObject {
    Q_OBJECT
public:
    // `player` empty: render the files but play nothing (tests, no speakers).
    explicit Announcer(QString outputDir, QString player = QStringLiteral("aplay"), QObject *parent = nullptr);
    ~Announcer() override;

    // The words: the ticket's letters, its number without leading zeros (so
    // the voice says "mười lăm", not "không một năm"), and the counter.
    static QString spokenText(const QString &label, int counter);
    // A short two-tone chime, 16-bit mono PCM at `sampleRate`.
    static QByteArray chime(int sampleRate);

    void announce(const QString &label, int counter);
    int pending() const { return int(m_queue.size()) + (m_busy ? 1 : 0); }
    bool busy() const { return m_busy; }

signals:
    void started(const QString &text);
    // `wavPath` empty when rendering failed; `error` says why.
    void finished(const QString &text, const QString &wavPath, const QString &error);

private:
    void next();
    void rendered(int exitCode, QProcess::ExitStatus status);
    void done(const QString &wavPath, const QString &error);
    void prune();

    QString m_dir, m_player;
    QQueue<QString> m_queue;
    bool m_busy = false;
    QString m_current, m_currentWav;
    QProcess m_process;
    int m_seq = 0;
};

} // namespace tiepdan
