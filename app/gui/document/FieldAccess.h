#pragma once

#include "document/DocumentTypes.h"
#include "tender/Tender.h"

#include <QString>
#include <QVariant>

namespace tulana {

// Reading and writing one field of the tender model as a QVariant, so that a
// single undo command class per kind of edit covers every field of that
// kind. Enumerations travel as int; an optional number that is absent
// travels as an invalid QVariant.

QVariant fieldValue(const Tender& tender, TenderField field);
void setFieldValue(Tender& tender, TenderField field, const QVariant& value);

QVariant fieldValue(const Criterion& criterion, CriterionField field);
void setFieldValue(Criterion& criterion, CriterionField field, const QVariant& value);

QVariant fieldValue(const Bid& bid, BidField field);
void setFieldValue(Bid& bid, BidField field, const QVariant& value);

QVariant fieldValue(const Evaluator& evaluator, EvaluatorField field);
void setFieldValue(Evaluator& evaluator, EvaluatorField field, const QVariant& value);

// Equality that treats two invalid variants and two NaNs as equal, so that a
// no-op edit is recognised and not pushed on the undo stack.
bool sameValue(const QVariant& a, const QVariant& b);

// Names of the fields as used in the Edit menu ("Change %1").
QString fieldLabel(TenderField field);
QString fieldLabel(CriterionField field);
QString fieldLabel(BidField field);
QString fieldLabel(EvaluatorField field);

} // namespace tulana
