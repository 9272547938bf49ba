#include "announcer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QtEndian>

#include <cmath>

Q_LOGGING_CATEGORY(lcAnnounce, "tiepdan.announce")

namespace tiepdan {

namespace {
// WAV header fields of espeak-ng's output we rely on.
struct Wav {
    int sampleRate = 0;
    int channels = 0;
    int bits = 0;
    QByteArray pcm;
};

bool parseWav(const QByteArray &data, Wav *out)
{
    if (data.size() < 44 || !data.startsWith("RIFF") || data.mid(8, 4) != "WAVE")
        return false;
    qsizetype pos = 12;
    while (pos + 8 <= data.size()) {
        const QByteArray id = data.mid(pos, 4);
        const quint32 size = qFromLittleEndian<quint32>(data.constData() + pos + 4);
        const qsizetype body = pos + 8;
        if (id == "fmt " && body + 16 <= data.size()) {
            out->channels = qFromLittleEndian<quint16>(data.constData() + body + 2);
            out->sampleRate = int(qFromLittleEndian<quint32>(data.constData() + body + 4));
            out->bits = qFromLittleEndian<quint16>(data.constData() + body + 14);
        } else if (id == "data") {
            // espeak-ng writing to a pipe leaves the size at 0xFFFFFFFF.
            out->pcm = data.mid(body, size == 0xFFFFFFFFu ? -1 : qsizetype(size));
            return out->sampleRate > 0 && out->channels == 1 && out->bits == 16;
        }
        pos = body + qsizetype(size) + (size & 1);
    }
    return false;
}

QByteArray wavFile(int sampleRate, const QByteArray &pcm)
{
    QByteArray h(44, '\0');
    auto put32 = [&h](int at, quint32 v) { qToLittleEndian<quint32>(v, h.data() + at); };
    auto put16 = [&h](int at, quint16 v) { qToLittleEndian<quint16>(v, h.data() + at); };
    h.replace(0, 4, "RIFF");
    put32(4, quint32(36 + pcm.size()));
    h.replace(8, 8, "WAVEfmt ");
    put32(16, 16);
    put16(20, 1); // PCM
    put16(22, 1); // mono
    put32(24, quint32(sampleRate));
    put32(28, quint32(sampleRate * 2));
    put16(32, 2);
    put16(34, 16);
    h.replace(36, 4, "data");
    put32(40, quint32(pcm.size()));
    return h + pcm;
}
} // namespace

Announcer::Announcer(QString outputDir, QString player, QObject *parent)
    : QObject(parent), m_dir(std::move(outputDir)), m_player(std::move(player))
{
    QDir().mkpath(m_dir);
    // Queued: the next step starts the same QProcess again, which it must
    // not do from inside its own signals.
    connect(&m_process, &QProcess::finished, this, &Announcer::rendered, Qt::QueuedConnection);
    connect(
        &m_process, &QProcess::errorOccurred, this,
        [this](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                rendered(-1, QProcess::CrashExit);
        },
        Qt::QueuedConnection);
}

Announcer::~Announcer()
{
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QString Announcer::spokenText(const QString &label, int counter)
{
    static const QRegularExpression re(QStringLiteral("^([A-Z]+)-?0*([0-9]+)$"));
    const auto m = re.match(label.trimmed().toUpper());
    const QString number = m.hasMatch() ? m.captured(1) + u' ' + m.captured(2) : label;
    return QStringLiteral("Mời số %1 đến quầy số %2").arg(number).arg(counter);
}

QByteArray Announcer::chime(int sampleRate)
{
    // Two soft tones (E6 then C6), 0.25 s each, with a fade so nothing clicks.
    QByteArray pcm;
    for (const double freq : {1318.5, 1046.5}) {
        const int n = sampleRate / 4;
        for (int i = 0; i < n; ++i) {
            const double fade = std::min(1.0, std::min(i, n - i) / (0.02 * sampleRate));
            const auto s = qint16(9000 * fade * std::sin(2 * M_PI * freq * i / sampleRate));
            char b[2];
            qToLittleEndian<qint16>(s, b);
            pcm.append(b, 2);
        }
    }
    pcm.append(QByteArray(sampleRate / 5 * 2, '\0')); // 0.2 s of silence before the words
    return pcm;
}

void Announcer::announce(const QString &label, int counter)
{
    m_queue.enqueue(spokenText(label, counter));
    if (!m_busy)
        next();
}

void Announcer::next()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    m_current = m_queue.dequeue();
    m_currentWav.clear();
    emit started(m_current);
    // Step 1: render the words (espeak-ng, Vietnamese voice) to stdout.
    m_process.setProperty("step", QStringLiteral("render"));
    m_process.start(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), QStringLiteral("vi"), QStringLiteral("-s"),
                                                  QStringLiteral("140"), QStringLiteral("--stdout"), m_current});
}

void Announcer::rendered(int exitCode, QProcess::ExitStatus status)
{
    const QString step = m_process.property("step").toString();
    if (step == QLatin1String("play")) {
        // Step 3 done: the next call may speak now.
        if (exitCode != 0 || status != QProcess::NormalExit)
            qCWarning(lcAnnounce) << "the player failed:" << m_process.readAllStandardError().left(200);
        done(m_currentWav, {});
        return;
    }
    Wav wav;
    if (exitCode != 0 || status != QProcess::NormalExit || !parseWav(m_process.readAllStandardOutput(), &wav)) {
        const QString why = m_process.error() == QProcess::FailedToStart
                                ? QStringLiteral("espeak-ng is not installed")
                                : QStringLiteral("espeak-ng failed: %1")
                                      .arg(QString::fromUtf8(m_process.readAllStandardError().left(200)));
        qCWarning(lcAnnounce) << why;
        done({}, why);
        return;
    }
    // Step 2: chime + words in one file.
    const QString path =
        QDir(m_dir).filePath(QStringLiteral("call-%1-%2.wav")
                                 .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                 .arg(++m_seq, 4, 10, QChar(u'0')));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(wavFile(wav.sampleRate, chime(wav.sampleRate) + wav.pcm)) < 0) {
        done({}, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
        return;
    }
    f.close();
    m_currentWav = path;
    prune();
    if (m_player.isEmpty()) {
        done(path, {});
        return;
    }
    m_process.setProperty("step", QStringLiteral("play"));
    m_process.start(m_player, {QStringLiteral("-q"), path});
}

void Announcer::done(const QString &wavPath, const QString &error)
{
    const QString text = m_current;
    m_current.clear();
    emit finished(text, wavPath, error);
    next();
}

void Announcer::prune()
{
    QDir d(m_dir);
    const QStringList files = d.entryList({QStringLiteral("call-*.wav")}, QDir::Files, QDir::Name);
    for (qsizetype i = 0; i + 20 < files.size(); ++i)
        d.remove(files[i]);
}

} // namespace tiepdan
