#pragma once

#include "Bid.h"
#include "Committee.h"
#include "ContextAnswers.h"
#include "Criterion.h"
#include "Decision.h"
#include "EvaluationOptions.h"
#include "OpennessScheme.h"
#include "Organisation.h"
#include "Process.h"
#include "diagnostics/Problem.h"

#include <QString>

#include <optional>
#include <vector>

namespace tulana {

struct Evaluator
{
    QString id;
    QString name;
    QString designation;
    friend bool operator==(const Evaluator&, const Evaluator&) = default;
};

// Everything the officer records about one tender. A plain value: copying it
// is how the evaluation engine, undo commands and what-if analyses work on
// a snapshot.
struct Tender
{
    QString reference; // file / tender reference number
    QString title;
    QString procuringEntity;
    QString category; // e.g. "AI system — conversational"
    QString currency = QStringLiteral("INR");
    QString rulebook; // id of a rulebook in resources/rulebooks
    SelectionMethod method = SelectionMethod::Qcbs;
    double technicalWeight = 70.0;       // percent; QCBS only
    double financialWeight = 30.0;       // percent; QCBS only
    double minimumTechnicalScore = 70.0; // of 100
    std::optional<double> budget;        // FBS: the fixed budget, in evaluated-price terms
    EvaluationOptions options;
    // The announced openness sub-criterion (docs/openness.md): when on, its
    // marks are a line of the technical score and the criteria's weights add
    // up to 100 minus its maximum.
    openness::OpennessScheme openness;
    // The lifecycle-cost horizon, discount rate and the financial basis
    // (docs/scoring.md, "Lifecycle cost"); the default scores the quoted price.
    cost::LifecycleTerms lifecycle;
    // Pass/fail eligibility criteria checked before technical scoring, with
    // the alternatives each allows (docs/scoring.md, "Eligibility"); empty:
    // every bid goes on to scoring.
    std::vector<eligibility::Criterion> eligibility;

    std::vector<Criterion> criteria;
    std::vector<Evaluator> evaluators;
    std::vector<Bid> bids;

    // Optional sections (docs/file-format.md): absent from the file while empty.
    Organisation organisation;
    ContextAnswers context;
    Decision decision;
    // The recorded process (docs/process.md); empty when not recorded.
    ProcessRecord process;
    // The committee's declarations, notes and moderations (docs/committee.md).
    CommitteeRecord committee;

    // Structural edits that keep every bid's marks sheet in step with the
    // criteria tree and the evaluator list.
    void insertCriterion(const std::vector<int>& parentPath, int position, Criterion criterion);
    Criterion removeCriterion(const std::vector<int>& path);
    void insertEvaluator(int position, Evaluator evaluator);
    void removeEvaluator(int position);
    Bid newBid() const; // a bid with an empty marks sheet of the right shape
    // Whether bid `index`'s financial proposal is in a sealed envelope of the
    // recorded process, not yet opened: its price is not missing, it is sealed.
    bool isFinanciallySealed(int index) const;

    // Which members mark bid `index`, one flag per evaluator: all but those
    // who declared a conflict of interest with it (docs/committee.md). The
    // one rule of whose marks make a bid's committee average: the
    // evaluation, its explanations, the validator, the sensitivity analyses
    // and the committee's statistics use it.
    std::vector<char> markingMembers(int index) const;
    // Whether any member declared a conflict with any bid: without one every
    // member marks every bid, and the evaluation's fast path holds.
    bool hasDeclaredConflicts() const;

    Criterion* criterionAt(const std::vector<int>& path);
    const Criterion* criterionAt(const std::vector<int>& path) const;
    int leafIndexOf(const std::vector<int>& path) const;

    friend bool operator==(const Tender&, const Tender&) = default;
};

// The ids other data are filed under must each be used once: a bid's marks
// under criterion ids, its eligibility findings under eligibility criterion
// ids, the decision and the recorded process under bid and evaluator ids.
// With an id used twice, one of the two loses its data on the next save. One
// problem for each id used again (an empty one too), at its second use; and
// one for each id holding a control character (support/VisibleControls.h),
// which would look like another id, or break the line that quotes it.
Problems idProblems(const Tender& tender);

// Why `id` cannot be an id because of a control character in it ("the id
// \"B␛1\" holds a control character (U+001B) at character 2, …"), or an
// empty text when it holds none. The screens refuse such an edit with it.
QString idControlCharacterProblem(const QString& id);

// The position in Tender::bids of the bid with this id, or -1; the same for
// Tender::evaluators. Ids are unique in a loaded tender (idProblems), so
// the first match is the only one.
int bidIndex(const Tender& tender, const QString& id);
int evaluatorIndex(const Tender& tender, const QString& id);

} // namespace tulana
