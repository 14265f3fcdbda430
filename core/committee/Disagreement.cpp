#include "Disagreement.h"

#include "Moderation.h"
#include "crypto/Digest.h"
#include "process/Acts.h"
#include "scoring/Evaluator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tulana::committee {
namespace {

// Iglewicz & Hoaglin's constants: 0.6745 is the 0.75 quantile of the
// standard normal, so MAD / 0.6745 estimates the standard deviation of
// normal marks; 1.253314 (√(π/2)) does the same for the mean absolute
// deviation (IBM SPSS and NIST practice when the MAD is 0).
constexpr double kMadFactor = 0.6745;
constexpr double kMeanAdFactor = 1.253314;

double median(std::vector<double> values)
{
    const std::size_t n = values.size();
    std::sort(values.begin(), values.end());
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// The members who mark bid `b` and did mark leaf `k`, with their marks.
struct CellMarks
{
    std::vector<int> members;
    std::vector<double> marks;
};

CellMarks cellMarks(const Bid& bid, const std::vector<char>& marking, int leaf)
{
    CellMarks cell;
    const MarksSheet& sheet = bid.marks;
    if (leaf >= sheet.criteria())
        return cell;
    for (int e = 0; e < sheet.evaluators() && std::size_t(e) < marking.size(); ++e)
        if (marking[std::size_t(e)] && sheet.isMarked(leaf, e)) {
            cell.members.push_back(e);
            cell.marks.push_back(sheet.at(leaf, e));
        }
    return cell;
}

// Deviations from the committee median, per member, as shares of each
// criterion's maximum.
struct Deviations
{
    std::vector<double> sum;
    std::vector<int> count, above, below, level;
    explicit Deviations(std::size_t members)
        : sum(members, 0.0)
        , count(members, 0)
        , above(members, 0)
        , below(members, 0)
        , level(members, 0)
    {}
};

} // namespace

std::vector<MemberSheet> memberSheets(const Tender& tender)
{
    std::vector<MemberSheet> sheets;
    const QString received = process::actKey(process::Act::SheetReceived);
    for (std::size_t e = 0; e < tender.evaluators.size(); ++e) {
        MemberSheet s;
        s.member = int(e);
        if (const ProcessRecord::Sheet* sheet = tender.process.sheet(tender.evaluators[e].id)) {
            s.sheetInFile = true;
            const QByteArray digest = crypto::sha256(sheet->bytes);
            for (const ProcessRecord::Entry& entry : tender.process.log)
                if (entry.kind == received && entry.digest == digest) {
                    s.receiptLogged = true;
                    s.received = entry.time;
                    s.receivedBy = entry.actor;
                    break;
                }
        }
        sheets.push_back(s);
    }
    return sheets;
}

bool everyMemberOnOwnSheet(const std::vector<MemberSheet>& sheets)
{
    return !sheets.empty() && std::all_of(sheets.begin(), sheets.end(), [](const MemberSheet& s) {
        return s.sheetInFile && s.receiptLogged;
    });
}

QString toKey(SpreadBand band)
{
    switch (band) {
    case SpreadBand::BelowNotable:
        return QStringLiteral("below-notable");
    case SpreadBand::Notable:
        return QStringLiteral("notable");
    case SpreadBand::Wide:
        return QStringLiteral("wide");
    }
    return {};
}

QString toKey(ZBasis basis)
{
    switch (basis) {
    case ZBasis::Mad:
        return QStringLiteral("mad");
    case ZBasis::MeanAbsoluteDeviation:
        return QStringLiteral("mean-absolute-deviation");
    case ZBasis::AllOthersEqual:
        return QStringLiteral("all-others-equal");
    case ZBasis::TooFewOthers:
        return QStringLiteral("too-few-others");
    }
    return {};
}

SpreadBand spreadBand(double spreadPercent, const SpreadBands& bands)
{
    if (spreadPercent > bands.wide)
        return SpreadBand::Wide;
    if (spreadPercent >= bands.notable)
        return SpreadBand::Notable;
    return SpreadBand::BelowNotable;
}

double spreadPercent(double lowest, double highest, double maxMarks)
{
    if (!(maxMarks > 0))
        return 0;
    return 100 * (highest - lowest) / maxMarks;
}

bool RobustZ::flagged() const
{
    return basis != ZBasis::TooFewOthers && std::abs(z) > kOutlierZ;
}

RobustZ robustZ(double mark, std::vector<double> others)
{
    RobustZ r;
    if (others.size() < 2) {
        r.z = std::numeric_limits<double>::quiet_NaN();
        return r;
    }
    r.median = median(others);
    std::vector<double> deviations;
    double meanAd = 0;
    for (double o : others) {
        deviations.push_back(std::abs(o - r.median));
        meanAd += std::abs(o - r.median);
    }
    meanAd /= double(others.size());
    const double mad = median(deviations);
    const double away = mark - r.median;
    if (mad > 0) {
        r.basis = ZBasis::Mad;
        r.scale = mad;
        r.z = kMadFactor * away / mad;
    } else if (meanAd > 0) {
        r.basis = ZBasis::MeanAbsoluteDeviation;
        r.scale = meanAd;
        r.z = away / (kMeanAdFactor * meanAd);
    } else {
        r.basis = ZBasis::AllOthersEqual;
        r.z = away == 0 ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), away);
    }
    return r;
}

double signTestP(int above, int below)
{
    const int n = above + below;
    if (n == 0)
        return 1;
    const int fewer = std::min(above, below);
    // Σ C(n, i) / 2^n for i ≤ fewer, in logs so that thousands of marks do
    // not overflow.
    double tail = 0;
    for (int i = 0; i <= fewer; ++i)
        tail += std::exp(std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) -
                         n * std::log(2.0));
    return std::min(1.0, 2 * tail);
}

int CommitteeAnalysis::count(SpreadBand band) const
{
    return int(std::count_if(spreads.begin(), spreads.end(),
                             [band](const CellSpread& s) { return s.band == band; }));
}

CommitteeAnalysis analyseCommittee(const Tender& tender, const Evaluation& evaluation)
{
    CommitteeAnalysis a;
    a.members = int(tender.evaluators.size());
    a.fewMembers = a.members <= kFewMembers;
    a.bands = tender.committee.bands;
    a.winner = evaluation.winner;
    a.sheets = memberSheets(tender);
    a.markedOnOwnSheets = everyMemberOnOwnSheet(a.sheets);
    a.moderations = int(tender.committee.moderations.size());
    if (a.members < 2)
        return a;

    const Tender own = withOriginalMarks(tender);
    const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
    Deviations dev(tender.evaluators.size());
    for (std::size_t b = 0; b < own.bids.size(); ++b) {
        const std::vector<char> marking = own.markingMembers(int(b));
        for (std::size_t k = 0; k < leaves.size(); ++k) {
            const CellMarks cell = cellMarks(own.bids[b], marking, int(k));
            if (cell.marks.size() < 2)
                continue;
            const double maxMarks = leaves[k].criterion->maxMarks;
            const auto [low, high] = std::minmax_element(cell.marks.begin(), cell.marks.end());
            CellSpread s{int(b),
                         int(k),
                         int(cell.marks.size()),
                         *low,
                         *high,
                         spreadPercent(*low, *high, maxMarks),
                         SpreadBand::BelowNotable};
            s.band = spreadBand(s.spread, a.bands);
            a.spreads.push_back(s);

            const double committeeMedian = median(cell.marks);
            for (std::size_t i = 0; i < cell.marks.size(); ++i) {
                const std::size_t e = std::size_t(cell.members[i]);
                const double x = cell.marks[i];
                if (maxMarks > 0) {
                    dev.sum[e] += (x - committeeMedian) / maxMarks;
                    ++dev.count[e];
                    ++(x > committeeMedian   ? dev.above
                       : x < committeeMedian ? dev.below
                                             : dev.level)[e];
                }
                std::vector<double> others = cell.marks;
                others.erase(others.begin() + std::ptrdiff_t(i));
                const RobustZ z = robustZ(x, std::move(others));
                if (z.basis == ZBasis::TooFewOthers)
                    continue;
                ++a.marksTested;
                // Where the others all agree, any different mark is unlike
                // them all; only a difference of at least the notable band
                // is worth a flag (half a mark out of 10 is not).
                const bool material =
                    !z.unlikeAllOthers() ||
                    spreadPercent(0, std::abs(x - z.median), maxMarks) >= a.bands.notable;
                if (z.flagged() && material)
                    a.flagged.push_back({int(b), int(k), int(e), x, int(cell.marks.size()) - 1, z});
            }
        }
    }
    a.available = !a.spreads.empty();
    for (std::size_t e = 0; e < tender.evaluators.size(); ++e) {
        MemberLeniency m;
        m.member = int(e);
        m.marks = dev.count[e];
        m.meanDeviation = m.marks ? dev.sum[e] / m.marks : 0.0;
        m.above = dev.above[e];
        m.below = dev.below[e];
        m.level = dev.level[e];
        m.p = signTestP(m.above, m.below);
        a.leniencies.push_back(m);
    }

    a.leftOut = sensitivity::leaveOneMemberOut(tender);
    for (const sensitivity::MemberLeftOut& m : a.leftOut)
        if (m.winner != a.winner)
            a.membersWhoDecide.push_back(m.member);
    a.winnerOnOriginalMarks = a.moderations ? evaluate(own).winner : a.winner;
    a.moderationChangedWinner = a.winnerOnOriginalMarks != a.winner;
    return a;
}

} // namespace tulana::committee
