#pragma once

#include "OpennessAssessment.h"
#include "diagnostics/Problem.h"
#include "support/DerivationRecord.h"
#include "tender/OpennessScheme.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace tulana::openness {

// Problems with a scheme, located under `where` (e.g. "tender.openness").
Problems checkScheme(const OpennessScheme& scheme, const QString& where);

// The marks a bid earns, and the working an auditor would redo by hand.
struct OpennessMarks
{
    bool applies = false; // false when the scheme is off
    double marks = 0;     // 0..maxMarks
    double maxMarks = 0;
    QString basis;   // "by Model Openness Framework class"
    QString formula; // "marks = marks for the class reached"
    QString working; // "Class II – Open Tooling → 6.67 of 10"
    QList<Term> inputs;
    QStringList lines; // one line per outcome or component, for the derivation
    QString note;      // e.g. "capped at the maximum of 10"
};

// A pure function: the same scheme and assessment always give the same marks.
OpennessMarks opennessMarks(const OpennessScheme& scheme, const OpennessAssessment& assessment);

// The marks as a Derivation (support/DerivationRecord.h), for the derivation view and the memo.
Derivation toDerivation(const OpennessMarks& marks, const QString& bidId);

} // namespace tulana::openness
