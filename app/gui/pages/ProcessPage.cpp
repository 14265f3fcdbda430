#include "pages/ProcessPage.h"

#include "document/TenderDocument.h"
#include "models/ProcessLogModel.h"
#include "process/LogChain.h"
#include "process/ProcessState.h"
#include "util/MessageBar.h"

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
{
    setObjectName(QStringLiteral("processPage"));
    m_verification->setObjectName(QStringLiteral("processVerification"));

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
    layout->addWidget(m_recorded, 1);
    layout->addStretch(0);

    connect(document, &TenderDocument::tenderReset, this, &ProcessPage::update);
    // A member renamed or the decision finalised changes no lock, but the
    // words of one may name them; the page is small enough to redo.
    connect(document, &TenderDocument::evaluated, this, &ProcessPage::updateLocks);
    update();
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
