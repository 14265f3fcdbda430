#include "pages/FieldHints.h"

#include "rulebook/Rulebook.h"
#include "util/MessageBar.h"

namespace tulana {
namespace {

// Where the rulebook puts a parameter in the tender file (as the core does).
QString pathOfParameter(const QString& parameter)
{
    if (parameter == QLatin1String("priceFormula"))
        return QStringLiteral("tender.evaluation.priceFormula");
    if (parameter == QLatin1String("technicalScore"))
        return QStringLiteral("tender.evaluation.technicalScore");
    return QStringLiteral("tender.") + parameter;
}

} // namespace

FieldHints::FieldHints(QObject* parent)
    : QObject(parent)
{}

void FieldHints::add(MessageBar* bar, const QStringList& paths)
{
    m_entries.append({bar, paths});
}

void FieldHints::update(const Tender& tender, const Problems& problems)
{
    const Rulebook* book = tender.rulebook.isEmpty() ? nullptr : findRulebook(tender.rulebook);
    for (const Entry& entry : m_entries) {
        QStringList errors;
        QStringList warnings;
        for (const Problem& p : problems) {
            if (entry.paths.contains(p.where))
                (p.isError() ? errors : warnings) << p.message;
        }
        if (!errors.isEmpty() || !warnings.isEmpty()) {
            entry.bar->showMessage(errors.isEmpty() ? MessageBar::Kind::Warning
                                                    : MessageBar::Kind::Error,
                                   (errors + warnings).join(QLatin1Char('\n')));
            continue;
        }
        QStringList limits;
        for (const Rule& rule : book ? book->rules : std::vector<Rule>{}) {
            if (!rule.methods.isEmpty() && !rule.methods.contains(toKey(tender.method)))
                continue;
            if (entry.paths.contains(pathOfParameter(rule.parameter)))
                limits << tr("%1 — %2").arg(rule.text, rule.source);
        }
        if (limits.isEmpty())
            entry.bar->clearMessage();
        else
            entry.bar->showMessage(MessageBar::Kind::Information, limits.join(QLatin1Char('\n')));
    }
}

} // namespace tulana
