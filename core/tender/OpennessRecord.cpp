#include "OpennessRecord.h"

#include "i18n/Translate.h"

namespace tulana::openness {

QString toKey(ContentType t)
{
    switch (t) {
    case ContentType::Code:
        return QStringLiteral("code");
    case ContentType::Data:
        return QStringLiteral("data");
    case ContentType::Document:
        return QStringLiteral("document");
    }
    return {};
}

bool contentTypeFromKey(const QString& key, ContentType* out)
{
    for (ContentType t : {ContentType::Code, ContentType::Data, ContentType::Document}) {
        if (key == toKey(t)) {
            *out = t;
            return true;
        }
    }
    return false;
}

namespace {

template <typename Enum, std::size_t N>
bool fromKey(const QString& key, const Enum (&all)[N], Enum* out)
{
    for (Enum e : all) {
        if (toKey(e) == key) {
            *out = e;
            return true;
        }
    }
    return false;
}

} // namespace

QString toKey(ReleaseState s)
{
    switch (s) {
    case ReleaseState::Released:
        return QStringLiteral("released");
    case ReleaseState::PartlyReleased:
        return QStringLiteral("partly-released");
    case ReleaseState::DocumentedOnly:
        return QStringLiteral("documented-only");
    case ReleaseState::NotReleased:
        return QStringLiteral("not-released");
    case ReleaseState::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    return {};
}

bool releaseStateFromKey(const QString& key, ReleaseState* out)
{
    static const ReleaseState all[] = {ReleaseState::Released, ReleaseState::PartlyReleased,
                                       ReleaseState::DocumentedOnly, ReleaseState::NotReleased,
                                       ReleaseState::NotApplicable};
    return fromKey(key, all, out);
}

QString displayName(ReleaseState s)
{
    switch (s) {
    case ReleaseState::Released:
        return tulana::tr("released openly");
    case ReleaseState::PartlyReleased:
        return tulana::tr("partly released / summary only");
    case ReleaseState::DocumentedOnly:
        return tulana::tr("documented only");
    case ReleaseState::NotReleased:
        return tulana::tr("not released");
    case ReleaseState::NotApplicable:
        return tulana::tr("not applicable");
    }
    return {};
}

QString toKey(OpennessClaim c)
{
    switch (c) {
    case OpennessClaim::NotStated:
        return QStringLiteral("not-stated");
    case OpennessClaim::OpenSource:
        return QStringLiteral("open-source");
    case OpennessClaim::Open:
        return QStringLiteral("open");
    }
    return {};
}

bool opennessClaimFromKey(const QString& key, OpennessClaim* out)
{
    static const OpennessClaim all[] = {OpennessClaim::NotStated, OpennessClaim::OpenSource,
                                        OpennessClaim::Open};
    return fromKey(key, all, out);
}

QString toKey(ModelCategory c)
{
    switch (c) {
    case ModelCategory::NotStated:
        return QStringLiteral("not-stated");
    case ModelCategory::Generative:
        return QStringLiteral("generative");
    case ModelCategory::Predictive:
        return QStringLiteral("predictive");
    }
    return {};
}

bool modelCategoryFromKey(const QString& key, ModelCategory* out)
{
    static const ModelCategory all[] = {ModelCategory::NotStated, ModelCategory::Generative,
                                        ModelCategory::Predictive};
    return fromKey(key, all, out);
}

QString toKey(RecordSource s)
{
    switch (s) {
    case RecordSource::Manual:
        return QStringLiteral("manual");
    case RecordSource::ModelOpennessTool:
        return QStringLiteral("model-openness-tool");
    case RecordSource::OsaiIndex:
        return QStringLiteral("osai-index");
    }
    return {};
}

QString displayName(RecordSource s)
{
    switch (s) {
    case RecordSource::Manual:
        return tulana::tr("entered from the bid");
    case RecordSource::ModelOpennessTool:
        return tulana::tr("Model Openness Tool record");
    case RecordSource::OsaiIndex:
        return tulana::tr("European Open Source AI Index record");
    }
    return {};
}

QString toKey(IndexGrade g)
{
    switch (g) {
    case IndexGrade::Open:
        return QStringLiteral("open");
    case IndexGrade::Partial:
        return QStringLiteral("partial");
    case IndexGrade::Closed:
        return QStringLiteral("closed");
    case IndexGrade::NotGraded:
        return QStringLiteral("not-graded");
    }
    return {};
}

bool recordSourceFromKey(const QString& key, RecordSource* out)
{
    static const RecordSource all[] = {RecordSource::Manual, RecordSource::ModelOpennessTool,
                                       RecordSource::OsaiIndex};
    return fromKey(key, all, out);
}

bool indexGradeFromKey(const QString& key, IndexGrade* out)
{
    static const IndexGrade all[] = {IndexGrade::Open, IndexGrade::Partial, IndexGrade::Closed,
                                     IndexGrade::NotGraded};
    return fromKey(key, all, out);
}

const QString& ReleaseLicences::forType(ContentType t) const
{
    switch (t) {
    case ContentType::Code:
        return code;
    case ContentType::Data:
        return data;
    case ContentType::Document:
        return document;
    }
    return distribution;
}

const ComponentEntry* OpennessRecord::entry(const QString& component) const
{
    for (const ComponentEntry& e : components)
        if (e.component == component)
            return &e;
    return nullptr;
}

void OpennessRecord::setEntry(ComponentEntry e)
{
    for (ComponentEntry& existing : components) {
        if (existing.component == e.component) {
            existing = std::move(e);
            return;
        }
    }
    components.push_back(std::move(e));
}

EffectiveLicence effectiveLicence(const OpennessRecord& record, const QString& component,
                                  ContentType contentType)
{
    if (const ComponentEntry* e = record.entry(component); e && !e->licence.trimmed().isEmpty())
        return {e->licence, QStringLiteral("component")};
    if (const QString& typed = record.licences.forType(contentType); !typed.trimmed().isEmpty())
        return {typed, toKey(contentType)};
    if (!record.licences.distribution.trimmed().isEmpty())
        return {record.licences.distribution, QStringLiteral("distribution")};
    return {};
}

} // namespace tulana::openness
