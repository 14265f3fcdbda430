// How long the committee's statistics take (docs/performance.md, "Committee
// statistics"): analyseCommittee() is what the Marks page works out after
// each edit while it shows, and tulana-cli committee once. Its cost is the
// leave-one-member-out (one evaluation per member, plus one on the original
// marks when a mark was moderated) beside one pass over every mark.
#include "committee/Disagreement.h"
#include "generate/TenderGenerator.h"
#include "scoring/Evaluator.h"

#include <benchmark/benchmark.h>

#include <map>
#include <tuple>

namespace {

using namespace tulana;

struct Case
{
    Tender tender;
    Evaluation evaluation;
};

const Case& caseOf(int bids, int criteria, int members)
{
    static std::map<std::tuple<int, int, int>, Case> cases;
    auto [it, added] = cases.try_emplace({bids, criteria, members});
    if (added) {
        it->second.tender = generateTender({bids, criteria, members, 42});
        it->second.evaluation = evaluate(it->second.tender);
    }
    return it->second;
}

void BM_AnalyseCommittee(benchmark::State& state)
{
    const Case& c = caseOf(int(state.range(0)), int(state.range(1)), int(state.range(2)));
    for (auto _ : state) {
        committee::CommitteeAnalysis a = committee::analyseCommittee(c.tender, c.evaluation);
        benchmark::DoNotOptimize(a);
    }
    state.counters["marks"] = double(state.range(0) * state.range(1) * state.range(2));
}
BENCHMARK(BM_AnalyseCommittee)
    ->Args({50, 10, 3})
    ->Args({50, 10, 5})
    ->Args({10000, 10, 5})
    ->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
