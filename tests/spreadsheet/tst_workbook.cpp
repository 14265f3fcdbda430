// The evaluation workbook recalculates to Tulana's own figures: each sample
// (and a generated 1,000-bid tender) is exported, opened in LibreOffice
// headless with recalculation on load forced, every sheet written out as
// CSV, and each bid's scores, qualification and rank compared with
// evaluate()'s to the announced decimals. libxlsxwriter stores 0 as every
// formula's cached value, so a workbook that was not recalculated fails.
#include "generate/TenderGenerator.h"
#include "scoring/Evaluator.h"
#include "spreadsheet/EvaluationWorkbook.h"
#include "support/Csv.h"

#include "MissingTool.h"
#include "Samples.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tulana;
using namespace tulana::testsupport;

namespace {

// A LibreOffice profile that recalculates every formula of an Excel file
// when it loads it (Tools ▸ Options ▸ Calc ▸ Formula ▸ "Recalculation on
// file load": Always).
bool writeRecalculatingProfile(const QString& dir)
{
    QDir().mkpath(dir + QStringLiteral("/user"));
    QFile file(dir + QStringLiteral("/user/registrymodifications.xcu"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
)");
    return true;
}

// Every sheet of `xlsx` as CSV in `out` (LibreOffice 7.2 and later: sheet
// -1), full precision; the Evaluation sheet's table, or nothing.
std::optional<CsvTable> recalculatedEvaluation(const QString& xlsx, const QString& profile,
                                               const QString& out, QString* why)
{
    QProcess soffice;
    soffice.start(QStringLiteral("soffice"),
                  {QStringLiteral("-env:UserInstallation=file://") + profile,
                   QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                   QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,"
                                  "false,false,false,-1"),
                   QStringLiteral("--outdir"), out, xlsx});
    if (!soffice.waitForFinished(600'000)) {
        *why = QStringLiteral("soffice did not finish: ") + soffice.errorString();
        return std::nullopt;
    }
    QFile csv(out + u'/' + QFileInfo(xlsx).completeBaseName() + QStringLiteral("-Evaluation.csv"));
    if (!csv.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("no Evaluation sheet written: ") +
               QString::fromUtf8(soffice.readAllStandardError());
        return std::nullopt;
    }
    return readCsv(csv.readAll(), why);
}

// Whether the workbook's figure (full precision) is Tulana's to the
// announced decimals.
bool sameTo(const QString& cellText, double tulana, int decimals)
{
    bool ok = false;
    const double value = cellText.toDouble(&ok);
    return ok && std::abs(value - tulana) <= 0.5 * std::pow(10.0, -decimals) + 1e-9;
}

} // namespace

class TestWorkbook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recalculatesToTulanasFigures_data();
    void recalculatesToTulanasFigures();
    void sealedPricesAreNotInTheWorkbook();

private:
    QTemporaryDir m_dir;
    QString m_profile;
};

void TestWorkbook::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        TULANA_SKIP_WITHOUT_TOOL("LibreOffice (soffice, libreoffice-calc-nogui) is not installed");
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    QVERIFY(writeRecalculatingProfile(m_profile));
}

void TestWorkbook::recalculatesToTulanasFigures_data()
{
    QTest::addColumn<Tender>("tender");
    for (const QString& name : QDir(sampleDir()).entryList({QStringLiteral("*.tulana")}))
        QTest::newRow(qPrintable(name))
            << loadSample(qPrintable(QFileInfo(name).completeBaseName()));
    QTest::newRow("generated 1000 bids") << generateTender({1000, 20, 3, 42});
}

void TestWorkbook::recalculatesToTulanasFigures()
{
    QFETCH(Tender, tender);
    const Evaluation ev = evaluate(tender);
    QString error;
    const QByteArray bytes = evaluationWorkbook(tender, ev, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString xlsx = m_dir.filePath(tag + QStringLiteral(".xlsx"));
    QFile file(xlsx);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QString out = m_dir.filePath(tag);
    const std::optional<CsvTable> table = recalculatedEvaluation(xlsx, m_profile, out, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header.value(9), QStringLiteral("Rank"));
    const int decimals = tender.options.decimals;
    int ranked = 0;
    for (std::size_t b = 0; b < tender.bids.size(); ++b) {
        const QStringList& row = table->rows.at(qsizetype(b));
        const BidResult& r = ev.results[b];
        const QString where = tender.bids[b].id;
        QCOMPARE(row.at(0), tender.bids[b].id);
        if (r.technicallyScored)
            QVERIFY2(sameTo(row.at(4), r.technical, decimals),
                     qPrintable(where + QStringLiteral(": technical ") + row.at(4)));
        QCOMPARE(row.at(3) == QLatin1String("TRUE"), r.rank > 0);
        if (r.rank == 0) {
            QVERIFY(row.at(9).isEmpty());
            continue;
        }
        ++ranked;
        QVERIFY2(sameTo(row.at(5), r.technicalForCombination, decimals), qPrintable(where));
        if (r.financial) {
            QVERIFY2(sameTo(row.at(7), *r.financial, decimals),
                     qPrintable(where + QStringLiteral(": financial ") + row.at(7)));
            QVERIFY2(sameTo(row.at(8), *r.combined, decimals),
                     qPrintable(where + QStringLiteral(": combined ") + row.at(8)));
        }
        QCOMPARE(row.at(9).toInt(), r.rank);
    }
    QCOMPARE(ranked, int(ev.ranking.size()));
    // The winner line, below the bids.
    const QStringList& winner = table->rows.last();
    QCOMPARE(winner.at(0), QStringLiteral("Winner"));
    QCOMPARE(winner.at(6),
             ev.hasWinner() ? tender.bids[std::size_t(ev.winner)].id : QStringLiteral("no award"));
}

void TestWorkbook::sealedPricesAreNotInTheWorkbook()
{
    // A bid below the minimum has its price envelope unopened: no figure of
    // it anywhere in the workbook's text (shared strings and sheets).
    const Tender tender = loadSample("citizen-services-chatbot");
    const Evaluation ev = evaluate(tender);
    QString error;
    const QByteArray bytes = evaluationWorkbook(tender, ev, &error);
    const QString xlsx = m_dir.filePath(QStringLiteral("sealed.xlsx"));
    QFile file(xlsx);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QString out = m_dir.filePath(QStringLiteral("sealed"));
    QVERIFY2(recalculatedEvaluation(xlsx, m_profile, out, &error), qPrintable(error));
    for (std::size_t b = 0; b < tender.bids.size(); ++b) {
        if (ev.envelopeOpened(int(b)))
            continue;
        const QByteArray price = QByteArray::number(tender.bids[b].price, 'g', 15);
        for (const QString& csv : QDir(out).entryList({QStringLiteral("*.csv")})) {
            QFile f(out + u'/' + csv);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(price), qPrintable(csv));
        }
    }
}

QTEST_GUILESS_MAIN(TestWorkbook)
#include "tst_workbook.moc"
