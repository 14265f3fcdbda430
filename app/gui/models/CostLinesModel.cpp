#include "models/CostLinesModel.h"

#include "cost/CostKinds.h"
#include "cost/CostValidation.h"
#include "document/TenderDocument.h"
#include "models/ModelRoles.h"
#include "report/CostComparison.h"
#include "tender/Amount.h"
#include "util/Format.h"
#include "util/Icons.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace tulana {
namespace {

QString timingName(cost::Timing timing)
{
    switch (timing) {
    case cost::Timing::OneTime:
        return CostLinesModel::tr("once");
    case cost::Timing::Recurring:
        return CostLinesModel::tr("every year");
    case cost::Timing::Exit:
        return CostLinesModel::tr("on exit");
    }
    return {};
}

QVariantList kindChoices()
{
    QVariantList out;
    for (const cost::CostKind& k : cost::costKinds().kinds)
        out << QVariant(QVariantList{k.label, k.id});
    return out;
}

} // namespace

CostLinesModel::CostLinesModel(TenderDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_warning(themedIcon(QStringLiteral("warning")))
{
    connect(document, &TenderDocument::tenderReset, this, [this] { setBid(m_bid); });
    connect(document, &TenderDocument::bidsRemoved, this, [this] { setBid(m_bid); });
    connect(document, &TenderDocument::aboutToChange, this, [this](const TenderChange& change) {
        if (change.is(TenderChange::What::BidCosts))
            linesAboutToChange(change);
    });
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (change.is(TenderChange::What::BidCosts))
            linesChanged(change);
        // The years a line falls in depend on the horizon.
        else if (change.is(TenderChange::What::LifecycleTerms) && m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    });
}

void CostLinesModel::setBid(int bid)
{
    const int bids = int(m_document->tender().bids.size());
    beginResetModel();
    m_bid = bids == 0 ? -1 : std::clamp(bid, 0, bids - 1);
    m_rows = lines() ? int(lines()->size()) : 0;
    endResetModel();
}

// A command that names its rows is heard twice: before (begin the rows'
// move) and after (end it). Without rows: whatever changed, shown afresh.
void CostLinesModel::linesAboutToChange(const TenderChange& change)
{
    using Kind = TenderChange::Rows::Kind;
    if (change.bid != m_bid || !change.rows)
        return;
    const TenderChange::Rows& r = *change.rows;
    if (r.kind == Kind::Inserted) {
        beginInsertRows({}, r.first, r.last);
        m_moving = Kind::Inserted;
    } else if (r.kind == Kind::Removed) {
        beginRemoveRows({}, r.first, r.last);
        m_moving = Kind::Removed;
    }
}

void CostLinesModel::linesChanged(const TenderChange& change)
{
    if (change.bid != m_bid)
        return;
    using Kind = TenderChange::Rows::Kind;
    const int rows = lines() ? int(lines()->size()) : 0;
    if (m_moving) {
        m_rows = rows;
        if (*m_moving == Kind::Inserted)
            endInsertRows();
        else
            endRemoveRows();
        m_moving.reset();
    } else if (const auto& r = change.rows; r && r->kind == Kind::Changed && rows == m_rows) {
        emit dataChanged(index(r->first, 0), index(r->last, ColumnCount - 1));
    } else if (rows != m_rows) { // which rows moved is not known: start again
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

const std::vector<cost::CostLine>* CostLinesModel::lines() const
{
    const auto& bids = m_document->tender().bids;
    if (m_bid < 0 || std::size_t(m_bid) >= bids.size())
        return nullptr;
    return &bids[std::size_t(m_bid)].costs;
}

int CostLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CostLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList CostLinesModel::problemsOf(int line) const
{
    Problems problems;
    cost::checkBidCosts(m_document->tender(), m_bid, problems);
    const QString at = QStringLiteral("bids[%1].costs[%2]").arg(m_bid).arg(line);
    QStringList out;
    for (const Problem& p : problems)
        if (p.where == at || p.where.startsWith(at + QLatin1Char('.')))
            out << p.message;
    return out;
}

QVariant CostLinesModel::data(const QModelIndex& index, int role) const
{
    const auto* all = lines();
    if (!index.isValid() || !all || index.row() >= int(all->size()))
        return {};
    const cost::CostLine& line = (*all)[std::size_t(index.row())];
    const cost::CostKind* kind = cost::costKinds().kind(line.kind);
    const int horizon = m_document->tender().lifecycle.horizonYears;
    const int column = index.column();
    const auto effective = [&](bool first) -> std::optional<int> {
        if (!kind)
            return std::nullopt;
        const cost::LineYears y = cost::yearsOf(line, kind->timing, horizon);
        return first ? y.first : y.last;
    };
    // The year as entered, or -1 when the line leaves it to its kind's default.
    // (A plain int: GCC 12 at -O2 warns that an optional here may be used
    // uninitialised, a false positive that -Werror turns into a failure.)
    const std::optional<int>& entered = column == FromYearColumn ? line.fromYear : line.toYear;
    const bool isYear = column == FromYearColumn || column == ToYearColumn;
    const int given = isYear && entered ? *entered : -1;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case KindColumn:
            return cost::kindLabel(line.kind);
        case TimingColumn:
            return kind ? timingName(kind->timing) : QVariant();
        case FromYearColumn:
        case ToYearColumn:
            if (given >= 0)
                return given;
            if (const auto y = effective(column == FromYearColumn))
                return *y;
            return {};
        case AmountColumn:
            return formatMoney(line.amount, m_document->tender().currency);
        case NoteColumn:
            return line.note;
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case KindColumn:
            return line.kind;
        case FromYearColumn:
        case ToYearColumn:
            return given >= 0 ? QVariant(QString::number(given)) : QVariant(QString());
        case AmountColumn:
            return line.amount;
        case NoteColumn:
            return line.note;
        }
        return {};
    case NumberRole:
        return column == AmountColumn ? QVariant(line.amount) : QVariant();
    case ChoicesRole:
        return column == KindColumn ? QVariant(kindChoices()) : QVariant();
    case CurrencyRole:
        return column == AmountColumn ? QVariant(m_document->tender().currency) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == AmountColumn || column == FromYearColumn || column == ToYearColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // A year the line does not give is the kind's default: shown quieter.
        if ((column == FromYearColumn || column == ToYearColumn) && given < 0)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DecorationRole:
        if (column == KindColumn && !problemsOf(index.row()).isEmpty())
            return m_warning;
        return {};
    case Qt::ToolTipRole:
        if (column == KindColumn) {
            const QStringList problems = problemsOf(index.row());
            if (!problems.isEmpty())
                return problems.join(QLatin1Char('\n'));
        }
        if ((column == FromYearColumn || column == ToYearColumn) && given < 0)
            return tr("Not given: the kind's default year. Type a year to set it, clear it to go "
                      "back to the default.");
        return {};
    }
    return {};
}

bool CostLinesModel::checkValue(int column, const QVariant& value, QVariant* checked)
{
    const auto reject = [this](const QString& message) {
        emit editRejected(message);
        return false;
    };
    *checked = value;
    switch (column) {
    case KindColumn:
        if (!cost::costKinds().kind(value.toString()))
            return reject(tr("\u201c%1\u201d is not a kind of cost.").arg(value.toString()));
        *checked = value.toString();
        return true;
    case FromYearColumn:
    case ToYearColumn: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            *checked = QVariant();
            return true;
        }
        bool ok = false;
        const int year = text.toInt(&ok);
        if (!ok || year < 0 || year > cost::kMaxHorizonYears)
            return reject(tr("The year was not changed: give a whole number of years from the "
                             "start (0 to %1), or leave it empty for the kind's default.")
                              .arg(cost::kMaxHorizonYears));
        *checked = year;
        return true;
    }
    case AmountColumn: {
        double amount = 0;
        if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int) {
            amount = value.toDouble();
        } else if (const QString why = parseAmount(value.toString(), &amount); !why.isEmpty()) {
            return reject(tr("The amount was not changed: %1.").arg(why));
        }
        if (std::isfinite(amount) && !isWithinAmountCeiling(amount))
            return reject(tr("The amount was not changed: %1.").arg(amountCeilingProblem(amount)));
        if (!std::isfinite(amount) || amount < 0)
            return reject(tr("The amount was not changed: a cost is zero or more, not %1.")
                              .arg(formatNumber(amount)));
        *checked = amount;
        return true;
    }
    case NoteColumn:
        *checked = value.toString();
        return true;
    default:
        return false;
    }
}

bool CostLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const auto* all = lines();
    if (!index.isValid() || !all || role != Qt::EditRole || index.row() >= int(all->size()))
        return false;
    QVariant checked;
    if (!checkValue(index.column(), value, &checked))
        return false;
    m_document->push(new SetCostLineFieldCommand(m_document, m_bid, index.row(),
                                                 fieldOf(index.column()), checked));
    return true;
}

Qt::ItemFlags CostLinesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == TimingColumn ? base : base | Qt::ItemIsEditable;
}

QVariant CostLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind of cost");
    case TimingColumn:
        return tr("Falls");
    case FromYearColumn:
        return tr("From year");
    case ToYearColumn:
        return tr("To year");
    case AmountColumn:
        return tr("Amount");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

CostLineField CostLinesModel::fieldOf(int column)
{
    switch (column) {
    case KindColumn:
        return CostLineField::Kind;
    case FromYearColumn:
        return CostLineField::FromYear;
    case ToYearColumn:
        return CostLineField::ToYear;
    case AmountColumn:
        return CostLineField::Amount;
    default:
        return CostLineField::Note;
    }
}

} // namespace tulana
