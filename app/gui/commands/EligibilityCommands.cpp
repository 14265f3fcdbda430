#include "commands/EligibilityCommands.h"

#include "commands/CommandIds.h"
#include "document/TenderDocument.h"
#include "document/TenderPlaces.h"

#include <algorithm>

namespace tulana {
namespace {

const Bid& bidAt(const TenderDocument* document, int bid)
{
    return document->tender().bids.at(std::size_t(bid));
}

} // namespace

SetEligibilityCriteriaCommand::SetEligibilityCriteriaCommand(
    TenderDocument* document, std::vector<eligibility::Criterion> criteria, const QString& text,
    QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_old(document->tender().eligibility)
    , m_new(std::move(criteria))
{
    // The bids' findings follow: a renamed criterion (same position, other
    // id) takes its responses along, a removed one takes them away, so no
    // finding is left naming a criterion that is gone.
    const bool sameShape = m_old.size() == m_new.size();
    const auto kept = [&](const QString& id) {
        return std::any_of(m_new.begin(), m_new.end(),
                           [&](const eligibility::Criterion& c) { return c.id == id; });
    };
    for (int b = 0; b < int(document->tender().bids.size()); ++b) {
        const std::vector<eligibility::Response>& before = bidAt(document, b).eligibility;
        std::vector<eligibility::Response> after;
        for (eligibility::Response r : before) {
            if (sameShape)
                for (std::size_t c = 0; c < m_old.size(); ++c)
                    if (m_old[c].id == r.criterion && m_new[c].id != r.criterion) {
                        r.criterion = m_new[c].id;
                        break;
                    }
            if (sameShape || kept(r.criterion))
                after.push_back(std::move(r));
        }
        if (after != before)
            m_responses.push_back({b, before, after});
    }
}

void SetEligibilityCriteriaCommand::redo()
{
    m_document->setValue(place::EligibilityCriteria{}, m_new);
    for (const BidResponses& r : m_responses)
        m_document->setValue(place::BidEligibility{r.bid}, r.after);
}

void SetEligibilityCriteriaCommand::undo()
{
    for (const BidResponses& r : m_responses)
        m_document->setValue(place::BidEligibility{r.bid}, r.before);
    m_document->setValue(place::EligibilityCriteria{}, m_old);
}

SetEligibilityResponseCommand::SetEligibilityResponseCommand(TenderDocument* document, int bid,
                                                             eligibility::Response response,
                                                             QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_bid(bid)
    , m_criterion(response.criterion)
    , m_old(bidAt(document, bid).eligibility)
    , m_new(m_old)
{
    setText(tr("Set eligibility of %1 on %2").arg(bidAt(document, bid).id, response.criterion));
    const auto same = [&](const eligibility::Response& r) { return r.criterion == m_criterion; };
    const auto it = std::find_if(m_new.begin(), m_new.end(), same);
    if (it != m_new.end())
        *it = std::move(response);
    else
        m_new.push_back(std::move(response));
}

void SetEligibilityResponseCommand::redo()
{
    m_document->setValue(place::BidEligibility{m_bid}, m_new);
}

void SetEligibilityResponseCommand::undo()
{
    m_document->setValue(place::BidEligibility{m_bid}, m_old);
}

int SetEligibilityResponseCommand::id() const
{
    return int(CommandId::SetEligibilityResponse);
}

bool SetEligibilityResponseCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetEligibilityResponseCommand*>(other);
    if (next->m_bid != m_bid || next->m_criterion != m_criterion)
        return false;
    m_new = next->m_new;
    return true;
}

SetEnterpriseCommand::SetEnterpriseCommand(TenderDocument* document, int bid,
                                           eligibility::Enterprise enterprise, QUndoCommand* parent)
    : QUndoCommand(tr("Set designation of %1").arg(bidAt(document, bid).id), parent)
    , m_document(document)
    , m_bid(bid)
    , m_old(bidAt(document, bid).enterprise)
    , m_new(std::move(enterprise))
{}

void SetEnterpriseCommand::redo()
{
    m_document->setValue(place::BidEnterprise{m_bid}, m_new);
}

void SetEnterpriseCommand::undo()
{
    m_document->setValue(place::BidEnterprise{m_bid}, m_old);
}

int SetEnterpriseCommand::id() const
{
    return int(CommandId::SetEnterprise);
}

bool SetEnterpriseCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetEnterpriseCommand*>(other);
    if (next->m_bid != m_bid)
        return false;
    m_new = next->m_new;
    return true;
}

SetCertificationsCommand::SetCertificationsCommand(TenderDocument* document, int bid,
                                                   std::vector<eligibility::Certification> list,
                                                   const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_bid(bid)
    , m_old(bidAt(document, bid).certifications)
    , m_new(std::move(list))
{}

void SetCertificationsCommand::redo()
{
    m_document->setValue(place::BidCertifications{m_bid}, m_new);
}

void SetCertificationsCommand::undo()
{
    m_document->setValue(place::BidCertifications{m_bid}, m_old);
}

} // namespace tulana
