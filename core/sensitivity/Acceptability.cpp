// SMAA-2 rank acceptability: how often each bid takes each rank when the
// weights are drawn uniformly from ranges around the announced ones
// (Lahdelma & Salminen 2001; hit-and-run after Smith 1984, Tervonen et al.
// 2013). The criteria's weights keep their total, so they are drawn on a
// slice of the simplex cut by the ranges: a hit-and-run walk whose moves
// shift weight between two criteria, each along the whole chord the ranges
// allow. The technical weight is drawn on its own, uniformly.
//
// The draws are cut into chunks fixed by their number alone, each walked by
// its own stream of random numbers, and added up in chunk order: the result
// for a seed is the same on one thread or many. The chunks' spread gives the
// standard error (batch means), which counts the walk's correlation.
#include "Sensitivity.h"

#include "sensitivity/Members.h"
#include "sensitivity/Model.h"
#include "sensitivity/Random.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <thread>

namespace tulana::sensitivity {
namespace {

constexpr int kMaxChunks = 64;
constexpr int kDrawsPerChunk = 1000;
// Ranks counted one by one; below them, together. Keeps the counts of a
// tender of thousands of bids to megabytes.
constexpr int kRanksCounted = 20;

int chunksFor(int draws)
{
    return std::clamp(draws / kDrawsPerChunk, 1, kMaxChunks);
}

struct ChunkResult
{
    int draws = 0;
    std::vector<std::int32_t> rankCounts; // contender × counted rank
    std::vector<std::int32_t> lowerRanks; // contender: below the counted ranks
    std::vector<std::int32_t> notQualified;
    // The draws each contender wins: how many, and their weights added up
    // (criteria, then the technical weight in percent). Few contenders ever
    // win, so only those are kept.
    std::map<int, std::pair<std::int64_t, std::vector<double>>> wins;
    std::int64_t sealed = 0;
};

// The data of a draw, laid out for it: each leaf's fractions for all
// contenders in one row, so moving weight between two leaves is two passes
// over contiguous memory.
struct Layout
{
    int contenders = 0;
    int leaves = 0;
    std::vector<double> fractionByLeaf; // leaf × contender
    std::vector<double> lo, hi;         // each leaf's weight range
    double wLo = 0, wHi = 0;            // the technical weight's range, a fraction
    // Per contender, what ranking a draw reads, side by side.
    std::vector<double> price, inversePrice;
    std::vector<char> priced;
    std::vector<int> priority;
    double qualifyingScore = 0; // the minimum, less the evaluation's tolerance
};

class Walker
{
public:
    Walker(const Tender& tender, const Model& model, const Layout& layout,
           const AcceptabilityOptions& options)
        : m_tender(tender)
        , m_model(model)
        , m_layout(layout)
        , m_options(options)
    {}

    ChunkResult run(int chunk, int draws) const
    {
        const int n = m_layout.contenders;
        const int leaves = m_layout.leaves;
        ChunkResult out;
        out.draws = draws;
        const int counted = std::min(n, kRanksCounted);
        out.rankCounts.assign(std::size_t(n) * std::size_t(counted), 0);
        out.lowerRanks.assign(std::size_t(n), 0);
        out.notQualified.assign(std::size_t(n), 0);
        Draws random(m_options.seed, std::uint64_t(chunk));

        std::vector<double> weights = m_model.leafWeights;
        std::vector<double> technical(static_cast<std::size_t>(n));
        const auto recompute = [&] {
            for (int i = 0; i < n; ++i)
                technical[std::size_t(i)] = m_model.contenders[std::size_t(i)].openness;
            for (int k = 0; k < leaves; ++k) {
                const double* row = m_layout.fractionByLeaf.data() + std::size_t(k) * n;
                for (int i = 0; i < n; ++i)
                    technical[std::size_t(i)] += weights[std::size_t(k)] * row[i];
            }
        };
        recompute();
        const auto move = [&] {
            int a = 0, b = 0;
            random.pair(leaves, a, b);
            const std::size_t ua = std::size_t(a), ub = std::size_t(b);
            // Weight t goes from b to a: both must stay in their ranges.
            const double from =
                std::max(m_layout.lo[ua] - weights[ua], weights[ub] - m_layout.hi[ub]);
            const double to =
                std::min(m_layout.hi[ua] - weights[ua], weights[ub] - m_layout.lo[ub]);
            if (!(to > from))
                return;
            const double t = random.uniform(from, to);
            weights[ua] += t;
            weights[ub] -= t;
            const double* rowA = m_layout.fractionByLeaf.data() + ua * std::size_t(n);
            const double* rowB = m_layout.fractionByLeaf.data() + ub * std::size_t(n);
            for (int i = 0; i < n; ++i)
                technical[std::size_t(i)] += t * (rowA[i] - rowB[i]);
        };
        const bool walks = leaves >= 2;
        const int movesPerDraw = std::max(1, leaves / 2);
        if (walks)
            for (int s = 0; s < 20 * leaves; ++s)
                move();

        std::vector<int> counts(m_tender.evaluators.size(), 1);
        std::vector<double> fraction;
        std::vector<double> drawn(static_cast<std::size_t>(n));
        std::vector<double> combined(static_cast<std::size_t>(n));
        std::vector<int> order; // qualified contenders, best first (kept between draws)
        std::vector<char> qualified(static_cast<std::size_t>(n));
        std::vector<char> inOrder(static_cast<std::size_t>(n), 0);
        for (int d = 0; d < draws; ++d) {
            // One sweep between draws: each move shifts weight between two
            // criteria, so half as many moves as criteria touch each once on
            // average. The draws stay correlated; the batch means count that.
            if (walks)
                for (int s = 0; s < movesPerDraw; ++s)
                    move();
            const double w = random.uniform(m_layout.wLo, m_layout.wHi);
            const std::vector<double>* scores = &technical;
            if (m_options.drawMarks) {
                drawMarks(random, counts, weights, fraction, drawn);
                scores = &drawn;
            }
            if (!rank(*scores, w, qualified, combined, order, inOrder)) {
                ++out.sealed;
                continue;
            }
            for (int i = 0; i < n; ++i)
                if (!qualified[std::size_t(i)])
                    ++out.notQualified[std::size_t(i)];
            for (std::size_t r = 0; r < order.size(); ++r) {
                if (r < std::size_t(counted))
                    ++out.rankCounts[std::size_t(order[r]) * std::size_t(counted) + r];
                else
                    ++out.lowerRanks[std::size_t(order[r])];
            }
            if (!order.empty()) {
                auto& [count, sums] = out.wins[order.front()];
                sums.resize(std::size_t(leaves) + 1, 0.0);
                ++count;
                for (int k = 0; k < leaves; ++k)
                    sums[std::size_t(k)] += weights[std::size_t(k)];
                sums[std::size_t(leaves)] += w * 100.0;
            }
        }
        return out;
    }

    // The committee redrawn with replacement, scored with these weights.
    void drawMarks(Draws& random, std::vector<int>& counts, const std::vector<double>& weights,
                   std::vector<double>& fraction, std::vector<double>& out) const
    {
        random.redrawCommittee(counts);
        for (std::size_t i = 0; i < m_model.contenders.size(); ++i) {
            const Contender& c = m_model.contenders[i];
            if (!averagesFromMembers(m_model, c, m_tender.bids[std::size_t(c.bid)], counts,
                                     fraction)) {
                out[i] = -INFINITY;
                continue;
            }
            double t = c.openness;
            for (std::size_t k = 0; k < fraction.size(); ++k)
                t += weights[k] * fraction[k];
            out[i] = t;
        }
    }

    // Ranks the qualified contenders into `order` (insertion sort from the
    // last draw's order: the walk moves a little at a time, so it is nearly
    // sorted). False when a contender whose price is sealed qualifies.
    bool rank(const std::vector<double>& technical, double w, std::vector<char>& qualified,
              std::vector<double>& combined, std::vector<int>& order,
              std::vector<char>& inOrder) const
    {
        const int n = m_layout.contenders;
        const Layout& l = m_layout;
        double lowest = INFINITY, highest = -INFINITY, top = 0;
        for (int i = 0; i < n; ++i) {
            const std::size_t u = std::size_t(i);
            const bool q = technical[u] >= l.qualifyingScore;
            qualified[u] = q;
            if (!q)
                continue;
            if (!l.priced[u])
                return false;
            lowest = std::min(lowest, l.price[u]);
            highest = std::max(highest, l.price[u]);
            top = std::max(top, technical[u]);
        }
        const double technicalFactor = w * (m_model.normalised && top > 0 ? 100.0 / top : 1.0);
        const double financialFactor = (1 - w) * 100.0;
        if (m_model.formula == PriceFormula::LowestOverPrice) {
            for (int i = 0; i < n; ++i) {
                const std::size_t u = std::size_t(i);
                combined[u] =
                    technicalFactor * technical[u] + financialFactor * lowest * l.inversePrice[u];
            }
        } else {
            const double spread = highest - lowest;
            for (int i = 0; i < n; ++i) {
                const std::size_t u = std::size_t(i);
                const double f = spread > 0 ? (highest - l.price[u]) / spread : 1.0;
                combined[u] = technicalFactor * technical[u] + financialFactor * f;
            }
        }
        // Keep last draw's order for those still qualified, then add the rest.
        std::size_t kept = 0;
        for (int i : order) {
            if (qualified[std::size_t(i)])
                order[kept++] = i;
            else
                inOrder[std::size_t(i)] = 0;
        }
        order.resize(kept);
        for (int i = 0; i < n; ++i)
            if (qualified[std::size_t(i)] && !inOrder[std::size_t(i)]) {
                order.push_back(i);
                inOrder[std::size_t(i)] = 1;
            }
        const auto before = [&](int a, int b) {
            const double ca = combined[std::size_t(a)], cb = combined[std::size_t(b)];
            if (ca != cb)
                return ca > cb;
            return l.priority[std::size_t(a)] < l.priority[std::size_t(b)];
        };
        for (std::size_t i = 1; i < order.size(); ++i) {
            const int x = order[i];
            std::size_t j = i;
            while (j > 0 && before(x, order[j - 1])) {
                order[j] = order[j - 1];
                --j;
            }
            order[j] = x;
        }
        return true;
    }

private:
    const Tender& m_tender;
    const Model& m_model;
    const Layout& m_layout;
    const AcceptabilityOptions& m_options;
};

Layout layoutFor(const Tender& tender, const Model& model, const AcceptabilityOptions& options)
{
    Layout layout;
    layout.contenders = int(model.contenders.size());
    layout.leaves = int(model.leafWeights.size());
    layout.fractionByLeaf.resize(std::size_t(layout.leaves) * std::size_t(layout.contenders));
    for (int k = 0; k < layout.leaves; ++k)
        for (int i = 0; i < layout.contenders; ++i)
            layout
                .fractionByLeaf[std::size_t(k) * std::size_t(layout.contenders) + std::size_t(i)] =
                model.contenders[std::size_t(i)].fraction[std::size_t(k)];
    const double r = std::max(0.0, options.weightRange) / 100.0;
    for (double weight : model.leafWeights) {
        layout.lo.push_back(std::max(0.0, weight * (1 - r)));
        layout.hi.push_back(weight * (1 + r));
    }
    for (const Contender& c : model.contenders) {
        layout.price.push_back(c.price);
        layout.inversePrice.push_back(c.priced && c.price > 0 ? 1.0 / c.price : 0.0);
        layout.priced.push_back(c.priced);
        layout.priority.push_back(c.priority);
    }
    layout.qualifyingScore = qualifyingScore(model.minimum);
    const Range allowed = allowedTechnicalWeight(tender);
    const double w = tender.technicalWeight;
    layout.wLo = std::max(allowed.from, w * (1 - r)) / 100.0;
    layout.wHi = std::min(allowed.to, w * (1 + r)) / 100.0;
    if (layout.wHi < layout.wLo) // the announced weight breaks the rulebook: keep it
        layout.wLo = layout.wHi = w / 100.0;
    return layout;
}

} // namespace

Acceptability rankAcceptability(const Tender& tender, const Evaluation& evaluation,
                                const AcceptabilityOptions& options)
{
    Acceptability result;
    result.options = options;
    const Model model = buildModel(tender, evaluation, options.drawMarks);
    const Layout layout = layoutFor(tender, model, options);
    result.technicalWeight = {layout.wLo * 100.0, layout.wHi * 100.0};
    for (std::size_t k = 0; k < layout.lo.size(); ++k)
        result.criterionWeights.push_back({layout.lo[k], layout.hi[k]});
    const int draws = std::max(0, options.draws);
    if (draws == 0 || model.contenders.empty())
        return result;

    const int chunks = chunksFor(draws);
    std::vector<ChunkResult> results(static_cast<std::size_t>(chunks));
    const Walker walker(tender, model, layout, options);
    std::atomic<int> next{0};
    const auto work = [&] {
        for (int c = next++; c < chunks; c = next++) {
            const int size = draws / chunks + (c < draws % chunks ? 1 : 0);
            results[std::size_t(c)] = walker.run(c, size);
        }
    };
    const int threads =
        std::clamp(options.threads > 0 ? options.threads : int(std::thread::hardware_concurrency()),
                   1, chunks);
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool)
        t.join();

    // Added up in chunk order: the same sums on any number of threads.
    const int n = layout.contenders;
    const int counted = std::min(n, kRanksCounted);
    std::vector<std::int64_t> rankCounts(std::size_t(n) * std::size_t(counted), 0);
    std::vector<std::int64_t> lowerRanks(std::size_t(n), 0), notQualified(std::size_t(n), 0);
    std::map<int, std::pair<std::int64_t, std::vector<double>>> wins;
    std::int64_t sealed = 0;
    for (const ChunkResult& c : results) {
        for (std::size_t i = 0; i < rankCounts.size(); ++i)
            rankCounts[i] += c.rankCounts[i];
        for (std::size_t i = 0; i < std::size_t(n); ++i) {
            lowerRanks[i] += c.lowerRanks[i];
            notQualified[i] += c.notQualified[i];
        }
        for (const auto& [contender, chunkWins] : c.wins) {
            auto& [count, sums] = wins[contender];
            sums.resize(chunkWins.second.size(), 0.0);
            count += chunkWins.first;
            for (std::size_t k = 0; k < sums.size(); ++k)
                sums[k] += chunkWins.second[k];
        }
        sealed += c.sealed;
    }
    result.sealedDecides = double(sealed) / draws;
    for (int i = 0; i < n; ++i) {
        BidAcceptability bid;
        bid.bid = model.contenders[std::size_t(i)].bid;
        bid.notQualified = double(notQualified[std::size_t(i)]) / draws;
        bid.lowerRanks = double(lowerRanks[std::size_t(i)]) / draws;
        for (int r = 0; r < counted; ++r) {
            const std::size_t cell = std::size_t(i) * std::size_t(counted) + std::size_t(r);
            const double p = double(rankCounts[cell]) / draws;
            bid.ranks.push_back(p);
            double error = std::sqrt(p * (1 - p) / draws);
            if (chunks >= 2) {
                // Batch means: the spread of the chunks' shares (their sizes
                // differ by one draw at most).
                double sum = 0;
                for (const ChunkResult& c : results) {
                    const double share = double(c.rankCounts[cell]) / c.draws - p;
                    sum += share * share;
                }
                error = std::sqrt(sum / (double(chunks) * (chunks - 1)));
            }
            bid.errors.push_back(error);
        }
        if (const auto won = wins.find(i); won != wins.end())
            for (double sum : won->second.second)
                bid.centralWeights.push_back(sum / double(won->second.first));
        result.bids.push_back(std::move(bid));
    }
    // Confidence factors: the winner with each bid's central weights.
    for (BidAcceptability& bid : result.bids) {
        if (bid.centralWeights.empty())
            continue;
        std::vector<double> technical;
        const double w = bid.centralWeights.back() / 100.0;
        Model central = model;
        central.leafWeights.assign(bid.centralWeights.begin(), bid.centralWeights.end() - 1);
        central.technicalWeight = w;
        if (!options.drawMarks) {
            for (const Contender& c : central.contenders) {
                double t = c.openness;
                for (std::size_t k = 0; k < c.fraction.size(); ++k)
                    t += central.leafWeights[k] * c.fraction[k];
                technical.push_back(t);
            }
            bid.confidence = winnerWith(central, technical, w) == bid.bid ? 1.0 : 0.0;
        } else {
            const Shares shares = memberBootstrap(tender, central, 1000, options.seed);
            bid.confidence = shares.winShare[std::size_t(bid.bid)];
        }
    }
    return result;
}

} // namespace tulana::sensitivity
