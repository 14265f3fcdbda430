#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace tulana::openness {

// What a component is made of; it decides which of a release's licences
// applies when the component has none of its own (code, data, document).
enum class ContentType
{
    Code,
    Data,
    Document
};

QString toKey(ContentType t);
bool contentTypeFromKey(const QString& key, ContentType* out);

// How much of a component the bidder releases. Whether the terms are open is
// the licence's business, not the state's.
enum class ReleaseState
{
    Released,       // released openly: anyone can obtain it in full
    PartlyReleased, // partly released, or only a summary (e.g. gated download, data summary)
    DocumentedOnly, // described in documentation, not released
    NotReleased,
    NotApplicable // the component does not exist for this kind of system
};

QString toKey(ReleaseState s);
bool releaseStateFromKey(const QString& key, ReleaseState* out);
QString displayName(ReleaseState s);

// What the bid calls the system: the openwashing check compares it with
// what is actually released and under which terms.
enum class OpennessClaim
{
    NotStated,
    OpenSource, // "open source"
    Open        // "open", "open model", "open weights"...
};

QString toKey(OpennessClaim c);
bool opennessClaimFromKey(const QString& key, OpennessClaim* out);

// Table 1 marks some components as relevant to generative or to predictive
// systems only.
enum class ModelCategory
{
    NotStated,
    Generative,
    Predictive
};

QString toKey(ModelCategory c);
bool modelCategoryFromKey(const QString& key, ModelCategory* out);

// Where a record came from.
enum class RecordSource
{
    Manual,            // entered by the officer from the bid
    ModelOpennessTool, // a Model Openness Tool YAML file
    OsaiIndex          // a European Open Source AI Index YAML file
};

QString toKey(RecordSource s);
bool recordSourceFromKey(const QString& key, RecordSource* out);
QString displayName(RecordSource s);

// One component of the offered system as the bid (or an imported record) states it.
struct ComponentEntry
{
    QString component; // ComponentDef::id
    ReleaseState state = ReleaseState::NotReleased;
    // As given: an SPDX expression or a licence's name ("Llama 2 Community
    // License"); "unlicensed" for none; empty when the release's licence applies.
    QString licence;
    QString note;     // where the information comes from, in words
    QString location; // "record.yml:12:5" for an imported entry

    friend bool operator==(const ComponentEntry&, const ComponentEntry&) = default;
};

// A release's own licences: the one for everything, and ones for each kind of
// content, as the Model Openness Framework's YAML has them.
struct ReleaseLicences
{
    QString distribution;
    QString code;
    QString data;
    QString document;

    const QString& forType(ContentType t) const;
    bool isEmpty() const
    {
        return distribution.isEmpty() && code.isEmpty() && data.isEmpty() && document.isEmpty();
    }
    friend bool operator==(const ReleaseLicences&, const ReleaseLicences&) = default;
};

// A European Open Source AI Index grade, kept as the index gives it.
enum class IndexGrade
{
    Open,
    Partial,
    Closed,
    NotGraded
};

QString toKey(IndexGrade g);
bool indexGradeFromKey(const QString& key, IndexGrade* out);

struct IndexParameterGrade
{
    QString parameter; // "weights_endmodel"
    IndexGrade grade = IndexGrade::NotGraded;
    QString notes;
    QString link;
    QString location;
    friend bool operator==(const IndexParameterGrade&, const IndexParameterGrade&) = default;
};

// What is open about one offered AI system: a plain value, kept with the bid.
struct OpennessRecord
{
    QString systemName;
    QString producer;
    QString version;
    RecordSource source = RecordSource::Manual;
    QString sourceFile; // the imported file, as named
    ModelCategory category = ModelCategory::NotStated;
    OpennessClaim claim = OpennessClaim::NotStated;
    QString claimNote; // who makes the claim and where
    ReleaseLicences licences;
    std::vector<ComponentEntry> components; // only the components stated
    std::vector<IndexParameterGrade> indexGrades;
    QStringList notes;

    const ComponentEntry* entry(const QString& component) const;
    void setEntry(ComponentEntry entry); // replaces the component's entry, or adds it

    friend bool operator==(const OpennessRecord&, const OpennessRecord&) = default;
};

// The licence that governs a component: its own, else the release's licence
// for its kind of content, else the release's distribution licence.
struct EffectiveLicence
{
    QString text;   // empty when there is none
    QString origin; // "component", "code", "data", "document", "distribution" or empty
};

EffectiveLicence effectiveLicence(const OpennessRecord& record, const QString& component,
                                  ContentType contentType);

} // namespace tulana::openness
