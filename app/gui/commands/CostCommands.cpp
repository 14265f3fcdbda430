#include "commands/CostCommands.h"

#include "document/TenderDocument.h"
#include "report/CostComparison.h"

#include <algorithm>

namespace tulana {
namespace {

// Beyond CommandIds (commands/CommandIds.h) and the openness command's 100,
// so no other command merges with it.
constexpr int kSetCostLineFieldId = 101;

const std::vector<cost::CostLine>& costsOf(const TenderDocument* document, int bid)
{
    return document->tender().bids.at(std::size_t(bid)).costs;
}

QString bidId(const TenderDocument* document, int bid)
{
    return document->tender().bids.at(std::size_t(bid)).id;
}

std::optional<int> yearOf(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return value.toInt();
}

void apply(cost::CostLine& line, CostLineField field, const QVariant& value)
{
    switch (field) {
    case CostLineField::Kind:
        line.kind = value.toString();
        break;
    case CostLineField::Amount:
        line.amount = value.toDouble();
        break;
    case CostLineField::FromYear:
        line.fromYear = yearOf(value);
        break;
    case CostLineField::ToYear:
        line.toYear = yearOf(value);
        break;
    case CostLineField::Note:
        line.note = value.toString();
        break;
    }
}

} // namespace

SetLifecycleTermsCommand::SetLifecycleTermsCommand(TenderDocument* document,
                                                   const cost::LifecycleTerms& terms,
                                                   QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_old(document->tender().lifecycle)
    , m_new(terms)
{
    if (m_old.basis != m_new.basis)
        setText(m_new.basis == cost::FinancialBasis::LifecycleCost ? tr("Score the lifecycle cost")
                                                                   : tr("Score the quoted price"));
    else if (m_old.horizonYears != m_new.horizonYears)
        setText(tr("Change the lifecycle horizon"));
    else
        setText(tr("Change the discount rate"));
}

void SetLifecycleTermsCommand::redo()
{
    m_document->setLifecycleTerms(m_new);
}

void SetLifecycleTermsCommand::undo()
{
    m_document->setLifecycleTerms(m_old);
}

AddCostLineCommand::AddCostLineCommand(TenderDocument* document, int bid, int position,
                                       cost::CostLine line, QUndoCommand* parent)
    : QUndoCommand(tr("Add a cost line to %1").arg(bidId(document, bid)), parent)
    , m_document(document)
    , m_bid(bid)
    , m_old(costsOf(document, bid))
    , m_new(m_old)
{
    const auto at = std::clamp<std::size_t>(std::size_t(std::max(position, 0)), 0, m_new.size());
    m_new.insert(m_new.begin() + std::ptrdiff_t(at), std::move(line));
}

void AddCostLineCommand::redo()
{
    m_document->setBidCosts(m_bid, m_new);
}

void AddCostLineCommand::undo()
{
    m_document->setBidCosts(m_bid, m_old);
}

RemoveCostLineCommand::RemoveCostLineCommand(TenderDocument* document, int bid, int line,
                                             QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_bid(bid)
    , m_old(costsOf(document, bid))
    , m_new(m_old)
{
    const cost::CostLine& removed = m_old.at(std::size_t(line));
    m_new.erase(m_new.begin() + line);
    setText(tr("Remove the cost line \u201c%1\u201d from %2")
                .arg(cost::kindLabel(removed.kind), bidId(document, bid)));
}

void RemoveCostLineCommand::redo()
{
    m_document->setBidCosts(m_bid, m_new);
}

void RemoveCostLineCommand::undo()
{
    m_document->setBidCosts(m_bid, m_old);
}

SetCostLineFieldCommand::SetCostLineFieldCommand(TenderDocument* document, int bid, int line,
                                                 CostLineField field, const QVariant& value,
                                                 QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_bid(bid)
    , m_line(line)
    , m_field(field)
    , m_old(costsOf(document, bid))
    , m_new(m_old)
{
    apply(m_new.at(std::size_t(line)), field, value);
    switch (field) {
    case CostLineField::Kind:
        setText(tr("Set the kind of a cost line of %1").arg(bidId(document, bid)));
        break;
    case CostLineField::Amount:
        setText(tr("Set the amount of a cost line of %1").arg(bidId(document, bid)));
        break;
    case CostLineField::FromYear:
    case CostLineField::ToYear:
        setText(tr("Set the years of a cost line of %1").arg(bidId(document, bid)));
        break;
    case CostLineField::Note:
        setText(tr("Set the note of a cost line of %1").arg(bidId(document, bid)));
        break;
    }
}

void SetCostLineFieldCommand::redo()
{
    m_document->setBidCosts(m_bid, m_new);
}

void SetCostLineFieldCommand::undo()
{
    m_document->setBidCosts(m_bid, m_old);
}

int SetCostLineFieldCommand::id() const
{
    return kSetCostLineFieldId;
}

bool SetCostLineFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetCostLineFieldCommand*>(other);
    if (next->m_document != m_document || next->m_bid != m_bid || next->m_line != m_line ||
        next->m_field != m_field)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace tulana
