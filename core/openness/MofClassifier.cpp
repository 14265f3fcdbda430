#include "MofClassifier.h"
#include "Component.h"

#include "i18n/Translate.h"

#include <algorithm>

namespace tulana::openness {

QString toKey(MofClass c)
{
    switch (c) {
    case MofClass::Unclassified:
        return QStringLiteral("unclassified");
    case MofClass::ClassI:
        return QStringLiteral("class-1");
    case MofClass::ClassII:
        return QStringLiteral("class-2");
    case MofClass::ClassIII:
        return QStringLiteral("class-3");
    }
    return {};
}

QString displayName(MofClass c)
{
    switch (c) {
    case MofClass::Unclassified:
        return tulana::tr("Unclassified");
    case MofClass::ClassI:
        return tulana::tr("Class I – Open Science");
    case MofClass::ClassII:
        return tulana::tr("Class II – Open Tooling");
    case MofClass::ClassIII:
        return tulana::tr("Class III – Open Model");
    }
    return {};
}

QString toKey(MofStatus s)
{
    switch (s) {
    case MofStatus::Included:
        return QStringLiteral("included");
    case MofStatus::Missing:
        return QStringLiteral("missing");
    case MofStatus::NotOpen:
        return QStringLiteral("not-open");
    case MofStatus::Unlicensed:
        return QStringLiteral("unlicensed");
    case MofStatus::NotStated:
        return QStringLiteral("not-stated");
    }
    return {};
}

double MofResult::progressOf(MofClass c) const
{
    return c == MofClass::Unclassified ? 0.0 : progress[std::size_t(c) - 1];
}

const MofComponentResult* MofResult::component(int mofId) const
{
    for (const MofComponentResult& c : components)
        if (c.mofId == mofId)
            return &c;
    return nullptr;
}

namespace {

constexpr int technicalReport = 11;
constexpr int researchPaper = 21;

// The framework component's state from Tulana's components standing for it:
// released when every stated one is released (pre-training and fine-tuning
// data both, for "Datasets").
MofComponentResult assessComponent(const OpennessRecord& record, const MofComponent& mof)
{
    MofComponentResult r;
    r.mofId = mof.id;
    r.name = mof.name;
    r.mofClass = mof.mofClass;
    r.required = mof.required;
    bool anyStated = false;
    bool anyReleased = false;
    bool allReleased = true;
    QStringList licences;
    for (const ComponentDef* def : ComponentCatalogue::builtIn().forMof(mof.id)) {
        const ComponentEntry* e = record.entry(def->id);
        if (!e)
            continue;
        anyStated = true;
        if (e->state == ReleaseState::NotApplicable)
            continue;
        if (e->state != ReleaseState::Released) {
            allReleased = false;
            continue;
        }
        anyReleased = true;
        const EffectiveLicence l = effectiveLicence(record, def->id, mof.contentType);
        r.licenceOrigin = l.origin;
        if (!licences.contains(l.text))
            licences << l.text;
    }
    if (!anyStated) {
        r.status = MofStatus::NotStated;
        r.explanation = tulana::tr("%1: not stated in the record").arg(mof.name);
        return r;
    }
    if (!anyReleased || !allReleased) {
        r.status = MofStatus::Missing;
        r.explanation = tulana::tr("%1: not released").arg(mof.name);
        return r;
    }
    licences.removeAll(QString());
    if (licences.isEmpty()) {
        r.status = MofStatus::Unlicensed;
        r.explanation = tulana::tr("%1: released without a licence").arg(mof.name);
        return r;
    }
    r.licence = licences.size() == 1
                    ? licences.front()
                    : QStringLiteral("(") + licences.join(QStringLiteral(") AND (")) + u')';
    r.reading = LicenceCatalogue::builtIn().recognise(r.licence);
    if (r.reading.reading == RecognisedLicence::Reading::NoLicence) {
        r.status = MofStatus::Unlicensed;
        r.explanation = tulana::tr("%1: released without a licence").arg(mof.name);
    } else if (r.reading.verdict.open) {
        r.status = MofStatus::Included;
        r.explanation = tulana::tr("%1: released under %2").arg(mof.name, r.reading.explanation());
    } else {
        r.status = MofStatus::NotOpen;
        r.explanation = tulana::tr("%1: released, but %2").arg(mof.name, r.reading.explanation());
    }
    return r;
}

struct Counts
{
    std::array<double, 3> progress{};
    MofClass mofClass = MofClass::Unclassified;
    bool paperStandsIn = false;
};

bool isIncluded(const std::vector<MofComponentResult>& all, int id, bool confirmUnstated)
{
    for (const MofComponentResult& c : all)
        if (c.mofId == id)
            return c.status == MofStatus::Included ||
                   (confirmUnstated && c.status == MofStatus::NotStated);
    return false;
}

bool isProvided(const std::vector<MofComponentResult>& all, int id, bool confirmUnstated)
{
    for (const MofComponentResult& c : all)
        if (c.mofId == id)
            return c.status == MofStatus::Included || c.status == MofStatus::NotOpen ||
                   c.status == MofStatus::Unlicensed ||
                   (confirmUnstated && c.status == MofStatus::NotStated);
    return false;
}

// The tool's getProgress(): Class III counts its own required components,
// Class II those of III and II once III is met, Class I all of them once II
// is met. A research paper stands in for a technical report that is not
// included (evaluate(): it joins classes II and III); for Class I it then
// counts one required component fewer.
Counts count(const std::vector<MofComponentResult>& all, bool confirmUnstated)
{
    const ComponentCatalogue& catalogue = ComponentCatalogue::builtIn();
    const bool reportIncluded = isIncluded(all, technicalReport, confirmUnstated);
    const bool paperIncluded = isIncluded(all, researchPaper, confirmUnstated);
    const bool paperStandsIn = !reportIncluded && isProvided(all, researchPaper, confirmUnstated);
    const auto included = [&](int upToClass) {
        int n = 0;
        for (int c = 3; c >= upToClass; --c)
            for (int id : catalogue.requiredMof(c))
                n += isIncluded(all, id, confirmUnstated) ? 1 : 0;
        if (paperStandsIn && paperIncluded && upToClass >= 2)
            ++n;
        return n;
    };
    Counts out;
    out.paperStandsIn = paperStandsIn;
    for (int cls = 3; cls >= 1; --cls) {
        int total = 0;
        int have = 0;
        int reached = 3;
        for (; reached >= cls; --reached) {
            total += int(catalogue.requiredMof(reached).size());
            have = included(reached);
            if (have < total)
                break;
        }
        double percent = 0;
        if (reached <= cls) {
            if (cls == 1 && !reportIncluded && paperIncluded)
                --total;
            percent = total > 0 ? std::min(100.0, 100.0 * have / total) : 0.0;
        }
        out.progress[std::size_t(cls) - 1] = percent;
    }
    for (int cls = 3; cls >= 1; --cls)
        if (out.progress[std::size_t(cls) - 1] == 100.0)
            out.mofClass = MofClass(cls);
    return out;
}

QString classLine(int cls, double percent, const std::vector<MofComponentResult>& all,
                  const Counts& counts)
{
    const QString name = displayName(MofClass(cls));
    if (percent == 100.0)
        return tulana::tr("%1: met").arg(name);
    if (cls < 3 && counts.progress[std::size_t(cls)] < 100.0)
        return tulana::tr("%1: 0% (the class above it in openness is not met yet)").arg(name);
    QStringList lacking;
    for (const MofComponentResult& c : all) {
        if (!c.required || c.mofClass < cls || c.status == MofStatus::Included)
            continue;
        if (c.mofId == technicalReport && counts.paperStandsIn)
            continue;
        lacking << c.name + QStringLiteral(" (") + toKey(c.status) + u')';
    }
    return tulana::tr("%1: %2% – lacking %3")
        .arg(name, QString::number(percent, 'f', 0), lacking.join(QStringLiteral(", ")));
}

} // namespace

MofResult classifyMof(const OpennessRecord& record)
{
    MofResult r;
    for (const MofComponent& mof : ComponentCatalogue::builtIn().mofComponents()) {
        r.components.push_back(assessComponent(record, mof));
        if (r.components.back().status == MofStatus::NotStated)
            r.notStated << mof.name;
    }
    const Counts strict = count(r.components, false);
    r.progress = strict.progress;
    r.mofClass = strict.mofClass;
    r.researchPaperStandsIn = strict.paperStandsIn;
    r.classIfConfirmed = r.notStated.isEmpty() ? r.mofClass : count(r.components, true).mofClass;
    for (int cls = 3; cls >= 1; --cls)
        r.lines << classLine(cls, r.progress[std::size_t(cls) - 1], r.components, strict);
    if (!r.notStated.isEmpty())
        r.lines << tulana::tr(
                       "Not stated in the record: %1. If each were confirmed released under an "
                       "open licence: %2.")
                       .arg(r.notStated.join(QStringLiteral(", ")),
                            displayName(r.classIfConfirmed));
    return r;
}

} // namespace tulana::openness
