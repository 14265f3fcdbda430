#include "models/EligibilityCriteriaModel.h"

#include "commands/EligibilityCommands.h"
#include "document/TenderDocument.h"
#include "models/ModelRoles.h"
#include "models/TypedId.h"
#include "util/Format.h"

#include <QUndoStack>

namespace tulana {
namespace {

using eligibility::Alternative;
using eligibility::CriterionKind;

Alternative alternativeOf(int column)
{
    return column == EligibilityCriteriaModel::PilotColumn ? Alternative::PilotDeployment
                                                           : Alternative::ThirdPartyAudit;
}

QVariantList kindChoices()
{
    QVariantList out;
    for (const QString& key : eligibility::criterionKindKeys())
        out << QVariant(
            QVariantList{eligibility::displayName(*eligibility::criterionKindFromKey(key)), key});
    return out;
}

} // namespace

EligibilityCriteriaModel::EligibilityCriteriaModel(TenderDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document->tender().eligibility.size()))
{
    connect(document, &TenderDocument::tenderReset, this, &EligibilityCriteriaModel::refresh);
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (change.is(TenderChange::What::EligibilityCriteria))
            refresh();
    });
}

// The document replaces the list as a whole: rows added or removed reset
// the model, an edit in place only changes data.
void EligibilityCriteriaModel::refresh()
{
    const int rows = int(m_document->tender().eligibility.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int EligibilityCriteriaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EligibilityCriteriaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EligibilityCriteriaModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const eligibility::Criterion& c = m_document->tender().eligibility[std::size_t(index.row())];
    const int column = index.column();
    if (column == PilotColumn || column == AuditColumn) {
        if (role == Qt::CheckStateRole)
            return c.allows(alternativeOf(column)) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return column == PilotColumn
                       ? tr("A pilot deployment is accepted in place of the requirement")
                       : tr("A third-party audit is accepted in place of the requirement");
        return {};
    }
    if (column == KindColumn && role == ChoicesRole)
        return kindChoices();
    if (role == Qt::ToolTipRole && column == RequirementColumn)
        return c.requirement;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case IdColumn:
        return c.id;
    case NameColumn:
        return c.name;
    case KindColumn:
        return role == Qt::EditRole ? QVariant(eligibility::toKey(c.kind))
                                    : QVariant(eligibility::displayName(c.kind));
    case RequirementColumn:
        return c.requirement;
    }
    return {};
}

bool EligibilityCriteriaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index))
        return false;
    std::vector<eligibility::Criterion> list = m_document->tender().eligibility;
    eligibility::Criterion& c = list[std::size_t(index.row())];
    const int column = index.column();
    QString text;
    if (column == PilotColumn || column == AuditColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        const Alternative a = alternativeOf(column);
        const bool allow = value.toInt() == Qt::Checked;
        if (allow == c.allows(a))
            return true;
        if (allow)
            c.alternatives.push_back(a);
        else
            c.alternatives.erase(std::find(c.alternatives.begin(), c.alternatives.end(), a));
        // Keep the announced order (pilot, then audit) whatever the clicks.
        std::sort(c.alternatives.begin(), c.alternatives.end());
        text = allow ? tr("Accept a %1 for %2").arg(eligibility::displayName(a), c.id)
                     : tr("No longer accept a %1 for %2").arg(eligibility::displayName(a), c.id);
    } else {
        if (role != Qt::EditRole)
            return false;
        const QString entered = value.toString();
        switch (column) {
        case IdColumn: {
            QString id = entered;
            const auto takenElsewhere = [&](const QString& typed) {
                for (std::size_t i = 0; i < list.size(); ++i)
                    if (int(i) != index.row() && list[i].id == typed)
                        return true;
                return false;
            };
            if (const QString why =
                    typedIdProblem(&id,
                                   {tr("Every eligibility criterion needs an id."),
                                    tr("The id “%1” is used by another eligibility criterion.")},
                                   takenElsewhere);
                !why.isEmpty()) {
                emit editRejected(why);
                return false;
            }
            if (id == c.id)
                return true;
            c.id = id;
            break;
        }
        case NameColumn:
            if (entered == c.name)
                return true;
            c.name = entered;
            break;
        case KindColumn: {
            const auto kind = eligibility::criterionKindFromKey(entered);
            if (!kind || *kind == c.kind)
                return bool(kind);
            c.kind = *kind;
            break;
        }
        case RequirementColumn:
            if (entered == c.requirement)
                return true;
            c.requirement = entered;
            break;
        }
        text = tr("Edit eligibility criterion %1").arg(c.id);
    }
    m_document->push(new SetEligibilityCriteriaCommand(m_document, list, text));
    return true;
}

Qt::ItemFlags EligibilityCriteriaModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == PilotColumn || index.column() == AuditColumn)
        return base | Qt::ItemIsUserCheckable;
    return base | Qt::ItemIsEditable;
}

QVariant EligibilityCriteriaModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Criterion");
    case KindColumn:
        return tr("Kind");
    case RequirementColumn:
        return tr("Requirement");
    case PilotColumn:
        return tr("Pilot accepted");
    case AuditColumn:
        return tr("Audit accepted");
    }
    return {};
}

int EligibilityCriteriaModel::addCriterion()
{
    std::vector<eligibility::Criterion> list = m_document->tender().eligibility;
    int n = int(list.size()) + 1;
    const auto taken = [&](const QString& id) {
        return std::any_of(list.begin(), list.end(),
                           [&](const eligibility::Criterion& c) { return c.id == id; });
    };
    while (taken(QStringLiteral("E%1").arg(n)))
        ++n;
    eligibility::Criterion c;
    c.id = QStringLiteral("E%1").arg(n);
    c.name = tr("New eligibility criterion");
    list.push_back(c);
    if (!m_document->push(new SetEligibilityCriteriaCommand(
            m_document, list, tr("Add eligibility criterion %1").arg(c.id))))
        return -1; // refused: the process has fixed the announced rules
    return int(list.size()) - 1;
}

void EligibilityCriteriaModel::removeCriterion(int row)
{
    std::vector<eligibility::Criterion> list = m_document->tender().eligibility;
    if (row < 0 || std::size_t(row) >= list.size())
        return;
    const QString id = list[std::size_t(row)].id;
    list.erase(list.begin() + row);
    m_document->push(new SetEligibilityCriteriaCommand(
        m_document, list, tr("Remove eligibility criterion %1").arg(id)));
}

} // namespace tulana
