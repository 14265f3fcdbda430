#include "OpennessAssessment.h"
#include "Component.h"

#include "i18n/Translate.h"

namespace tulana::openness {

const ComponentView* OpennessAssessment::component(const QString& id) const
{
    for (const ComponentView& c : components)
        if (c.id == id)
            return &c;
    return nullptr;
}

bool OpennessAssessment::hasFlag(OpenwashingKind kind) const
{
    for (const OpenwashingFlag& f : flags)
        if (f.kind == kind)
            return true;
    return false;
}

namespace {

QStringList summaryOf(const OpennessAssessment& a)
{
    QStringList out;
    out << tulana::tr("Model Openness Framework: %1.").arg(displayName(a.mof.mofClass));
    if (!a.mof.notStated.isEmpty())
        out << tulana::tr("If the components the record does not state were confirmed open: %1.")
                   .arg(displayName(a.mof.classIfConfirmed));
    QStringList enabled, partly;
    for (const OutcomeResult& o : a.outcomes.outcomes) {
        if (o.level == Enablement::Enabled)
            enabled << o.name;
        else if (o.level == Enablement::Partly)
            partly << o.name;
    }
    out << tulana::tr("Outcomes enabled (Table 1): %1; partly: %2.")
               .arg(enabled.isEmpty() ? tulana::tr("none") : enabled.join(QStringLiteral(", ")),
                    partly.isEmpty() ? tulana::tr("none") : partly.join(QStringLiteral(", ")));
    out << tulana::tr("OSI Open Source AI Definition 1.0: %1.").arg(displayName(a.osaid.status));
    if (a.flags.empty()) {
        out << tulana::tr("No openwashing flags.");
    } else {
        QStringList titles;
        for (const OpenwashingFlag& f : a.flags)
            titles << f.title;
        out << tulana::tr("Openwashing flags: %1.").arg(titles.join(QStringLiteral("; ")));
    }
    return out;
}

} // namespace

QString releaseText(const ComponentView& c)
{
    if (!c.stated)
        return tulana::tr("not stated");
    const bool whole = c.state == ReleaseState::Released;
    if (!whole && c.state != ReleaseState::PartlyReleased)
        return displayName(c.state); // documented only, not released...
    const RecognisedLicence& l = c.reading;
    if (l.reading == RecognisedLicence::Reading::NoLicence)
        return whole ? tulana::tr("released without a licence")
                     : tulana::tr("partly released, without a licence");
    if (l.reading == RecognisedLicence::Reading::Empty ||
        l.reading == RecognisedLicence::Reading::Unstated)
        return whole ? tulana::tr("released, with no licence stated")
                     : tulana::tr("partly released, with no licence stated");
    if (!l.isRecognised())
        return whole ? tulana::tr("released under terms Tulana does not recognise")
                     : tulana::tr("partly released, under terms Tulana does not recognise");
    if (l.verdict.useRestricted || !l.verdict.open)
        return whole ? tulana::tr("released under restrictive terms")
                     : tulana::tr("partly released, under restrictive terms");
    if (c.dataset && !l.verdict.openData)
        return whole ? tulana::tr("released under a software licence, which is no evidence of "
                                  "open data")
                     : tulana::tr("partly released, under a software licence, which is no "
                                  "evidence of open data");
    return displayName(c.state);
}

OpennessAssessment assessOpenness(const OpennessRecord& record)
{
    OpennessAssessment a;
    a.record = record;
    const LicenceCatalogue& licences = LicenceCatalogue::builtIn();
    for (const ComponentDef& def : ComponentCatalogue::builtIn().components()) {
        ComponentView v;
        v.id = def.id;
        v.name = def.name;
        v.dataset = def.contentType == ContentType::Data && def.id.endsWith(QLatin1String("-data"));
        if (const ComponentEntry* e = record.entry(def.id)) {
            v.stated = true;
            v.state = e->state;
            v.note = e->note;
            v.location = e->location;
            const EffectiveLicence l = effectiveLicence(record, def.id, def.contentType);
            v.licence = l.text;
            v.licenceOrigin = l.origin;
            v.reading = licences.recognise(l.text);
        }
        a.components.push_back(std::move(v));
    }
    a.mof = classifyMof(record);
    a.outcomes = assessOutcomes(record);
    a.osaid = checkOsaid(record);
    a.flags = openwashingFlags(record);
    a.index = indexScores(record);
    a.summary = summaryOf(a);
    return a;
}

} // namespace tulana::openness
