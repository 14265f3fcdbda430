// The desktop app's performance targets (issue 3): one edit at 1,000 bids ×
// 30 criteria × 3 evaluators re-evaluated, with the models and charts
// updated and the window repainted, in ≤ 50 ms; a window showing a sample
// tender in ≤ 1 s. Wall-clock times: a GUI update is what the officer waits
// for, whatever the thread does. Results: docs/performance.md.
#include "commands/BidCommands.h"
#include "commands/MarkCommands.h"
#include "document/SensitivityRunner.h"
#include "document/TenderDocument.h"
#include "generate/TenderGenerator.h"
#include "pages/SensitivityPage.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <cmath>

namespace {

using namespace tulana;

const Tender& mediumTender()
{
    static const Tender tender = generateTender({1'000, 30, 3, 7});
    return tender;
}

// The first bid with every mark entered, so editing one changes its score.
int markedBid(const Tender& tender)
{
    for (std::size_t b = 0; b < tender.bids.size(); ++b)
        if (!std::isnan(tender.bids[b].marks.at(0, 0)))
            return int(b);
    return 0;
}

// One mark edited through the undo stack, as the marks sheet does it, with
// `pageName` on screen; then the event loop runs until the repaint is done.
void editOneMark(benchmark::State& state, const char* pageName)
{
    MainWindow window;
    window.resize(1280, 800);
    window.document()->reset(mediumTender());
    auto* pages = window.findChild<QTabWidget*>(QStringLiteral("pages"));
    for (int i = 0; i < pages->count(); ++i)
        if (pages->widget(i)->objectName() == QLatin1String(pageName))
            pages->setCurrentIndex(i);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        state.SkipWithError("the window was not shown");
        return;
    }
    QApplication::processEvents();

    TenderDocument* document = window.document();
    const int bid = markedBid(document->tender());
    const double maxMarks = document->tender().criteria.front().children.empty()
                                ? document->tender().criteria.front().maxMarks
                                : document->tender().criteria.front().children.front().maxMarks;
    bool high = false;
    for (auto _ : state) {
        high = !high;
        document->undoStack()->push(
            new SetMarkCommand(document, bid, 0, 0, high ? maxMarks : maxMarks / 2));
        QApplication::processEvents(); // layout, chart geometry and the repaint
        benchmark::DoNotOptimize(document->evaluation().winner);
    }
    window.document()->reset({});
}

void BM_EditMarkEvaluationPage(benchmark::State& state)
{
    editOneMark(state, "evaluationPage");
}
BENCHMARK(BM_EditMarkEvaluationPage)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_EditMarkMarksPage(benchmark::State& state)
{
    editOneMark(state, "marksPage");
}
BENCHMARK(BM_EditMarkMarksPage)->Unit(benchmark::kMillisecond)->UseRealTime();

// Issue 18: an edit of a price at 50 bids × 20 criteria × 5 evaluators (the tender of
// tulana-sensitivity-bench's BM_PageRecompute, so the two compare) with
// the Sensitivity page on screen, until the page shows the analysis of the
// edited tender (10,000 draws, the page's default) and has repainted. The
// analysis runs in a worker thread; this is the wait the officer sees.
void BM_EditPriceSensitivityPage(benchmark::State& state)
{
    MainWindow window;
    window.resize(1280, 800);
    window.document()->reset(generateTender({50, 20, 5, 42}));
    auto* page = window.findChild<SensitivityPage*>(QStringLiteral("sensitivityPage"));
    window.findChild<QTabWidget*>(QStringLiteral("pages"))->setCurrentWidget(page);
    window.show();
    TenderDocument* document = window.document();
    auto shown = [&] {
        const auto& result = page->runner()->result();
        return !page->busy() && result && result->tender == document->tender();
    };
    if (!QTest::qWaitForWindowExposed(&window) || !QTest::qWaitFor(shown, 60000)) {
        state.SkipWithError("the page showed no analysis");
        return;
    }
    const int bid = document->evaluation().winner;
    if (bid < 0 || !page->runner()->result()->report.available) {
        state.SkipWithError("the generated tender has no award to test");
        return;
    }
    const double price = document->tender().bids.at(std::size_t(bid)).price;
    bool high = false;
    for (auto _ : state) {
        high = !high;
        document->push(
            new SetBidFieldCommand(document, bid, BidField::Price, high ? price * 1.01 : price));
        while (!shown())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QApplication::processEvents(); // the repaint
    }
    window.document()->reset({});
}
BENCHMARK(BM_EditPriceSensitivityPage)->Unit(benchmark::kMillisecond)->UseRealTime();

// From nothing to a main window showing the chatbot sample on its evaluation
// page, in this process (libraries already loaded: the process start itself
// is measured separately, see docs/performance.md).
void BM_OpenSampleWindow(benchmark::State& state)
{
    const QString sample = QStringLiteral(TULANA_SAMPLES_DIR "/citizen-services-chatbot.tulana");
    for (auto _ : state) {
        MainWindow window;
        window.resize(1280, 800);
        if (!window.openFile(sample)) {
            state.SkipWithError("cannot open the sample");
            return;
        }
        auto* pages = window.findChild<QTabWidget*>(QStringLiteral("pages"));
        pages->setCurrentIndex(pages->count() - 1);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            state.SkipWithError("the window was not shown");
        QApplication::processEvents();
    }
}
BENCHMARK(BM_OpenSampleWindow)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(20);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tulana benchmarks"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
