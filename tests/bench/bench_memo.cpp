// The memo's cost, and what its "Robustness of the award" section adds: the
// exact sensitivity analyses (no simulation) of the tender as evaluated, on
// the sample chatbot tender and on the generated 10,000 bids × 50 criteria ×
// 5 evaluators tender of bench_core.cpp.
#include "generate/TenderGenerator.h"
#include "io/TenderFile.h"
#include "memo/MemoBuilder.h"
#include "scoring/Evaluator.h"
#include "sensitivity/Sensitivity.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace {

using namespace tulana;

const Tender& largeTender()
{
    static const Tender tender = generateTender({10'000, 50, 5, 42});
    return tender;
}

const Tender& chatbot()
{
    static const Tender tender = [] {
        const TenderLoad load =
            loadTenderFile(QStringLiteral(TULANA_SAMPLES_DIR "/citizen-services-chatbot.tulana"));
        if (!load.tender)
            std::abort();
        return *load.tender;
    }();
    return tender;
}

MemoOptions options()
{
    MemoOptions o;
    o.date = QDate(2026, 3, 20);
    o.language = QStringLiteral("en");
    return o;
}

void BM_RobustnessExact(benchmark::State& state, const Tender& tender)
{
    const Evaluation evaluation = evaluate(tender);
    for (auto _ : state) {
        sensitivity::Report report = sensitivity::analyseExact(tender, evaluation);
        benchmark::DoNotOptimize(report);
    }
}

void BM_Memo(benchmark::State& state, const Tender& tender)
{
    const Evaluation evaluation = evaluate(tender);
    for (auto _ : state) {
        MemoDocument memo = buildMemo(tender, evaluation, options());
        benchmark::DoNotOptimize(memo);
    }
}

void BM_RobustnessExactChatbot(benchmark::State& state)
{
    BM_RobustnessExact(state, chatbot());
}
void BM_MemoChatbot(benchmark::State& state)
{
    BM_Memo(state, chatbot());
}
void BM_RobustnessExactLargeTender(benchmark::State& state)
{
    BM_RobustnessExact(state, largeTender());
}
void BM_MemoLargeTender(benchmark::State& state)
{
    BM_Memo(state, largeTender());
}

BENCHMARK(BM_RobustnessExactChatbot)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_MemoChatbot)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RobustnessExactLargeTender)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MemoLargeTender)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // the translations and resources need one
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
