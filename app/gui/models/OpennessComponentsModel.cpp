#include "models/OpennessComponentsModel.h"

#include "commands/OpennessCommands.h"
#include "document/TenderDocument.h"
#include "models/ModelRoles.h"
#include "openness/Component.h"
#include "openness/OpennessExplanations.h"

#include <QBrush>
#include <QPalette>
#include <QUndoStack>

namespace tulana {
namespace {

using namespace tulana::openness;

const std::vector<ComponentDef>& components()
{
    return ComponentCatalogue::builtIn().components();
}

QVariantList stateChoices()
{
    QVariantList out;
    out << QVariant(QVariantList{OpennessComponentsModel::tr("not stated"), QString()});
    for (ReleaseState s :
         {ReleaseState::Released, ReleaseState::PartlyReleased, ReleaseState::DocumentedOnly,
          ReleaseState::NotReleased, ReleaseState::NotApplicable})
        out << QVariant(QVariantList{displayName(s), toKey(s)});
    return out;
}

} // namespace

OpennessComponentsModel::OpennessComponentsModel(TenderDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    const auto resetAll = [this] {
        beginResetModel();
        if (m_bid >= int(m_document->tender().bids.size()))
            m_bid = -1;
        reassess();
        endResetModel();
        emit assessmentChanged();
    };
    connect(document, &TenderDocument::tenderReset, this, resetAll);
    connect(document, &TenderDocument::bidsRemoved, this, resetAll);
    connect(document, &TenderDocument::bidsInserted, this, resetAll);
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (!change.is(TenderChange::What::BidOpenness) || !change.concernsBid(m_bid))
            return;
        reassess();
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        emit assessmentChanged();
    });
}

void OpennessComponentsModel::setBid(int bid)
{
    if (bid == m_bid)
        return;
    beginResetModel();
    m_bid = bid >= 0 && bid < int(m_document->tender().bids.size()) ? bid : -1;
    reassess();
    endResetModel();
    emit assessmentChanged();
}

// A copy of the evaluation's assessment of the bid shown: the rows stay as
// they were until the model says they changed.
void OpennessComponentsModel::reassess()
{
    m_assessment.reset();
    if (const BidFacts* facts = m_document->evaluation().factsFor(m_bid))
        m_assessment = facts->openness;
}

QString OpennessComponentsModel::componentAt(int row) const
{
    return row >= 0 && row < int(components().size()) ? components()[std::size_t(row)].id
                                                      : QString();
}

const ComponentEntry* OpennessComponentsModel::entryAt(int row) const
{
    if (m_bid < 0)
        return nullptr;
    const auto& record = m_document->tender().bids.at(std::size_t(m_bid)).openness;
    return record ? record->entry(componentAt(row)) : nullptr;
}

int OpennessComponentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_bid < 0 ? 0 : int(components().size());
}

int OpennessComponentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// Nothing is licensed for a component that is not released (or does not
// apply), so its licence column stays empty rather than echo the release's.
bool notReleased(const openness::ComponentEntry* entry)
{
    return entry && (entry->state == openness::ReleaseState::NotReleased ||
                     entry->state == openness::ReleaseState::NotApplicable);
}

} // namespace

QVariant OpennessComponentsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const ComponentDef& def = components()[std::size_t(index.row())];
    const ComponentEntry* entry = entryAt(index.row());
    const ComponentView* view = m_assessment ? m_assessment->component(def.id) : nullptr;
    switch (index.column()) {
    case ComponentColumn:
        if (role == Qt::DisplayRole)
            return def.name;
        if (role == Qt::ToolTipRole)
            return def.description;
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return entry && view ? releaseText(*view) : tr("not stated");
        if (role == Qt::EditRole)
            return entry ? toKey(entry->state) : QString();
        if (role == ChoicesRole)
            return stateChoices();
        if (role == Qt::ToolTipRole && entry)
            return explanationOf(QStringLiteral("state.") + toKey(entry->state)).text;
        break;
    case LicenceColumn:
        if (role == Qt::EditRole)
            return entry ? entry->licence : QString();
        if (role == Qt::DisplayRole) {
            if (entry && !entry->licence.isEmpty())
                return entry->licence;
            // Inherited from the release: shown, but it is not the entry's own,
            // and not at all for what is not released (no licence applies).
            if (view && !view->licence.isEmpty() && !notReleased(entry))
                return tr("%1 (the release's)").arg(view->licence);
            return QString();
        }
        if (role == Qt::ForegroundRole && !(entry && !entry->licence.isEmpty()))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case ReadingColumn:
        if (!view || !view->stated || view->licence.isEmpty() || notReleased(entry))
            break;
        if (role == Qt::DisplayRole)
            return displayName(view->reading.verdict.category);
        if (role == Qt::ToolTipRole)
            return QString(
                view->reading.explanation() + QStringLiteral("\n\n") +
                explanationOf(QStringLiteral("licence.") + toKey(view->reading.verdict.category))
                    .text);
        break;
    default:
        break;
    }
    return {};
}

bool OpennessComponentsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index) || m_bid < 0)
        return false;
    const QString component = componentAt(index.row());
    const ComponentEntry* current = entryAt(index.row());
    std::optional<ComponentEntry> entry;
    if (current)
        entry = *current;
    if (index.column() == StateColumn) {
        const QString key = value.toString();
        if (key.isEmpty()) {
            if (!current)
                return false;
            entry.reset();
        } else {
            ReleaseState state;
            if (!releaseStateFromKey(key, &state))
                return false;
            if (!entry)
                entry = ComponentEntry{component, state, {}, tr("entered from the bid"), {}};
            if (current && current->state == state)
                return false;
            entry->state = state;
        }
    } else if (index.column() == LicenceColumn) {
        const QString licence = value.toString().trimmed();
        if (!entry || entry->licence == licence)
            return false;
        entry->licence = licence;
    } else {
        return false;
    }
    m_document->push(new SetOpennessComponentCommand(m_document, m_bid, component, entry));
    return true;
}

Qt::ItemFlags OpennessComponentsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == StateColumn || (index.column() == LicenceColumn && entryAt(index.row())))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant OpennessComponentsModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ComponentColumn:
        return tr("Component");
    case StateColumn:
        return tr("State");
    case LicenceColumn:
        return tr("Licence");
    case ReadingColumn:
        return tr("Licence read as");
    default:
        return {};
    }
}

} // namespace tulana
