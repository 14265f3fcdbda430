// The Sensitivity page: its price-to-win model under
// QAbstractItemModelTester, the sentences it builds from the core's report,
// and the page itself on the chatbot sample: worked out in a worker thread,
// naming the winner the evaluation names, following an edit, dropping runs
// that edits overtake, and saying why when there is nothing to analyse.
#include "GuiTestSupport.h"
#include "MainWindowFixture.h"

#include "commands/BidCommands.h"
#include "document/SensitivityRunner.h"
#include "models/PriceToWinModel.h"
#include "pages/SensitivityPage.h"
#include "report/SensitivityReport.h"
#include "scoring/Evaluator.h"
#include "support/Money.h"
#include "util/MessageBar.h"
#include "util/SensitivityText.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace tulana;
namespace words = tulana::sensitivity_words;

namespace {

// Two bids and a hand-made report: B2 wins between 63.5% and 100% of
// technical weight (the rulebook stops at 80%), B1 below.
std::shared_ptr<SensitivityResult> twoBids()
{
    auto result = std::make_shared<SensitivityResult>();
    result->tender.currency = QStringLiteral("INR");
    for (const char* id : {"B1", "B2"}) {
        Bid bid;
        bid.id = QLatin1String(id);
        result->tender.bids.push_back(bid);
    }
    sensitivity::Report& r = result->report;
    r.available = true;
    r.winner = 1;
    r.technicalWeight.announced = 70;
    r.technicalWeight.allowed = {0, 80};
    r.technicalWeight.segments = {{0, 63.5, 0}, {63.5, 100, 1}};
    r.technicalWeight.winnerHolds = {63.5, 100};
    sensitivity::PriceToWin winner;
    winner.bid = 1;
    winner.price = 14600000;
    winner.threshold = 15000000;
    winner.change = 15000000.0 / 14600000.0 - 1;
    sensitivity::PriceToWin runnerUp;
    runnerUp.bid = 0;
    runnerUp.price = 11850000;
    runnerUp.threshold = 11500000;
    runnerUp.change = 1 - 11500000.0 / 11850000.0;
    r.priceToWin = {winner, runnerUp};
    return result;
}

} // namespace

class TestSensitivityPage : public QObject, guitest::MainWindowFixture
{
    Q_OBJECT

    SensitivityPage* page() const { return find<SensitivityPage>("sensitivityPage"); }
    QString sentence() const { return find<QLabel>("technicalWeightSentence")->text(); }

    // Shows the page and waits for the analysis of the tender as it stands.
    bool showAndWait()
    {
        find<QTabWidget>("pages")->setCurrentWidget(page());
        return QTest::qWaitFor(
            [this] {
                const auto& result = page()->runner()->result();
                return !page()->busy() && result && result->tender == doc()->tender();
            },
            20000);
    }

    QString winnerId() const
    {
        const Evaluation& e = doc()->evaluation();
        return e.hasWinner() ? doc()->tender().bids.at(std::size_t(e.winner)).id : QString();
    }

private slots:
    void initTestCase() { isolateSettings(); }
    void init() { QVERIFY(open()); }
    void cleanup() { close(); }

    void theModelPassesTheTesterAcrossResults()
    {
        PriceToWinModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setResult(twoBids());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PriceToWinModel::ColumnCount));
        model.setResult(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void theModelWritesPricesAndCutsInWords()
    {
        PriceToWinModel model;
        auto result = twoBids();
        model.setResult(result);
        auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(0, PriceToWinModel::BidColumn), QStringLiteral("B2 (winner)"));
        // Indian grouping, as every amount of the app.
        QCOMPARE(cell(0, PriceToWinModel::PriceColumn),
                 formatAmount(14600000, QStringLiteral("INR")));
        QVERIFY(cell(0, PriceToWinModel::PriceColumn).contains(QStringLiteral("1,46,00,000")));
        QVERIFY(cell(0, PriceToWinModel::ChangeColumn).contains(QStringLiteral("2.7%")));
        QVERIFY(cell(1, PriceToWinModel::ThresholdColumn)
                    .contains(formatAmount(11500000, QStringLiteral("INR"))));
        QCOMPARE(cell(1, PriceToWinModel::ChangeColumn), QStringLiteral("a cut of 3.0%"));

        // A bid that price alone cannot lift says how far behind it is.
        sensitivity::PriceToWin& behind = result->report.priceToWin[1];
        behind.threshold.reset();
        behind.change.reset();
        behind.technicalGap = 12.5;
        model.setResult(result);
        QCOMPARE(cell(1, PriceToWinModel::ChangeColumn),
                 QStringLiteral("cannot win on price alone (12.50 points behind in technical "
                                "score)"));
    }

    void theWeightSentenceNamesTheWinnerAndTheRulebooksLimit()
    {
        auto result = twoBids();
        // The core's words, as the CLI and the memo print them.
        QString sentence = words::technicalWeight(result->tender, result->report);
        QVERIFY2(sentence.startsWith(QStringLiteral("B2 wins for any technical weight from 63.5% "
                                                    "to 80% (the most the rulebook allows).")),
                 qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("Below 63.5%, B1 wins.")), qPrintable(sentence));
        // A rulebook's lower limit below the segment's start changes nothing.
        result->report.technicalWeight.allowed = {60, 80};
        QVERIFY(words::technicalWeight(result->tender, result->report)
                    .contains(QStringLiteral("Below 63.5%, B1 wins.")));
        // Above it, the winner holds over everything the rulebook allows.
        result->report.technicalWeight.allowed = {64, 80};
        sentence = words::technicalWeight(result->tender, result->report);
        QVERIFY2(sentence.contains(QStringLiteral("from 64% (the least the rulebook allows) to "
                                                  "80% (the most the rulebook allows)")),
                 qPrintable(sentence));
        QVERIFY(sentence.contains(
            QStringLiteral("No technical weight the rulebook allows changes the winner.")));
        result->report.decidedByRounding = true;
        QVERIFY(words::technicalWeight(result->tender, result->report)
                    .contains(QStringLiteral("rounding")));
    }

    void thePageNamesTheEvaluationsWinner()
    {
        QVERIFY(window()->openFile(guitest::samplePath()));
        QVERIFY(showAndWait());
        const QString winner = winnerId();
        QVERIFY(!winner.isEmpty());
        QVERIFY2(sentence().startsWith(winner + QStringLiteral(" wins")), qPrintable(sentence()));
        const sensitivity::Report& report = page()->runner()->result()->report;
        QVERIFY(report.available);
        // The sentence's range is the core's, within the rulebook's.
        const sensitivity::TechnicalWeight& w = report.technicalWeight;
        QVERIFY2(sentence().contains(words::percent(std::max(w.winnerHolds.from, w.allowed.from))),
                 qPrintable(sentence()));
        QVERIFY(report.acceptability);
        QCOMPARE(report.acceptability->options.draws, 10000);
        // The winner's row first, with its technical score as evaluated.
        PriceToWinModel* model = page()->model();
        QVERIFY(model->rowCount() > 0);
        QCOMPARE(model->index(0, PriceToWinModel::BidColumn).data().toString(),
                 winner + QStringLiteral(" (winner)"));
        const Evaluation& evaluation = doc()->evaluation();
        QCOMPARE(model->index(0, PriceToWinModel::TechnicalColumn).data().toString(),
                 QString::number(evaluation.resultFor(evaluation.winner)->technical, 'f', 2));
        QVERIFY(find<QLabel>("acceptabilityNote")->text().contains(QStringLiteral("10,000 draws")));
    }

    void anEditOfAPriceUpdatesThePage()
    {
        QVERIFY(window()->openFile(guitest::samplePath()));
        QVERIFY(showAndWait());
        const QString before = winnerId();
        // The first bid the report says a price cut would lift to the award.
        const sensitivity::Report report = page()->runner()->result()->report;
        const sensitivity::PriceToWin* cut = nullptr;
        for (const sensitivity::PriceToWin& p : report.priceToWin)
            if (p.bid != report.winner && p.threshold && !cut)
                cut = &p;
        QVERIFY2(cut, "no bid of the sample could win on price");
        const Bid& bid = doc()->tender().bids.at(std::size_t(cut->bid));
        const QString id = bid.id;
        // The tax is an amount beside the price: the quoted price falls by
        // the cut its evaluated price needs, and 2% more for room.
        const double price = bid.price - (cut->price - *cut->threshold) - 0.02 * cut->price;
        QVERIFY(doc()->push(new SetBidFieldCommand(doc(), cut->bid, BidField::Price, price)));
        QCOMPARE(winnerId(), id);
        QVERIFY(winnerId() != before);
        QVERIFY(showAndWait());
        QVERIFY2(sentence().startsWith(id + QStringLiteral(" wins")), qPrintable(sentence()));
    }

    void aBurstOfEditsIsWorkedOutOnceForTheLastTender()
    {
        QVERIFY(window()->openFile(guitest::samplePath()));
        QVERIFY(showAndWait());
        QSignalSpy finished(page()->runner(), &SensitivityRunner::finished);
        const double price = doc()->tender().bids.at(0).price;
        for (int i = 1; i <= 5; ++i)
            QVERIFY(doc()->push(
                new SetBidFieldCommand(doc(), 0, BidField::Price, price * (1 + 0.01 * i))));
        QVERIFY(page()->busy());
        QVERIFY(showAndWait());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(page()->runner()->result()->tender.bids.at(0).price, price * 1.05);
    }

    void nothingToAnalyseSaysWhy()
    {
        // The window opens blank: no award to test.
        QVERIFY(showAndWait());
        const auto& result = page()->runner()->result();
        QVERIFY(!result->report.available);
        QVERIFY(!result->report.why.isEmpty());
        QCOMPARE(find<MessageBar>("sensitivityBanner")->text(), result->report.why);
        QVERIFY(!find<QLabel>("technicalWeightSentence")->isVisible());
    }
};

QTEST_MAIN(TestSensitivityPage)
#include "tst_sensitivitypage.moc"
