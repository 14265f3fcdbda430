// The "tulana-evaluation" JSON report streamed as it is produced (issue 20):
// the pieces put together are the report's bytes, the report holds the
// documented content, and a piece that cannot be written ends it with an
// error, in the core and in tulana-cli (a closed pipe).
#include "committee/Disagreement.h"
#include "generate/TenderGenerator.h"
#include "io/TenderFile.h"
#include "report/CommitteeWords.h"
#include "report/EvaluationReport.h"
#include "scoring/Evaluator.h"
#include "support/JsonWriter.h"
#include "support/NumberText.h"
#include "support/ShortDecimal.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace tulana;
using nlohmann::json;

namespace {

// A generated tender large enough for many pieces, with names that are not
// ASCII, so a piece that ended inside a character would show.
Tender largeTender()
{
    Tender t = generateTender({600, 12, 3, 7});
    for (std::size_t i = 0; i < t.bids.size(); i += 3)
        t.bids[i].bidder = QStringLiteral("सूचना प्रौद्योगिकी सेवाएँ %1 \"लि.\"").arg(i);
    return t;
}

// Keeps every piece a streamed writer hands on, in order.
struct Pieces
{
    std::vector<std::string> pieces;
    JsonWriter::Sink sink()
    {
        return [this](std::string_view p) {
            pieces.emplace_back(p);
            return true;
        };
    }
    std::string whole() const
    {
        std::string all;
        for (const std::string& p : pieces)
            all += p;
        return all;
    }
};

QByteArray bytesOf(const std::string& s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

} // namespace

class TestStreamedReport : public QObject
{
    Q_OBJECT
private slots:
    void thePiecesMakeTheSameBytes();
    void everyPieceEndsBetweenCharacters();
    void theStreamedReportHoldsTheDocumentedContent();
    void aFailedPieceEndsTheReport();
    void theWriterStreamsInlineArraysAsItBuildsThem();
    void aClosedPipeIsAFailedWrite();
    void theCommitteeReportIsStreamedToo();
    void aClosedPipeEndsTheCommitteeReport();
    void shortDecimalsAreWrittenAsTwelveDigitsWouldBe();
};

void TestStreamedReport::thePiecesMakeTheSameBytes()
{
    const Tender t = largeTender();
    const Evaluation ev = evaluate(t);
    Pieces out;
    QVERIFY(writeEvaluationJson(t, ev, out.sink()));
    QVERIFY2(out.pieces.size() > 10, qPrintable(QString::number(out.pieces.size())));
    QCOMPARE(bytesOf(out.whole()), evaluationAsJson(t, ev));
    // Each piece but the last is about the writer's piece size: nothing is held whole.
    for (std::size_t i = 0; i + 1 < out.pieces.size(); ++i) {
        QVERIFY(out.pieces[i].size() >= JsonWriter::kStreamPieceBytes);
        QVERIFY(out.pieces[i].size() < 2 * JsonWriter::kStreamPieceBytes);
    }
}

void TestStreamedReport::everyPieceEndsBetweenCharacters()
{
    const Tender t = largeTender();
    const Evaluation ev = evaluate(t);
    int checked = 0;
    QVERIFY(writeEvaluationJson(t, ev, [&](std::string_view p) {
        const QByteArray bytes(p.data(), qsizetype(p.size()));
        // Whole UTF-8 characters read back to the same bytes; a cut one would not.
        if (QString::fromUtf8(bytes).toUtf8() != bytes)
            return false;
        ++checked;
        return true;
    }));
    QVERIFY(checked > 10);
}

void TestStreamedReport::theStreamedReportHoldsTheDocumentedContent()
{
    const Tender t = largeTender();
    const Evaluation ev = evaluate(t);
    Pieces out;
    QVERIFY(writeEvaluationJson(t, ev, out.sink()));
    const json doc = json::parse(out.whole());
    QCOMPARE(doc.at("format").get<std::string>(), std::string("tulana-evaluation"));
    QCOMPARE(doc.at("version").get<int>(), 1);
    QCOMPARE(QString::fromStdString(doc.at("tender").at("reference").get<std::string>()),
             t.reference);
    QCOMPARE(doc.at("evaluated").get<bool>(), ev.evaluated);
    QVERIFY(ev.hasWinner());
    QCOMPARE(QString::fromStdString(doc.at("winner").get<std::string>()),
             t.bids[std::size_t(ev.winner)].id);
    QCOMPARE(doc.at("ranking").size(), ev.ranking.size());
    for (std::size_t i = 0; i < ev.ranking.size(); ++i)
        QCOMPARE(QString::fromStdString(doc.at("ranking")[i].get<std::string>()),
                 t.bids[std::size_t(ev.ranking[i])].id);
    const json& bids = doc.at("bids");
    QCOMPARE(bids.size(), t.bids.size());
    int setAside = 0;
    for (std::size_t i = 0; i < t.bids.size(); ++i) {
        const json& b = bids[i];
        const BidResult& r = ev.results[i];
        QCOMPARE(QString::fromStdString(b.at("id").get<std::string>()), t.bids[i].id);
        QCOMPARE(QString::fromStdString(b.at("bidder").get<std::string>()), t.bids[i].bidder);
        QCOMPARE(QString::fromStdString(b.at("standing").get<std::string>()), toKey(r.standing));
        // The reason is worded when the report asks for it, as evaluate() found it.
        QCOMPARE(QString::fromStdString(b.at("reason").get<std::string>()), r.reason());
        QCOMPARE(b.at("reason").get<std::string>().empty(), r.why.isEmpty());
        if (r.rank > 0)
            QCOMPARE(b.at("rank").get<int>(), r.rank);
        else
            QVERIFY(b.at("rank").is_null());
        QCOMPARE(b.at("criterionAverages").size(), r.criterionAverages.size());
        for (const char* key : {"tieBroken", "openness", "technical", "technicalUsed",
                                "evaluatedPrice", "financial", "combined"})
            QVERIFY2(b.contains(key), key);
        if (r.technicallyScored)
            QCOMPARE(b.at("technical").at("value").get<double>(), r.technical);
        if (r.standing != Standing::Qualified)
            ++setAside;
    }
    QVERIFY(setAside > 0); // the generator sets some bids aside: their reasons were checked
    QCOMPARE(doc.at("rankReversals").size(), ev.rankReversals.size());
    QCOMPARE(doc.at("problems").size(), std::size_t(ev.problems.size()));
}

void TestStreamedReport::aFailedPieceEndsTheReport()
{
    const Tender t = largeTender();
    const Evaluation ev = evaluate(t);
    const std::size_t whole = std::size_t(evaluationAsJson(t, ev).size());
    // The third piece cannot be written (a disk that fills up midway).
    int calls = 0;
    std::size_t written = 0;
    const bool ok = writeEvaluationJson(t, ev, [&](std::string_view p) {
        ++calls;
        if (calls >= 3)
            return false;
        written += p.size();
        return true;
    });
    QVERIFY(!ok);
    QCOMPARE(calls, 3); // nothing is handed on after the failure
    QVERIFY(written < whole);
}

void TestStreamedReport::theWriterStreamsInlineArraysAsItBuildsThem()
{
    // A piece may end just before the first element of a one-line array.
    const auto write = [](JsonWriter& w) {
        w.beginObject();
        for (int k = 0; k < 3000; ++k) {
            w.key(QStringLiteral("k%1").arg(k));
            w.beginInlineArray();
            for (int i = 0; i < k % 5; ++i)
                w.value(double(i) / 3);
            w.endArray();
        }
        w.endObject();
    };
    JsonWriter whole;
    write(whole);
    const std::string expected = whole.take();
    Pieces out;
    JsonWriter streamed(out.sink());
    write(streamed);
    QVERIFY(streamed.finish());
    QVERIFY(out.pieces.size() > 1);
    QCOMPARE(bytesOf(out.whole()), bytesOf(expected));
}

void TestStreamedReport::aClosedPipeIsAFailedWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.tulana"));
    QString message;
    QVERIFY2(saveTenderFile(generateTender({1000, 10, 3, 3}), path, &message), qPrintable(message));
    // `| head -c 10`: the reader takes the start of the report and goes away.
    QProcess shell;
    shell.start(QStringLiteral("bash"),
                {QStringLiteral("-c"),
                 QStringLiteral("\"$0\" score \"$1\" --format json | head -c 10; "
                                "exit \"${PIPESTATUS[0]}\""),
                 QStringLiteral(TULANA_CLI_EXE), path});
    QVERIFY(shell.waitForFinished(120'000));
    QCOMPARE(shell.exitStatus(), QProcess::NormalExit);
    QCOMPARE(shell.readAllStandardOutput(), QByteArray("{\n  \"forma"));
    const QString err = QString::fromUtf8(shell.readAllStandardError());
    // Not killed by SIGPIPE (141): the failed write is reported, exit 1.
    QCOMPARE(shell.exitCode(), 1);
    QVERIFY2(err.contains(QLatin1String("the output could not be written")), qPrintable(err));
}

void TestStreamedReport::theCommitteeReportIsStreamedToo()
{
    // `tulana-cli committee` streams its JSON (140 MB for the large tender)
    // and writes its table line by line: the pieces and the stream hold
    // what the whole report would.
    const Tender t = largeTender();
    const committee::CommitteeAnalysis a = committee::analyseCommittee(t, evaluate(t));
    QVERIFY(!a.flagged.empty());
    Pieces out;
    QVERIFY(writeCommitteeJson(t, a, out.sink()));
    QVERIFY2(out.pieces.size() > 3, qPrintable(QString::number(out.pieces.size())));
    QCOMPARE(bytesOf(out.whole()), committeeAsJson(t, a));
    const json parsed = json::parse(out.whole());
    QCOMPARE(parsed.at("flagged").size(), a.flagged.size());
    QCOMPARE(parsed.at("spreads").size(), a.spreads.size());

    int calls = 0;
    QVERIFY(!writeCommitteeJson(t, a, [&](std::string_view) { return ++calls < 2; }));
    QCOMPARE(calls, 2); // nothing is handed on after the failure

    // The table names every flagged mark.
    const QString table = committeeAsTable(t, a);
    QVERIFY(table.count(QLatin1String(" gave ")) >= qsizetype(a.flagged.size()));
}

void TestStreamedReport::aClosedPipeEndsTheCommitteeReport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.tulana"));
    QString message;
    QVERIFY2(saveTenderFile(generateTender({1000, 10, 3, 3}), path, &message), qPrintable(message));
    for (const char* format : {"json", "table"}) {
        QProcess shell;
        shell.start(QStringLiteral("bash"),
                    {QStringLiteral("-c"),
                     QStringLiteral("\"$0\" committee \"$1\" --format \"$2\" | head -c 10; "
                                    "exit \"${PIPESTATUS[0]}\""),
                     QStringLiteral(TULANA_CLI_EXE), path, QString::fromLatin1(format)});
        QVERIFY(shell.waitForFinished(120'000));
        QCOMPARE(shell.exitStatus(), QProcess::NormalExit);
        QCOMPARE(shell.readAllStandardOutput().size(), 10);
        const QString err = QString::fromUtf8(shell.readAllStandardError());
        QCOMPARE(shell.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("the output could not be written")), qPrintable(err));
    }
}

void TestStreamedReport::shortDecimalsAreWrittenAsTwelveDigitsWouldBe()
{
    // numberText (support/NumberText.h), which every working, message and
    // sheet writes figures with, takes short decimals from integers where it
    // can: the text must be what QString::number(v, 'g', 12) gives, for
    // every number, those it writes the fast way and the others alike.
    std::mt19937_64 random(20);
    std::uniform_int_distribution<long long> digits(-999'999'999'999LL, 999'999'999'999LL);
    static constexpr double scales[] = {1.0, 10.0, 100.0};
    int fast = 0;
    std::vector<double> numbers{0.0,
                                -0.0,
                                1e10,
                                -1e10,
                                9'999'999'999.99,
                                1e-7,
                                1e20,
                                0.1 + 0.2,
                                std::numeric_limits<double>::quiet_NaN(),
                                std::numeric_limits<double>::infinity()};
    for (int i = 0; i < 300'000; ++i) {
        const long long m = i % 3 == 0 ? digits(random) : digits(random) % 100'000;
        numbers.push_back(double(m) / scales[i % 3]);
    }
    for (const double v : numbers) {
        char text[32];
        if (v != 0 && std::abs(v) < 1e10 && writeShortDecimal(text, text + sizeof text, v))
            ++fast;
        const QString expected = QString::number(v, 'g', 12);
        const QString written = numberText(v);
        if (written != expected)
            QFAIL(qPrintable(QStringLiteral("%1: %2 instead of %3")
                                 .arg(QString::number(v, 'g', 17), written, expected)));
    }
    QVERIFY2(fast > 150'000, qPrintable(QString::number(fast)));
}

QTEST_GUILESS_MAIN(TestStreamedReport)
#include "tst_streamedreport.moc"
