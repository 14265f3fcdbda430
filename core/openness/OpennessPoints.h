#pragma once

#include "OpennessAssessment.h"
#include "diagnostics/Problem.h"
#include "scoring/Derivation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace tulana::openness {

// How an announced openness sub-criterion turns an assessment into marks. It
// must be announced with the tender (GFR 2017 Rule 192(i); shared/domain.md §1).
enum class OpennessBasis
{
    Off,        // no openness sub-criterion
    MofClass,   // marks for the Model Openness Framework class reached
    Outcomes,   // marks for each Table 1 outcome enabled
    PointsTable // marks for each component released, as the officer sets them
};

QString toKey(OpennessBasis b);
bool opennessBasisFromKey(const QString& key, OpennessBasis* out);
QString displayName(OpennessBasis b);

struct OutcomeMarks
{
    QString outcome; // "transparency", "reproducibility", "innovation", "affordability"
    double marks = 0;
    friend bool operator==(const OutcomeMarks&, const OutcomeMarks&) = default;
};

struct ComponentMarks
{
    QString component; // a Tulana component id
    double marks = 0;  // released under an open licence
    friend bool operator==(const ComponentMarks&, const ComponentMarks&) = default;
};

// The tender's announced scheme. A plain value, kept with the tender.
struct OpennessScheme
{
    OpennessBasis basis = OpennessBasis::Off;
    double maxMarks = 0; // of the 100-point technical score
    // Partly enabled outcomes, and components partly released or released under
    // terms that are not open, earn this share of their marks.
    double partialCredit = 0.5;
    // MofClass: marks for Class I, II and III (index 0 = Class I); unclassified earns none.
    std::array<double, 3> classMarks{};
    std::vector<OutcomeMarks> outcomeMarks; // Outcomes
    std::vector<ComponentMarks> table;      // PointsTable

    // A scheme on `basis` with sensible defaults for `maxMarks`: Class I the
    // maximum, II two thirds, III one third; the outcomes equal shares; the
    // points table one share for each of the components the OSI definition needs.
    static OpennessScheme defaults(OpennessBasis basis, double maxMarks);

    friend bool operator==(const OpennessScheme&, const OpennessScheme&) = default;
};

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

// The marks as a Derivation (scoring/Derivation.h), for the derivation view and the memo.
Derivation toDerivation(const OpennessMarks& marks, const QString& bidId);

} // namespace tulana::openness
