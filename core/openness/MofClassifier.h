#pragma once

#include "Component.h"
#include "LicenceCatalogue.h"
#include "tender/OpennessRecord.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace tulana::openness {

enum class MofClass
{
    Unclassified = 0,
    ClassI = 1,   // Open Science
    ClassII = 2,  // Open Tooling
    ClassIII = 3, // Open Model
};

QString toKey(MofClass c);
QString displayName(MofClass c); // "Class I – Open Science"

// How one framework component counts.
enum class MofStatus
{
    Included,   // released under an open licence
    Missing,    // not released
    NotOpen,    // released, but its licence is not open (or not recognised)
    Unlicensed, // released with no licence at all
    NotStated   // the record does not say (an Open Source AI Index record grades fewer components)
};

QString toKey(MofStatus s);

struct MofComponentResult
{
    int mofId = 0;
    QString name; // the framework's name
    int mofClass = 3;
    bool required = true;
    MofStatus status = MofStatus::Missing;
    QString licence;       // the licence that governs it, as given
    QString licenceOrigin; // "component", "code", "data", "document", "distribution"
    RecognisedLicence reading;
    QString explanation;
};

// The Model Openness Framework class, following the Model Openness Tool's
// rules (ModelEvaluator::evaluate and getProgress): classes are cumulative; a
// component counts only if released under an open licence (OSI-approved,
// FSF-free, open-data, or OpenMDW-1.0), its own licence first, else the
// release's licence for its content type, else the distribution licence; a
// research paper stands in for a missing technical report; a class shows
// progress only once the classes below it in openness (III, then II) are met.
struct MofResult
{
    MofClass mofClass = MofClass::Unclassified;
    std::array<double, 3> progress{};           // percent for Class I, II, III (index 0 = Class I)
    std::vector<MofComponentResult> components; // the framework's 17, in the tool's order
    bool researchPaperStandsIn = false;
    // When the record leaves components unstated: the class they would give if
    // each were confirmed released under an open licence.
    MofClass classIfConfirmed = MofClass::Unclassified;
    QStringList notStated;
    QStringList lines; // one line per class, in plain words

    double progressOf(MofClass c) const;
    const MofComponentResult* component(int mofId) const;
};

MofResult classifyMof(const OpennessRecord& record);

} // namespace tulana::openness
