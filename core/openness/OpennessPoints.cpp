#include "OpennessPoints.h"
#include "Component.h"

#include "i18n/Translate.h"

#include <QSet>

#include <algorithm>

namespace tulana::openness {

QString toKey(OpennessBasis b)
{
    switch (b) {
    case OpennessBasis::Off:
        return QStringLiteral("off");
    case OpennessBasis::MofClass:
        return QStringLiteral("mof-class");
    case OpennessBasis::Outcomes:
        return QStringLiteral("outcomes");
    case OpennessBasis::PointsTable:
        return QStringLiteral("points-table");
    }
    return {};
}

bool opennessBasisFromKey(const QString& key, OpennessBasis* out)
{
    for (OpennessBasis b : {OpennessBasis::Off, OpennessBasis::MofClass, OpennessBasis::Outcomes,
                            OpennessBasis::PointsTable}) {
        if (toKey(b) == key) {
            *out = b;
            return true;
        }
    }
    return false;
}

QString displayName(OpennessBasis b)
{
    switch (b) {
    case OpennessBasis::Off:
        return tulana::tr("no openness marks");
    case OpennessBasis::MofClass:
        return tulana::tr("by Model Openness Framework class");
    case OpennessBasis::Outcomes:
        return tulana::tr("by the outcomes of openness enabled (Table 1)");
    case OpennessBasis::PointsTable:
        return tulana::tr("by a points table of released components");
    }
    return {};
}

OpennessScheme OpennessScheme::defaults(OpennessBasis basis, double maxMarks)
{
    OpennessScheme s;
    s.basis = basis;
    s.maxMarks = maxMarks;
    s.classMarks = {maxMarks, maxMarks * 2.0 / 3.0, maxMarks / 3.0};
    const auto outcomes = outcomeNames();
    for (const auto& [id, name] : outcomes)
        s.outcomeMarks.push_back({id, maxMarks / double(outcomes.size())});
    std::vector<QString> needed;
    for (const ComponentDef& c : ComponentCatalogue::builtIn().components())
        if (!c.osaidElement.isEmpty())
            needed.push_back(c.id);
    for (const QString& id : needed)
        s.table.push_back({id, maxMarks / double(needed.size())});
    return s;
}

namespace {

QString number(double v)
{
    return QString::number(v, 'f', 2);
}

void checkSum(double sum, const OpennessScheme& s, const QString& where, Problems* out)
{
    if (sum > s.maxMarks + 1e-9)
        *out << warning(where,
                        tulana::tr("the marks add up to %1, more than the maximum of %2: a bid's "
                                   "marks are capped at the maximum")
                            .arg(number(sum), number(s.maxMarks)));
    else if (sum < s.maxMarks - 1e-9)
        *out << warning(where,
                        tulana::tr("the marks add up to %1: no bid can reach the maximum of %2")
                            .arg(number(sum), number(s.maxMarks)));
}

} // namespace

Problems checkScheme(const OpennessScheme& s, const QString& where)
{
    Problems out;
    // A scheme switched off gives no marks, so nothing in it can be wrong yet.
    if (!s.isOn())
        return out;
    if (!(s.maxMarks > 0 && s.maxMarks <= 100))
        out << error(
            where + QStringLiteral(".maxMarks"),
            tulana::tr("the openness sub-criterion needs maximum marks above 0 and at most 100"));
    if (!(s.partialCredit >= 0 && s.partialCredit <= 1))
        out << error(where + QStringLiteral(".partialCredit"),
                     tulana::tr("the partial credit is a share between 0 and 1"));
    switch (s.basis) {
    case OpennessBasis::Off:
        break;
    case OpennessBasis::MofClass:
        for (std::size_t i = 0; i < 3; ++i)
            if (!(s.classMarks[i] >= 0 && s.classMarks[i] <= s.maxMarks))
                out << error(where + QStringLiteral(".classMarks[%1]").arg(i),
                             tulana::tr("marks for %1 must be between 0 and the maximum")
                                 .arg(displayName(MofClass(i + 1))));
        if (s.classMarks[0] < s.classMarks[1] || s.classMarks[1] < s.classMarks[2])
            out << warning(where + QStringLiteral(".classMarks"),
                           tulana::tr("a more open class earns fewer marks than a less open one"));
        break;
    case OpennessBasis::Outcomes: {
        double sum = 0;
        const auto known = outcomeNames();
        for (std::size_t i = 0; i < s.outcomeMarks.size(); ++i) {
            const OutcomeMarks& m = s.outcomeMarks[i];
            const QString at = where + QStringLiteral(".outcomeMarks[%1]").arg(i);
            if (std::none_of(known.begin(), known.end(),
                             [&](const auto& k) { return k.first == m.outcome; }))
                out << error(at, tulana::tr("\"%1\" is not an outcome of Table 1").arg(m.outcome));
            if (!(m.marks >= 0))
                out << error(at, tulana::tr("marks cannot be negative"));
            sum += m.marks;
        }
        checkSum(sum, s, where + QStringLiteral(".outcomeMarks"), &out);
        break;
    }
    case OpennessBasis::PointsTable: {
        double sum = 0;
        QSet<QString> seen;
        for (std::size_t i = 0; i < s.table.size(); ++i) {
            const ComponentMarks& m = s.table[i];
            const QString at = where + QStringLiteral(".table[%1]").arg(i);
            if (!ComponentCatalogue::builtIn().find(m.component))
                out << error(at,
                             tulana::tr("\"%1\" is not a component Tulana knows").arg(m.component));
            if (seen.contains(m.component))
                out << error(at, tulana::tr("\"%1\" is listed twice").arg(m.component));
            seen.insert(m.component);
            if (!(m.marks >= 0))
                out << error(at, tulana::tr("marks cannot be negative"));
            sum += m.marks;
        }
        checkSum(sum, s, where + QStringLiteral(".table"), &out);
        break;
    }
    }
    return out;
}

namespace {

void byClass(const OpennessScheme& s, const OpennessAssessment& a, OpennessMarks* m)
{
    const MofClass cls = a.mof.mofClass;
    m->formula =
        tulana::tr("openness marks = marks announced for the Model Openness Framework class "
                   "reached");
    m->marks = cls == MofClass::Unclassified ? 0.0 : s.classMarks[std::size_t(cls) - 1];
    m->inputs << Term{tulana::tr("class reached"), double(int(cls)),
                      QStringLiteral("openness assessment")};
    if (cls != MofClass::Unclassified)
        m->inputs << Term{tulana::tr("marks for %1").arg(displayName(cls)), m->marks,
                          QStringLiteral("tender.openness.classMarks[%1]").arg(int(cls) - 1)};
    m->working = tulana::tr("%1 → %2").arg(displayName(cls), number(m->marks));
    m->lines = a.mof.lines;
}

double factor(Enablement e, double partialCredit)
{
    return e == Enablement::Enabled ? 1.0 : e == Enablement::Partly ? partialCredit : 0.0;
}

void byOutcomes(const OpennessScheme& s, const OpennessAssessment& a, OpennessMarks* m)
{
    m->formula =
        tulana::tr("openness marks = Σ marks of each outcome × (1 if enabled, %1 if partly, "
                   "0 if not)")
            .arg(number(s.partialCredit));
    QStringList terms;
    for (std::size_t i = 0; i < s.outcomeMarks.size(); ++i) {
        const OutcomeMarks& om = s.outcomeMarks[i];
        const OutcomeResult* o = a.outcomes.outcome(om.outcome);
        const Enablement level = o ? o->level : Enablement::NotEnabled;
        const double f = factor(level, s.partialCredit);
        m->marks += om.marks * f;
        const QString name = o ? o->name : om.outcome;
        m->inputs << Term{tulana::tr("marks for %1").arg(name), om.marks,
                          QStringLiteral("tender.openness.outcomeMarks[%1]").arg(i)};
        terms << number(om.marks) + QStringLiteral(" × ") + number(f);
        m->lines << tulana::tr("%1: %2 → %3 × %4 = %5")
                        .arg(name, displayName(level), number(om.marks), number(f),
                             number(om.marks * f));
    }
    m->working = terms.join(QStringLiteral(" + ")) + QStringLiteral(" = ") + number(m->marks);
}

void byTable(const OpennessScheme& s, const OpennessAssessment& a, OpennessMarks* m)
{
    m->formula =
        tulana::tr("openness marks = Σ marks of each component × (1 if released under an open "
                   "licence, %1 if partly released or under other terms, 0 otherwise)")
            .arg(number(s.partialCredit));
    QStringList terms;
    for (std::size_t i = 0; i < s.table.size(); ++i) {
        const ComponentMarks& cm = s.table[i];
        const ComponentView* c = a.component(cm.component);
        double f = 0;
        QString how = tulana::tr("not stated");
        if (c && c->stated) {
            how = displayName(c->state);
            if (c->state == ReleaseState::Released) {
                f = c->reading.verdict.open ? 1.0 : s.partialCredit;
                how += QStringLiteral(", ") + displayName(c->reading.verdict.category);
            } else if (c->state == ReleaseState::PartlyReleased) {
                f = s.partialCredit;
            }
        }
        m->marks += cm.marks * f;
        const QString name = c ? c->name : cm.component;
        m->inputs << Term{tulana::tr("marks for %1").arg(name), cm.marks,
                          QStringLiteral("tender.openness.table[%1]").arg(i)};
        terms << number(cm.marks) + QStringLiteral(" × ") + number(f);
        m->lines << tulana::tr("%1: %2 → %3 × %4 = %5")
                        .arg(name, how, number(cm.marks), number(f), number(cm.marks * f));
    }
    m->working = terms.join(QStringLiteral(" + ")) + QStringLiteral(" = ") + number(m->marks);
}

} // namespace

OpennessMarks opennessMarks(const OpennessScheme& s, const OpennessAssessment& a)
{
    OpennessMarks m;
    m.basis = displayName(s.basis);
    if (!s.isOn())
        return m;
    m.applies = true;
    m.maxMarks = s.maxMarks;
    switch (s.basis) {
    case OpennessBasis::Off:
        break;
    case OpennessBasis::MofClass:
        byClass(s, a, &m);
        break;
    case OpennessBasis::Outcomes:
        byOutcomes(s, a, &m);
        break;
    case OpennessBasis::PointsTable:
        byTable(s, a, &m);
        break;
    }
    if (m.marks > s.maxMarks) {
        m.note =
            tulana::tr("%1 capped at the maximum of %2").arg(number(m.marks), number(s.maxMarks));
        m.marks = s.maxMarks;
    }
    m.marks = std::max(0.0, m.marks);
    m.working += tulana::tr(" (of %1)").arg(number(s.maxMarks));
    return m;
}

Derivation toDerivation(const OpennessMarks& m, const QString& bidId)
{
    Derivation d;
    d.available = m.applies;
    d.quantity = tulana::tr("Openness marks of %1").arg(bidId);
    d.formula = m.formula;
    d.inputs = m.inputs;
    d.working = m.working;
    d.exact = m.marks;
    d.value = m.marks;
    d.rounding =
        tulana::tr("not rounded here: the technical score is rounded as the tender announces");
    d.note = m.applies ? (m.lines.join(u'\n') + (m.note.isEmpty() ? QString() : u'\n' + m.note))
                       : tulana::tr("the tender announces no openness sub-criterion");
    return d;
}

} // namespace tulana::openness
