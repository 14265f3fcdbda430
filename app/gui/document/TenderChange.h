#pragma once

#include "document/DocumentTypes.h"

#include <QString>

#include <optional>
#include <variant>

namespace tulana {

// What one edit changed, as one typed event: TenderDocument::changed carries
// it after every edit that changes a value and no structure (insertions and
// removals keep their about-to/done signal pairs, which item models need).
// A listener asks what it cares about (`change.is(TenderChange::What::BidCosts)`,
// `change.bidField()`) instead of connecting to one signal per kind of edit.
struct TenderChange
{
    enum class What
    {
        TenderField,         // field
        Weights,             // the technical and financial weights together
        Criterion,           // criterion, field
        Bid,                 // bid, field
        Marks,               // bid (-1: every bid), leaves, evaluator (-1: every one)
        Evaluator,           // evaluator, field
        Context,             // consideration (empty: the purpose)
        Decision,            // anything in the decision, its finalisation included
        OpennessScheme,      // the announced openness sub-criterion
        BidOpenness,         // bid: its openness record
        EligibilityCriteria, // the tender's eligibility criteria
        BidEligibility,      // bid: its responses, designation or certifications
        LifecycleTerms,      // the financial basis, horizon and discount rate
        BidCosts,            // bid: its cost lines
    };
    using Field =
        std::variant<std::monostate, tulana::TenderField, CriterionField, BidField, EvaluatorField>;

    // For a list replaced whole (a bid's cost lines): which rows the edit
    // touched, when the command knows, so a model moves those rows instead
    // of resetting. Absent: any row may have changed.
    struct Rows
    {
        enum class Kind
        {
            Changed,
            Inserted,
            Removed
        };
        Kind kind = Kind::Changed;
        int first = -1;
        int last = -1;

        // The same rows seen from the other side of an undo.
        Rows inverse() const
        {
            Rows r = *this;
            r.kind = kind == Kind::Inserted  ? Kind::Removed
                     : kind == Kind::Removed ? Kind::Inserted
                                             : Kind::Changed;
            return r;
        }
    };

    What what = What::TenderField;
    int bid = -1;
    int evaluator = -1;
    int firstLeaf = -1;
    int lastLeaf = -1;
    CriterionPath criterion;
    QString consideration;
    Field field;
    std::optional<Rows> rows;

    bool is(What kind) const { return what == kind; }
    // A change of bid `row` (its fields, openness, eligibility or costs).
    bool concernsBid(int row) const { return bid == row; }
    // Whether the edit can change a score or a standing: the context of
    // Table 3 and the decision do not, so the document does not re-evaluate
    // for them (typing a justification stays cheap on a large tender).
    bool canChangeScores() const { return what != What::Context && what != What::Decision; }

    template <typename F> std::optional<F> fieldAs() const
    {
        if (const F* f = std::get_if<F>(&field))
            return *f;
        return std::nullopt;
    }

    static TenderChange of(What what)
    {
        TenderChange c;
        c.what = what;
        return c;
    }
    static TenderChange ofBid(What what, int bid)
    {
        TenderChange c = of(what);
        c.bid = bid;
        return c;
    }
    static TenderChange tenderField(tulana::TenderField f)
    {
        TenderChange c = of(What::TenderField);
        c.field = f;
        return c;
    }
    static TenderChange criterionField(const CriterionPath& path, CriterionField f)
    {
        TenderChange c = of(What::Criterion);
        c.criterion = path;
        c.field = f;
        return c;
    }
    static TenderChange bidField(int bid, BidField f)
    {
        TenderChange c = ofBid(What::Bid, bid);
        c.field = f;
        return c;
    }
    static TenderChange evaluatorField(int evaluator, EvaluatorField f)
    {
        TenderChange c = of(What::Evaluator);
        c.evaluator = evaluator;
        c.field = f;
        return c;
    }
    static TenderChange marks(int bid, int firstLeaf, int lastLeaf, int evaluator)
    {
        TenderChange c = ofBid(What::Marks, bid);
        c.firstLeaf = firstLeaf;
        c.lastLeaf = lastLeaf;
        c.evaluator = evaluator;
        return c;
    }
    static TenderChange context(const QString& consideration)
    {
        TenderChange c = of(What::Context);
        c.consideration = consideration;
        return c;
    }
};

} // namespace tulana
