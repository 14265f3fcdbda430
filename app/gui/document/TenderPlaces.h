#pragma once

// The places of a tender that an edit replaces whole, one struct per kind:
// where the value lives (get, set) and what replacing it announces (change).
// TenderDocument::setValue() and the ChangeValue undo command template
// (commands/ChangeValue.h) work with any of them, so "replace one value of X"
// is written once. A place compares equal to another naming the same value,
// which is how consecutive edits of one value merge into one undo step.

#include "document/FieldAccess.h"
#include "document/TenderChange.h"
#include "tender/Tender.h"

#include <QVariant>

#include <optional>
#include <vector>

namespace tulana::place {

// One scalar field of the tender, criterion, bid or evaluator, as a QVariant
// (document/FieldAccess.h).
struct TenderField
{
    using Value = QVariant;
    tulana::TenderField field;
    Value get(const Tender& t) const { return fieldValue(t, field); }
    void set(Tender& t, const Value& v) const { setFieldValue(t, field, v); }
    TenderChange change() const { return TenderChange::tenderField(field); }
    static bool same(const Value& a, const Value& b) { return sameValue(a, b); }
    bool operator==(const TenderField&) const = default;
};

struct CriterionField
{
    using Value = QVariant;
    CriterionPath path;
    tulana::CriterionField field;
    Value get(const Tender& t) const { return fieldValue(*t.criterionAt(path), field); }
    void set(Tender& t, const Value& v) const { setFieldValue(*t.criterionAt(path), field, v); }
    TenderChange change() const { return TenderChange::criterionField(path, field); }
    static bool same(const Value& a, const Value& b) { return sameValue(a, b); }
    bool operator==(const CriterionField&) const = default;
};

struct BidField
{
    using Value = QVariant;
    int bid;
    tulana::BidField field;
    Value get(const Tender& t) const { return fieldValue(t.bids.at(std::size_t(bid)), field); }
    void set(Tender& t, const Value& v) const
    {
        setFieldValue(t.bids.at(std::size_t(bid)), field, v);
    }
    TenderChange change() const { return TenderChange::bidField(bid, field); }
    static bool same(const Value& a, const Value& b) { return sameValue(a, b); }
    bool operator==(const BidField&) const = default;
};

struct EvaluatorField
{
    using Value = QVariant;
    int evaluator;
    tulana::EvaluatorField field;
    Value get(const Tender& t) const
    {
        return fieldValue(t.evaluators.at(std::size_t(evaluator)), field);
    }
    void set(Tender& t, const Value& v) const
    {
        setFieldValue(t.evaluators.at(std::size_t(evaluator)), field, v);
    }
    TenderChange change() const { return TenderChange::evaluatorField(evaluator, field); }
    static bool same(const Value& a, const Value& b) { return sameValue(a, b); }
    bool operator==(const EvaluatorField&) const = default;
};

// A member of the tender replaced whole (the lifecycle terms, the openness
// scheme, the eligibility criteria).
template <typename V, V Tender::*member, TenderChange::What what> struct OfTender
{
    using Value = V;
    Value get(const Tender& t) const { return t.*member; }
    void set(Tender& t, const Value& v) const { t.*member = v; }
    TenderChange change() const { return TenderChange::of(what); }
    static bool same(const Value& a, const Value& b) { return a == b; }
    bool operator==(const OfTender&) const = default;
};

// A member of one bid replaced whole (its cost lines, openness record,
// eligibility responses, designation, certifications).
template <typename V, V Bid::*member, TenderChange::What what> struct OfBid
{
    using Value = V;
    int bid;
    Value get(const Tender& t) const { return t.bids.at(std::size_t(bid)).*member; }
    void set(Tender& t, const Value& v) const { t.bids.at(std::size_t(bid)).*member = v; }
    TenderChange change() const { return TenderChange::ofBid(what, bid); }
    static bool same(const Value& a, const Value& b) { return a == b; }
    bool operator==(const OfBid&) const = default;
};

using LifecycleTerms =
    OfTender<cost::LifecycleTerms, &Tender::lifecycle, TenderChange::What::LifecycleTerms>;
using OpennessScheme =
    OfTender<openness::OpennessScheme, &Tender::openness, TenderChange::What::OpennessScheme>;
using EligibilityCriteria = OfTender<std::vector<eligibility::Criterion>, &Tender::eligibility,
                                     TenderChange::What::EligibilityCriteria>;

using BidCosts = OfBid<std::vector<cost::CostLine>, &Bid::costs, TenderChange::What::BidCosts>;
using BidOpenness =
    OfBid<std::optional<openness::OpennessRecord>, &Bid::openness, TenderChange::What::BidOpenness>;
using BidEligibility = OfBid<std::vector<eligibility::Response>, &Bid::eligibility,
                             TenderChange::What::BidEligibility>;
using BidEnterprise =
    OfBid<eligibility::Enterprise, &Bid::enterprise, TenderChange::What::BidEligibility>;
using BidCertifications = OfBid<std::vector<eligibility::Certification>, &Bid::certifications,
                                TenderChange::What::BidEligibility>;

} // namespace tulana::place
