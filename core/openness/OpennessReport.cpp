// Plain-text and JSON renderings of an openness assessment, for the command
// line and for reports.
#include "Component.h"
#include "OpennessAssessment.h"

#include "i18n/Translate.h"

#include <nlohmann/json.hpp>

namespace tulana::openness {
namespace {

using nlohmann::json;

std::string s(const QString& q)
{
    return q.toStdString();
}

json list(const QStringList& items)
{
    json out = json::array();
    for (const QString& i : items)
        out.push_back(s(i));
    return out;
}

QString percent(double p)
{
    return QString::number(p, 'f', 0) + u'%';
}

void section(QString* out, const QString& title)
{
    *out += u'\n' + title + u'\n';
}

QString heading(const OpennessAssessment& a)
{
    const OpennessRecord& r = a.record;
    QString out = r.systemName.isEmpty() ? tulana::tr("(unnamed system)") : r.systemName;
    if (!r.producer.isEmpty())
        out += QStringLiteral(" (") + r.producer + u')';
    if (!r.version.isEmpty())
        out += tulana::tr(", version %1").arg(r.version);
    out += u'\n';
    out += tulana::tr("Source: %1").arg(displayName(r.source));
    if (!r.sourceFile.isEmpty())
        out += QStringLiteral(", ") + r.sourceFile;
    out += u'\n';
    if (r.claim != OpennessClaim::NotStated)
        out += tulana::tr("Described as: %1. %2\n").arg(toKey(r.claim), r.claimNote);
    return out;
}

} // namespace

QString assessmentAsText(const OpennessAssessment& a)
{
    QString out = heading(a);

    section(&out, tulana::tr("Model Openness Framework: %1").arg(displayName(a.mof.mofClass)));
    for (int cls = 1; cls <= 3; ++cls)
        out += QStringLiteral("  ") + displayName(MofClass(cls)).leftJustified(28) +
               percent(a.mof.progress[std::size_t(cls) - 1]).rightJustified(5) + u'\n';
    for (const QString& line : a.mof.lines)
        out += QStringLiteral("  ") + line + u'\n';
    if (a.mof.researchPaperStandsIn)
        out += QStringLiteral("  ") +
               tulana::tr("The research paper stands in for the technical report.") + u'\n';

    section(&out, tulana::tr("Outcomes (Table 1 of the policy brief)"));
    for (const OutcomeResult& o : a.outcomes.outcomes)
        out += QStringLiteral("  ") + o.name.leftJustified(32) +
               displayName(o.level).leftJustified(16) +
               tulana::tr("enabled by: %1")
                   .arg(o.enabledBy.isEmpty() ? tulana::tr("none")
                                              : o.enabledBy.join(QStringLiteral(", "))) +
               u'\n';
    section(&out, tulana::tr("Facets of transparency (Table 2)"));
    for (const FacetResult& f : a.outcomes.facets)
        out += QStringLiteral("  ") + f.name.leftJustified(32) +
               displayName(f.level).leftJustified(16) + percent(100.0 * f.share).rightJustified(5) +
               u'\n';

    section(&out,
            tulana::tr("OSI Open Source AI Definition 1.0: %1").arg(displayName(a.osaid.status)));
    for (const OsaidGap& g : a.osaid.gaps)
        out += QStringLiteral("  - ") + g.elementName + QStringLiteral(", ") + g.part +
               QStringLiteral(": ") + g.reason + u'\n';

    section(&out, a.flags.empty()
                      ? tulana::tr("Openwashing flags: none")
                      : tulana::tr("Openwashing flags: %n", nullptr, int(a.flags.size())));
    for (const OpenwashingFlag& f : a.flags)
        out += QStringLiteral("  ! ") + f.title + QStringLiteral(": ") + f.explanation + u'\n';

    if (a.index.available)
        section(&out,
                tulana::tr("European Open Source AI Index: availability %1, documentation %2, "
                           "access %3, total %4 (%n parameter(s) graded)",
                           nullptr, a.index.graded)
                    .arg(QString::number(a.index.availability, 'f', 2),
                         QString::number(a.index.documentation, 'f', 2),
                         QString::number(a.index.access, 'f', 2),
                         QString::number(a.index.total, 'f', 2)));

    section(&out, tulana::tr("Components"));
    for (const ComponentView& c : a.components) {
        out += QStringLiteral("  ") + c.name.leftJustified(44);
        if (!c.stated) {
            out += tulana::tr("not stated") + u'\n';
            continue;
        }
        out += releaseText(c).leftJustified(32);
        if (c.state == ReleaseState::Released || c.state == ReleaseState::PartlyReleased)
            out += c.reading.explanation();
        out += u'\n';
    }
    for (const QString& note : a.record.notes)
        out += QStringLiteral("  ") + note + u'\n';
    return out;
}

QByteArray assessmentAsJson(const OpennessAssessment& a)
{
    const OpennessRecord& r = a.record;
    json doc = json::object();
    doc["format"] = "tulana-openness";
    doc["version"] = 1;
    doc["system"] = {{"name", s(r.systemName)},         {"producer", s(r.producer)},
                     {"version", s(r.version)},         {"source", s(toKey(r.source))},
                     {"file", s(r.sourceFile)},         {"claim", s(toKey(r.claim))},
                     {"category", s(toKey(r.category))}};
    json mofComponents = json::array();
    for (const MofComponentResult& c : a.mof.components)
        mofComponents.push_back({{"id", c.mofId},
                                 {"name", s(c.name)},
                                 {"class", c.mofClass},
                                 {"required", c.required},
                                 {"status", s(toKey(c.status))},
                                 {"licence", s(c.licence)},
                                 {"licenceOrigin", s(c.licenceOrigin)}});
    doc["mof"] = {{"class", int(a.mof.mofClass)},
                  {"key", s(toKey(a.mof.mofClass))},
                  {"label", s(displayName(a.mof.mofClass))},
                  {"progress",
                   {{"1", a.mof.progress[0]}, {"2", a.mof.progress[1]}, {"3", a.mof.progress[2]}}},
                  {"researchPaperStandsIn", a.mof.researchPaperStandsIn},
                  {"classIfConfirmed", int(a.mof.classIfConfirmed)},
                  {"notStated", list(a.mof.notStated)},
                  {"components", mofComponents},
                  {"lines", list(a.mof.lines)}};
    json outcomes = json::array();
    for (const OutcomeResult& o : a.outcomes.outcomes)
        outcomes.push_back({{"id", s(o.id)},
                            {"name", s(o.name)},
                            {"level", s(toKey(o.level))},
                            {"share", o.share},
                            {"enabledBy", list(o.enabledBy)},
                            {"partlyBy", list(o.partlyBy)},
                            {"lacking", list(o.lacking)}});
    doc["outcomes"] = outcomes;
    json facets = json::array();
    for (const FacetResult& f : a.outcomes.facets)
        facets.push_back({{"id", s(f.id)},
                          {"name", s(f.name)},
                          {"level", s(toKey(f.level))},
                          {"share", f.share},
                          {"enabledBy", list(f.enabledBy)},
                          {"lacking", list(f.lacking)}});
    doc["facets"] = facets;
    json rows = json::array();
    for (const Table1RowResult& row : a.outcomes.rows)
        rows.push_back({{"id", s(row.id)},
                        {"number", s(row.number)},
                        {"name", s(row.name)},
                        {"availability", s(toKey(row.availability))},
                        {"reuse", s(toKey(row.reuse))}});
    doc["table1"] = rows;
    json gaps = json::array();
    for (const OsaidGap& g : a.osaid.gaps)
        gaps.push_back({{"element", s(g.element)},
                        {"component", s(g.component)},
                        {"part", s(g.part)},
                        {"reason", s(g.reason)},
                        {"notStated", g.notStated}});
    doc["osaid"] = {{"status", s(toKey(a.osaid.status))},
                    {"elementsMet", list(a.osaid.elementsMet)},
                    {"gaps", gaps}};
    json flags = json::array();
    for (const OpenwashingFlag& f : a.flags)
        flags.push_back({{"kind", s(toKey(f.kind))},
                         {"title", s(f.title)},
                         {"explanation", s(f.explanation)},
                         {"components", list(f.components)}});
    doc["flags"] = flags;
    doc["index"] = a.index.available ? json{{"availability", a.index.availability},
                                            {"documentation", a.index.documentation},
                                            {"access", a.index.access},
                                            {"total", a.index.total},
                                            {"graded", a.index.graded}}
                                     : json(nullptr);
    json components = json::array();
    for (const ComponentView& c : a.components)
        components.push_back({{"id", s(c.id)},
                              {"name", s(c.name)},
                              {"stated", c.stated},
                              {"state", c.stated ? json(s(toKey(c.state))) : json(nullptr)},
                              {"licence", s(c.licence)},
                              {"licenceOrigin", s(c.licenceOrigin)},
                              {"reading", s(toKey(c.reading.reading))},
                              {"expression", s(c.reading.expression)},
                              {"category", s(toKey(c.reading.verdict.category))},
                              {"restrictions", list(c.reading.verdict.restrictions)},
                              {"note", s(c.note)},
                              {"location", s(c.location)}});
    doc["components"] = components;
    doc["summary"] = list(a.summary);
    return QByteArray::fromStdString(doc.dump(2) + '\n');
}

} // namespace tulana::openness
