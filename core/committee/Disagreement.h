#pragma once

#include "scoring/Evaluation.h"
#include "sensitivity/Sensitivity.h"
#include "tender/Tender.h"

#include <QDateTime>
#include <QString>

#include <vector>

// How far the committee's members disagree, laid bare
// (docs/committee-statistics.md). Each fact is worked out once, here, and
// the CLI, the Marks page and the memo word it (report/CommitteeWords.h).
//
// The spreads, robust z-scores and leniencies are taken over the members'
// own marks: every moderated mark back to its original, so that what the
// committee disagreed about, and what it did about it, both show. The
// winner-related facts (leave-one-member-out) are taken over the marks as
// they stand.
namespace tulana::committee {

// A modified z-score beyond this is flagged (Iglewicz & Hoaglin 1993).
inline constexpr double kOutlierZ = 3.5;
// With this many members or fewer marking a cell, robust statistics rest on
// too few marks to say much: the output says so.
inline constexpr int kFewMembers = 3;
// A member's leniency or severity is called notable when the sign test's
// two-sided p is below this.
inline constexpr double kNotableP = 0.05;

enum class SpreadBand
{
    BelowNotable, // spread < bands.notable
    Notable,      // bands.notable ≤ spread ≤ bands.wide
    Wide,         // spread > bands.wide
};
QString toKey(SpreadBand band); // "below-notable", "notable", "wide"
SpreadBand spreadBand(double spreadPercent, const SpreadBands& bands);

// Highest minus lowest mark, as a percentage of the criterion's maximum.
double spreadPercent(double lowest, double highest, double maxMarks);

// How one mark stands against the other members' marks on the same cell.
enum class ZBasis
{
    Mad,                   // 0.6745 × (x − median) / MAD
    MeanAbsoluteDeviation, // MAD is 0: (x − median) / (1.253314 × mean absolute deviation)
    AllOthersEqual,        // both are 0: every other mark is the same
    TooFewOthers,          // fewer than two other marks: no z at all
};
QString
toKey(ZBasis basis); // "mad", "mean-absolute-deviation", "all-others-equal", "too-few-others"

struct RobustZ
{
    ZBasis basis = ZBasis::TooFewOthers;
    double median = 0; // of the other marks
    double scale = 0;  // the MAD, or the mean absolute deviation
    // The modified z. With all others equal: 0 for the same mark, ±infinity
    // for a different one; NaN with too few others.
    double z = 0;
    bool flagged() const; // |z| > kOutlierZ, or unlike all others
    bool unlikeAllOthers() const { return basis == ZBasis::AllOthersEqual && z != 0; }
};
RobustZ robustZ(double mark, std::vector<double> others);

// The sign test's two-sided p: the chance, were marks above and below the
// median equally likely (a fair coin), of a split at least as lopsided as
// `above` against `below`. 1 when both are 0.
double signTestP(int above, int below);

struct CellSpread
{
    int bid = -1;  // index into Tender::bids
    int leaf = -1; // index into leavesOf(tender.criteria)
    int marks = 0; // the members' marks on it (2 or more)
    double lowest = 0;
    double highest = 0;
    double spread = 0; // percent of the criterion's maximum
    SpreadBand band = SpreadBand::BelowNotable;
};

struct FlaggedMark
{
    int bid = -1;
    int leaf = -1;
    int member = -1; // index into Tender::evaluators
    double mark = 0; // the member's own mark (before any moderation)
    int others = 0;  // how many other members marked the cell
    RobustZ z;
};

struct MemberLeniency
{
    int member = -1;
    int marks = 0; // cells they marked with at least one other member
    // Mean of (mark − committee median) / criterion maximum, over those
    // cells: above 0 lenient, below 0 severe.
    double meanDeviation = 0;
    int above = 0; // marks above the committee median
    int below = 0; // below it
    int level = 0; // at it
    double p = 1;  // the sign test's two-sided p
    bool notable() const { return p < kNotableP && meanDeviation != 0; }
    bool lenient() const { return meanDeviation > 0; }
};

// Where a member's marks came from.
struct MemberSheet
{
    int member = -1;
    bool sheetInFile = false;   // the tender keeps their signed sheet
    bool receiptLogged = false; // a sheet-received entry logs that sheet's SHA-256
    QDateTime received;         // the entry's time, when logged
    QString receivedBy;         // the entry's actor
};

// Each member's sheet as the tender keeps it and its receipt in the log.
std::vector<MemberSheet> memberSheets(const Tender& tender);
// Whether every member's marks came from their own signed sheet, received
// and logged: only then may anything say that each member marked
// independently.
bool everyMemberOnOwnSheet(const std::vector<MemberSheet>& sheets);

struct CommitteeAnalysis
{
    bool available = false; // false: fewer than two members, or nothing marked
    int members = 0;
    bool fewMembers = false; // kFewMembers or fewer: robust statistics are weak
    SpreadBands bands;

    std::vector<CellSpread> spreads; // every bid × criterion with 2 or more marks
    // |z| > 3.5, or unlike all others by at least the notable band's share
    // of the criterion's maximum.
    std::vector<FlaggedMark> flagged;
    int marksTested = 0;                    // marks with a z (two or more others)
    std::vector<MemberLeniency> leniencies; // one per member, committee order
    std::vector<MemberSheet> sheets;        // one per member
    // Every member's marks came from their own signed sheet, received and logged.
    bool markedOnOwnSheets = false;

    int winner = -1; // the evaluation's, on the marks as they stand
    std::vector<sensitivity::MemberLeftOut> leftOut;
    std::vector<int> membersWhoDecide; // leaving out their marks changes the winner

    int moderations = 0;
    int winnerOnOriginalMarks = -1;
    bool moderationChangedWinner = false;

    int count(SpreadBand band) const;
};

CommitteeAnalysis analyseCommittee(const Tender& tender, const Evaluation& evaluation);

} // namespace tulana::committee
