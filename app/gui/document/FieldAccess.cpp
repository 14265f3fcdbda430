#include "document/FieldAccess.h"

#include "i18n/Translate.h"

#include <cmath>
#include <limits>

namespace tulana {
namespace {

QVariant optionalNumber(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> toOptionalNumber(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return value.toDouble();
}

template <typename Enum> QVariant enumValue(Enum e)
{
    return QVariant(int(e));
}

template <typename Enum> Enum toEnum(const QVariant& value)
{
    return Enum(value.toInt());
}

} // namespace

QVariant fieldValue(const Tender& t, TenderField field)
{
    switch (field) {
    case TenderField::Reference:
        return t.reference;
    case TenderField::Title:
        return t.title;
    case TenderField::ProcuringEntity:
        return t.procuringEntity;
    case TenderField::Category:
        return t.category;
    case TenderField::Currency:
        return t.currency;
    case TenderField::Rulebook:
        return t.rulebook;
    case TenderField::Method:
        return enumValue(t.method);
    case TenderField::MinimumTechnicalScore:
        return t.minimumTechnicalScore;
    case TenderField::Budget:
        return optionalNumber(t.budget);
    case TenderField::TechnicalBasis:
        return enumValue(t.options.technicalBasis);
    case TenderField::PriceFormula:
        return enumValue(t.options.priceFormula);
    case TenderField::Decimals:
        return t.options.decimals;
    case TenderField::Rounding:
        return enumValue(t.options.roundingPoint);
    case TenderField::TieBreak:
        return enumValue(t.options.tieBreak);
    case TenderField::PricesIncludeTax:
        return t.options.pricesIncludeTax;
    }
    return {};
}

void setFieldValue(Tender& t, TenderField field, const QVariant& v)
{
    switch (field) {
    case TenderField::Reference:
        t.reference = v.toString();
        break;
    case TenderField::Title:
        t.title = v.toString();
        break;
    case TenderField::ProcuringEntity:
        t.procuringEntity = v.toString();
        break;
    case TenderField::Category:
        t.category = v.toString();
        break;
    case TenderField::Currency:
        t.currency = v.toString();
        break;
    case TenderField::Rulebook:
        t.rulebook = v.toString();
        break;
    case TenderField::Method:
        t.method = toEnum<SelectionMethod>(v);
        break;
    case TenderField::MinimumTechnicalScore:
        t.minimumTechnicalScore = v.toDouble();
        break;
    case TenderField::Budget:
        t.budget = toOptionalNumber(v);
        break;
    case TenderField::TechnicalBasis:
        t.options.technicalBasis = toEnum<TechnicalScoreBasis>(v);
        break;
    case TenderField::PriceFormula:
        t.options.priceFormula = toEnum<PriceFormula>(v);
        break;
    case TenderField::Decimals:
        t.options.decimals = v.toInt();
        break;
    case TenderField::Rounding:
        t.options.roundingPoint = toEnum<RoundingPoint>(v);
        break;
    case TenderField::TieBreak:
        t.options.tieBreak = toEnum<TieBreak>(v);
        break;
    case TenderField::PricesIncludeTax:
        t.options.pricesIncludeTax = v.toBool();
        break;
    }
}

QVariant fieldValue(const Criterion& c, CriterionField field)
{
    switch (field) {
    case CriterionField::Id:
        return c.id;
    case CriterionField::Name:
        return c.name;
    case CriterionField::Description:
        return c.description;
    case CriterionField::Weight:
        return c.weight;
    case CriterionField::MaxMarks:
        return c.maxMarks;
    case CriterionField::MinMarks:
        return optionalNumber(c.minMarks);
    }
    return {};
}

void setFieldValue(Criterion& c, CriterionField field, const QVariant& v)
{
    switch (field) {
    case CriterionField::Id:
        c.id = v.toString();
        break;
    case CriterionField::Name:
        c.name = v.toString();
        break;
    case CriterionField::Description:
        c.description = v.toString();
        break;
    case CriterionField::Weight:
        c.weight = v.toDouble();
        break;
    case CriterionField::MaxMarks:
        c.maxMarks = v.toDouble();
        break;
    case CriterionField::MinMarks:
        c.minMarks = toOptionalNumber(v);
        break;
    }
}

QVariant fieldValue(const Bid& b, BidField field)
{
    switch (field) {
    case BidField::Id:
        return b.id;
    case BidField::Bidder:
        return b.bidder;
    case BidField::System:
        return b.system;
    case BidField::Nature:
        return enumValue(b.nature);
    case BidField::Price:
        return b.hasPrice() ? QVariant(b.price) : QVariant();
    case BidField::Tax:
        return b.tax;
    case BidField::Status:
        return enumValue(b.status);
    case BidField::StatusReason:
        return b.statusReason;
    }
    return {};
}

void setFieldValue(Bid& b, BidField field, const QVariant& v)
{
    switch (field) {
    case BidField::Id:
        b.id = v.toString();
        break;
    case BidField::Bidder:
        b.bidder = v.toString();
        break;
    case BidField::System:
        b.system = v.toString();
        break;
    case BidField::Nature:
        b.nature = toEnum<BidNature>(v);
        break;
    case BidField::Price:
        b.price = v.isValid() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
        break;
    case BidField::Tax:
        b.tax = v.toDouble();
        break;
    case BidField::Status:
        b.status = toEnum<BidStatus>(v);
        break;
    case BidField::StatusReason:
        b.statusReason = v.toString();
        break;
    }
}

QVariant fieldValue(const Evaluator& e, EvaluatorField field)
{
    switch (field) {
    case EvaluatorField::Id:
        return e.id;
    case EvaluatorField::Name:
        return e.name;
    case EvaluatorField::Designation:
        return e.designation;
    }
    return {};
}

void setFieldValue(Evaluator& e, EvaluatorField field, const QVariant& v)
{
    switch (field) {
    case EvaluatorField::Id:
        e.id = v.toString();
        break;
    case EvaluatorField::Name:
        e.name = v.toString();
        break;
    case EvaluatorField::Designation:
        e.designation = v.toString();
        break;
    }
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x == y || (std::isnan(x) && std::isnan(y));
    }
    return a == b;
}

QString fieldLabel(TenderField field)
{
    switch (field) {
    case TenderField::Reference:
        return tulana::tr("reference number");
    case TenderField::Title:
        return tulana::tr("title");
    case TenderField::ProcuringEntity:
        return tulana::tr("procuring entity");
    case TenderField::Category:
        return tulana::tr("category");
    case TenderField::Currency:
        return tulana::tr("currency");
    case TenderField::Rulebook:
        return tulana::tr("rulebook");
    case TenderField::Method:
        return tulana::tr("selection method");
    case TenderField::MinimumTechnicalScore:
        return tulana::tr("minimum technical score");
    case TenderField::Budget:
        return tulana::tr("budget");
    case TenderField::TechnicalBasis:
        return tulana::tr("technical score basis");
    case TenderField::PriceFormula:
        return tulana::tr("price formula");
    case TenderField::Decimals:
        return tulana::tr("decimals");
    case TenderField::Rounding:
        return tulana::tr("rounding");
    case TenderField::TieBreak:
        return tulana::tr("tie-break rule");
    case TenderField::PricesIncludeTax:
        return tulana::tr("tax treatment");
    }
    return {};
}

QString fieldLabel(CriterionField field)
{
    switch (field) {
    case CriterionField::Id:
        return tulana::tr("id");
    case CriterionField::Name:
        return tulana::tr("name");
    case CriterionField::Description:
        return tulana::tr("description");
    case CriterionField::Weight:
        return tulana::tr("weight");
    case CriterionField::MaxMarks:
        return tulana::tr("maximum marks");
    case CriterionField::MinMarks:
        return tulana::tr("minimum marks");
    }
    return {};
}

QString fieldLabel(BidField field)
{
    switch (field) {
    case BidField::Id:
        return tulana::tr("id");
    case BidField::Bidder:
        return tulana::tr("bidder");
    case BidField::System:
        return tulana::tr("system");
    case BidField::Nature:
        return tulana::tr("nature");
    case BidField::Price:
        return tulana::tr("price");
    case BidField::Tax:
        return tulana::tr("tax");
    case BidField::Status:
        return tulana::tr("status");
    case BidField::StatusReason:
        return tulana::tr("status reason");
    }
    return {};
}

QString fieldLabel(EvaluatorField field)
{
    switch (field) {
    case EvaluatorField::Id:
        return tulana::tr("id");
    case EvaluatorField::Name:
        return tulana::tr("name");
    case EvaluatorField::Designation:
        return tulana::tr("designation");
    }
    return {};
}

} // namespace tulana
