#include "models/BidsModel.h"

#include "commands/BidCommands.h"
#include "document/FieldAccess.h"
#include "document/TenderDocument.h"
#include "models/ModelRoles.h"
#include "models/TypedId.h"
#include "tender/Amount.h"
#include "util/Format.h"
#include "util/Icons.h"
#include "validation/TenderValidator.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace tulana {
namespace {

QVariantList choice(const QString& text, int value)
{
    return {text, value};
}

QVariantList natureChoices()
{
    QVariantList out;
    for (BidNature n : {BidNature::OpenSource, BidNature::Proprietary, BidNature::Mixed})
        out.append(QVariant(choice(displayName(n), int(n))));
    return out;
}

QVariantList statusChoices()
{
    QVariantList out;
    for (BidStatus s : {BidStatus::Responsive, BidStatus::NonResponsive, BidStatus::Withdrawn})
        out.append(QVariant(choice(displayName(s), int(s))));
    return out;
}

} // namespace

BidsModel::BidsModel(TenderDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_warning(themedIcon(QStringLiteral("warning")))
{
    connect(document, &TenderDocument::tenderReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(document, &TenderDocument::bidsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(document, &TenderDocument::bidsInserted, this, [this] { endInsertRows(); });
    connect(document, &TenderDocument::bidsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(document, &TenderDocument::bidsRemoved, this, [this] { endRemoveRows(); });
    connect(document, &TenderDocument::changed, this, &BidsModel::onChanged);
    // What is wrong with a bid can change with any edit (a criterion added
    // leaves every sheet with a missing mark): the id cells say it afresh.
    connect(document, &TenderDocument::evaluated, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, IdColumn), index(rowCount() - 1, IdColumn),
                             {Qt::DecorationRole, Qt::ToolTipRole});
    });
}

void BidsModel::onChanged(const TenderChange& change)
{
    if (const auto field = change.fieldAs<BidField>();
        field && change.is(TenderChange::What::Bid)) {
        // The status decides whether the reason is required, so both change.
        const int column = columnOf(*field);
        const int last = field == BidField::Status ? int(ReasonColumn) : column;
        emit dataChanged(index(change.bid, column), index(change.bid, last));
    } else if (change.fieldAs<TenderField>() == TenderField::Currency) {
        emit headerDataChanged(Qt::Horizontal, PriceColumn, TaxColumn);
        if (rowCount() > 0)
            emit dataChanged(index(0, PriceColumn), index(rowCount() - 1, TaxColumn));
    }
}

int BidsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_document->tender().bids.size());
}

int BidsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Bid* BidsModel::bidAt(int row) const
{
    const auto& bids = m_document->tender().bids;
    return row >= 0 && std::size_t(row) < bids.size() ? &bids[std::size_t(row)] : nullptr;
}

BidField BidsModel::fieldOf(int column)
{
    switch (column) {
    case IdColumn:
        return BidField::Id;
    case BidderColumn:
        return BidField::Bidder;
    case SystemColumn:
        return BidField::System;
    case NatureColumn:
        return BidField::Nature;
    case PriceColumn:
        return BidField::Price;
    case TaxColumn:
        return BidField::Tax;
    case StatusColumn:
        return BidField::Status;
    default:
        return BidField::StatusReason;
    }
}

int BidsModel::columnOf(BidField field)
{
    for (int column = 0; column < ColumnCount; ++column)
        if (fieldOf(column) == field)
            return column;
    return ReasonColumn;
}

QVariant BidsModel::displayData(const Bid& bid, int column) const
{
    const QString& currency = m_document->tender().currency;
    switch (column) {
    case NatureColumn:
        return displayName(bid.nature);
    case PriceColumn:
        return formatMoney(bid.price, currency);
    case TaxColumn:
        return formatMoney(bid.tax, currency);
    case StatusColumn:
        return displayName(bid.status);
    default:
        return fieldValue(bid, fieldOf(column));
    }
}

QVariant BidsModel::editData(const Bid& bid, int column) const
{
    return fieldValue(bid, fieldOf(column));
}

QVariant BidsModel::data(const QModelIndex& index, int role) const
{
    const Bid* bid = index.isValid() ? bidAt(index.row()) : nullptr;
    if (!bid)
        return {};
    const int column = index.column();
    const bool reasonMissing = column == ReasonColumn && bid->status != BidStatus::Responsive &&
                               bid->statusReason.trimmed().isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (reasonMissing)
            return tr("reason required");
        return displayData(*bid, column);
    case Qt::EditRole:
        return editData(*bid, column);
    case Qt::FontRole:
        if (reasonMissing) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (reasonMissing)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case NumberRole:
        if (column == PriceColumn)
            return bid->hasPrice() ? QVariant(bid->price) : QVariant();
        if (column == TaxColumn)
            return bid->tax;
        return {};
    case ChoicesRole:
        if (column == NatureColumn)
            return natureChoices();
        if (column == StatusColumn)
            return statusChoices();
        return {};
    case CurrencyRole:
        return column == PriceColumn || column == TaxColumn
                   ? QVariant(m_document->tender().currency)
                   : QVariant();
    case Qt::TextAlignmentRole:
        if (column == PriceColumn || column == TaxColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (column == IdColumn && hasErrors(validateBid(m_document->tender(), index.row())))
            return m_warning;
        return {};
    case Qt::ToolTipRole:
        if (column == IdColumn) {
            QStringList lines;
            for (const Problem& p : validateBid(m_document->tender(), index.row()))
                lines << p.message;
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        if (reasonMissing)
            return tr("Say why the bid is %1: the record must give the reason.")
                .arg(displayName(bid->status).toLower());
        if (column == PriceColumn && !bid->hasPrice())
            return tr("The quoted price, excluding taxes, is still missing.");
        return {};
    }
    return {};
}

bool BidsModel::checkValue(const Bid& bid, int column, const QVariant& value, QVariant* checked)
{
    const auto reject = [this](const QString& message) {
        emit editRejected(message);
        return false;
    };
    *checked = value;
    switch (column) {
    case IdColumn: {
        QString id = value.toString();
        const auto takenElsewhere = [&](const QString& typed) {
            const auto& bids = m_document->tender().bids;
            return std::any_of(bids.begin(), bids.end(), [&](const Bid& other) {
                return &other != &bid && other.id == typed;
            });
        };
        if (const QString why = typedIdProblem(
                &id, {tr("Every bid needs an id."), tr("The id “%1” is used by another bid.")},
                takenElsewhere);
            !why.isEmpty())
            return reject(why);
        *checked = id;
        return true;
    }
    case PriceColumn:
    case TaxColumn: {
        double amount = 0;
        if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int) {
            amount = value.toDouble();
        } else if (const QString why = parseAmount(value.toString(), &amount); !why.isEmpty()) {
            return reject(column == PriceColumn ? tr("The price was not changed: %1.").arg(why)
                                                : tr("The tax was not changed: %1.").arg(why));
        }
        if (!std::isfinite(amount))
            return reject(tr("The amount must be a finite number."));
        if (!isWithinAmountCeiling(amount))
            return reject(tr("The amount was not changed: %1.").arg(amountCeilingProblem(amount)));
        if (column == PriceColumn && !Bid::isValidPrice(amount))
            return reject(tr("The price was not changed: a quoted price must be greater than "
                             "zero, not %1.")
                              .arg(formatNumber(amount)));
        if (column == TaxColumn && !Bid::isValidTax(amount))
            return reject(tr("The tax was not changed: it cannot be negative (%1).")
                              .arg(formatNumber(amount)));
        *checked = amount;
        return true;
    }
    case NatureColumn:
    case StatusColumn: {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v < 0 || v > 2)
            return false;
        *checked = v;
        return true;
    }
    default:
        *checked = value.toString();
        return true;
    }
}

bool BidsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Bid* bid = index.isValid() ? bidAt(index.row()) : nullptr;
    if (!bid || role != Qt::EditRole)
        return false;
    QVariant checked;
    if (!checkValue(*bid, index.column(), value, &checked))
        return false;
    const BidField field = fieldOf(index.column());
    if (sameValue(fieldValue(*bid, field), checked))
        return true;
    m_document->push(new SetBidFieldCommand(m_document, index.row(), field, checked));
    return true;
}

Qt::ItemFlags BidsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant BidsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString symbol = currencySymbol(m_document->tender().currency);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case BidderColumn:
        return tr("Bidder");
    case SystemColumn:
        return tr("System offered");
    case NatureColumn:
        return tr("Nature");
    case PriceColumn:
        return tr("Price (%1)").arg(symbol);
    case TaxColumn:
        return tr("Tax (%1)").arg(symbol);
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Status reason");
    }
    return {};
}

} // namespace tulana
