// CriteriaModel: edits, checked here and applied as undo commands.

#include "models/CriteriaModel.h"

#include "commands/CriterionCommands.h"
#include "document/FieldAccess.h"
#include "document/TenderDocument.h"
#include "models/TypedId.h"
#include "util/Format.h"

#include <QSet>
#include <QUndoStack>

#include <cmath>

namespace tulana {
namespace {

void collectIds(const std::vector<Criterion>& nodes, QSet<QString>& ids)
{
    for (const Criterion& c : nodes) {
        ids.insert(c.id);
        collectIds(c.children, ids);
    }
}

} // namespace

bool CriteriaModel::reject(const QString& message)
{
    emit editRejected(message);
    return false;
}

bool CriteriaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Criterion* c = criterionFromIndex(index);
    if (!c || role != Qt::EditRole)
        return false;
    CriterionField field = CriterionField::Name;
    QVariant newValue = value;
    switch (index.column()) {
    case NameColumn:
        if (value.toString().trimmed().isEmpty())
            return reject(tr("Every criterion needs a name."));
        break;
    case IdColumn: {
        field = CriterionField::Id;
        QString id = value.toString();
        QSet<QString> ids;
        collectIds(m_document->tender().criteria, ids);
        if (const QString why = typedIdProblem(
                &id,
                {tr("Every criterion needs an id."),
                 tr("The id “%1” is used by another criterion.")},
                [&](const QString& typed) { return typed != c->id && ids.contains(typed); });
            !why.isEmpty())
            return reject(why);
        newValue = id;
        break;
    }
    case WeightColumn: {
        field = CriterionField::Weight;
        bool ok = false;
        const double w = value.toDouble(&ok);
        if (!ok || !std::isfinite(w) || w < 0 || w > 100)
            return reject(tr("A weight is a number of points between 0 and 100."));
        break;
    }
    case MaxMarksColumn: {
        field = CriterionField::MaxMarks;
        bool ok = false;
        const double m = value.toDouble(&ok);
        if (!ok || !std::isfinite(m) || m <= 0)
            return reject(tr("Maximum marks must be greater than zero."));
        break;
    }
    case MinMarksColumn: {
        field = CriterionField::MinMarks;
        if (!value.isValid() || value.toString().trimmed().isEmpty()) {
            newValue = QVariant();
            break;
        }
        bool ok = false;
        const double m = value.toDouble(&ok);
        if (!ok || !std::isfinite(m) || m < 0 || m > c->maxMarks)
            return reject(tr("Minimum marks must be between 0 and the maximum of %1.")
                              .arg(formatNumber(c->maxMarks)));
        break;
    }
    default:
        return false;
    }
    if (sameValue(fieldValue(*c, field), newValue))
        return true;
    m_document->push(
        new SetCriterionFieldCommand(m_document, pathFromIndex(index), field, newValue));
    return true;
}

} // namespace tulana
