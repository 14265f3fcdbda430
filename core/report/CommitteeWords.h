#pragma once

#include "committee/Disagreement.h"
#include "support/JsonWriter.h"
#include "tender/Tender.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QTextStream;

namespace tulana {

// The committee's disagreement in plain words (docs/committee-statistics.md),
// one wording per finding, shared by the CLI, the Marks page and the memo.
// Each sentence says only what the analysis backs.
namespace committee_words {

// A member as the outputs name them: their name, else their id.
QString memberName(const Tender& tender, int member);
// A member named by an id in the file (a declaration, a moderation): their
// name, else the id as written, also when no member has it.
QString memberNamed(const Tender& tender, const QString& id);
// The sentences below that name criteria take `leaves`, leavesOf() of the
// tender's criteria, built once by the caller: a large tender's report names
// a hundred thousand marks, and the leaves (with their paths) are not built
// again for each.

// A marked criterion's name (else its id), by its index in `leaves`.
QString criterionName(const std::vector<LeafRef>& leaves, int leaf);
// A marked criterion named by an id in the file: its name, else the id.
QString criterionNamed(const std::vector<LeafRef>& leaves, const QString& id);
// "3" or "7.5": a mark or a z-score, at most two decimals.
QString number(double value);
// "−6.07", or "unlike all others" when every other mark is the same.
QString zText(const committee::RobustZ& z);
// A sign test's p: "0.37", "0.004", "< 0.001".
QString pValue(double p);
QString bandName(committee::SpreadBand band);

// "B2, Accuracy: marks from 3 to 8 of 10, a spread of 50% (notable)."
QString spread(const Tender& tender, const std::vector<LeafRef>& leaves,
               const committee::CellSpread& s);
// "Asha Rao gave B2 3 on Accuracy where the other 2 members' median is
// 7.5: robust z −6.07, beyond ±3.5."
QString flaggedMark(const Tender& tender, const std::vector<LeafRef>& leaves,
                    const committee::FlaggedMark& f);
// What the committee did about one member's mark: its moderations with
// reasons, or that it stands as marked.
QString actionOn(const Tender& tender, const std::vector<LeafRef>& leaves, int bid, int leaf,
                 int member);
// "Asha Rao marks 6.7% of each maximum above the committee median on
// average (lenient): …, which is not unusual (sign test, p = 0.22)."
QString leniency(const Tender& tender, const committee::MemberLeniency& m);
// With three members or fewer: how weak the statistics are.
QString fewMembers(const committee::CommitteeAnalysis& a);
// "No single member decides the award: leaving out any one member's marks,
// B2 still wins." or who decides it, plainly.
QString leaveOneOut(const Tender& tender, const committee::CommitteeAnalysis& a);
// "Moderation changed the winner: no …" / "yes …", or that none was made.
QString moderationChangedWinner(const Tender& tender, const committee::CommitteeAnalysis& a);
// Whether each member marked on their own signed sheet, or the officer
// entered the marks.
QString independence(const Tender& tender, const committee::CommitteeAnalysis& a);
// "Asha Rao declared a conflict of interest with B1 (…): B1's averages are
// over the other members." One per declared conflict.
QStringList conflicts(const Tender& tender);
// The summary of the spreads: how many cells in each band.
QString spreadSummary(const committee::CommitteeAnalysis& a);
// The summary of the robust z-scores: how many marks were tested and flagged.
QString outlierSummary(const committee::CommitteeAnalysis& a);

// Every finding, in the order the outputs show them.
QStringList findings(const Tender& tender, const committee::CommitteeAnalysis& a);

} // namespace committee_words

// For the terminal: the findings, then the spreads, flagged marks and members,
// written to `out` as they are worded (a large tender's run to 200,000
// lines), or returned whole.
void writeCommitteeTable(QTextStream& out, const Tender& tender,
                         const committee::CommitteeAnalysis& a);
QString committeeAsTable(const Tender& tender, const committee::CommitteeAnalysis& a);
// The documented JSON ("tulana-committee" v1, resources/schema), handed to
// `sink` in pieces as it is written (false when a piece could not be
// written), or returned whole.
bool writeCommitteeJson(const Tender& tender, const committee::CommitteeAnalysis& a,
                        const JsonWriter::Sink& sink);
QByteArray committeeAsJson(const Tender& tender, const committee::CommitteeAnalysis& a);

} // namespace tulana
