// How long the award's robustness takes (issue 18's targets, figures in
// docs/performance.md): the exact analyses of a 100-bid × 50-criterion
// tender, a million SMAA draws on 50 bids × 20 criteria, and what the app's
// Sensitivity page recomputes after an edit (50 bids, 10,000 draws).
#include "generate/TenderGenerator.h"
#include "scoring/Evaluator.h"
#include "sensitivity/Sensitivity.h"

#include <benchmark/benchmark.h>

#include <map>

namespace {

using namespace tulana;

struct Case
{
    Tender tender;
    Evaluation evaluation;
};

const Case& caseOf(int bids, int criteria)
{
    static std::map<std::pair<int, int>, Case> cases;
    auto [it, added] = cases.try_emplace({bids, criteria});
    if (added) {
        it->second.tender = generateTender({bids, criteria, 5, 42});
        it->second.evaluation = evaluate(it->second.tender);
    }
    return it->second;
}

void BM_ExactThresholds(benchmark::State& state)
{
    const Case& c = caseOf(int(state.range(0)), int(state.range(1)));
    if (!c.evaluation.hasWinner())
        state.SkipWithError("the generated tender has no winner");
    for (auto _ : state) {
        sensitivity::Report report = sensitivity::analyseExact(c.tender, c.evaluation);
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_ExactThresholds)->Args({100, 50})->Unit(benchmark::kMicrosecond);

void BM_LeaveOneMemberOut(benchmark::State& state)
{
    const Case& c = caseOf(int(state.range(0)), int(state.range(1)));
    for (auto _ : state) {
        auto members = sensitivity::leaveOneMemberOut(c.tender);
        benchmark::DoNotOptimize(members);
    }
}
BENCHMARK(BM_LeaveOneMemberOut)->Args({100, 50})->Unit(benchmark::kMicrosecond);

void BM_RankAcceptability(benchmark::State& state)
{
    const Case& c = caseOf(int(state.range(0)), int(state.range(1)));
    sensitivity::AcceptabilityOptions options;
    options.draws = int(state.range(2));
    options.threads = int(state.range(3));
    for (auto _ : state) {
        sensitivity::Acceptability a =
            sensitivity::rankAcceptability(c.tender, c.evaluation, options);
        benchmark::DoNotOptimize(a);
    }
    state.counters["draws_per_s"] =
        benchmark::Counter(double(options.draws), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_RankAcceptability)
    ->Args({50, 20, 1'000'000, 2})
    ->Args({50, 20, 1'000'000, 1})
    ->Args({10, 8, 1'000'000, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The Sensitivity page's work after an edit: evaluate, then everything.
void BM_PageRecompute(benchmark::State& state)
{
    const Case& c = caseOf(int(state.range(0)), 20);
    sensitivity::Options options;
    options.acceptability.draws = int(state.range(1));
    for (auto _ : state) {
        const Evaluation evaluation = evaluate(c.tender);
        sensitivity::Report report = sensitivity::analyse(c.tender, evaluation, options);
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_PageRecompute)->Args({50, 10'000})->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
