#include "commands/OpennessCommands.h"

#include "commands/CommandIds.h"
#include "commands/CriterionCommands.h"
#include "document/TenderDocument.h"
#include "document/TenderPlaces.h"
#include "openness/Component.h"
#include "validation/TenderValidator.h"

#include <cmath>

namespace tulana {
namespace {

QString bidId(const TenderDocument* document, int bid)
{
    return document->tender().bids.at(std::size_t(bid)).id;
}

// A bid's first record starts from what the bid calls its system.
openness::OpennessRecord newRecordFor(const TenderDocument* document, int bid)
{
    openness::OpennessRecord record;
    record.claim = claimOfNature(document->tender().bids.at(std::size_t(bid)).nature);
    return record;
}

double topLevelSum(const Tender& t)
{
    double sum = 0;
    for (const Criterion& c : t.criteria)
        sum += c.weight;
    return sum;
}

void scaleChildren(TenderDocument* document, const std::vector<Criterion>& nodes,
                   CriterionPath path, double factor, QUndoCommand* parent)
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        CriterionPath at = path;
        at.push_back(int(i));
        new SetCriterionFieldCommand(document, at, CriterionField::Weight, nodes[i].weight * factor,
                                     parent);
        scaleChildren(document, nodes[i].children, at, factor, parent);
    }
}

} // namespace

SetOpennessRecordCommand::SetOpennessRecordCommand(TenderDocument* document, int bid,
                                                   std::optional<openness::OpennessRecord> record,
                                                   const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_bid(bid)
    , m_old(document->tender().bids.at(std::size_t(bid)).openness)
    , m_new(std::move(record))
{}

void SetOpennessRecordCommand::redo()
{
    m_document->setValue(place::BidOpenness{m_bid}, m_new);
}

void SetOpennessRecordCommand::undo()
{
    m_document->setValue(place::BidOpenness{m_bid}, m_old);
}

SetOpennessComponentCommand::SetOpennessComponentCommand(
    TenderDocument* document, int bid, const QString& component,
    std::optional<openness::ComponentEntry> entry, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_bid(bid)
    , m_component(component)
    , m_old(document->tender().bids.at(std::size_t(bid)).openness)
{
    openness::OpennessRecord record = m_old.value_or(newRecordFor(document, bid));
    if (entry) {
        entry->component = component;
        record.setEntry(std::move(*entry));
    } else {
        std::erase_if(record.components,
                      [&](const openness::ComponentEntry& e) { return e.component == component; });
    }
    m_new = std::move(record);
    const openness::ComponentDef* def = openness::ComponentCatalogue::builtIn().find(component);
    setText(tr("Set %1 of %2").arg(def ? def->name.toLower() : component, bidId(document, bid)));
}

void SetOpennessComponentCommand::redo()
{
    m_document->setValue(place::BidOpenness{m_bid}, m_new);
}

void SetOpennessComponentCommand::undo()
{
    m_document->setValue(place::BidOpenness{m_bid}, m_old);
}

int SetOpennessComponentCommand::id() const
{
    return int(CommandId::SetOpennessComponent);
}

bool SetOpennessComponentCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetOpennessComponentCommand*>(other);
    if (next->m_document != m_document || next->m_bid != m_bid || next->m_component != m_component)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}

SetOpennessSchemeCommand::SetOpennessSchemeCommand(TenderDocument* document,
                                                   openness::OpennessScheme scheme,
                                                   QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_old(document->tender().openness)
    , m_new(std::move(scheme))
{
    const Tender& t = document->tender();
    const double before = criteriaWeightTarget(m_old);
    const double after = criteriaWeightTarget(m_new);
    // Only criteria that add up as they should are scaled: a tender still
    // being weighted is left for the officer to finish.
    if (before > 0 && after > 0 && std::abs(before - after) > 1e-9 &&
        std::abs(topLevelSum(t) - before) < 1e-6) {
        m_factor = after / before;
        scaleChildren(document, t.criteria, {}, m_factor, this);
    }
    if (!m_old.isOn() && m_new.isOn())
        setText(tr("Switch on openness marks"));
    else if (m_old.isOn() && !m_new.isOn())
        setText(tr("Switch off openness marks"));
    else
        setText(tr("Change openness scheme"));
}

void SetOpennessSchemeCommand::redo()
{
    QUndoCommand::redo(); // the criteria's weights first, then the scheme
    m_document->setValue(place::OpennessScheme{}, m_new);
}

void SetOpennessSchemeCommand::undo()
{
    m_document->setValue(place::OpennessScheme{}, m_old);
    QUndoCommand::undo();
}

} // namespace tulana
