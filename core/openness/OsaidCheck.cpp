#include "OsaidCheck.h"
#include "Component.h"

#include "LicenceCatalogue.h"
#include "OpennessData.h"
#include "i18n/Translate.h"

namespace tulana::openness {

QString toKey(OsaidStatus s)
{
    switch (s) {
    case OsaidStatus::Met:
        return QStringLiteral("met");
    case OsaidStatus::NotMet:
        return QStringLiteral("not-met");
    case OsaidStatus::Undetermined:
        return QStringLiteral("undetermined");
    }
    return {};
}

QString displayName(OsaidStatus s)
{
    switch (s) {
    case OsaidStatus::Met:
        return tulana::tr("met");
    case OsaidStatus::NotMet:
        return tulana::tr("not met");
    case OsaidStatus::Undetermined:
        return tulana::tr("cannot be decided from the record");
    }
    return {};
}

namespace {

struct Part
{
    QString component, label;
    bool ifUsed = false; // the definition's "if used": absence is no gap
};

struct Element
{
    QString id, name, text, terms;
    bool needsAll = true;
    std::vector<Part> parts;
};

struct Requirements
{
    QString citation;
    std::vector<Element> elements;
    Problems problems;
};

const Requirements& requirements()
{
    static const Requirements r = [] {
        Requirements out;
        const QString file = QStringLiteral("osaid-requirements.json");
        const nlohmann::json root = loadOpennessJson(file, &out.problems);
        out.citation = textOf(root, "citation");
        for (const nlohmann::json& e : root.value("elements", nlohmann::json::array())) {
            Element el{textOf(e, "id"),
                       textOf(e, "name"),
                       textOf(e, "text"),
                       textOf(e, "terms"),
                       textOf(e, "rule") != QLatin1String("any"),
                       {}};
            if (el.terms != QLatin1String("osi") && el.terms != QLatin1String("not-restricted"))
                out.problems << error(file,
                                      tulana::tr("%1: unknown terms \"%2\"").arg(el.id, el.terms));
            for (const nlohmann::json& p : e.value("parts", nlohmann::json::array())) {
                el.parts.push_back(
                    {textOf(p, "component"), textOf(p, "label"), p.value("ifUsed", false)});
                if (!ComponentCatalogue::builtIn().find(el.parts.back().component))
                    out.problems << error(file, tulana::tr("%1: unknown component %2")
                                                    .arg(el.id, el.parts.back().component));
            }
            out.elements.push_back(std::move(el));
        }
        return out;
    }();
    return r;
}

// Why a part falls short, or empty when it is there on the right terms.
QString shortfall(const OpennessRecord& record, const Element& el, const Part& part,
                  bool* notStated)
{
    *notStated = false;
    const ComponentEntry* e = record.entry(part.component);
    const ComponentDef* def = ComponentCatalogue::builtIn().find(part.component);
    if (!def)
        return tulana::tr("unknown component");
    const bool released =
        e && (e->state == ReleaseState::Released || e->state == ReleaseState::PartlyReleased);
    if (part.ifUsed && !released)
        return {};
    if (!e) {
        *notStated = true;
        return tulana::tr("not stated in the record");
    }
    if (e->state == ReleaseState::NotApplicable)
        return {};
    const bool informationOnly = !el.needsAll;
    const bool available = e->state == ReleaseState::Released ||
                           (informationOnly && (e->state == ReleaseState::PartlyReleased ||
                                                e->state == ReleaseState::DocumentedOnly));
    if (!available)
        return displayName(e->state);
    const EffectiveLicence licence = effectiveLicence(record, part.component, def->contentType);
    if (informationOnly && e->state != ReleaseState::Released)
        return {}; // a description needs no licence of its own
    const RecognisedLicence reading = LicenceCatalogue::builtIn().recognise(licence.text);
    if (el.terms == QLatin1String("osi")) {
        if (reading.verdict.osiApproved)
            return {};
        if (licence.text.trimmed().isEmpty())
            return tulana::tr("released without a licence");
        return tulana::tr("%1 is not OSI-approved").arg(reading.explanation());
    }
    if (reading.verdict.useRestricted)
        return tulana::tr("%1 restricts its use").arg(reading.explanation());
    return {};
}

} // namespace

OsaidResult checkOsaid(const OpennessRecord& record)
{
    const Requirements& req = requirements();
    OsaidResult out;
    out.citation = req.citation;
    bool onlyUnstated = true;
    for (const Element& el : req.elements) {
        std::vector<OsaidGap> gaps;
        int satisfied = 0;
        for (const Part& part : el.parts) {
            bool notStated = false;
            const QString why = shortfall(record, el, part, &notStated);
            if (why.isEmpty()) {
                ++satisfied;
                continue;
            }
            gaps.push_back({el.id, el.name, part.component, part.label, why, notStated});
        }
        const bool met = el.needsAll ? gaps.empty() : satisfied > 0;
        if (met) {
            out.elementsMet << el.name;
            continue;
        }
        for (OsaidGap& g : gaps) {
            onlyUnstated = onlyUnstated && g.notStated;
            out.gaps.push_back(std::move(g));
        }
    }
    if (out.gaps.empty())
        out.status = OsaidStatus::Met;
    else
        out.status = onlyUnstated ? OsaidStatus::Undetermined : OsaidStatus::NotMet;
    if (out.status == OsaidStatus::Met) {
        out.explanation =
            tulana::tr("Meets the Open Source AI Definition 1.0: data information, the "
                       "complete code under OSI-approved licences and the parameters under "
                       "OSI-approved terms are all available.");
    } else {
        QStringList missing;
        for (const OsaidGap& g : out.gaps)
            missing << tulana::tr("%1 – %2: %3").arg(g.elementName, g.part, g.reason);
        out.explanation =
            (out.status == OsaidStatus::NotMet
                 ? tulana::tr("Does not meet the Open Source AI Definition 1.0. Missing: %1.")
                 : tulana::tr("Whether it meets the Open Source AI Definition 1.0 cannot be "
                              "decided: the record does not state %1."))
                .arg(missing.join(QStringLiteral("; ")));
    }
    return out;
}

Problems osaidRequirementProblems()
{
    return requirements().problems;
}

} // namespace tulana::openness
