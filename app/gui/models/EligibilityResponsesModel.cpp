#include "models/EligibilityResponsesModel.h"

#include "commands/EligibilityCommands.h"
#include "document/TenderDocument.h"
#include "eligibility/EligibilityCheck.h"
#include "models/ModelRoles.h"

#include <QUndoStack>

namespace tulana {
namespace {

using namespace eligibility;

template <typename E>
QVariantList choices(const QStringList& keys, std::optional<E> (*fromKey)(const QString&))
{
    QVariantList out;
    for (const QString& key : keys)
        out << QVariant(QVariantList{displayName(*fromKey(key)), key});
    return out;
}

} // namespace

EligibilityResponsesModel::EligibilityResponsesModel(TenderDocument* document, QObject* parent)
    : EligibilityBidModel(document, ColumnCount, parent)
{
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (change.is(TenderChange::What::EligibilityCriteria))
            refresh();
    });
    // Marks, prices, status: the outcome column may change with any edit.
    connect(document, &TenderDocument::evaluated, this, [this] {
        if (m_rows > 0)
            emit dataChanged(index(0, OutcomeColumn), index(m_rows - 1, OutcomeColumn));
    });
}

int EligibilityResponsesModel::currentRows() const
{
    return m_bid < 0 ? 0 : int(m_document->tender().eligibility.size());
}

QVariant EligibilityResponsesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index) || m_bid < 0)
        return {};
    const Tender& t = m_document->tender();
    const eligibility::Criterion& c = t.eligibility[std::size_t(index.row())];
    Response r{c.id, Met::NotAssessed, MetBy::Requirement, {}};
    for (const Response& given : t.bids[std::size_t(m_bid)].eligibility)
        if (given.criterion == c.id)
            r = given;
    const int column = index.column();
    if (role == ChoicesRole) {
        if (column == MetColumn)
            return choices(metKeys(), &metFromKey);
        if (column == HowColumn) { // only what the criterion allows, besides the requirement
            QVariantList out{
                QVariant(QVariantList{displayName(MetBy::Requirement), toKey(MetBy::Requirement)})};
            for (Alternative a : c.alternatives)
                out << QVariant(QVariantList{displayName(a), toKey(a)});
            return out;
        }
        return {};
    }
    if (column == OutcomeColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const BidFacts* facts = m_document->evaluation().factsFor(m_bid);
        if (!facts || std::size_t(index.row()) >= facts->eligibility.criteria.size())
            return {};
        const CriterionOutcome& co = facts->eligibility.criteria[std::size_t(index.row())];
        const QString prefix =
            c.id + QStringLiteral(" \u201c") + c.name + QStringLiteral("\u201d: ");
        return co.text.startsWith(prefix) ? co.text.mid(prefix.size()) : co.text;
    }
    if (role == Qt::ToolTipRole && column == CriterionColumn)
        return c.requirement;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case CriterionColumn:
        return QStringLiteral("%1 %2").arg(c.id, c.name);
    case MetColumn:
        return edit ? toKey(r.met) : displayName(r.met);
    case HowColumn:
        return edit ? toKey(r.how) : displayName(r.how);
    case EvidenceColumn:
        return r.evidence;
    }
    return {};
}

bool EligibilityResponsesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index) || role != Qt::EditRole || m_bid < 0)
        return false;
    const Tender& t = m_document->tender();
    const eligibility::Criterion& c = t.eligibility[std::size_t(index.row())];
    Response r{c.id, Met::NotAssessed, MetBy::Requirement, {}};
    for (const Response& given : t.bids[std::size_t(m_bid)].eligibility)
        if (given.criterion == c.id)
            r = given;
    const Response before = r;
    const QString text = value.toString();
    switch (index.column()) {
    case MetColumn:
        if (const auto met = metFromKey(text))
            r.met = *met;
        else
            return false;
        break;
    case HowColumn:
        if (const auto how = metByFromKey(text))
            r.how = *how;
        else
            return false;
        break;
    case EvidenceColumn:
        r.evidence = text;
        break;
    default:
        return false;
    }
    if (r == before)
        return true;
    m_document->push(new SetEligibilityResponseCommand(m_document, m_bid, r));
    return true;
}

Qt::ItemFlags EligibilityResponsesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    return column == MetColumn || column == HowColumn || column == EvidenceColumn
               ? base | Qt::ItemIsEditable
               : base;
}

QVariant EligibilityResponsesModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CriterionColumn:
        return tr("Criterion");
    case MetColumn:
        return tr("Finding");
    case HowColumn:
        return tr("Met by");
    case EvidenceColumn:
        return tr("Evidence");
    case OutcomeColumn:
        return tr("Counts as");
    }
    return {};
}

} // namespace tulana
