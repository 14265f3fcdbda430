// The Openness page: its two models under QAbstractItemModelTester, the
// undo of each openness command, switching the marks on (the ranking
// follows at once), importing a good and a bad record, and the radar chart.
#include "GuiTestSupport.h"
#include "openness/Component.h"

#include "commands/OpennessCommands.h"
#include "document/TenderDocument.h"
#include "models/ModelRoles.h"
#include "models/OpennessComparisonModel.h"
#include "models/OpennessComponentsModel.h"
#include "pages/OpennessPage.h"
#include "widgets/OpennessRadarChart.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLineSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace tulana;
using guitest::roundTrip;
using namespace tulana::openness;

namespace {

int indexOf(const Tender& t, const char* id)
{
    for (std::size_t i = 0; i < t.bids.size(); ++i)
        if (t.bids[i].id == QLatin1String(id))
            return int(i);
    return -1;
}

QString winnerOf(const TenderDocument& doc)
{
    const Evaluation& ev = doc.evaluation();
    return ev.hasWinner() ? doc.tender().bids.at(std::size_t(ev.winner)).id : QString();
}

int rowOf(const OpennessComponentsModel& model, const char* component)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.componentAt(row) == QLatin1String(component))
            return row;
    return -1;
}

} // namespace

class TestOpenness : public QObject
{
    Q_OBJECT

private slots:
    void theComponentsModelPassesTheTester()
    {
        TenderDocument doc;
        OpennessComponentsModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.reset(guitest::sampleTender());
        QCOMPARE(model.rowCount(), 0); // no bid chosen yet
        model.setBid(indexOf(doc.tender(), "B5"));
        QCOMPARE(model.rowCount(), int(ComponentCatalogue::builtIn().components().size()));
        QVERIFY(model.assessment());
        const int weights = rowOf(model, "final-parameters");
        QVERIFY(weights >= 0);
        const QModelIndex reading = model.index(weights, OpennessComponentsModel::ReadingColumn);
        QCOMPARE(reading.data().toString(), displayName(LicenceCategory::UseRestricted));
        QVERIFY(!reading.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.index(weights, OpennessComponentsModel::StateColumn)
                    .data(ChoicesRole)
                    .toList()
                    .size() == 6);

        // Edits through the model are commands.
        const QModelIndex licence = model.index(weights, OpennessComponentsModel::LicenceColumn);
        QVERIFY(model.setData(licence, QStringLiteral("Apache-2.0")));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(reading.data().toString(), displayName(LicenceCategory::OsiApproved));
        const int paper = rowOf(model, "data-workers"); // the record does not state it
        QVERIFY(model.setData(model.index(paper, OpennessComponentsModel::StateColumn),
                              toKey(ReleaseState::Released)));
        QVERIFY(model.setData(model.index(paper, OpennessComponentsModel::StateColumn),
                              QString())); // not stated again
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.tender(), guitest::sampleTender());
        model.setBid(-1);
        QCOMPARE(model.rowCount(), 0);
        doc.reset(Tender{});
    }

    void theComparisonModelPassesTheTester()
    {
        TenderDocument doc;
        OpennessComparisonModel model(&doc);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.reset(guitest::sampleTender());
        QCOMPARE(model.rowCount(), 5);
        const int b1 = indexOf(doc.tender(), "B1");
        const int b5 = indexOf(doc.tender(), "B5");
        QCOMPARE(model.index(b1, OpennessComparisonModel::ClassColumn).data().toString(),
                 displayName(MofClass::ClassI));
        QVERIFY(model.index(b5, OpennessComparisonModel::FlagsColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("weights")));
        QVERIFY(model.index(b1, OpennessComparisonModel::MarksColumn).data().toString().isEmpty());
        // Marks appear when the scheme is switched on.
        OpennessScheme on = doc.tender().openness;
        on.enabled = true;
        doc.undoStack()->push(new SetOpennessSchemeCommand(&doc, on));
        QCOMPARE(model.index(b1, OpennessComparisonModel::MarksColumn).data(NumberRole).toDouble(),
                 10.0);
        // Rows follow bids removed and records cleared.
        doc.undoStack()->push(
            new SetOpennessRecordCommand(&doc, b1, std::nullopt, QStringLiteral("clear")));
        QCOMPARE(model.index(b1, OpennessComparisonModel::ClassColumn).data().toString(),
                 OpennessComparisonModel::tr("not recorded"));
        doc.removeBids(0, 2);
        QCOMPARE(model.rowCount(), 3);
    }

    void eachOpennessCommandUndoesAndRedoes()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        const int b1 = indexOf(doc.tender(), "B1");
        const int b4 = indexOf(doc.tender(), "B4");

        roundTrip(doc,
                  new SetOpennessRecordCommand(&doc, b1, std::nullopt,
                                               QStringLiteral("Clear openness record of B1")),
                  [&](const Tender& t) { QVERIFY(!t.bids[std::size_t(b1)].openness); });
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Clear openness record of B1"));

        roundTrip(doc,
                  new SetOpennessComponentCommand(
                      &doc, b4, QStringLiteral("inference-code"),
                      ComponentEntry{{}, ReleaseState::Released, QStringLiteral("MIT"), {}, {}}),
                  [&](const Tender& t) {
                      const ComponentEntry* e =
                          t.bids[std::size_t(b4)].openness->entry(QStringLiteral("inference-code"));
                      QVERIFY(e);
                      QCOMPARE(e->licence, QStringLiteral("MIT"));
                  });
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Set inference code of B4"));

        // Typing a licence letter by letter is one step.
        const int before = doc.undoStack()->count();
        for (const char* licence : {"A", "Ap", "Apache-2.0"})
            doc.undoStack()->push(new SetOpennessComponentCommand(
                &doc, b4, QStringLiteral("training-code"),
                ComponentEntry{{}, ReleaseState::Released, QString::fromUtf8(licence), {}, {}}));
        QCOMPARE(doc.undoStack()->count(), before + 1);

        // Switching the marks on scales the criteria to 90 points in the same step.
        OpennessScheme on = doc.tender().openness;
        on.enabled = true;
        auto* command = new SetOpennessSchemeCommand(&doc, on);
        QVERIFY(qFuzzyCompare(command->weightFactor(), 0.9));
        roundTrip(doc, command, [](const Tender& t) {
            QVERIFY(t.openness.isOn());
            double sum = 0;
            for (const Criterion& c : t.criteria)
                sum += c.weight;
            QVERIFY(qFuzzyCompare(sum, 90.0));
            QVERIFY(qFuzzyCompare(t.criteria[0].children[0].weight, 13.5));
        });
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Switch on openness marks"));
        QVERIFY2(doc.evaluation().evaluated, "the scaled tender evaluates");

        OpennessScheme byOutcomes = OpennessScheme::defaults(OpennessBasis::Outcomes, 10);
        roundTrip(doc, new SetOpennessSchemeCommand(&doc, byOutcomes),
                  [](const Tender& t) { QCOMPARE(t.openness.basis, OpennessBasis::Outcomes); });
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change openness scheme"));
    }

    // A bid's first openness entry starts its record from what the bid is:
    // an open-source bid claims open source (so the openwashing checks have
    // a claim to weigh), a proprietary one claims nothing.
    void aNewRecordClaimsWhatTheBidsNatureSays()
    {
        TenderDocument doc;
        doc.reset(guitest::sampleTender());
        for (std::size_t i = 0; i < doc.tender().bids.size(); ++i) {
            const BidNature nature = doc.tender().bids[i].nature;
            doc.undoStack()->push(
                new SetOpennessRecordCommand(&doc, int(i), std::nullopt, QStringLiteral("Clear")));
            doc.undoStack()->push(new SetOpennessComponentCommand(
                &doc, int(i), QStringLiteral("final-parameters"),
                ComponentEntry{{}, ReleaseState::Released, QStringLiteral("Apache-2.0"), {}, {}}));
            const auto& record = doc.tender().bids[i].openness;
            QVERIFY(record);
            QCOMPARE(record->claim, nature == BidNature::OpenSource ? OpennessClaim::OpenSource
                                                                    : OpennessClaim::NotStated);
            // Weights alone: flagged for a bid that claims openness only.
            const auto& a = doc.evaluation().facts[i].openness;
            QVERIFY(a);
            QCOMPARE(a->hasFlag(OpenwashingKind::OnlyWeights), nature == BidNature::OpenSource);
        }
    }

    void switchingTheMarksOnReRanksAtOnce()
    {
        TenderDocument doc;
        OpennessPage page(&doc);
        doc.reset(guitest::sampleTender());
        QCOMPARE(winnerOf(doc), QStringLiteral("B2"));
        auto* on = page.findChild<QCheckBox*>(QStringLiteral("opennessOn"));
        QVERIFY(on && !on->isChecked());
        on->setChecked(true);
        QVERIFY(doc.tender().openness.isOn());
        QCOMPARE(winnerOf(doc), QStringLiteral("B1"));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QVERIFY(!on->isChecked());
        QCOMPARE(winnerOf(doc), QStringLiteral("B2"));
    }

    void importingARecordExplainsItAndABadOneIsLocated()
    {
        TenderDocument doc;
        OpennessPage page(&doc);
        doc.reset(guitest::sampleTender());
        const int b3 = indexOf(doc.tender(), "B3");
        page.showBid(b3);
        QCOMPARE(page.componentsModel()->bid(), b3);

        QVERIFY(page.importRecordFile(
            QStringLiteral(TULANA_FIXTURES_DIR "/mot/models/Pythia-6.9B.yml")));
        const auto& record = doc.tender().bids[std::size_t(b3)].openness;
        QVERIFY(record);
        QCOMPARE(record->source, RecordSource::ModelOpennessTool);
        QCOMPARE(doc.undoStack()->undoText(),
                 QStringLiteral("Import openness record of B3 from Pythia-6.9B.yml"));
        const QString html =
            page.findChild<QTextBrowser*>(QStringLiteral("opennessExplanation"))->toPlainText();
        QVERIFY2(html.contains(displayName(MofClass::ClassI)), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("Everything needed to study")), qPrintable(html));

        const Tender before = doc.tender();
        QStringList places;
        guitest::whenModal([&places](QWidget* modal) {
            auto* list = modal->findChild<QTreeWidget*>(QStringLiteral("problemsList"));
            for (int i = 0; list && i < list->topLevelItemCount(); ++i)
                places << list->topLevelItem(i)->text(0);
            static_cast<QDialog*>(modal)->reject();
        });
        QVERIFY(!page.importRecordFile(
            QStringLiteral(TULANA_SOURCE_DIR "/tests/data/openness/mot-unknown-component.yml")));
        QVERIFY2(places.join(u' ').contains(QLatin1String("mot-unknown-component.yml:15:13")),
                 qPrintable(places.join(u' ')));
        QVERIFY(doc.tender() == before);
    }

    // "Select B5" in a training step: a click on B5's row of the comparison
    // shows B5's components, and the page's selector says so.
    void clickingABidInTheComparisonShowsIt()
    {
        TenderDocument doc;
        OpennessPage page(&doc);
        doc.reset(guitest::sampleTender());
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("opennessTabs"));
        auto* table = page.findChild<QTableView*>(QStringLiteral("opennessComparison"));
        auto* selector = page.findChild<QComboBox*>(QStringLiteral("opennessBidSelector"));
        QVERIFY(tabs && table && selector);
        tabs->setCurrentIndex(1);
        const int b5 = indexOf(doc.tender(), "B5");
        const QRect cell = table->visualRect(table->model()->index(b5, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(selector->currentIndex(), b5);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(tabs->currentIndex(), 0);
        // And back: choosing B1 on the page moves the comparison's row.
        selector->setCurrentIndex(0);
        QCOMPARE(table->currentIndex().row(), 0);
    }

    void theRadarChartDrawsEachRecordedBid()
    {
        TenderDocument doc;
        OpennessPage page(&doc);
        doc.reset(guitest::sampleTender());
        const QList<QAbstractSeries*> series = page.radarChart()->chart()->series();
        QCOMPARE(series.size(), 5);
        auto* b1 = static_cast<QLineSeries*>(series.first());
        QCOMPARE(b1->name(), QStringLiteral("B1"));
        QCOMPARE(b1->count(), 8); // seven axes, closed
        QCOMPARE(b1->at(0).y(), b1->at(7).y());
        // A bid without a record is not drawn.
        doc.undoStack()->push(
            new SetOpennessRecordCommand(&doc, 0, std::nullopt, QStringLiteral("clear")));
        QCOMPARE(page.radarChart()->chart()->series().size(), 4);
    }
};

QTEST_MAIN(TestOpenness)
#include "tst_openness.moc"
