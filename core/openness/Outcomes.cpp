#include "Outcomes.h"
#include "Component.h"

#include "LicenceCatalogue.h"
#include "OpennessData.h"
#include "i18n/Translate.h"

#include <QHash>

namespace tulana::openness {

QString toKey(Enablement e)
{
    switch (e) {
    case Enablement::Enabled:
        return QStringLiteral("enabled");
    case Enablement::Partly:
        return QStringLiteral("partly");
    case Enablement::NotEnabled:
        return QStringLiteral("not-enabled");
    case Enablement::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    return {};
}

QString displayName(Enablement e)
{
    switch (e) {
    case Enablement::Enabled:
        return tulana::tr("enabled");
    case Enablement::Partly:
        return tulana::tr("partly enabled");
    case Enablement::NotEnabled:
        return tulana::tr("not enabled");
    case Enablement::NotApplicable:
        return tulana::tr("not applicable");
    }
    return {};
}

const OutcomeResult* OutcomesResult::outcome(const QString& id) const
{
    for (const OutcomeResult& o : outcomes)
        if (o.id == id)
            return &o;
    return nullptr;
}

namespace {

struct OutcomeDef
{
    QString id, name, description, reason;
    bool needsAll = false;
    bool needsOpenLicence = false;
};

struct RowDef
{
    QString id, number, name, category;
    QHash<QString, bool> outcomes;
    bool needsAll = true;
    QStringList key;  // the components that stand for the row
    QStringList also; // the row's other components: they count towards "partly"
};

struct FacetDef
{
    QString id, name, description, enablers;
    QStringList rows;
};

struct Tables
{
    std::vector<OutcomeDef> outcomes;
    std::vector<RowDef> rows;
    std::vector<FacetDef> facets;
    QString citation1, citation2;
    Problems problems;

    const RowDef* row(const QString& id) const
    {
        for (const RowDef& r : rows)
            if (r.id == id)
                return &r;
        return nullptr;
    }
};

Tables loadTables()
{
    Tables t;
    const QString file1 = QStringLiteral("table1-outcomes.json");
    const nlohmann::json one = loadOpennessJson(file1, &t.problems);
    t.citation1 = textOf(one, "citation");
    for (const nlohmann::json& o : one.value("outcomes", nlohmann::json::array()))
        t.outcomes.push_back({textOf(o, "id"), textOf(o, "name"), textOf(o, "description"),
                              textOf(o, "reason"), textOf(o, "enabledWhen") == QLatin1String("all"),
                              o.value("needsOpenLicence", false)});
    const ComponentCatalogue& catalogue = ComponentCatalogue::builtIn();
    for (const nlohmann::json& r : one.value("rows", nlohmann::json::array())) {
        RowDef row{textOf(r, "id"),
                   textOf(r, "number"),
                   textOf(r, "name"),
                   textOf(r, "category"),
                   {},
                   textOf(r, "rule") != QLatin1String("any"),
                   textsOf(r, "components"),
                   {}};
        if (const auto marks = r.find("outcomes"); marks != r.end() && marks->is_object())
            for (auto it = marks->begin(); it != marks->end(); ++it)
                row.outcomes.insert(QString::fromStdString(it.key()), it->get<bool>());
        for (const OutcomeDef& o : t.outcomes)
            if (!row.outcomes.contains(o.id))
                t.problems << error(file1,
                                    tulana::tr("row %1 has no mark for %2").arg(row.id, o.id));
        for (const QString& c : row.key) {
            const ComponentDef* def = catalogue.find(c);
            if (!def || !def->table1Rows.contains(row.id))
                t.problems << error(file1, tulana::tr("row %1: component %2 is not mapped to it in "
                                                      "components.json")
                                               .arg(row.id, c));
        }
        for (const ComponentDef& def : catalogue.components())
            if (def.table1Rows.contains(row.id) && !row.key.contains(def.id))
                row.also << def.id;
        t.rows.push_back(std::move(row));
    }
    const QString file2 = QStringLiteral("table2-transparency.json");
    const nlohmann::json two = loadOpennessJson(file2, &t.problems);
    t.citation2 = textOf(two, "citation");
    for (const nlohmann::json& f : two.value("facets", nlohmann::json::array())) {
        FacetDef facet{textOf(f, "id"), textOf(f, "name"), textOf(f, "description"),
                       textOf(f, "enablers"), textsOf(f, "rows")};
        for (const QString& r : facet.rows)
            if (!t.row(r))
                t.problems << error(file2,
                                    tulana::tr("facet %1 names unknown row %2").arg(facet.id, r));
        t.facets.push_back(std::move(facet));
    }
    for (const ComponentDef& def : catalogue.components())
        for (const QString& r : def.table1Rows)
            if (!t.row(r))
                t.problems << error(QStringLiteral("components.json"),
                                    tulana::tr("%1 names unknown Table 1 row %2").arg(def.id, r));
    return t;
}

const Tables& tables()
{
    static const Tables t = loadTables();
    return t;
}

struct Level
{
    bool stated = false;
    bool notApplicable = false;
    Enablement availability = Enablement::NotEnabled;
    Enablement reuse = Enablement::NotEnabled;
};

Level componentLevel(const OpennessRecord& record, const QString& id)
{
    Level l;
    const ComponentEntry* e = record.entry(id);
    const ComponentDef* def = ComponentCatalogue::builtIn().find(id);
    if (!e || !def)
        return l;
    l.stated = true;
    switch (e->state) {
    case ReleaseState::NotApplicable:
        l.notApplicable = true;
        break;
    case ReleaseState::Released: {
        l.availability = Enablement::Enabled;
        const EffectiveLicence licence = effectiveLicence(record, id, def->contentType);
        const bool open = LicenceCatalogue::builtIn().recognise(licence.text).verdict.open;
        l.reuse = open ? Enablement::Enabled : Enablement::Partly;
        break;
    }
    case ReleaseState::PartlyReleased:
        l.availability = l.reuse = Enablement::Partly;
        break;
    case ReleaseState::DocumentedOnly:
        l.availability = Enablement::Partly;
        break;
    case ReleaseState::NotReleased:
        break;
    }
    return l;
}

// A row, or an outcome or facet over rows: `all` needs every part enabled,
// otherwise one is enough; anything short of that but not nothing is "partly".
Enablement combine(const std::vector<Enablement>& parts, bool all)
{
    int enabled = 0, partly = 0, counted = 0;
    for (Enablement e : parts) {
        if (e == Enablement::NotApplicable)
            continue;
        ++counted;
        enabled += e == Enablement::Enabled ? 1 : 0;
        partly += e == Enablement::Partly ? 1 : 0;
    }
    if (counted == 0)
        return Enablement::NotApplicable;
    if (all ? enabled == counted : enabled > 0)
        return Enablement::Enabled;
    return enabled + partly > 0 ? Enablement::Partly : Enablement::NotEnabled;
}

double shareOf(const std::vector<Enablement>& parts)
{
    double sum = 0;
    int counted = 0;
    for (Enablement e : parts) {
        if (e == Enablement::NotApplicable)
            continue;
        ++counted;
        sum += e == Enablement::Enabled ? 1.0 : e == Enablement::Partly ? 0.5 : 0.0;
    }
    return counted ? sum / counted : 0.0;
}

Table1RowResult assessRow(const OpennessRecord& record, const RowDef& row)
{
    Table1RowResult r{
        row.id, row.number, row.name, Enablement::NotEnabled, Enablement::NotEnabled, QString()};
    const bool wrongCategory = (record.category == ModelCategory::Generative &&
                                row.category == QLatin1String("Predictive")) ||
                               (record.category == ModelCategory::Predictive &&
                                row.category == QLatin1String("Generative"));
    bool anyStated = false, allNotApplicable = true;
    std::vector<Enablement> keyAvail, keyReuse, allAvail, allReuse;
    for (const QString& c : row.key + row.also) {
        const Level l = componentLevel(record, c);
        anyStated = anyStated || l.stated;
        if (l.stated && !l.notApplicable)
            allNotApplicable = false;
        const Enablement a = l.notApplicable ? Enablement::NotApplicable : l.availability;
        const Enablement u = l.notApplicable ? Enablement::NotApplicable : l.reuse;
        if (row.key.contains(c)) {
            keyAvail.push_back(a);
            keyReuse.push_back(u);
        }
        allAvail.push_back(a);
        allReuse.push_back(u);
    }
    const bool categorySpecific = row.category != QLatin1String("All");
    if (wrongCategory || (anyStated && allNotApplicable) ||
        (categorySpecific && record.category == ModelCategory::NotStated && !anyStated)) {
        r.availability = r.reuse = Enablement::NotApplicable;
        r.explanation =
            tulana::tr("%1. %2: does not apply to this system").arg(row.number, row.name);
        return r;
    }
    const auto level = [&](const std::vector<Enablement>& key, const std::vector<Enablement>& all) {
        const Enablement k = combine(key, row.needsAll);
        if (k == Enablement::Enabled)
            return k;
        const Enablement any = combine(all, false);
        return any == Enablement::NotApplicable ? Enablement::NotEnabled
               : any == Enablement::NotEnabled  ? Enablement::NotEnabled
                                                : Enablement::Partly;
    };
    r.availability = level(keyAvail, allAvail);
    r.reuse = level(keyReuse, allReuse);
    r.explanation =
        tulana::tr("%1. %2: %3; reusable under open terms: %4")
            .arg(row.number, row.name, displayName(r.availability), displayName(r.reuse));
    return r;
}

QString listOrNone(const QStringList& names)
{
    return names.isEmpty() ? tulana::tr("none") : names.join(QStringLiteral(", "));
}

} // namespace

OutcomesResult assessOutcomes(const OpennessRecord& record)
{
    const Tables& t = tables();
    OutcomesResult out;
    out.table1Citation = t.citation1;
    out.table2Citation = t.citation2;
    QHash<QString, Table1RowResult> byId;
    for (const RowDef& row : t.rows) {
        out.rows.push_back(assessRow(record, row));
        byId.insert(row.id, out.rows.back());
    }
    for (const OutcomeDef& o : t.outcomes) {
        OutcomeResult r;
        r.id = o.id;
        r.name = o.name;
        std::vector<Enablement> levels;
        for (const RowDef& row : t.rows) {
            if (!row.outcomes.value(o.id))
                continue;
            const Table1RowResult& rr = byId[row.id];
            const Enablement e = o.needsOpenLicence ? rr.reuse : rr.availability;
            levels.push_back(e);
            if (e == Enablement::Enabled)
                r.enabledBy << row.name;
            else if (e == Enablement::Partly)
                r.partlyBy << row.name;
            else if (e == Enablement::NotEnabled)
                r.lacking << row.name;
        }
        r.level = combine(levels, o.needsAll);
        r.share = shareOf(levels);
        r.explanation = tulana::tr("%1: %2. Enabled by: %3; partly by: %4; lacking: %5.")
                            .arg(o.name, displayName(r.level), listOrNone(r.enabledBy),
                                 listOrNone(r.partlyBy), listOrNone(r.lacking));
        if (o.needsOpenLicence)
            r.explanation += tulana::tr(" Counts only what is released under open terms.");
        if (o.needsAll)
            r.explanation += tulana::tr(" Needs all of these components together.");
        out.outcomes.push_back(std::move(r));
    }
    for (const FacetDef& f : t.facets) {
        FacetResult r;
        r.id = f.id;
        r.name = f.name;
        r.enablers = f.enablers;
        std::vector<Enablement> levels;
        for (const QString& rowId : f.rows) {
            const Table1RowResult& rr = byId[rowId];
            levels.push_back(rr.availability);
            if (rr.availability == Enablement::Enabled)
                r.enabledBy << rr.name;
            else if (rr.availability != Enablement::NotApplicable)
                r.lacking << rr.name;
        }
        r.level = combine(levels, true);
        r.share = shareOf(levels);
        r.explanation = tulana::tr("%1: %2 (%3% of its enabling components released). Lacking: %4.")
                            .arg(f.name, displayName(r.level),
                                 QString::number(100.0 * r.share, 'f', 0), listOrNone(r.lacking));
        out.facets.push_back(std::move(r));
    }
    return out;
}

std::vector<std::pair<QString, QString>> outcomeNames()
{
    std::vector<std::pair<QString, QString>> out;
    for (const OutcomeDef& o : tables().outcomes)
        out.emplace_back(o.id, o.name);
    return out;
}

Problems outcomeTableProblems()
{
    return tables().problems;
}

} // namespace tulana::openness
