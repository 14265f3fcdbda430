#include "pages/EligibilityPage.h"

#include "commands/EligibilityCommands.h"
#include "delegates/ChoiceDelegate.h"
#include "document/TenderDocument.h"
#include "eligibility/EligibilityText.h"
#include "models/CertificationsModel.h"
#include "models/EligibilityCriteriaModel.h"
#include "models/EligibilityResponsesModel.h"
#include "training/Anchors.h"
#include "util/Icons.h"
#include "util/MessageBar.h"
#include "util/StandardButtons.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tulana {
namespace {

QTableView* table(QAbstractItemModel* model, const char* objectName, const QString& name,
                  QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(objectName));
    view->setAccessibleName(name);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

EligibilityPage::EligibilityPage(TenderDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_criteriaModel(new EligibilityCriteriaModel(document, this))
    , m_responsesModel(new EligibilityResponsesModel(document, this))
    , m_certificationsModel(new CertificationsModel(document, this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("eligibilityPage"));
    training::setAnchor(this, QStringLiteral("page.eligibility"));
    m_message->setObjectName(QStringLiteral("eligibilityMessage"));
    m_message->setCloseable(true);
    auto* intro = new QLabel(
        tr("Pass/fail criteria checked before technical scoring: a bid that fails one is not "
           "scored. As the policy brief recommends, the tender may accept a pilot deployment or "
           "a third-party audit in place of large prior deployments; only what it announces "
           "counts."),
        this);
    intro->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildCriteria());
    splitter->addWidget(buildBid());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    const auto rejected = [this](const QString& message) {
        m_message->showMessage(MessageBar::Kind::Error, message);
    };
    connect(m_criteriaModel, &EligibilityCriteriaModel::editRejected, this, rejected);
    connect(m_certificationsModel, &CertificationsModel::editRejected, this, rejected);
    // A change of the tender, or an undo, makes an old complaint stale.
    m_message->clearWhenChanged(document->undoStack());
    connect(document, &TenderDocument::tenderReset, this, &EligibilityPage::refreshBids);
    connect(document, &TenderDocument::bidsInserted, this, &EligibilityPage::refreshBids);
    connect(document, &TenderDocument::bidsRemoved, this, &EligibilityPage::refreshBids);
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (change.is(TenderChange::What::Bid))
            refreshBids();
        else if (change.is(TenderChange::What::TenderField))
            refreshBid();
    });
    connect(document, &TenderDocument::evaluated, this, &EligibilityPage::refreshBid);
    refreshBids();
}

QWidget* EligibilityPage::buildCriteria()
{
    auto* box = new QGroupBox(tr("Eligibility criteria announced in the tender"), this);
    m_criteria =
        table(m_criteriaModel, "eligibilityCriteriaTable", tr("Eligibility criteria"), box);
    m_criteria->setItemDelegateForColumn(EligibilityCriteriaModel::KindColumn,
                                         new ChoiceDelegate(m_criteria));
    QHeaderView* header = m_criteria->horizontalHeader();
    header->resizeSection(EligibilityCriteriaModel::IdColumn, 50);
    header->resizeSection(EligibilityCriteriaModel::NameColumn, 220);
    header->resizeSection(EligibilityCriteriaModel::KindColumn, 130);
    header->setSectionResizeMode(EligibilityCriteriaModel::RequirementColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->resizeSection(EligibilityCriteriaModel::PilotColumn, 120);
    header->resizeSection(EligibilityCriteriaModel::AuditColumn, 120);
    // Room for three criteria without scrolling: most tenders state a few.
    m_criteria->setMinimumHeight(header->sizeHint().height() +
                                 3 * m_criteria->verticalHeader()->defaultSectionSize() +
                                 2 * m_criteria->frameWidth());
    auto* add =
        iconButton(QStringLiteral("add"), tr("Add criterion"), "addEligibilityCriterion", box);
    auto* remove = iconButton(QStringLiteral("remove"), tr("Remove criterion"),
                              "removeEligibilityCriterion", box);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_criteriaModel->addCriterion();
        if (row < 0)
            return;
        const QModelIndex name = m_criteriaModel->index(row, EligibilityCriteriaModel::NameColumn);
        m_criteria->setCurrentIndex(name);
        m_criteria->edit(name);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_criteria->currentIndex().isValid())
            m_criteriaModel->removeCriterion(m_criteria->currentIndex().row());
    });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(m_criteria, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* EligibilityPage::buildBid()
{
    auto* box = new QGroupBox(tr("Findings for a bid"), this);
    m_bid = new QComboBox(box);
    m_bid->setObjectName(QStringLiteral("eligibilityBid"));
    m_bid->setAccessibleName(tr("Bid"));
    m_bid->setMinimumContentsLength(28);
    m_outcome = new QLabel(box);
    m_outcome->setObjectName(QStringLiteral("eligibilityOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Bid:"), box));
    top->addWidget(m_bid);
    top->addWidget(m_outcome, 1);

    m_responses = table(m_responsesModel, "eligibilityResponsesTable", tr("Findings"), box);
    auto* choices = new ChoiceDelegate(m_responses);
    m_responses->setItemDelegateForColumn(EligibilityResponsesModel::MetColumn, choices);
    m_responses->setItemDelegateForColumn(EligibilityResponsesModel::HowColumn, choices);
    QHeaderView* header = m_responses->horizontalHeader();
    header->resizeSection(EligibilityResponsesModel::CriterionColumn, 230);
    header->resizeSection(EligibilityResponsesModel::MetColumn, 110);
    header->resizeSection(EligibilityResponsesModel::HowColumn, 160);
    header->setSectionResizeMode(EligibilityResponsesModel::EvidenceColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->resizeSection(EligibilityResponsesModel::OutcomeColumn, 300);

    m_designation = new QComboBox(box);
    m_designation->setObjectName(QStringLiteral("eligibilityDesignation"));
    m_designation->setAccessibleName(tr("Designation"));
    for (const QString& key : eligibility::designationKeys())
        m_designation->addItem(eligibility::displayName(*eligibility::designationFromKey(key)),
                               key);
    m_registration = new QLineEdit(box);
    m_registration->setObjectName(QStringLiteral("eligibilityRegistration"));
    m_registration->setAccessibleName(tr("Registration"));
    m_registration->setPlaceholderText(tr("e.g. an Udyam or DPIIT number"));
    auto* preference =
        iconButton(QStringLiteral("info"), tr("Apply a preference…"), "eligibilityPreference", box);
    preference->setToolTip(tr("What the tender's rules say about a preference for micro and small "
                              "enterprises or start-ups"));
    auto* enterprise = new QHBoxLayout;
    enterprise->addWidget(new QLabel(tr("Designation:"), box));
    enterprise->addWidget(m_designation);
    enterprise->addWidget(new QLabel(tr("Registration:"), box));
    enterprise->addWidget(m_registration, 1);
    enterprise->addWidget(preference);
    m_preference = new QLabel(box);
    m_preference->setObjectName(QStringLiteral("eligibilityPreferenceRule"));
    m_preference->setWordWrap(true);
    m_preference->setTextFormat(Qt::PlainText);
    QFont small = m_preference->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_preference->setFont(small);

    m_certifications =
        table(m_certificationsModel, "certificationsTable", tr("Certifications"), box);
    m_certifications->setItemDelegateForColumn(CertificationsModel::SchemeColumn,
                                               new ChoiceDelegate(m_certifications));
    m_certifications->horizontalHeader()->resizeSection(CertificationsModel::SchemeColumn, 130);
    m_certifications->horizontalHeader()->resizeSection(CertificationsModel::IssuerColumn, 200);
    auto* addCertification =
        iconButton(QStringLiteral("add"), tr("Add certification"), "addCertification", box);
    auto* removeCertification = iconButton(QStringLiteral("remove"), tr("Remove certification"),
                                           "removeCertification", box);
    auto* certificationButtons = new QVBoxLayout;
    certificationButtons->addWidget(addCertification);
    certificationButtons->addWidget(removeCertification);
    certificationButtons->addStretch(1);
    auto* certifications = new QHBoxLayout;
    certifications->addWidget(m_certifications, 1);
    certifications->addLayout(certificationButtons);
    auto* certificationsNote = new QLabel(
        tr("Certifications (STQC-style or other third-party assurance) are evidence for the "
           "evaluators beside the technical criteria; they add no marks by themselves."),
        box);
    certificationsNote->setWordWrap(true);

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addWidget(m_responses, 2);
    layout->addLayout(enterprise);
    layout->addWidget(m_preference);
    layout->addWidget(certificationsNote);
    layout->addLayout(certifications, 1);

    connect(m_bid, &QComboBox::currentIndexChanged, this, [this] {
        m_responsesModel->setBid(currentBid());
        m_certificationsModel->setBid(currentBid());
        refreshBid();
    });
    connect(m_designation, &QComboBox::activated, this, [this] {
        const int bid = currentBid();
        if (bid < 0)
            return;
        eligibility::Enterprise e = m_document->tender().bids[std::size_t(bid)].enterprise;
        e.designation = *eligibility::designationFromKey(m_designation->currentData().toString());
        if (!(e == m_document->tender().bids[std::size_t(bid)].enterprise))
            m_document->push(new SetEnterpriseCommand(m_document, bid, e));
    });
    connect(m_registration, &QLineEdit::editingFinished, this, [this] {
        const int bid = currentBid();
        if (bid < 0)
            return;
        eligibility::Enterprise e = m_document->tender().bids[std::size_t(bid)].enterprise;
        e.registration = m_registration->text().trimmed();
        if (!(e == m_document->tender().bids[std::size_t(bid)].enterprise))
            m_document->push(new SetEnterpriseCommand(m_document, bid, e));
    });
    connect(preference, &QPushButton::clicked, this, &EligibilityPage::showPreference);
    connect(addCertification, &QPushButton::clicked, this, [this] {
        const int row = m_certificationsModel->addCertification();
        if (row >= 0)
            m_certifications->setCurrentIndex(
                m_certificationsModel->index(row, CertificationsModel::IssuerColumn));
    });
    connect(removeCertification, &QPushButton::clicked, this, [this] {
        if (m_certifications->currentIndex().isValid())
            m_certificationsModel->removeCertification(m_certifications->currentIndex().row());
    });
    return box;
}

int EligibilityPage::currentBid() const
{
    return m_bid->currentIndex();
}

void EligibilityPage::setCurrentBid(int bid)
{
    m_bid->setCurrentIndex(bid);
}

void EligibilityPage::refreshBids()
{
    const int keep = std::max(0, m_bid->currentIndex());
    {
        const QSignalBlocker blocker(m_bid);
        m_bid->clear();
        for (const Bid& b : m_document->tender().bids)
            m_bid->addItem(QStringLiteral("%1 \u2014 %2").arg(b.id, b.bidder));
        m_bid->setCurrentIndex(m_bid->count() > 0 ? std::min(keep, m_bid->count() - 1) : -1);
    }
    m_responsesModel->setBid(currentBid());
    m_certificationsModel->setBid(currentBid());
    refreshBid();
}

void EligibilityPage::refreshBid()
{
    m_preference->setText(eligibility::preferenceStatement(m_document->tender()));
    const int bid = currentBid();
    const bool has = bid >= 0;
    m_designation->setEnabled(has);
    m_registration->setEnabled(has);
    if (!has) {
        m_outcome->setText(tr("No bid has been entered."));
        return;
    }
    const Tender& t = m_document->tender();
    const Bid& b = t.bids[std::size_t(bid)];
    if (b.status != BidStatus::Responsive)
        m_outcome->setText(tr("%1 is %2: eligibility is not assessed.")
                               .arg(b.id, displayName(b.status).toLower()));
    else if (t.eligibility.empty())
        m_outcome->setText(tr("The tender states no eligibility criteria: every bid is scored."));
    else
        m_outcome->setText(eligibility::describeOutcome(
            m_document->evaluation().facts[std::size_t(bid)].eligibility));
    const QSignalBlocker a(m_designation);
    const QSignalBlocker c(m_registration);
    m_designation->setCurrentIndex(
        m_designation->findData(eligibility::toKey(b.enterprise.designation)));
    if (!m_registration->hasFocus())
        m_registration->setText(b.enterprise.registration);
}

QString EligibilityPage::preferenceMessage() const
{
    return tr("Tulana applies no preference for micro and small enterprises or start-ups: the "
              "scores follow only the criteria and weights announced in the tender.\n\n%1")
        .arg(eligibility::preferenceStatement(m_document->tender()));
}

void EligibilityPage::showPreference()
{
    messageBox::information(this, tr("No preference applied"), preferenceMessage());
}

} // namespace tulana
