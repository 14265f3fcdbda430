#include "TenderGenerator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace tulana {
namespace {

// The standard distributions are implementation-defined; scaling the raw
// engine output by hand keeps a seed's tender the same on every platform.
class Dice
{
public:
    explicit Dice(std::uint64_t seed)
        : m_engine(seed)
    {}
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int below(int n) { return int(uniform() * n); }

private:
    std::mt19937_64 m_engine;
};

constexpr std::array groupThemes{
    "Technical approach and methodology", "Team and experience",    "Language and localisation",
    "Security and data protection",       "Deployment and support", "Model quality and evaluation"};

double roundToHalf(double v)
{
    return std::round(v * 2.0) / 2.0;
}

std::vector<Criterion> makeCriteria(int count)
{
    std::vector<double> weights(std::size_t(count), 100.0 / count);
    if (count <= 100) { // whole points where possible, as officers write them
        std::fill(weights.begin(), weights.end(), double(100 / count));
        for (int i = 0; i < 100 % count; ++i)
            weights[std::size_t(i)] += 1.0;
    }
    std::vector<Criterion> groups;
    for (int i = 0; i < count; ++i) {
        const int g = i / 5;
        if (std::size_t(g) == groups.size()) {
            Criterion group;
            group.id = QStringLiteral("T%1").arg(g + 1);
            group.name = QString::fromUtf8(groupThemes[std::size_t(g) % groupThemes.size()]);
            if (g >= int(groupThemes.size()))
                group.name += QStringLiteral(" (%1)").arg(g / int(groupThemes.size()) + 1);
            groups.push_back(group);
        }
        Criterion c;
        c.id = QStringLiteral("T%1.%2").arg(g + 1).arg(i % 5 + 1);
        c.name = QStringLiteral("Criterion %1.%2").arg(g + 1).arg(i % 5 + 1);
        c.maxMarks = (i % 3 == 0) ? 20.0 : 10.0;
        c.weight = weights[std::size_t(i)];
        groups.back().children.push_back(c);
        groups.back().weight += c.weight;
    }
    return groups;
}

} // namespace

Tender generateTender(const GeneratorSpec& spec)
{
    Dice dice(spec.seed);
    Tender t;
    t.reference = QStringLiteral("GEN/%1/%2x%3x%4")
                      .arg(spec.seed)
                      .arg(spec.bids)
                      .arg(spec.criteria)
                      .arg(spec.evaluators);
    t.title = QStringLiteral("Generated tender: AI-based citizen services platform");
    t.procuringEntity = QStringLiteral("Department of Information Technology (synthetic)");
    t.category = QStringLiteral("AI system");
    t.rulebook = QStringLiteral("gfr-2017-rule-192");
    t.criteria = makeCriteria(std::max(1, spec.criteria));
    for (int e = 0; e < std::max(1, spec.evaluators); ++e)
        t.evaluators.push_back({QStringLiteral("E%1").arg(e + 1),
                                QStringLiteral("Evaluator %1").arg(e + 1),
                                QStringLiteral("Committee member")});

    const std::vector<LeafRef> leaves = leavesOf(t.criteria);
    t.bids.reserve(std::size_t(spec.bids));
    for (int b = 0; b < spec.bids; ++b) {
        Bid bid = t.newBid();
        bid.id = QStringLiteral("B%1").arg(b + 1);
        bid.bidder = QStringLiteral("Bidder %1 Pvt Ltd").arg(b + 1);
        const int nature = dice.below(3);
        bid.nature = nature == 0   ? BidNature::OpenSource
                     : nature == 1 ? BidNature::Proprietary
                                   : BidNature::Mixed;
        bid.system = bid.nature == BidNature::OpenSource
                         ? QStringLiteral("Self-hosted open-weights model")
                         : QStringLiteral("Vendor platform");
        const double quality = dice.between(0.55, 0.95); // share of the maximum marks
        // Better bids cost more, with wide scatter: ₹40 lakh to ₹3 crore.
        bid.price = std::round(4'000'000.0 + quality * 20'000'000.0 * dice.between(0.4, 1.3));
        bid.tax = std::round(bid.price * 0.18);
        if (dice.uniform() < 0.05) {
            bid.status = BidStatus::NonResponsive;
            bid.statusReason = QStringLiteral("Earnest money deposit not submitted");
        }
        for (std::size_t c = 0; c < leaves.size(); ++c) {
            const double max = leaves[c].criterion->maxMarks;
            const double criterionQuality =
                std::clamp(quality + dice.between(-0.15, 0.15), 0.0, 1.0);
            for (int e = 0; e < bid.marks.evaluators(); ++e) {
                const double noisy =
                    std::clamp(criterionQuality + dice.between(-0.1, 0.1), 0.0, 1.0);
                bid.marks.set(int(c), e, roundToHalf(noisy * max));
            }
        }
        t.bids.push_back(std::move(bid));
    }
    return t;
}

} // namespace tulana
