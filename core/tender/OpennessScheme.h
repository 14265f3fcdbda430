#pragma once

#include <QString>

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

    // Announced but switched off: the tender keeps the scheme (so it can be
    // shown and switched on in a what-if) but it gives no marks.
    bool enabled = true;

    // Whether marks are awarded: a basis other than Off, switched on.
    bool isOn() const { return enabled && basis != OpennessBasis::Off; }
    // Whether the file has anything to say about it (a default scheme is not written).
    bool isEmpty() const { return *this == OpennessScheme{}; }

    // A scheme on `basis` with sensible defaults for `maxMarks`: Class I the
    // maximum, II two thirds, III one third; the outcomes equal shares; the
    // points table one share for each of the components the OSI definition needs.
    static OpennessScheme defaults(OpennessBasis basis, double maxMarks);

    friend bool operator==(const OpennessScheme&, const OpennessScheme&) = default;
};

} // namespace tulana::openness
