#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tulana {

class CertificationsModel;
class EligibilityCriteriaModel;
class EligibilityResponsesModel;
class MessageBar;
class TenderDocument;

// Eligibility before technical scoring (docs/scoring.md, "Eligibility"):
// the tender's pass/fail criteria with the alternatives each accepts (a pilot
// deployment or a third-party audit in place of prior deployments), and for
// the chosen bid its findings, its enterprise designation and its
// certifications. Asking for a preference for small enterprises or
// start-ups is answered with the rule the tender's rulebook states.
class EligibilityPage : public QWidget
{
    Q_OBJECT
public:
    explicit EligibilityPage(TenderDocument* document, QWidget* parent = nullptr);

    void setCurrentBid(int bid);
    int currentBid() const;
    // What the preference button shows: the rulebook's rule, none applied.
    QString preferenceMessage() const;

private:
    QWidget* buildCriteria();
    QWidget* buildBid();
    void refreshBids();
    void refreshBid();
    void showPreference();

    TenderDocument* m_document;
    EligibilityCriteriaModel* m_criteriaModel;
    EligibilityResponsesModel* m_responsesModel;
    CertificationsModel* m_certificationsModel;
    MessageBar* m_message;
    QTableView* m_criteria = nullptr;
    QTableView* m_responses = nullptr;
    QTableView* m_certifications = nullptr;
    QComboBox* m_bid = nullptr;
    QLabel* m_outcome = nullptr;
    QComboBox* m_designation = nullptr;
    QLineEdit* m_registration = nullptr;
    QLabel* m_preference = nullptr;
};

} // namespace tulana
