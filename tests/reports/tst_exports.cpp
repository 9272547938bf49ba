// Exports of the log book and the statistics report (receptionctl log
// export, report --format), run as an operator runs them, on a store with
// Vietnamese names (one typed decomposed, NFD), an emoji, a field with a
// comma, quotes and a line break, a formula-looking "=1+1" and a sealed
// denunciation. The CSV is read back with a real CSV parser (Python's csv
// module); the PDFs are rasterised with pdftoppm and read with pdftotext.
#include "exports.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kBinary = QStringLiteral(RECEPTIONCTL_PATH);
const QString kConfig = QStringLiteral(TIEPDAN_CONFIG_DIR);
const QString kSealedName = u"Trần Thị Bí Mật"_s;
const QString kAddress = u"Số 5, ngõ 3 \"Hoa Mai\"\nphường Kinh Bắc"_s;
const QString kContent = u"=1+1 khiếu nại quyết định cưỡng chế 🙂"_s;

struct Run {
    int code = -1;
    QByteArray out, err;
    QString describe() const
    {
        return u"exit %1\n--- stdout:\n%2\n--- stderr:\n%3"_s.arg(code).arg(QString::fromUtf8(out),
                                                                            QString::fromUtf8(err));
    }
};

Run runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = "could not run " + program.toUtf8();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestExports : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run ctl(const QStringList &args)
    {
        return runProgram(kBinary,
                          QStringList{u"--config"_s, kConfig, u"--db"_s, m_db, u"--actor"_s, u"tester"_s} + args);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void add(const QStringList &args)
    {
        const Run r = ctl(QStringList{u"log"_s, u"add"_s} + args);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
    }
    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // An .ods workbook's cells, row by row (a cell's paragraphs joined by
    // \n), the number cells' values, and how many cells hold a formula, as
    // JSON {"rows", "numbers", "formulas"} on stdout (Python's zipfile + XML).
    static Run odsBook(const QString &ods)
    {
        return runProgram(
            u"python3"_s,
            {u"-c"_s,
             u"import json,sys,zipfile,xml.etree.ElementTree as E\n"
             u"ns={'table':'urn:oasis:names:tc:opendocument:xmlns:table:1.0','text':'urn:oasis:names:tc:opendocument:"
             u"xmlns:text:1.0','office':'urn:oasis:names:tc:opendocument:xmlns:office:1.0'}\n"
             u"z=zipfile.ZipFile(sys.argv[1])\n"
             u"assert z.testzip() is None\n"
             u"root=E.fromstring(z.read('content.xml'))\n"
             u"rows=[];formulas=0;numbers=[]\n"
             u"for row in root.iter('{%s}table-row'%ns['table']):\n"
             u"  cells=[]\n"
             u"  for c in row.findall('table:table-cell',ns):\n"
             u"    if c.get('{%s}formula'%ns['table']): formulas+=1\n"
             u"    if c.get('{%s}value-type'%ns['office'])=='float': "
             u"numbers.append(float(c.get('{%s}value'%ns['office'])))\n"
             u"    cells.append('\\n'.join(''.join(p.itertext()) for p in c.findall('text:p',ns)))\n"
             u"  if any(cells): rows.append(cells)\n"
             u"print(json.dumps({'rows':rows,'formulas':formulas,'numbers':numbers}))"_s,
             ods});
    }
    static QString pdfText(const QString &pdf)
    {
        const Run r = runProgram(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        return r.code == 0 ? QString::fromUtf8(r.out) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(u"office.db"_s);
        // November: the small set with every awkward value.
        add({u"--kind"_s, u"complaint"_s, u"--name"_s, u"Nguyễn Văn Ánh"_s, u"--address"_s, kAddress, u"--id"_s,
             u"027090001234"_s, u"--content"_s, kContent, u"--direction"_s, u"accept"_s, u"--date"_s,
             u"2026-11-02T09:00"_s});
        add({u"--kind"_s, u"denunciation"_s, u"--name"_s, kSealedName, u"--address"_s, u"Thôn Bí Ẩn"_s, u"--content"_s,
             u"Tố cáo chấp hành viên"_s, u"--date"_s, u"2026-11-03T10:00"_s});
        add({u"--kind"_s,
             u"petition"_s,
             u"--name"_s,
             u"Lê Thị Hồng Nhung"_s.normalized(QString::NormalizationForm_D),
             u"--content"_s,
             u"Kiến nghị, về việc \"trả tiền\""_s,
             u"--follow-up"_s,
             u"+84 912 345 678 hẹn gọi lại"_s,
             u"--previous-agency"_s,
             u"@UBND xã"_s,
             u"--direction"_s,
             u"transfer"_s,
             u"--transfer-agency"_s,
             u"Tòa án nhân dân tỉnh Bắc Ninh"_s,
             u"--receiver-role"_s,
             u"head"_s,
             u"--reception-kind"_s,
             u"periodic"_s,
             u"--date"_s,
             u"2026-11-04T14:00"_s});
        // October: enough long records for several pages.
        for (int i = 1; i <= 36; ++i)
            add({u"--kind"_s, u"complaint"_s, u"--name"_s, u"Phạm Thị Thu Hương"_s, u"--address"_s,
                 u"Xóm %1, xã Đông Tiến, tỉnh Bắc Ninh"_s.arg(i), u"--content"_s,
                 u"Khiếu nại lần %1 về việc cưỡng chế kê biên tài sản, đề nghị xem xét lại quyết "
                 u"định của chấp hành "
                 u"viên và hoàn trả số tiền đã nộp."_s.arg(i),
                 u"--direction"_s, i % 2 ? u"accept"_s : u"return_guide"_s, u"--date"_s,
                 u"2026-10-%1T08:30"_s.arg(1 + i % 28, 2, 10, QChar(u'0'))});
    }

    // One cell as written: formulas neutralised, then RFC 4180 quoting.
    void csvCell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << u"Nguyễn Văn Ánh"_s << u"Nguyễn Văn Ánh"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a, b"_s << u"\"a, b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("cr") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("formula =") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("formula +") << u"+84 912"_s << u"'+84 912"_s;
        QTest::newRow("formula -") << u"-5"_s << u"'-5"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("formula tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("formula and comma") << u"=HYPERLINK(\"x\",1)"_s << u"\"'=HYPERLINK(\"\"x\"\",1)\""_s;
        QTest::newRow("inner = kept") << u"1=1"_s << u"1=1"_s;
        QTest::newRow("emoji") << u"🙂"_s << u"🙂"_s;
    }
    void csvCell()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(tiepdan::reports::csvCell(text), cell);
    }

    void csvLogBook()
    {
        const QString out = path(u"nov.csv"_s);
        const Run r = ctl({u"log"_s, u"export"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s,
                           u"--format"_s, u"csv"_s, u"--out"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QByteArray bytes = readAll(out);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(!bytes.contains(kSealedName.toUtf8()));
        QVERIFY(!bytes.contains("Bí Mật"));
        QVERIFY(!bytes.contains(u"Thôn Bí Ẩn"_s.toUtf8()));
        // Every line break outside a quoted field is CRLF.
        bool quoted = false;
        for (qsizetype i = 3; i < bytes.size(); ++i) {
            if (bytes[i] == '"')
                quoted = !quoted;
            else if (bytes[i] == '\n' && !quoted)
                QVERIFY2(i > 0 && bytes[i - 1] == '\r', "a row ends with LF only");
        }

        // A real CSV parser reads it back.
        const Run py = runProgram(u"python3"_s, {u"-c"_s,
                                                 u"import csv,json,sys\n"
                                                 u"f=open(sys.argv[1],encoding='utf-8-sig',newline='')\n"
                                                 u"print(json.dumps(list(csv.reader(f))))"_s,
                                                 out});
        QVERIFY2(py.code == 0, qPrintable(py.describe()));
        const QJsonArray rows = QJsonDocument::fromJson(py.out).array();
        QCOMPARE(rows.size(), 4);
        const QJsonArray head = rows[0].toArray();
        QCOMPARE(head.size(), 12);
        QCOMPARE(head[0].toString(), u"STT"_s);
        QCOMPARE(head[2].toString(), u"Họ tên, địa chỉ"_s);
        QCOMPARE(head[11].toString(), u"Ghi chú"_s);
        for (const QJsonValue &row : rows)
            QCOMPARE(row.toArray().size(), 12);
        const QJsonArray first = rows[1].toArray();
        QCOMPARE(first[2].toString(), u"Nguyễn Văn Ánh\n"_s + kAddress);
        QCOMPARE(first[3].toString(), u"027090001234"_s);
        QCOMPARE(first[4].toString(), u"'"_s + kContent); // neutralised, emoji intact
        QCOMPARE(first[7].toString(), u"x"_s);
        const QJsonArray sealed = rows[2].toArray();
        QCOMPARE(sealed[2].toString(), u"(bảo mật)"_s);
        QCOMPARE(sealed[3].toString(), u"(bảo mật)"_s);
        const QJsonArray third = rows[3].toArray();
        // The decomposed name comes out composed (NFC).
        QVERIFY(third[2].toString().startsWith(u"Lê Thị Hồng Nhung"_s.normalized(QString::NormalizationForm_C)));
        QVERIFY(bytes.contains(u"Lê Thị Hồng Nhung"_s.normalized(QString::NormalizationForm_C).toUtf8()));
        QCOMPARE(third[4].toString(), u"Kiến nghị, về việc \"trả tiền\""_s);
        QCOMPARE(third[9].toString(), u"Tòa án nhân dân tỉnh Bắc Ninh"_s);
        QCOMPARE(third[10].toString(), u"'+84 912 345 678 hẹn gọi lại"_s);
        QCOMPARE(third[6].toString(), u"'@UBND xã"_s);
        QVERIFY(third[11].toString().startsWith(u"Thủ trưởng tiếp"_s));
    }

    // The CSV opened by LibreOffice headless (Calc) and saved as a workbook:
    // the Vietnamese text arrives intact (no mojibake), multi-line cells stay
    // one cell, the neutralised formula stays text, the sealed name is absent.
    // LibreOffice headless does not read the BOM by itself: the import names
    // UTF-8, as an office's script would (filter token 76).
    void csvOpensInLibreOffice()
    {
        const QString csv = path(u"lo.csv"_s);
        const Run r = ctl({u"log"_s, u"export"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s,
                           u"--format"_s, u"csv"_s, u"--out"_s, csv});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QString outDir = path(u"lo-out"_s);
        const Run lo = runProgram(u"soffice"_s, {u"--headless"_s, u"--norestore"_s,
                                                 u"-env:UserInstallation=file://"_s + path(u"lo-profile"_s),
                                                 u"--infilter=Text - txt - csv (StarCalc):44,34,76,1"_s,
                                                 u"--convert-to"_s, u"ods"_s, u"--outdir"_s, outDir, csv});
        QVERIFY2(lo.code == 0 && QFile::exists(outDir + u"/lo.ods"_s), qPrintable(lo.describe()));
        const Run py = odsBook(outDir + u"/lo.ods"_s);
        const QJsonObject book = QJsonDocument::fromJson(py.out).object();
        const QJsonArray rows = book.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(book.value(u"formulas"_s).toInt(), 0);
        QCOMPARE(rows[0].toArray()[2].toString(), u"Họ tên, địa chỉ"_s);
        QCOMPARE(rows[1].toArray()[2].toString(), u"Nguyễn Văn Ánh\n"_s + kAddress);
        QCOMPARE(rows[2].toArray()[2].toString(), u"(bảo mật)"_s);
        QVERIFY(rows[3].toArray()[2].toString().startsWith(
            u"Lê Thị Hồng Nhung"_s.normalized(QString::NormalizationForm_C)));
        const QString all = QString::fromUtf8(py.out);
        QVERIFY2(!all.contains(u"Ã"_s) && !all.contains(u"áº"_s), "mojibake in the workbook");
        QVERIFY(!all.contains(kSealedName));
    }

    // The product's own .ods: a valid ZIP whose first entry is the stored
    // mimetype, the Form 03 cells as the CSV has them (text, never formulas;
    // STT a number; the sealed identity masked), and LibreOffice opens it.
    void odsLogBook()
    {
        const QString ods = path(u"nov.ods"_s);
        const Run r = ctl({u"log"_s, u"export"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s,
                           u"--format"_s, u"ods"_s, u"--out"_s, ods});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QByteArray bytes = readAll(ods);
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(bytes.mid(38, 46), QByteArray("application/vnd.oasis.opendocument.spreadsheet"));
        QVERIFY(!bytes.contains(kSealedName.toUtf8()));
        QVERIFY(!bytes.contains(u"Thôn Bí Ẩn"_s.toUtf8()));
        const Run py = odsBook(ods);
        QVERIFY2(py.code == 0, qPrintable(py.describe()));
        const QJsonObject book = QJsonDocument::fromJson(py.out).object();
        QCOMPARE(book.value(u"formulas"_s).toInt(), 0);
        const QJsonArray rows = book.value(u"rows"_s).toArray();
        // Agency, office, title, period, then the header and 3 records.
        QCOMPARE(rows.size(), 4 + 1 + 3);
        QCOMPARE(rows[2].toArray()[0].toString(), u"SỔ TIẾP CÔNG DÂN"_s);
        QCOMPARE(rows[3].toArray()[0].toString(), u"Từ ngày 01/11/2026 đến ngày 30/11/2026"_s);
        const QJsonArray head = rows[4].toArray();
        QCOMPARE(head.size(), 12);
        QCOMPARE(head[2].toString(), u"Họ tên, địa chỉ"_s);
        const QJsonArray first = rows[5].toArray();
        QCOMPARE(first[0].toString(), u"1"_s);
        QCOMPARE(first[2].toString(), u"Nguyễn Văn Ánh\n"_s + kAddress);
        QCOMPARE(first[4].toString(), kContent); // a text cell: no apostrophe needed, emoji intact
        QCOMPARE(rows[6].toArray()[2].toString(), u"(bảo mật)"_s);
        QCOMPARE(rows[6].toArray()[3].toString(), u"(bảo mật)"_s);
        QVERIFY(rows[7].toArray()[2].toString().startsWith(
            u"Lê Thị Hồng Nhung"_s.normalized(QString::NormalizationForm_C)));
        QCOMPARE(rows[7].toArray()[10].toString(), u"+84 912 345 678 hẹn gọi lại"_s);
        QCOMPARE(book.value(u"numbers"_s).toArray(), (QJsonArray{1, 2, 3}));

        // LibreOffice reads it (no repair) and writes it back as CSV with the same text.
        const QString outDir = path(u"ods-out"_s);
        const Run lo =
            runProgram(u"soffice"_s, {u"--headless"_s, u"--norestore"_s,
                                      u"-env:UserInstallation=file://"_s + path(u"lo-profile"_s), u"--convert-to"_s,
                                      u"csv:Text - txt - csv (StarCalc):44,34,76,1"_s, u"--outdir"_s, outDir, ods});
        QVERIFY2(lo.code == 0 && QFile::exists(outDir + u"/nov.csv"_s), qPrintable(lo.describe()));
        const QString back = QString::fromUtf8(readAll(outDir + u"/nov.csv"_s));
        QVERIFY2(back.contains(kContent), qPrintable(back.left(2000)));
        QVERIFY(back.contains(u"Tòa án nhân dân tỉnh Bắc Ninh"_s));
        QVERIFY(back.contains(u"(bảo mật)"_s));
        QVERIFY(!back.contains(kSealedName));
        QVERIFY2(!back.contains(u"Ã"_s) && !back.contains(u"áº"_s), "mojibake");
    }

    void odsReport()
    {
        const QString ods = path(u"report.ods"_s);
        const Run r = ctl({u"report"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-30"_s, u"--format"_s,
                           u"ods"_s, u"--out"_s, ods});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const Run py = odsBook(ods);
        QVERIFY2(py.code == 0, qPrintable(py.describe()));
        const QJsonArray rows = QJsonDocument::fromJson(py.out).object().value(u"rows"_s).toArray();
        bool visits = false;
        for (const QJsonValue &row : rows)
            visits =
                visits || (row.toArray()[1].toString() == u"Số lượt tiếp"_s && row.toArray()[2].toString() == u"39"_s);
        QVERIFY2(visits, py.out.constData());
        QCOMPARE(
            ctl({u"report"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-30"_s, u"--format"_s, u"ods"_s}).code,
            2); // needs --out
    }

    void pdfLogBook()
    {
        const QString out = path(u"oct.pdf"_s);
        const Run r = ctl({u"--json"_s, u"log"_s, u"export"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-30"_s,
                           u"--format"_s, u"pdf"_s, u"--out"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(u"records"_s).toInt(), 39);
        const int pages = summary.value(u"pages"_s).toInt();
        QVERIFY2(pages >= 2, qPrintable(r.describe()));
        QVERIFY(readAll(out).startsWith("%PDF"));

        const QString pngDir = path(u"png"_s);
        QVERIFY(QDir().mkpath(pngDir));
        const Run ppm = runProgram(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, out, pngDir + u"/page"_s});
        QVERIFY2(ppm.code == 0, qPrintable(ppm.describe()));
        QCOMPARE(int(QDir(pngDir).entryList({u"*.png"_s}, QDir::Files).size()), pages);

        const QString text = pdfText(out);
        QVERIFY2(text.contains(u"SỔ TIẾP CÔNG DÂN"_s), qPrintable(text.left(2000)));
        QVERIFY(text.contains(u"Nguyễn Văn Ánh"_s));
        QVERIFY(text.contains(u"Phạm Thị Thu Hương"_s));
        QVERIFY(text.contains(u"Lê Thị Hồng Nhung"_s));
        QVERIFY(text.contains(u"Từ ngày 01/10/2026 đến ngày 30/11/2026"_s));
        QVERIFY(text.contains(u"Trang 1/%1"_s.arg(pages)));
        QVERIFY(text.contains(u"Trang %1/%1"_s.arg(pages)));
        QVERIFY(text.contains(u"(bảo mật)"_s));
        QVERIFY(!text.contains(u"Bí Mật"_s));
        QVERIFY(!text.contains(u"Bí Ẩn"_s));
        // The column header is on every page.
        QCOMPARE(int(text.count(u"Nội dung vụ việc"_s)), pages);
    }

    // The head's or a deputy's conclusion notice (thông báo kết luận):
    // what was concluded and by when, the sealed identity masked, long text
    // continued on a second page, and no notice for an officer's reception.
    // (September: outside the periods the other tests count.)
    void conclusionNotice()
    {
        auto idOf = [&](const QStringList &args) {
            const Run r = ctl(QStringList{u"--json"_s, u"log"_s, u"add"_s} + args);
            return QJsonDocument::fromJson(r.out).object().value(u"id"_s).toString();
        };
        const QString conclusion = u"Giao Chấp hành viên kiểm tra lại việc kê biên và trả lời công dân bằng văn bản."_s;
        const QString head = idOf({u"--kind"_s,
                                   u"complaint"_s,
                                   u"--name"_s,
                                   u"Nguyễn Văn Ánh"_s,
                                   u"--id"_s,
                                   u"027090001234"_s,
                                   u"--content"_s,
                                   kContent,
                                   u"--direction"_s,
                                   u"accept"_s,
                                   u"--receiver-role"_s,
                                   u"head"_s,
                                   u"--receiver-name"_s,
                                   u"Trần Văn Bình"_s,
                                   u"--reception-kind"_s,
                                   u"periodic"_s,
                                   u"--conclusion"_s,
                                   conclusion,
                                   u"--conclusion-due"_s,
                                   u"2026-09-25"_s,
                                   u"--date"_s,
                                   u"2026-09-10T09:00"_s});
        QVERIFY(!head.isEmpty());
        const QString sealed =
            idOf({u"--kind"_s, u"denunciation"_s, u"--name"_s, kSealedName, u"--id"_s, u"027090009999"_s,
                  u"--content"_s, u"Tố cáo chấp hành viên"_s, u"--direction"_s, u"accept"_s, u"--receiver-role"_s,
                  u"deputy"_s, u"--receiver-name"_s, u"Lê Thị Hoa"_s, u"--conclusion"_s,
                  u"Chuyển Thanh tra xác minh."_s, u"--date"_s, u"2026-09-11T09:00"_s});
        QVERIFY(!sealed.isEmpty());
        QString longConclusion;
        for (int i = 1; i <= 60; ++i)
            longConclusion += u"Điểm %1: giao bộ phận nghiệp vụ rà soát hồ sơ và báo cáo kết quả. "_s.arg(i);
        const QString longOne = idOf({u"--kind"_s, u"petition"_s, u"--name"_s, u"Lê Văn Cường"_s, u"--content"_s,
                                      u"Kiến nghị"_s, u"--receiver-role"_s, u"head"_s, u"--conclusion"_s,
                                      longConclusion, u"--date"_s, u"2026-09-12T09:00"_s});
        const QString officers = idOf({u"--kind"_s, u"petition"_s, u"--name"_s, u"Lê Văn Cường"_s, u"--content"_s,
                                       u"Hỏi tiến độ"_s, u"--date"_s, u"2026-09-12T10:00"_s});

        const QString out = path(u"notice.pdf"_s);
        Run r = ctl({u"--json"_s, u"log"_s, u"notice"_s, head, u"--out"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"pages"_s).toInt(), 1);
        QString text = pdfText(out).simplified();
        for (const QString &expected :
             {u"THÔNG BÁO KẾT LUẬN"_s, u"ngày 10/09/2026 của Thủ trưởng cơ quan Trần Văn Bình"_s, u"Nguyễn Văn Ánh"_s,
              u"027090001234"_s, conclusion, u"Thực hiện xong trước ngày 25/09/2026."_s, u"Thụ lý đơn khiếu nại: "_s,
              u"(Luật Khiếu nại 2011, Điều 27)"_s, u"THỦ TRƯỞNG CƠ QUAN"_s, u"Trang 1/1"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text));
        // The general rules only, not their variants for complex or remote matters.
        QVERIFY(!text.contains(u"vụ việc phức tạp"_s));

        r = ctl({u"log"_s, u"notice"_s, sealed, u"--out"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        text = pdfText(out).simplified();
        QVERIFY(text.contains(u"Họ và tên: (bảo mật)"_s));
        QVERIFY(text.contains(u"Cấp phó được ủy quyền Lê Thị Hoa"_s));
        QVERIFY(!text.contains(u"Bí Mật"_s) && !text.contains(u"027090009999"_s));

        r = ctl({u"--json"_s, u"log"_s, u"notice"_s, longOne, u"--out"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const int pages = QJsonDocument::fromJson(r.out).object().value(u"pages"_s).toInt();
        QVERIFY(pages >= 2);
        text = pdfText(out).simplified();
        QVERIFY(text.contains(u"Điểm 1:"_s) && text.contains(u"Điểm 60:"_s));
        QVERIFY(text.contains(u"Trang %1/%1"_s.arg(pages)));
        const QString pngDir = path(u"notice-png"_s);
        QVERIFY(QDir().mkpath(pngDir));
        const Run ppm = runProgram(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, out, pngDir + u"/page"_s});
        QVERIFY2(ppm.code == 0, qPrintable(ppm.describe()));
        QCOMPARE(int(QDir(pngDir).entryList({u"*.png"_s}, QDir::Files).size()), pages);

        // An officer's reception has no notice; nothing is written.
        const QString none = path(u"none.pdf"_s);
        r = ctl({u"log"_s, u"notice"_s, officers, u"--out"_s, none});
        QCOMPARE(r.code, 3);
        QVERIFY(!QFile::exists(none));
        QCOMPARE(ctl({u"log"_s, u"notice"_s, u"no-such-record"_s, u"--out"_s, none}).code, 4);
        QCOMPARE(ctl({u"log"_s, u"notice"_s, head}).code, 2);
    }

    void reportExports()
    {
        const Run csv =
            ctl({u"report"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(csv.code == 0, qPrintable(csv.describe()));
        QVERIFY(csv.out.startsWith("\xEF\xBB\xBF"
                                   "Mục,Chỉ tiêu,Số liệu\r\n"));
        QVERIFY(csv.out.contains("Tổng hợp,Số lượt tiếp,3\r\n"));
        QVERIFY(csv.out.contains("Phân loại vụ việc (số vụ việc),Tố cáo,1\r\n"));
        QVERIFY(!csv.out.contains("Bí Mật"));

        const QString out = path(u"report.pdf"_s);
        const Run pdf = ctl({u"report"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-30"_s, u"--format"_s,
                             u"pdf"_s, u"--out"_s, out});
        QVERIFY2(pdf.code == 0, qPrintable(pdf.describe()));
        const QString text = pdfText(out);
        QVERIFY2(text.contains(u"BÁO CÁO THỐNG KÊ TIẾP CÔNG DÂN"_s), qPrintable(text));
        QVERIFY2(QRegularExpression(u"Số lượt tiếp\\s+39\\b"_s).match(text).hasMatch(), qPrintable(text));
        QVERIFY(QRegularExpression(u"Khiếu nại\\s+\\d+"_s).match(text).hasMatch());
        QVERIFY(QRegularExpression(u"Thụ lý để giải quyết\\s+19\\b"_s).match(text).hasMatch());
        QVERIFY(QRegularExpression(u"Trả lại đơn và hướng dẫn\\s+18\\b"_s).match(text).hasMatch());
        QVERIFY(QRegularExpression(u"Thủ trưởng tiếp định kỳ\\s+1\\s+1\\s+1\\s+1"_s).match(text).hasMatch());
        // The queue's figures; the leaders' table, kept whole, goes to page 2.
        QVERIFY(QRegularExpression(u"Số phiếu\\s+0\\b"_s).match(text).hasMatch());
        QVERIFY(text.contains(u"Trang 1/2"_s) && text.contains(u"Trang 2/2"_s));

        // json stays the default.
        const Run json = ctl({u"--json"_s, u"report"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s});
        QVERIFY2(json.code == 0, qPrintable(json.describe()));
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(u"visits"_s).toInt(), 3);
    }

    // The documents word codes as the screens do: the vocabulary's source
    // text, the same table (app/core/vocabulary.h).
    void wordsAreTheVocabularys()
    {
        using namespace tiepdan;
        using vocabulary::Table;
        QCOMPARE(reports::logBookColumns().mid(7, 3),
                 (QStringList{vocabulary::vi(HandlingDirection::Accept), vocabulary::vi(HandlingDirection::ReturnGuide),
                              vocabulary::vi(HandlingDirection::Transfer)}));
        ReceptionReport rep;
        rep.byDirection.insert(u"accept"_s, 4);
        int figures = 0;
        for (const reports::ReportSection &s : reports::reportSections(rep)) {
            QVERIFY2(vocabulary::vi(Table::Section, s.key) != s.key, qPrintable(s.key));
            for (const reports::ReportFigure &f : s.figures) {
                QVERIFY2(vocabulary::vi(s.words, f.key) != f.key, qPrintable(s.key + u"/"_s + f.key));
                ++figures;
            }
        }
        QVERIFY(figures > 20);
        for (const auto &[key, f] : reports::reportLeaders(rep))
            QVERIFY2(vocabulary::vi(Table::LeaderCategory, key) != key, qPrintable(key));
        bool accepted = false;
        for (const reports::ReportLine &l : reports::reportLines(rep))
            accepted = accepted || (l.section == vocabulary::vi(Table::Section, u"byDirection"_s) &&
                                    l.indicator == u"Thụ lý để giải quyết"_s && l.value == 4);
        QVERIFY(accepted);
    }

    void errors()
    {
        const QStringList period{u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s};
        Run r = ctl(QStringList{u"log"_s, u"export"_s} + period +
                    QStringList{u"--format"_s, u"xlsx"_s, u"--out"_s, path(u"x"_s)});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("--format must be one of: csv, pdf"));
        r = ctl(QStringList{u"report"_s} + period + QStringList{u"--format"_s, u"html"_s});
        QCOMPARE(r.code, 3);
        for (const QString &format : {u"csv"_s, u"pdf"_s}) {
            r = ctl(QStringList{u"log"_s, u"export"_s} + period +
                    QStringList{u"--format"_s, format, u"--out"_s, path(u"no/such/dir/x."_s + format)});
            QVERIFY2(r.code == 7, qPrintable(r.describe()));
            QVERIFY(r.err.contains("cannot write"));
        }
        r = ctl(QStringList{u"log"_s, u"export"_s} + period + QStringList{u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 2);
        r = ctl(QStringList{u"report"_s} + period + QStringList{u"--format"_s, u"pdf"_s});
        QCOMPARE(r.code, 2);

        // An empty period: the header only, and the user is told.
        const QString empty = path(u"empty.csv"_s);
        r = ctl({u"log"_s, u"export"_s, u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2025-01-31"_s, u"--format"_s,
                 u"csv"_s, u"--out"_s, empty});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains("only its header"));
        QCOMPARE(readAll(empty).count("\r\n"), 1);
        const QString emptyPdf = path(u"empty.pdf"_s);
        r = ctl({u"log"_s, u"export"_s, u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2025-01-31"_s, u"--format"_s,
                 u"pdf"_s, u"--out"_s, emptyPdf});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY(pdfText(emptyPdf).contains(u"Không có lượt tiếp công dân nào trong kỳ."_s));
    }
};

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
