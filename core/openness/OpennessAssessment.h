#pragma once

#include "LicenceCatalogue.h"
#include "MofClassifier.h"
#include "Openwashing.h"
#include "OsaiImport.h"
#include "OsaidCheck.h"
#include "Outcomes.h"
#include "tender/OpennessRecord.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace tulana::openness {

// One of Tulana's components as the record states it, with its licence read.
struct ComponentView
{
    QString id;
    QString name;
    bool stated = false;
    ReleaseState state = ReleaseState::NotReleased;
    QString licence;       // the licence that governs it, as given
    QString licenceOrigin; // see EffectiveLicence
    RecognisedLicence reading;
    QString note;
    QString location;
    // A dataset (pre-training, fine-tuning, evaluation data), whose open
    // release needs an open-data licence; weights and metadata are "data" to
    // the framework but are not datasets.
    bool dataset = false;
};

// How a component is released, in words that do not call restrictive or
// missing terms open: "released openly", "released under restrictive
// terms", "released without a licence", "released under a software licence,
// which is no evidence of open data" (a dataset under Apache-2.0, say);
// "not stated" for a component the record does not mention.
QString releaseText(const ComponentView& component);

// Everything Tulana can say about one offered system's openness, in one
// value: what is released and under which terms, the MOF class, the outcomes
// of Table 1 and facets of Table 2, the OSI definition, openwashing flags and,
// for an index record, the index's own scores. Built by one call.
struct OpennessAssessment
{
    OpennessRecord record;
    std::vector<ComponentView> components; // Tulana's list, in its order
    MofResult mof;
    OutcomesResult outcomes;
    OsaidResult osaid;
    std::vector<OpenwashingFlag> flags;
    IndexScores index;
    QStringList summary; // a few sentences for a memo

    const ComponentView* component(const QString& id) const;
    bool hasFlag(OpenwashingKind kind) const;
};

OpennessAssessment assessOpenness(const OpennessRecord& record);

// For the command line and reports: a plain-text rendering and a JSON
// document ("tulana-openness", version 1; docs/openness.md).
QString assessmentAsText(const OpennessAssessment& assessment);
QByteArray assessmentAsJson(const OpennessAssessment& assessment);

} // namespace tulana::openness
