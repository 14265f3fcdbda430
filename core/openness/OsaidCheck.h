#pragma once

#include "diagnostics/Problem.h"
#include "tender/OpennessRecord.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tulana::openness {

enum class OsaidStatus
{
    Met,
    NotMet,
    Undetermined // nothing found wanting, but the record leaves required parts unstated
};

QString toKey(OsaidStatus s);
QString displayName(OsaidStatus s);

// One thing the Open Source AI Definition 1.0 requires that is not there.
struct OsaidGap
{
    QString element;     // "code"
    QString elementName; // "Code"
    QString component;   // Tulana component id
    QString part;        // "code used for training"
    QString reason;      // in plain words
    bool notStated = false;
};

struct OsaidResult
{
    OsaidStatus status = OsaidStatus::NotMet;
    std::vector<OsaidGap> gaps;
    QStringList elementsMet; // element names
    QString citation;
    QString explanation;
};

// Checks the record against the preferred form to make modifications of the
// OSI Open Source AI Definition 1.0 (resources/openness/osaid-requirements.json):
// data information, complete code under OSI-approved licences, parameters
// under OSI-approved terms.
OsaidResult checkOsaid(const OpennessRecord& record);

Problems osaidRequirementProblems();

} // namespace tulana::openness
