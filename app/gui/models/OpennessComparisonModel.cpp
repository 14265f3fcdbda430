#include "models/OpennessComparisonModel.h"

#include "document/TenderDocument.h"
#include "models/ModelRoles.h"
#include "openness/OpennessExplanations.h"

namespace tulana {
namespace {

using namespace tulana::openness;

} // namespace

OpennessComparisonModel::OpennessComparisonModel(TenderDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    // The assessments are the evaluation's (evaluate() works them out once
    // per edit); the document has evaluated before it signals a change.
    const auto resetAll = [this] {
        beginResetModel();
        endResetModel();
        emit assessmentsChanged();
    };
    connect(document, &TenderDocument::tenderReset, this, resetAll);
    connect(document, &TenderDocument::bidsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(document, &TenderDocument::bidsInserted, this, [this] {
        endInsertRows();
        emit assessmentsChanged();
    });
    connect(document, &TenderDocument::bidsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(document, &TenderDocument::bidsRemoved, this, [this] {
        endRemoveRows();
        emit assessmentsChanged();
    });
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        using What = TenderChange::What;
        if (change.is(What::BidOpenness)) {
            emit dataChanged(index(change.bid, 0), index(change.bid, ColumnCount - 1));
            emit assessmentsChanged();
        } else if (change.is(What::Bid)) {
            emit dataChanged(index(change.bid, BidColumn), index(change.bid, SystemColumn));
        } else if (change.is(What::OpennessScheme)) {
            emit headerDataChanged(Qt::Horizontal, MarksColumn, MarksColumn);
        }
    });
    // The marks follow the scheme and every other edit.
    connect(document, &TenderDocument::evaluated, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, MarksColumn), index(rowCount() - 1, MarksColumn));
    });
}

const std::optional<openness::OpennessAssessment>&
OpennessComparisonModel::assessmentAt(int row) const
{
    return m_document->evaluation().facts.at(std::size_t(row)).openness;
}

int OpennessComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_document->tender().bids.size());
}

int OpennessComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpennessComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const std::size_t row = std::size_t(index.row());
    const Bid& bid = m_document->tender().bids.at(row);
    const auto& a = assessmentAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case BidColumn:
            return bid.id;
        case SystemColumn:
            return a && !a->record.systemName.isEmpty() ? a->record.systemName : bid.system;
        case ClassColumn:
            return a ? displayName(a->mof.mofClass) : tr("not recorded");
        case OsaidColumn:
            return a ? displayName(a->osaid.status) : QString();
        case FlagsColumn: {
            if (!a)
                return QString();
            QStringList titles;
            for (const OpenwashingFlag& f : a->flags)
                titles << f.title;
            return titles.isEmpty() ? tr("none") : titles.join(QStringLiteral("; "));
        }
        case MarksColumn: {
            const BidResult* r = m_document->evaluation().resultFor(index.row());
            if (!m_document->tender().openness.isOn() || !r || !r->openness)
                return QString();
            return QString::number(*r->openness, 'f', m_document->tender().options.decimals);
        }
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole && a) {
        switch (index.column()) {
        case ClassColumn:
            return explanationOf(QStringLiteral("mof.") + toKey(a->mof.mofClass)).text;
        case OsaidColumn:
            return explanationOf(QStringLiteral("osaid.") + toKey(a->osaid.status)).text;
        case FlagsColumn: {
            QStringList lines;
            for (const OpenwashingFlag& f : a->flags)
                lines << f.explanation;
            return lines.join(QStringLiteral("\n\n"));
        }
        default:
            break;
        }
    } else if (role == NumberRole && index.column() == MarksColumn) {
        const BidResult* r = m_document->evaluation().resultFor(index.row());
        return r && r->openness ? QVariant(*r->openness) : QVariant();
    } else if (role == Qt::TextAlignmentRole && index.column() == MarksColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant OpennessComparisonModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BidColumn:
        return tr("Bid");
    case SystemColumn:
        return tr("System");
    case ClassColumn:
        return tr("MOF class");
    case OsaidColumn:
        return tr("OSI definition");
    case FlagsColumn:
        return tr("Openwashing flags");
    case MarksColumn:
        return m_document->tender().openness.isOn()
                   ? tr("Openness marks (of %1)").arg(m_document->tender().openness.maxMarks)
                   : tr("Openness marks");
    default:
        return {};
    }
}

} // namespace tulana
