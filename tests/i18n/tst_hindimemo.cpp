// A Hindi memo from tulana-cli: `memo --language hi` writes a PDF whose text
// (pdftotext, poppler-utils) is the Hindi memo in Devanagari, with the font
// that draws it embedded (pdffonts). And the CLI speaks the locale's
// language when no option says otherwise.

#include "MissingTool.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QString& program, const QStringList& arguments,
               const QMap<QString, QString>& environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL",
                             "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(180'000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = program + QStringLiteral(" did not finish normally: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString show(const Run& r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(r.exitCode)
        .arg(r.out, r.err);
}

int devanagariLetters(const QString& text)
{
    return int(std::count_if(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x0900 && c.unicode() <= 0x097F;
    }));
}

const QString kSample =
    QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/citizen-services-chatbot.tulana");

} // namespace

class TestHindiMemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theHindiPdfHasDevanagariTextAndItsFont();
    void theHindiHtmlHasTheExactWords();
    void theEnglishPdfStaysEnglish();
    void theLocaleChoosesTheMessagesLanguage();
    void anUnknownMemoLanguageIsAUsageError();

private:
    QTemporaryDir m_dir;
};

void TestHindiMemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHindiMemo::theHindiPdfHasDevanagariTextAndItsFont()
{
    const QString pdf = m_dir.filePath(QStringLiteral("memo-hi.pdf"));
    const Run r = runProgram(QStringLiteral(TULANA_CLI_EXE),
                             {QStringLiteral("memo"), kSample, QStringLiteral("--out"), pdf,
                              QStringLiteral("--date"), QStringLiteral("2026-03-20"),
                              QStringLiteral("--language"), QStringLiteral("hi")});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (pdftotext.isEmpty() || pdffonts.isEmpty())
        TULANA_SKIP_WITHOUT_TOOL("pdftotext and pdffonts (poppler-utils) are not installed");

    const Run text = runProgram(
        pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY2(text.exitCode == 0, qPrintable(show(text)));
    // Qt's PDF maps conjuncts and pre-base vowel signs to text only partly
    // (the page shows "कार्यालय टिप्पणी", pdftotext reads "कायालय ट पणी"), so
    // the PDF's text is checked for words whose glyphs map one to one and for
    // its amount of Devanagari; the HTML memo below has the exact words.
    const QString body = text.out;
    for (const char* word : {"खुला", "बोली", "और"})
        QVERIFY2(body.contains(QString::fromUtf8(word)),
                 qPrintable(QStringLiteral("\"%1\" is not in the PDF's text:\n%2")
                                .arg(QString::fromUtf8(word), body.left(1500))));
    QVERIFY2(devanagariLetters(body) > 2000,
             qPrintable(QStringLiteral("only %1 Devanagari letters").arg(devanagariLetters(body))));
    QVERIFY2(!body.contains(QLatin1String("OFFICE NOTE")), "the title is still English");

    // The font that has the Devanagari glyphs is embedded (a subset), so the
    // memo prints the same on a machine without Noto.
    const Run fonts = runProgram(pdffonts, {pdf});
    QVERIFY2(fonts.exitCode == 0, qPrintable(show(fonts)));
    bool embeddedDevanagari = false;
    for (const QString& line : fonts.out.split(u'\n')) {
        if (!line.contains(QLatin1String("Devanagari")))
            continue;
        // Columns: name type encoding emb sub uni object ID; "emb" is yes.
        const QStringList columns =
            line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        embeddedDevanagari = embeddedDevanagari || columns.contains(QLatin1String("yes"));
    }
    QVERIFY2(embeddedDevanagari,
             qPrintable(QStringLiteral("no embedded Devanagari font:\n") + fonts.out));
}

void TestHindiMemo::theHindiHtmlHasTheExactWords()
{
    const QString html = m_dir.filePath(QStringLiteral("memo-hi.html"));
    const Run r = runProgram(QStringLiteral(TULANA_CLI_EXE),
                             {QStringLiteral("memo"), kSample, QStringLiteral("--out"), html,
                              QStringLiteral("--date"), QStringLiteral("2026-03-20"),
                              QStringLiteral("--language"), QStringLiteral("hi")});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QLatin1String("<html lang=\"hi\">")));
    // The title, "tender", "evaluation", the month of the date, and a reason
    // from the evaluation itself (a bid below the minimum technical score).
    for (const char* words :
         {"कार्यालय टिप्पणी", "निविदा", "मूल्यांकन", "20 मार्च 2026", "न्यूनतम", "से कम है"})
        QVERIFY2(text.contains(QString::fromUtf8(words)), words);
    QVERIFY(!text.contains(QLatin1String("OFFICE NOTE")));
    QVERIFY(!text.contains(QLatin1String("is below the minimum")));
}

void TestHindiMemo::theEnglishPdfStaysEnglish()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
    const QString pdf = m_dir.filePath(QStringLiteral("memo-en.pdf"));
    // A Hindi locale, an English memo: the option wins.
    const Run r = runProgram(QStringLiteral(TULANA_CLI_EXE),
                             {QStringLiteral("memo"), kSample, QStringLiteral("--out"), pdf,
                              QStringLiteral("--language"), QStringLiteral("en")},
                             {{QStringLiteral("LANG"), QStringLiteral("hi_IN.UTF-8")}});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    const Run text = runProgram(
        pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY2(text.out.contains(QLatin1String("OFFICE NOTE")), qPrintable(text.out.left(800)));
    QCOMPARE(devanagariLetters(text.out.section(QLatin1String("Annex"), 0, 0)), 0);
}

void TestHindiMemo::theLocaleChoosesTheMessagesLanguage()
{
    const QStringList args{QStringLiteral("validate"), kSample};
    const Run english = runProgram(QStringLiteral(TULANA_CLI_EXE), args);
    QVERIFY2(english.exitCode == 0, qPrintable(show(english)));
    QVERIFY2(english.out.contains(QLatin1String("valid (")), qPrintable(english.out));
    QCOMPARE(devanagariLetters(english.out), 0);

    const Run hindi = runProgram(QStringLiteral(TULANA_CLI_EXE), args,
                                 {{QStringLiteral("LC_ALL"), QStringLiteral("hi_IN.UTF-8")}});
    QVERIFY2(hindi.exitCode == 0, qPrintable(show(hindi)));
    QVERIFY2(devanagariLetters(hindi.out) > 0, qPrintable(hindi.out));
}

void TestHindiMemo::anUnknownMemoLanguageIsAUsageError()
{
    const Run r = runProgram(QStringLiteral(TULANA_CLI_EXE),
                             {QStringLiteral("memo"), kSample, QStringLiteral("--out"),
                              m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--language"),
                              QStringLiteral("fr")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--language")), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

QTEST_GUILESS_MAIN(TestHindiMemo)
#include "MissingTool.h"
#include "tst_hindimemo.moc"
