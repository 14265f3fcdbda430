#include "pages/ProcessPage.h"

#include "document/TenderDocument.h"
#include "models/ProcessLogModel.h"
#include "process/LogChain.h"
#include "process/ProcessState.h"
#include "process/Recording.h"
#include "recording/ActDialog.h"
#include "recording/ActDialogs.h"
#include "recording/NewKeyDialog.h"
#include "util/Format.h"
#include "util/MessageBar.h"

#include <QHBoxLayout>
#include <QPushButton>

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tulana {
namespace {

using process::Part;

constexpr Part kParts[] = {Part::Rules,     Part::Bids,   Part::Eligibility,
                           Part::Technical, Part::Opened, Part::Decision};

// The parts' names as a list of what is fixed shows them. (The core words
// them inside its verification messages only.)
QString partLabel(Part part)
{
    switch (part) {
    case Part::Rules:
        return ProcessPage::tr("Announced rules:");
    case Part::Bids:
        return ProcessPage::tr("Bids as received:");
    case Part::Eligibility:
        return ProcessPage::tr("Eligibility findings:");
    case Part::Technical:
        return ProcessPage::tr("Technical marks and standing:");
    case Part::Opened:
        return ProcessPage::tr("Opened financial figures:");
    case Part::Decision:
        return ProcessPage::tr("Decision:");
    }
    return {};
}

// The button of each act, as the page offers it.
QString actButtonText(process::Act act)
{
    using process::Act;
    switch (act) {
    case Act::RulesAnnounced:
        return ProcessPage::tr("Announce the Rules…");
    case Act::RulesCorrected:
        return ProcessPage::tr("Correct the Rules…");
    case Act::EnvelopeReceived:
        return ProcessPage::tr("Receive an Envelope…");
    case Act::BidsReceived:
        return ProcessPage::tr("Close the Bids…");
    case Act::EligibilityAssessed:
        return ProcessPage::tr("Record the Eligibility…");
    case Act::SheetIssued:
        return ProcessPage::tr("Issue a Sheet…");
    case Act::SheetReceived:
        return ProcessPage::tr("Receive a Sheet…");
    case Act::MarkModerated:
        return ProcessPage::tr("Moderate a Mark…");
    case Act::TechnicalLocked:
        return ProcessPage::tr("Lock the Technical Scores…");
    case Act::TechnicalUnlocked:
        return ProcessPage::tr("Unlock the Technical Scores…");
    case Act::FinancialOpened:
        return ProcessPage::tr("Open the Envelopes…");
    case Act::DecisionFinalised:
        return ProcessPage::tr("Record the Decision…");
    case Act::MemoIssued:
        return ProcessPage::tr("Record the Memo as Issued…");
    }
    return {};
}

QLabel* wrapping(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProcessPage::ProcessPage(TenderDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_logModel(new ProcessLogModel(document, this))
    , m_verification(new MessageBar(this))
    , m_stage(wrapping("processStage", this))
    , m_recorded(new QWidget(this))
    , m_log(new QTableView(m_recorded))
    , m_checkpoint(wrapping("processCheckpoint", m_recorded))
    , m_next(new QGroupBox(tr("Next"), this))
    , m_notYet(wrapping("processNotYet", m_next))
    , m_correcting(new MessageBar(this))
    , m_correctingButtons(new QWidget(this))
{
    setObjectName(QStringLiteral("processPage"));
    m_verification->setObjectName(QStringLiteral("processVerification"));

    // The acts that can be done next, each a button; and the key to do
    // them with.
    m_next->setObjectName(QStringLiteral("processNextBox"));
    auto* buttons = new QHBoxLayout;
    for (const process::Act act : process::allActs()) {
        auto* button = new QPushButton(actButtonText(act), m_next);
        button->setObjectName(QStringLiteral("act-") + process::actKey(act));
        connect(button, &QPushButton::clicked, this, [this, act] { startAct(act); });
        m_actButtons.push_back(button);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto* newKeyButton = new QPushButton(tr("New Key…"), m_next);
    newKeyButton->setObjectName(QStringLiteral("processNewKey"));
    newKeyButton->setToolTip(tr("Make your own key for signing acts: once per person"));
    connect(newKeyButton, &QPushButton::clicked, this, &ProcessPage::newKey);
    buttons->addWidget(newKeyButton);
    auto* nextLayout = new QVBoxLayout(m_next);
    nextLayout->addLayout(buttons);
    nextLayout->addWidget(m_notYet);

    // A corrigendum being prepared: its edits, then record or abandon.
    m_correcting->setObjectName(QStringLiteral("processCorrecting"));
    auto* record = new QPushButton(tr("Record the Corrigendum…"), m_correctingButtons);
    record->setObjectName(QStringLiteral("recordCorrigendum"));
    connect(record, &QPushButton::clicked, this,
            [this] { actDialog(m_document, process::Act::RulesCorrected, this)->open(); });
    auto* abandon = new QPushButton(tr("Abandon the Corrections"), m_correctingButtons);
    abandon->setObjectName(QStringLiteral("abandonCorrigendum"));
    connect(abandon, &QPushButton::clicked, m_document, &TenderDocument::abandonCorrection);
    auto* correctingLayout = new QHBoxLayout(m_correctingButtons);
    correctingLayout->setContentsMargins(0, 0, 0, 0);
    correctingLayout->addWidget(record);
    correctingLayout->addWidget(abandon);
    correctingLayout->addStretch(1);

    auto* locks = new QGroupBox(tr("What the acts have fixed"), m_recorded);
    locks->setObjectName(QStringLiteral("processLocksBox"));
    auto* form = new QFormLayout(locks);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const Part part : kParts) {
        QLabel* why = wrapping("", locks);
        why->setObjectName(QStringLiteral("processLock%1").arg(int(part)));
        m_locks.push_back(why);
        form->addRow(partLabel(part), why);
    }

    m_log->setObjectName(QStringLiteral("processLogTable"));
    m_log->setAccessibleName(tr("Log of the process"));
    m_log->setModel(m_logModel);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setTabKeyNavigation(false);
    m_log->setWordWrap(false);
    m_log->verticalHeader()->hide();
    QHeaderView* columns = m_log->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ProcessLogModel::SummaryColumn, QHeaderView::Stretch);
    auto* logBox = new QGroupBox(tr("Log"), m_recorded);
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->addWidget(m_log);
    logLayout->addWidget(m_checkpoint);

    auto* recordedLayout = new QVBoxLayout(m_recorded);
    recordedLayout->setContentsMargins(0, 0, 0, 0);
    recordedLayout->addWidget(locks);
    recordedLayout->addWidget(logBox, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verification);
    layout->addWidget(m_stage);
    layout->addWidget(m_next);
    layout->addWidget(m_correcting);
    layout->addWidget(m_correctingButtons);
    layout->addWidget(m_recorded, 1);
    layout->addStretch(0);

    connect(document, &TenderDocument::tenderReset, this, &ProcessPage::update);
    // A member renamed or the decision finalised changes no lock, but the
    // words of one may name them; the page is small enough to redo.
    connect(document, &TenderDocument::evaluated, this, &ProcessPage::updateLocks);
    // Whether the bids can be closed or the decision recorded follows edits.
    connect(document, &TenderDocument::evaluated, this, &ProcessPage::updateActs);
    connect(document, &TenderDocument::correctingChanged, this, &ProcessPage::updateActs);
    update();
}

QPushButton* ProcessPage::actButton(process::Act act) const
{
    const std::vector<process::Act>& acts = process::allActs();
    const auto at = std::find(acts.begin(), acts.end(), act);
    return m_actButtons.at(std::size_t(at - acts.begin()));
}

void ProcessPage::updateActs()
{
    const Tender& t = m_document->tender();
    const process::ProcessState state = process::processState(t.process);
    const bool correcting = m_document->isCorrecting();
    // No act on a log that does not verify: it would sign a broken history.
    const bool intact = m_document->processProblems().isEmpty();
    QStringList notYet;
    for (const process::Act act : process::allActs()) {
        QPushButton* button = actButton(act);
        const bool inOrder = intact && !correcting && !process::outOfOrder(state, act);
        const std::optional<QString> refused = process::actRefusedBecause(t, act);
        button->setVisible(inOrder);
        button->setEnabled(!refused);
        button->setToolTip(refused ? asSentence(*refused) : QString());
        if (inOrder && refused)
            notYet << tr("%1: not yet, %2.").arg(process::actName(act), *refused);
    }
    if (!intact)
        notYet << tr("No act can be recorded while the log does not verify.");
    m_notYet->setText(notYet.join(u'\n'));
    m_notYet->setVisible(!notYet.isEmpty());
    m_correcting->setVisible(correcting);
    m_correctingButtons->setVisible(correcting);
    if (correcting)
        m_correcting->showMessage(
            MessageBar::Kind::Warning,
            tr("Correcting the announced rules: make the corrections on their pages, then "
               "record the corrigendum with its reason. Until it is recorded the file's log does "
               "not verify; abandoning undoes the corrections."));
}

void ProcessPage::startAct(process::Act act)
{
    if (act == process::Act::RulesCorrected) {
        m_document->beginCorrection();
        return;
    }
    actDialog(m_document, act, this)->open();
}

void ProcessPage::newKey()
{
    QStringList actors{QStringLiteral("officer")};
    for (const Evaluator& e : m_document->tender().evaluators)
        actors << e.id;
    auto* dialog = new NewKeyDialog(actors, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProcessPage::update()
{
    const Tender& t = m_document->tender();
    const process::ProcessState state = process::processState(t.process);
    m_recorded->setVisible(state.recorded);
    m_stage->setVisible(state.recorded);
    m_stage->setText(tr("<b>Stage:</b> %1").arg(state.stageName().toHtmlEscaped()));
    updateVerification();
    updateLocks();
    updateActs();
    m_checkpoint->setText(
        tr("<b>Checkpoint:</b> %1<br>A copy of this checkpoint kept outside the file (printed "
           "on a memo, or noted in the case file) shows later whether this history was "
           "rewritten: <tt>tulana-cli verify FILE --checkpoint SIZE:HASH</tt>.")
            .arg(process::checkpointText(t.process.log).toHtmlEscaped()));
}

void ProcessPage::updateVerification()
{
    const Tender& t = m_document->tender();
    if (!t.process.isRecorded()) {
        m_verification->showMessage(
            MessageBar::Kind::Information,
            tr("This tender's process is not recorded: its rules, bids, marks and prices can be "
               "edited in any order, and nothing shows when they were fixed or by whom. Tulana "
               "cannot vouch that the rules were announced before the bids were seen or that "
               "prices stayed sealed until the technical scores were final; its memo says the "
               "process was not recorded."));
        return;
    }
    const Problems& problems = m_document->processProblems();
    if (problems.isEmpty()) {
        m_verification->showMessage(
            MessageBar::Kind::Positive,
            tr("Verified: the log is intact (%n entries).", nullptr, int(t.process.log.size())));
        return;
    }
    // The messages name the entry or the part in words; their places in
    // the file ("process.log[3]") are for `tulana-cli verify --format json`.
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.message;
    m_verification->showMessage(
        MessageBar::Kind::Error,
        tr("The recorded process does not verify: the file was changed outside an act, or its "
           "log was altered. What no longer matches:") +
            QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• ")));
}

void ProcessPage::updateLocks()
{
    const Tender& t = m_document->tender();
    for (std::size_t i = 0; i < m_locks.size(); ++i) {
        const std::optional<QString> why = process::lockedBecause(t, kParts[i]);
        m_locks[i]->setText(why ? *why : tr("Not fixed yet: can be edited."));
    }
}

} // namespace tulana
