#include "models/MarksModel.h"

#include "commands/MarkCommands.h"
#include "document/CriteriaTree.h"
#include "document/TenderDocument.h"
#include "models/ModelRoles.h"
#include "scoring/Derivation.h"
#include "util/Format.h"

#include <QFont>
#include <QLocale>
#include <QUndoStack>

#include <cmath>

namespace tulana {

MarksModel::MarksModel(TenderDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_leaves(countLeaves(document->tender().criteria))
    , m_bids(int(document->tender().bids.size()))
    , m_leafPaths(leafPaths(document->tender().criteria))
{
    const auto shapeFromTender = [this] {
        m_leafPaths = leafPaths(m_document->tender().criteria);
        m_leaves = int(m_leafPaths.size());
        m_bids = int(m_document->tender().bids.size());
    };
    connect(document, &TenderDocument::tenderReset, this, [this, shapeFromTender] {
        beginResetModel();
        shapeFromTender();
        m_evaluator = m_document->tender().evaluators.empty() ? CommitteeAverage : 0;
        refreshTotals();
        endResetModel();
        emit evaluatorChanged(m_evaluator);
    });
    connect(document, &TenderDocument::leavesAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(document, &TenderDocument::leavesInserted, this, [this, shapeFromTender] {
        shapeFromTender();
        endInsertRows();
    });
    connect(document, &TenderDocument::leavesAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(document, &TenderDocument::leavesRemoved, this, [this, shapeFromTender] {
        shapeFromTender();
        endRemoveRows();
    });
    connect(document, &TenderDocument::leavesAboutToBeReset, this, [this] { beginResetModel(); });
    connect(document, &TenderDocument::leavesReset, this, [this, shapeFromTender] {
        shapeFromTender();
        endResetModel();
    });
    connect(document, &TenderDocument::bidsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertColumns({}, first, last); });
    connect(document, &TenderDocument::bidsInserted, this,
            [this, shapeFromTender](int first, int last) {
                shapeFromTender();
                const auto at = [first](std::vector<double>& v) { return v.begin() + first; };
                m_sheetTotals.insert(at(m_sheetTotals), std::size_t(last - first + 1),
                                     std::nan(""));
                m_committeeTotals.insert(at(m_committeeTotals), std::size_t(last - first + 1),
                                         std::nan(""));
                endInsertColumns();
            });
    connect(document, &TenderDocument::bidsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveColumns({}, first, last); });
    connect(document, &TenderDocument::bidsRemoved, this,
            [this, shapeFromTender](int first, int last) {
                shapeFromTender();
                for (std::vector<double>* v : {&m_sheetTotals, &m_committeeTotals})
                    v->erase(v->begin() + first, v->begin() + last + 1);
                endRemoveColumns();
            });
    connect(document, &TenderDocument::changed, this, &MarksModel::onChanged);
    connect(document, &TenderDocument::evaluated, this, [this] {
        refreshTotals();
        if (m_bids > 0)
            emit dataChanged(index(m_leaves, 0), index(m_leaves, m_bids - 1));
    });
    connect(document, &TenderDocument::evaluatorsInserted, this, [this](int first, int last) {
        if (m_evaluator >= first)
            setEvaluator(m_evaluator + last - first + 1);
        else
            emitAllChanged(); // the committee averages and tool tips change
    });
    connect(document, &TenderDocument::evaluatorsRemoved, this, [this](int first, int last) {
        if (m_evaluator > last)
            setEvaluator(m_evaluator - (last - first + 1));
        else if (m_evaluator >= first)
            setEvaluator(m_document->tender().evaluators.empty() ? CommitteeAverage : 0);
        else
            emitAllChanged();
    });
    if (document->tender().evaluators.empty())
        m_evaluator = CommitteeAverage;
    refreshTotals();
}

void MarksModel::onChanged(const TenderChange& change)
{
    using What = TenderChange::What;
    if (const auto field = change.fieldAs<BidField>();
        change.is(What::Bid) &&
        (field == BidField::Id || field == BidField::Bidder || field == BidField::System)) {
        emit headerDataChanged(Qt::Horizontal, change.bid, change.bid);
    } else if (change.is(What::Criterion)) {
        const int leaf = m_document->tender().leafIndexOf(change.criterion);
        if (leaf < 0 || leaf >= m_leaves)
            return;
        emit headerDataChanged(Qt::Vertical, leaf, leaf);
        if (m_bids > 0)
            emit dataChanged(index(leaf, 0), index(leaf, m_bids - 1));
    } else if (change.is(What::Marks) && m_bids > 0) {
        const int firstColumn = change.bid < 0 ? 0 : change.bid;
        const int lastColumn = change.bid < 0 ? m_bids - 1 : change.bid;
        emit dataChanged(index(change.firstLeaf, firstColumn), index(change.lastLeaf, lastColumn));
    }
}

int MarksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_leaves + 1;
}

int MarksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_bids;
}

void MarksModel::setEvaluator(int evaluator)
{
    const int count = int(m_document->tender().evaluators.size());
    if (evaluator < CommitteeAverage || evaluator >= count)
        evaluator = CommitteeAverage;
    if (evaluator == m_evaluator)
        return;
    m_evaluator = evaluator;
    refreshTotals();
    emitAllChanged();
    emit evaluatorChanged(m_evaluator);
}

void MarksModel::emitAllChanged()
{
    if (m_bids > 0)
        emit dataChanged(index(0, 0), index(m_leaves, m_bids - 1));
}

void MarksModel::refreshTotals()
{
    const Evaluation& evaluation = m_document->evaluation();
    const int bids = int(m_document->tender().bids.size());
    std::vector<const Criterion*> leaves;
    for (int c = 0; c < m_leaves; ++c)
        if (const Criterion* criterion = leafCriterion(c))
            leaves.push_back(criterion);
    m_sheetTotals.assign(std::size_t(bids), std::nan(""));
    m_committeeTotals.assign(std::size_t(bids), std::nan(""));
    for (int bid = 0; bid < bids; ++bid) {
        const BidResult* r = evaluation.resultFor(bid);
        if (r && r->technicallyScored)
            m_committeeTotals[std::size_t(bid)] = r->technical;
        m_sheetTotals[std::size_t(bid)] = m_evaluator == CommitteeAverage
                                              ? m_committeeTotals[std::size_t(bid)]
                                              : evaluatorTotal(bid, leaves);
    }
}

double MarksModel::committeeAverage(int leaf, int bid) const
{
    const Tender& t = m_document->tender();
    const MarksSheet& marks = t.bids.at(std::size_t(bid)).marks;
    double sum = 0;
    int count = 0;
    for (int e = 0; e < marks.evaluators(); ++e)
        if (marks.isMarked(leaf, e)) {
            sum += marks.at(leaf, e);
            ++count;
        }
    return count == 0 ? std::nan("") : sum / count;
}

// The technical score this evaluator's marks alone would give; NaN while
// any is missing.
double MarksModel::evaluatorTotal(int bid, const std::vector<const Criterion*>& leaves) const
{
    const Tender& t = m_document->tender();
    const MarksSheet& marks = t.bids.at(std::size_t(bid)).marks;
    if (m_evaluator < 0 || m_evaluator >= marks.evaluators())
        return std::nan("");
    double total = 0;
    for (int c = 0; c < int(leaves.size()); ++c) {
        if (!marks.isMarked(c, m_evaluator))
            return std::nan("");
        total += leaves[std::size_t(c)]->weight * marks.at(c, m_evaluator) /
                 leaves[std::size_t(c)]->maxMarks;
    }
    return total;
}

const Criterion* MarksModel::leafCriterion(int leaf) const
{
    if (leaf < 0 || leaf >= int(m_leafPaths.size()))
        return nullptr;
    return m_document->tender().criterionAt(m_leafPaths[std::size_t(leaf)]);
}

QVariant MarksModel::markData(int leaf, int bid, int role) const
{
    const Tender& t = m_document->tender();
    const Criterion* found = leafCriterion(leaf);
    if (!found)
        return {};
    const Criterion& criterion = *found;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == MinimumRole)
        return 0.0;
    if (role == MaximumRole)
        return criterion.maxMarks;
    const bool committee = m_evaluator == CommitteeAverage;
    // An evaluator's sheet shows that evaluator's marks and nothing derived
    // from the others': with two evaluators, the average beside a mark would
    // give the other's mark away. The average is the committee view's.
    if (role == DerivationRole)
        return committee ? QVariant::fromValue(explain(t, m_document->evaluation(), bid,
                                                       Quantity::CriterionAverage, leaf))
                         : QVariant();
    const double average = committeeAverage(leaf, bid);
    const double mark = committee ? average : t.bids[std::size_t(bid)].marks.at(leaf, m_evaluator);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return std::isnan(mark) ? QString()
                                : formatNumber(committee ? std::round(mark * 100) / 100 : mark);
    case Qt::EditRole:
    case NumberRole:
        return std::isnan(mark) ? QVariant() : QVariant(mark);
    case Qt::ToolTipRole:
        if (!committee && !std::isnan(mark) && (mark < 0 || mark > criterion.maxMarks))
            return tr("Out of range: marks are between 0 and %1.")
                .arg(formatNumber(criterion.maxMarks));
        if (std::isnan(mark))
            return tr("Not marked yet (out of %1).").arg(formatNumber(criterion.maxMarks));
        if (!committee)
            return tr("Mark from %1: %2 of %3")
                .arg(t.evaluators[std::size_t(m_evaluator)].id, formatNumber(mark),
                     formatNumber(criterion.maxMarks));
        return tr("Committee average: %1 of %2")
            .arg(formatNumber(average), formatNumber(criterion.maxMarks));
    }
    return {};
}

QVariant MarksModel::totalData(int bid, int role) const
{
    const bool committee = m_evaluator == CommitteeAverage;
    const double total = m_sheetTotals.at(std::size_t(bid));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return std::isnan(total) ? QString()
                                 : formatScore(total, m_document->tender().options.decimals);
    case NumberRole:
        return std::isnan(total) ? QVariant() : QVariant(total);
    case Qt::ToolTipRole:
        if (committee)
            return tr("The technical score from the committee's averages.");
        return tr("The technical score these marks alone would give. The evaluation uses the "
                  "committee's, on the committee view.");
    case DerivationRole:
        return committee
                   ? QVariant::fromValue(explain(m_document->tender(), m_document->evaluation(),
                                                 bid, Quantity::Technical))
                   : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant MarksModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index) || !inTender(index))
        return {};
    return isTotalRow(index.row()) ? totalData(index.column(), role)
                                   : markData(index.row(), index.column(), role);
}

// Whether a cell of the announced shape is also in the tender: between a
// change of the tender and this model's announcement of it, they differ.
bool MarksModel::inTender(const QModelIndex& index) const
{
    const Tender& t = m_document->tender();
    return std::size_t(index.column()) < t.bids.size() &&
           (isTotalRow(index.row()) || index.row() < countLeaves(t.criteria));
}

bool MarksModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index) || role != Qt::EditRole || isTotalRow(index.row()) ||
        m_evaluator == CommitteeAverage || !inTender(index))
        return false;
    const Tender& t = m_document->tender();
    const int leaf = index.row();
    const int bid = index.column();
    const Criterion* found = leafCriterion(leaf);
    if (!found)
        return false;
    const Criterion& criterion = *found;
    double mark = std::nan("");
    const QString text = value.toString().trimmed();
    if (value.isValid() && !text.isEmpty()) {
        bool ok = false;
        mark = value.typeId() == QMetaType::Double ? value.toDouble(&ok)
                                                   : QLocale().toDouble(text, &ok);
        if (!ok)
            mark = text.toDouble(&ok);
        if (!ok || !std::isfinite(mark) || mark < 0 || mark > criterion.maxMarks) {
            emit editRejected(tr("The mark was not changed: marks for “%1” are between 0 and %2.")
                                  .arg(criterion.name, formatNumber(criterion.maxMarks)));
            return false;
        }
    }
    const double old = t.bids[std::size_t(bid)].marks.at(leaf, m_evaluator);
    if (old == mark || (std::isnan(old) && std::isnan(mark)))
        return true;
    m_document->push(new SetMarkCommand(m_document, bid, leaf, m_evaluator, mark));
    return true;
}

Qt::ItemFlags MarksModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isTotalRow(index.row()) && m_evaluator != CommitteeAverage)
        flags |= Qt::ItemIsEditable;
    return flags;
}

namespace {

// The first words of a bidder's name, to fit a marks column ("Dakshin
// Digital…"); the whole name is in the header's tool tip.
QString shortName(const QString& bidder)
{
    constexpr qsizetype fits = 15;
    if (bidder.size() <= fits)
        return bidder;
    QString out;
    for (const QString& word : bidder.split(u' ', Qt::SkipEmptyParts)) {
        if (!out.isEmpty() && out.size() + 1 + word.size() > fits)
            break;
        out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return out.left(fits) + u'…';
}

} // namespace

QVariant MarksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const Tender& t = m_document->tender();
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_bids || std::size_t(section) >= t.bids.size())
            return {};
        const Bid& bid = t.bids[std::size_t(section)];
        if (role == Qt::DisplayRole) // the bidder too, not only "B1"
            return bid.bidder.isEmpty() ? bid.id : bid.id + u'\n' + shortName(bid.bidder);
        if (role == Qt::ToolTipRole)
            return tr("%1 — %2").arg(bid.bidder, bid.system);
        return {};
    }
    if (section < 0 || section > m_leaves ||
        (section < m_leaves && section >= countLeaves(t.criteria)))
        return {};
    if (section == m_leaves) {
        if (role == Qt::DisplayRole)
            return tr("Technical score");
        return {};
    }
    const Criterion* found = leafCriterion(section);
    if (!found)
        return {};
    const Criterion& c = *found;
    if (role == Qt::DisplayRole)
        return tr("%1  %2 (of %3)").arg(c.id, c.name, formatNumber(c.maxMarks));
    if (role == Qt::ToolTipRole)
        return c.description;
    return {};
}

} // namespace tulana
