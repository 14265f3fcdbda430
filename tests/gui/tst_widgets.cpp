// The desktop widgets: the two charts, the "why this number" panel, the
// new-tender wizard and the typed settings. Widgets are found and driven by
// objectName, as a user's clicks would reach them.
#include "i18n/Language.h"
#include "settings/Settings.h"
#include "util/StandardButtons.h"
#include "widgets/DerivationPanel.h"
#include "widgets/PriceScatterChart.h"
#include "widgets/ScoreBarChart.h"

#include "GuiTestSupport.h"
#include "TenderBuilder.h"
#include "io/TenderFile.h"
#include "scoring/Evaluator.h"
#include "validation/TenderValidator.h"

#include <QAbstractButton>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFrame>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

using namespace tulana;
using guitest::field;

namespace {

const QString kSampleDir = QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/");

Tender sample(const QString& name)
{
    const TenderLoad l = loadTenderFile(kSampleDir + name + QStringLiteral(".tulana"));
    if (!l.tender)
        qFatal("cannot load sample %s", qPrintable(name));
    return *l.tender;
}

int indexOf(const Tender& t, const QString& id)
{
    for (std::size_t i = 0; i < t.bids.size(); ++i)
        if (t.bids[i].id == id)
            return int(i);
    return -1;
}

QChart* chartOf(QWidget* w)
{
    auto* view = w->findChild<QChartView*>();
    return view ? view->chart() : nullptr;
}

template <typename T> T* seriesNamed(QChart* chart, const char* name)
{
    for (QAbstractSeries* s : chart->series())
        if (s->objectName() == QLatin1String(name))
            return qobject_cast<T*>(s);
    return nullptr;
}

QStringList categoriesOf(QChart* chart)
{
    for (QAbstractAxis* axis : chart->axes())
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories->categories();
    return {};
}

} // namespace

class TestWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void barChartHasOneBarPerRankedBidAndMarksTheWinner_data();
    void barChartHasOneBarPerRankedBidAndMarksTheWinner();
    void barChartStacksTheWeightedScoresUnderQcbs();
    void barChartShowsTheDecidingScoreUnderOtherMethods_data();
    void barChartShowsTheDecidingScoreUnderOtherMethods();
    void barChartReusesItsChartOnUpdate();
    void barChartSummarisesThousandsOfBids();

    void scatterHasOnePointPerOpenedPrice_data();
    void scatterHasOnePointPerOpenedPrice();
    void scatterHasNoPointForAnUnqualifiedBid();
    void scatterDrawsTheQualifyingLineAtTheMinimum();
    void scatterOpensOnlyTheWinnersPriceUnderQbs();
    void scatterShowsPricesInLakh();

    void derivationPanelShowsFormulaWorkingAndSources();
    void derivationPanelShowsWhyANumberIsAbsent();
    void derivationPanelWarnsOfARankReversal();
    void derivationPanelClears();

    void recentFilesAreMostRecentFirstWithoutDuplicates();
    void recentFilesKeepAtMostTen();
    void settingsStartWithTheirDefaultsAndKeepWhatIsSet();
    void standardButtonsSpeakTheUsersLanguage();

private:
    QTemporaryDir m_settingsDir;
};

void TestWidgets::initTestCase()
{
    // Never touch the user's own settings.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestWidgets::barChartHasOneBarPerRankedBidAndMarksTheWinner_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("bars");
    QTest::addColumn<QString>("winner");
    QTest::newRow("chatbot: four ranked bids, B2 wins")
        << QStringLiteral("citizen-services-chatbot") << 4 << QStringLiteral("B2");
    QTest::newRow("land records: three ranked bids, B1 wins")
        << QStringLiteral("land-records-ocr") << 3 << QStringLiteral("B1");
    QTest::newRow("crop advisory: four ranked bids, B3 wins")
        << QStringLiteral("crop-advisory") << 4 << QStringLiteral("B3");
}

void TestWidgets::barChartHasOneBarPerRankedBidAndMarksTheWinner()
{
    QFETCH(QString, sample);
    QFETCH(int, bars);
    QFETCH(QString, winner);
    const Tender t = ::sample(sample);
    const Evaluation ev = evaluate(t);
    ScoreBarChart chart;
    QCOMPARE(chart.objectName(), QStringLiteral("scoreBarChart"));
    chart.setEvaluation(t, ev);

    QChart* c = chartOf(&chart);
    QVERIFY(c);
    auto* series = seriesNamed<QHorizontalStackedBarSeries>(c, "scoreBars");
    QVERIFY(series);
    for (QBarSet* set : series->barSets())
        QCOMPARE(set->count(), bars);
    const QStringList categories = categoriesOf(c);
    QCOMPARE(categories.size(), bars);
    // The best is drawn at the top, which is the last category.
    QVERIFY2(categories.last().startsWith(QStringLiteral("\u2605 ") + winner + u' '),
             qPrintable(categories.last()));
    QCOMPARE(categories.filter(QStringLiteral("\u2605")).size(), 1);
    QVERIFY(c->title().contains(QStringLiteral("technical")));
}

void TestWidgets::barChartStacksTheWeightedScoresUnderQcbs()
{
    const Tender t = sample(QStringLiteral("citizen-services-chatbot"));
    const Evaluation ev = evaluate(t);
    ScoreBarChart chart;
    chart.setEvaluation(t, ev);
    auto* series = seriesNamed<QHorizontalStackedBarSeries>(chartOf(&chart), "scoreBars");
    QCOMPARE(series->count(), 2);
    const BidResult& b2 = ev.results[std::size_t(indexOf(t, QStringLiteral("B2")))];
    const int top = series->barSets().at(0)->count() - 1;
    QCOMPARE(series->barSets().at(0)->at(top), b2.technicalForCombination * 0.70);
    QCOMPARE(series->barSets().at(1)->at(top), *b2.financial * 0.30);

    const auto* note = chart.findChild<QLabel*>(QStringLiteral("scoreBarChartNote"));
    QVERIFY(note && note->text().contains(QStringLiteral("B4")));
}

void TestWidgets::barChartShowsTheDecidingScoreUnderOtherMethods_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("titleWords");
    QTest::addColumn<QString>("winner");
    QTest::newRow("L1 bars are evaluated prices; the cheapest, B1, wins")
        << int(SelectionMethod::Lcs) << QStringLiteral("lowest") << QStringLiteral("B1");
    QTest::newRow("QBS bars are technical scores; the best, B2, wins")
        << int(SelectionMethod::Qbs) << QStringLiteral("highest") << QStringLiteral("B2");
    QTest::newRow("FBS bars are technical scores within the budget; B1 wins")
        << int(SelectionMethod::Fbs) << QStringLiteral("budget") << QStringLiteral("B1");
}

void TestWidgets::barChartShowsTheDecidingScoreUnderOtherMethods()
{
    QFETCH(int, method);
    QFETCH(QString, titleWords);
    QFETCH(QString, winner);
    Tender t = sample(QStringLiteral("citizen-services-chatbot"));
    t.method = SelectionMethod(method);
    t.rulebook.clear();
    t.budget = 1.65e7; // ₹165 lakh: B2 (₹172.28 lakh with tax) is over it
    const Evaluation ev = evaluate(t);
    QVERIFY(ev.hasWinner());
    ScoreBarChart chart;
    chart.setEvaluation(t, ev);
    QChart* c = chartOf(&chart);
    auto* series = seriesNamed<QHorizontalStackedBarSeries>(c, "scoreBars");
    QVERIFY2(c->title().contains(titleWords), qPrintable(c->title()));
    QVERIFY(!c->legend()->isVisible());
    const QBarSet* deciding = series->barSets().at(0);
    QCOMPARE(deciding->count(), int(ev.ranking.size()));
    for (int i = 0; i < series->barSets().at(1)->count(); ++i)
        QCOMPARE(series->barSets().at(1)->at(i), 0.0);
    QVERIFY(categoriesOf(c).last().startsWith(QStringLiteral("\u2605 ") + winner));
    const BidResult& w = ev.results[std::size_t(ev.winner)];
    const double expected =
        t.method == SelectionMethod::Lcs ? *w.evaluatedPrice / 1e5 : w.technical;
    QCOMPARE(deciding->at(deciding->count() - 1), expected);
}

void TestWidgets::barChartReusesItsChartOnUpdate()
{
    const Tender t = sample(QStringLiteral("land-records-ocr"));
    ScoreBarChart chart;
    chart.setEvaluation(t, evaluate(t));
    auto* view = chart.findChild<QChartView*>();
    QChart* c = view->chart();
    QAbstractSeries* series = c->series().front();
    Tender edited = t;
    edited.bids.pop_back();
    chart.setEvaluation(edited, evaluate(edited));
    chart.setEvaluation(t, evaluate(t));
    QCOMPARE(chart.findChildren<QChartView*>().size(), 1);
    QCOMPARE(chart.findChild<QChartView*>(), view);
    QCOMPARE(view->chart(), c);
    QCOMPARE(c->series().front(), series);
    QCOMPARE(c->animationOptions(), QChart::NoAnimation);
}

void TestWidgets::barChartSummarisesThousandsOfBids()
{
    TenderBuilder b = TenderBuilder().qcbs(70, 30).minimum(0).criterion("C1", 100, 100);
    for (int i = 0; i < 1500; ++i)
        b.bid(qPrintable(QStringLiteral("B%1").arg(i + 1)), 50 + (i % 50), 100 + i);
    const Tender t = b.build();
    const Evaluation ev = evaluate(t);
    ScoreBarChart chart;
    chart.setEvaluation(t, ev);
    QCOMPARE(categoriesOf(chartOf(&chart)).size(), ScoreBarChart::kMaxBars);
    const auto* note = chart.findChild<QLabel*>(QStringLiteral("scoreBarChartNote"));
    QVERIFY2(note->text().contains(QStringLiteral("1500")), qPrintable(note->text()));
}

void TestWidgets::scatterHasOnePointPerOpenedPrice_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("points");
    QTest::addColumn<QString>("winner");
    QTest::newRow("chatbot: four opened prices")
        << QStringLiteral("citizen-services-chatbot") << 4 << QStringLiteral("B2");
    QTest::newRow("land records: three opened prices")
        << QStringLiteral("land-records-ocr") << 3 << QStringLiteral("B1");
    QTest::newRow("crop advisory: four opened prices")
        << QStringLiteral("crop-advisory") << 4 << QStringLiteral("B3");
}

void TestWidgets::scatterHasOnePointPerOpenedPrice()
{
    QFETCH(QString, sample);
    QFETCH(int, points);
    QFETCH(QString, winner);
    const Tender t = ::sample(sample);
    const Evaluation ev = evaluate(t);
    PriceScatterChart chart;
    QCOMPARE(chart.objectName(), QStringLiteral("priceScatterChart"));
    chart.setEvaluation(t, ev);
    QChart* c = chartOf(&chart);
    auto* ranked = seriesNamed<QScatterSeries>(c, "rankedBids");
    auto* star = seriesNamed<QScatterSeries>(c, "winner");
    QVERIFY(ranked && star);
    QCOMPARE(ranked->count() + star->count(), points);
    QCOMPARE(star->count(), 1);
    const BidResult& w = ev.results[std::size_t(indexOf(t, winner))];
    QCOMPARE(star->at(0), QPointF(*w.evaluatedPrice / 1e5, w.technical));
}

void TestWidgets::scatterHasNoPointForAnUnqualifiedBid()
{
    const Tender t = sample(QStringLiteral("citizen-services-chatbot"));
    const Evaluation ev = evaluate(t);
    const int b4 = indexOf(t, QStringLiteral("B4"));
    QCOMPARE(ev.results[std::size_t(b4)].standing, Standing::BelowMinimumTechnical);
    PriceScatterChart chart;
    chart.setEvaluation(t, ev);
    const double closedPrice = t.bids[std::size_t(b4)].priceWithTax() / 1e5;
    for (QAbstractSeries* s : chartOf(&chart)->series()) {
        auto* scatter = qobject_cast<QScatterSeries*>(s);
        if (!scatter)
            continue;
        for (const QPointF& p : scatter->points()) {
            QVERIFY(!qFuzzyCompare(p.x(), closedPrice));
            QVERIFY(!qFuzzyCompare(p.y(), ev.results[std::size_t(b4)].technical));
        }
    }
    const auto* note = chart.findChild<QLabel*>(QStringLiteral("priceScatterChartNote"));
    QVERIFY2(note->text().contains(QStringLiteral("B4")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QStringLiteral("two-envelope")), qPrintable(note->text()));
    // The note gives the reason, never the closed price.
    QVERIFY(!note->text().contains(QStringLiteral("116")));
}

void TestWidgets::scatterDrawsTheQualifyingLineAtTheMinimum()
{
    const Tender t = sample(QStringLiteral("land-records-ocr"));
    PriceScatterChart chart;
    chart.setEvaluation(t, evaluate(t));
    auto* line = seriesNamed<QLineSeries>(chartOf(&chart), "minimumTechnicalLine");
    QVERIFY(line);
    QCOMPARE(line->count(), 2);
    QCOMPARE(line->at(0).y(), 75.0);
    QCOMPARE(line->at(1).y(), 75.0);
    QVERIFY(line->name().contains(QStringLiteral("75")));
}

void TestWidgets::scatterOpensOnlyTheWinnersPriceUnderQbs()
{
    Tender t = sample(QStringLiteral("citizen-services-chatbot"));
    t.method = SelectionMethod::Qbs;
    t.rulebook.clear();
    PriceScatterChart chart;
    chart.setEvaluation(t, evaluate(t));
    QChart* c = chartOf(&chart);
    QCOMPARE(seriesNamed<QScatterSeries>(c, "rankedBids")->count(), 0);
    QCOMPARE(seriesNamed<QScatterSeries>(c, "winner")->count(), 1);
}

void TestWidgets::scatterShowsPricesInLakh()
{
    const AmountScale inr = amountScale(1.7228e7, QStringLiteral("INR"));
    QCOMPARE(inr.divisor, 1e5);
    QVERIFY(inr.unit.contains(QStringLiteral("lakh")));
    QCOMPARE(formatScaled(1.7228e7, inr), QStringLiteral("172.28"));
    QVERIFY(amountScale(5e10, QStringLiteral("INR")).unit.contains(QStringLiteral("crore")));
    QVERIFY(amountScale(2.5e7, QStringLiteral("USD")).unit.contains(QStringLiteral("million")));
}

void TestWidgets::derivationPanelShowsFormulaWorkingAndSources()
{
    const Tender t = sample(QStringLiteral("citizen-services-chatbot"));
    const Evaluation ev = evaluate(t);
    DerivationPanel panel;
    QCOMPARE(panel.objectName(), QStringLiteral("derivationPanel"));
    QVERIFY(!panel.accessibleName().isEmpty());
    auto* text = field<QTextBrowser>(&panel, "derivationText");
    QVERIFY(text->isReadOnly());

    for (Quantity q : {Quantity::Financial, Quantity::Technical, Quantity::Combined}) {
        const Derivation d = explain(t, ev, ev.winner, q);
        QVERIFY(d.available);
        panel.showDerivation(d);
        const QString shown = text->toPlainText();
        for (const QString& part : {d.quantity, d.formula, d.working, d.rounding})
            QVERIFY2(shown.contains(part), qPrintable(part + QStringLiteral(" in ") + shown));
        for (const Term& term : d.inputs) {
            QVERIFY2(shown.contains(term.name), qPrintable(term.name));
            QVERIFY2(shown.contains(term.source), qPrintable(term.source));
        }
    }
    panel.showDerivation(explain(t, ev, ev.winner, Quantity::Financial));
    QVERIFY(text->toPlainText().contains(QStringLiteral("bids[1].price")));
}

void TestWidgets::derivationPanelShowsWhyANumberIsAbsent()
{
    const Tender t = sample(QStringLiteral("citizen-services-chatbot"));
    const Evaluation ev = evaluate(t);
    const Derivation d = explain(t, ev, indexOf(t, QStringLiteral("B4")), Quantity::Financial);
    QVERIFY(!d.available);
    DerivationPanel panel;
    panel.showDerivation(d);
    QVERIFY(field<QTextBrowser>(&panel, "derivationText")->toPlainText().contains(d.note));
}

void TestWidgets::derivationPanelWarnsOfARankReversal()
{
    // domain.md §1: with Z (70, ₹80) in, X wins; without it, Y would.
    const Tender t = TenderBuilder()
                         .qcbs(70, 30)
                         .minimum(70)
                         .criterion("C1", 100, 100)
                         .bid("X", 90, 140)
                         .bid("Y", 80, 100)
                         .bid("Z", 70, 80)
                         .build();
    const Evaluation ev = evaluate(t);
    QCOMPARE(ev.rankReversals.size(), std::size_t(1));
    DerivationPanel panel;
    panel.show();
    auto* warning = field<QFrame>(&panel, "derivationWarning");
    QVERIFY(!warning->isVisible());
    panel.showRankReversals(t, ev);
    QVERIFY(warning->isVisible());
    auto* text = field<QLabel>(&panel, "derivationWarningText");
    QTextDocument doc;
    doc.setHtml(text->text());
    QVERIFY2(doc.toPlainText().contains(ev.rankReversals.front().explanation),
             qPrintable(doc.toPlainText()));
    QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByMouse);

    const Tender plain = sample(QStringLiteral("crop-advisory")); // no reversal of any kind
    panel.showRankReversals(plain, evaluate(plain));
    QVERIFY(!warning->isVisible());
}

void TestWidgets::derivationPanelClears()
{
    const Tender t = sample(QStringLiteral("crop-advisory"));
    const Evaluation ev = evaluate(t);
    DerivationPanel panel;
    const Derivation d = explain(t, ev, ev.winner, Quantity::Combined);
    panel.showDerivation(d);
    panel.clear();
    QVERIFY(!field<QTextBrowser>(&panel, "derivationText")->toPlainText().contains(d.formula));
}

void TestWidgets::recentFilesAreMostRecentFirstWithoutDuplicates()
{
    settings::setRecentFiles({});
    settings::addRecentFile(QStringLiteral("/data/a.tulana"));
    settings::addRecentFile(QStringLiteral("/data/b.tulana"));
    settings::addRecentFile(QStringLiteral("/data/c.tulana"));
    settings::addRecentFile(QStringLiteral("/data/a.tulana"));
    settings::addRecentFile(QStringLiteral("/data/x/../b.tulana")); // the same file as b
    QCOMPARE(settings::recentFiles(),
             (QStringList{QStringLiteral("/data/b.tulana"), QStringLiteral("/data/a.tulana"),
                          QStringLiteral("/data/c.tulana")}));
}

void TestWidgets::recentFilesKeepAtMostTen()
{
    settings::setRecentFiles({});
    for (int i = 1; i <= 14; ++i)
        settings::addRecentFile(QStringLiteral("/data/%1.tulana").arg(i));
    const QStringList files = settings::recentFiles();
    QCOMPARE(files.size(), 10);
    QCOMPARE(files.first(), QStringLiteral("/data/14.tulana"));
    QCOMPARE(files.last(), QStringLiteral("/data/5.tulana"));
}

void TestWidgets::settingsStartWithTheirDefaultsAndKeepWhatIsSet()
{
    QSettings(QStringLiteral("Tulana"), QStringLiteral("Tulana")).clear();
    QVERIFY(settings::windowGeometry().isEmpty());
    QVERIFY(settings::windowState().isEmpty());
    QVERIFY(settings::recentFiles().isEmpty());
    QVERIFY(settings::language().isEmpty());

    settings::setWindowGeometry(QByteArray("geometry\0bytes", 14));
    settings::setWindowState(QByteArray("state"));
    settings::setLanguage(QStringLiteral("hi_IN"));
    QCOMPARE(settings::windowGeometry(), QByteArray("geometry\0bytes", 14));
    QCOMPARE(settings::windowState(), QByteArray("state"));
    QCOMPARE(settings::language(), QStringLiteral("hi_IN"));
    // Written where the test asked, not in the user's configuration.
    QSettings store(QStringLiteral("Tulana"), QStringLiteral("Tulana"));
    QVERIFY2(store.fileName().startsWith(m_settingsDir.path()), qPrintable(store.fileName()));
}

// Qt has no Hindi catalogue of its own: the buttons of the boxes Tulana
// shows are named by Tulana, in the user's language.
void TestWidgets::standardButtonsSpeakTheUsersLanguage()
{
    for (const char* code : {"en", "hi"}) {
        const i18n::ScopedLanguage language(QString::fromUtf8(code));
        QMessageBox box(QMessageBox::Warning, QStringLiteral("t"), QStringLiteral("x"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        nameStandardButtons(box);
        const QString save = box.button(QMessageBox::Save)->text();
        const QString discard = box.button(QMessageBox::Discard)->text();
        if (QByteArray(code) == "en") {
            QCOMPARE(save, QStringLiteral("&Save"));
            QCOMPARE(discard, QStringLiteral("&Don't Save"));
        } else {
            // Devanagari, with the mnemonic kept.
            QVERIFY2(save.contains(QChar(0x938)) && save.contains(u'&'), qPrintable(save));
            QVERIFY2(discard != QStringLiteral("&Don't Save"), qPrintable(discard));
        }
        QDialogButtonBox buttons(QDialogButtonBox::Close);
        nameStandardButtons(buttons);
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text() == QStringLiteral("&Close"),
                 QByteArray(code) == "en");
    }
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
