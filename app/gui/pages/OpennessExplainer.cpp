#include "pages/OpennessExplainer.h"

#include "i18n/Translate.h"
#include "openness/OpennessExplanations.h"

#include <QCoreApplication>

namespace tulana {
namespace {

using namespace tulana::openness;

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString explained(const QString& key)
{
    const Explanation e = explanationOf(key);
    if (e.isEmpty())
        return {};
    QString out = QStringLiteral("<p><small>") + esc(e.text);
    if (!e.source.isEmpty())
        out += QStringLiteral(" <i>(") + esc(e.source) + QStringLiteral(")</i>");
    return out + QStringLiteral("</small></p>");
}

QString heading(const QString& key, const QString& value)
{
    return QStringLiteral("<h3>%1: %2</h3>").arg(esc(explanationOf(key).title), esc(value));
}

} // namespace

QString assessmentAsHtml(const OpennessAssessment& a)
{
    QString html;
    const OpennessRecord& r = a.record;
    html += QStringLiteral("<p><b>%1</b>")
                .arg(esc(r.systemName.isEmpty() ? tulana::tr("(unnamed system)") : r.systemName));
    if (!r.producer.isEmpty())
        html += QStringLiteral(" (") + esc(r.producer) + u')';
    html += QStringLiteral("<br>") + esc(displayName(r.source));
    if (!r.sourceFile.isEmpty())
        html += QStringLiteral(": ") + esc(r.sourceFile);
    html += QStringLiteral("</p>");

    html += heading(QStringLiteral("mof"), displayName(a.mof.mofClass));
    html += explained(QStringLiteral("mof.") + toKey(a.mof.mofClass));
    html += QStringLiteral("<table cellspacing='4'>");
    for (int cls = 1; cls <= 3; ++cls)
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2%</td></tr>")
                    .arg(esc(displayName(MofClass(cls))),
                         QString::number(a.mof.progress[std::size_t(cls) - 1], 'f', 0));
    html += QStringLiteral("</table>");
    html += explained(QStringLiteral("mof"));

    html +=
        QStringLiteral("<h3>%1</h3><ul>").arg(esc(explanationOf(QStringLiteral("outcomes")).title));
    for (const OutcomeResult& o : a.outcomes.outcomes)
        html += QStringLiteral("<li><b>%1</b>: %2 — %3</li>")
                    .arg(esc(o.name), esc(displayName(o.level)),
                         esc(explanationOf(QStringLiteral("outcome.") + o.id).text));
    html += QStringLiteral("</ul>");

    html += heading(QStringLiteral("osaid"), displayName(a.osaid.status));
    html += explained(QStringLiteral("osaid.") + toKey(a.osaid.status));
    if (!a.osaid.gaps.empty()) {
        html += QStringLiteral("<ul>");
        for (const OsaidGap& g : a.osaid.gaps)
            html += QStringLiteral("<li>%1, %2: %3</li>")
                        .arg(esc(g.elementName), esc(g.part), esc(g.reason));
        html += QStringLiteral("</ul>");
    }
    html += explained(QStringLiteral("osaid"));

    html += QStringLiteral("<h3>%1: %2</h3>")
                .arg(esc(explanationOf(QStringLiteral("flags")).title))
                .arg(a.flags.size());
    if (a.flags.empty())
        html += QStringLiteral("<p>") + tulana::tr("None.") + QStringLiteral("</p>");
    for (const OpenwashingFlag& f : a.flags)
        html += QStringLiteral("<p><b>⚑ %1</b><br>%2</p>").arg(esc(f.title), esc(f.explanation)) +
                explained(QStringLiteral("flag.") + toKey(f.kind));
    html += explained(QStringLiteral("flags"));
    return html;
}

} // namespace tulana
