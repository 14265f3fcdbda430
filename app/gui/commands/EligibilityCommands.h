#pragma once

#include "tender/Eligibility.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <vector>

namespace tulana {

class TenderDocument;

// Replaces the tender's eligibility criteria: adding, removing or editing
// one ("Add eligibility criterion E4", "Accept a pilot deployment for E3").
// A changed id is carried into every bid's responses in the same step, and a
// removed criterion's responses go with it, so no finding is orphaned.
class SetEligibilityCriteriaCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetEligibilityCriteriaCommand)
public:
    SetEligibilityCriteriaCommand(TenderDocument* document,
                                  std::vector<eligibility::Criterion> criteria, const QString& text,
                                  QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TenderDocument* m_document;
    std::vector<eligibility::Criterion> m_old;
    std::vector<eligibility::Criterion> m_new;
    struct BidResponses
    {
        int bid;
        std::vector<eligibility::Response> before;
        std::vector<eligibility::Response> after;
    };
    std::vector<BidResponses> m_responses; // bids whose findings follow the change
};

// Sets a bid's finding on one eligibility criterion: met or not, how, and
// the evidence ("Set eligibility of B1 on E3"). Typing evidence merges into
// one step.
class SetEligibilityResponseCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetEligibilityResponseCommand)
public:
    SetEligibilityResponseCommand(TenderDocument* document, int bid, eligibility::Response response,
                                  QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    TenderDocument* m_document;
    int m_bid;
    QString m_criterion;
    std::vector<eligibility::Response> m_old;
    std::vector<eligibility::Response> m_new;
};

// Sets a bid's declared enterprise designation and registration ("Set
// designation of B5").
class SetEnterpriseCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetEnterpriseCommand)
public:
    SetEnterpriseCommand(TenderDocument* document, int bid, eligibility::Enterprise enterprise,
                         QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    TenderDocument* m_document;
    int m_bid;
    eligibility::Enterprise m_old;
    eligibility::Enterprise m_new;
};

// Replaces a bid's certifications: adding, removing or editing one ("Add
// certification to B5").
class SetCertificationsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCertificationsCommand)
public:
    SetCertificationsCommand(TenderDocument* document, int bid,
                             std::vector<eligibility::Certification> list, const QString& text,
                             QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TenderDocument* m_document;
    int m_bid;
    std::vector<eligibility::Certification> m_old;
    std::vector<eligibility::Certification> m_new;
};

} // namespace tulana
