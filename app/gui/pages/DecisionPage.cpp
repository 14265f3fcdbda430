#include "pages/DecisionPage.h"

#include "commands/DecisionCommands.h"
#include "decision/Recommendation.h"
#include "document/TenderDocument.h"
#include "i18n/Language.h"
#include "models/PassedOverModel.h"
#include "pages/EvaluationPage.h"
#include "pages/JustificationEditor.h"
#include "training/Anchors.h"
#include "util/MessageBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tulana {
namespace {

// Before any real decision date: the date box shows "Not dated" there.
const QDate kNoDate(2000, 1, 1);

QString bulletList(const QStringList& lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
    for (const QString& line : lines)
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

QScrollArea* scrolled(QWidget* content, const char* objectName, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setObjectName(QLatin1String(objectName));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

QString longDate(const QDate& date)
{
    return i18n::textLocale().toString(date, QLocale::LongFormat);
}

} // namespace

DecisionPage::DecisionPage(TenderDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_passedOverModel(new PassedOverModel(document, this))
    , m_status(new MessageBar(this))
    , m_bid(new QComboBox(this))
    , m_bidHint(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_departure(new QLabel(this))
    , m_passedOver(new QTableView(this))
    , m_justification(new JustificationEditor(document, this))
    , m_missing(new QLabel(this))
    , m_finalise(new QPushButton(tr("&Finalise Decision…"), this))
    , m_reopen(new QPushButton(tr("&Reopen Decision"), this))
    , m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("decisionPage"));
    training::setAnchor(this, QStringLiteral("page.decision"));
    m_status->setObjectName(QStringLiteral("decisionStatus"));

    m_bid->setObjectName(QStringLiteral("selectedBidCombo"));
    m_bid->setAccessibleName(tr("Selected bid"));
    m_bid->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_bid, &QComboBox::activated, this, &DecisionPage::selectBid);
    m_bidHint->setObjectName(QStringLiteral("selectedBidHint"));
    m_bidHint->setWordWrap(true);
    m_bidHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_date->setObjectName(QStringLiteral("decisionDateEdit"));
    m_date->setAccessibleName(tr("Date of the decision"));
    m_date->setLocale(i18n::textLocale()); // month names in the chosen language
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(kNoDate);
    m_date->setSpecialValueText(tr("Not dated"));
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    connect(m_date, &QDateEdit::dateChanged, this, &DecisionPage::commitDate);

    auto* decisionBox = new QGroupBox(tr("Decision"), this);
    auto* form = new QFormLayout(decisionBox);
    form->addRow(tr("&Selected bid:"), m_bid);
    form->addRow(QString(), m_bidHint);
    form->addRow(tr("&Date:"), m_date);

    m_departure->setObjectName(QStringLiteral("departureText"));
    m_departure->setWordWrap(true);
    m_departure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passedOver->setObjectName(QStringLiteral("passedOverTable"));
    m_passedOver->setAccessibleName(tr("Open-source bids passed over"));
    m_passedOver->setModel(m_passedOverModel);
    m_passedOver->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_passedOver->setTabKeyNavigation(false);
    m_passedOver->verticalHeader()->hide();
    m_passedOver->setWordWrap(false);
    QHeaderView* columns = m_passedOver->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(PassedOverModel::BidderColumn, QHeaderView::Stretch);
    m_passedOver->setTextElideMode(Qt::ElideRight);
    m_passedOver->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_gapNote = new QLabel(tr("Gaps are the selected bid's figure minus the open-source "
                              "bid's: a positive score gap means the selected bid scored "
                              "higher, a positive price gap that it costs more."),
                           this);
    m_gapNote->setWordWrap(true);
    auto* departureBox = new QGroupBox(tr("Departure"), this);
    departureBox->setObjectName(QStringLiteral("departureBox"));
    auto* departureLayout = new QVBoxLayout(departureBox);
    departureLayout->addWidget(m_departure);
    departureLayout->addWidget(m_passedOver);
    departureLayout->addWidget(m_gapNote);

    m_missing->setObjectName(QStringLiteral("missingText"));
    m_missing->setWordWrap(true);
    m_missing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_finalise->setObjectName(QStringLiteral("finaliseButton"));
    m_finalise->setToolTip(tr("Record the decision as final: it is checked first"));
    connect(m_finalise, &QPushButton::clicked, this, &DecisionPage::finalise);
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_reopen->setToolTip(tr("Withdraw the finalisation so that the decision can be changed"));
    connect(m_reopen, &QPushButton::clicked, this, &DecisionPage::reopen);
    auto* finaliseBox = new QGroupBox(tr("Finalise"), this);
    auto* finaliseLayout = new QVBoxLayout(finaliseBox);
    finaliseLayout->addWidget(m_missing);
    m_actions->addWidget(m_finalise);
    m_actions->addWidget(m_reopen);
    m_actions->addStretch(1);
    finaliseLayout->addLayout(m_actions);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(decisionBox);
    leftLayout->addWidget(departureBox);
    leftLayout->addWidget(finaliseBox);
    leftLayout->addStretch(1);

    auto* justificationBox = new QGroupBox(tr("Justification"), this);
    justificationBox->setObjectName(QStringLiteral("justificationBox"));
    training::setAnchor(justificationBox, QStringLiteral("decision.justification"));
    auto* justificationLayout = new QVBoxLayout(justificationBox);
    justificationLayout->addWidget(m_justification);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("decisionSplitter"));
    split->addWidget(scrolled(left, "decisionScroll", split));
    split->addWidget(scrolled(justificationBox, "justificationScroll", split));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    // Down the left column, then the justification, then Finalise.
    setTabOrder(m_bid, m_date);
    setTabOrder(m_date, m_passedOver);
    setTabOrder(m_passedOver, m_justification);
    setTabOrder(m_justification, m_finalise);
    setTabOrder(m_finalise, m_reopen);

    // A reset ends with evaluated() too.
    connect(document, &TenderDocument::evaluated, this, &DecisionPage::update);
    update();
}

void DecisionPage::addMemoActions(const QList<QAction*>& actions)
{
    QWidget* previous = m_reopen;
    for (QAction* action : actions) {
        auto* button = new QToolButton(this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_actions->addWidget(button);
        setTabOrder(previous, button);
        previous = button;
    }
}

void DecisionPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        update();
}

void DecisionPage::update()
{
    updateStatus();
    // The bid list and the texts are refreshed where they can be seen:
    // typing marks on another page should not pay for them at every key.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const Tender& t = m_document->tender();
    const Evaluation& ev = m_document->evaluation();
    const Departure departure = detectDeparture(t, ev);
    const bool finalised = t.decision.finalised;

    fillBids();
    QStringList hint;
    if (ev.hasWinner())
        hint << tr("The evaluation's winner is %1%2.")
                    .arg(t.bids[std::size_t(ev.winner)].id, t.decision.selectedBid.isEmpty()
                                                                ? tr(", selected until you choose")
                                                                : QString());
    const Recommendation r = recommend(t, ev);
    if (!r.headline.isEmpty())
        hint << tr("Recommendation: %1").arg(r.headline);
    m_bidHint->setText(hint.join(QLatin1Char('\n')));
    {
        const QSignalBlocker block(m_date);
        m_date->setDate(t.decision.date.isValid() ? t.decision.date : kNoDate);
    }
    m_bid->setEnabled(!finalised);
    m_date->setEnabled(!finalised);

    m_departure->setText(bulletList(describeDeparture(t, ev, departure)));
    m_passedOver->setVisible(!departure.passedOver.empty());
    m_gapNote->setVisible(!departure.passedOver.empty()); // it explains the table
    // As tall as its rows: there are a few at most.
    int height =
        m_passedOver->horizontalHeader()->sizeHint().height() + 2 * m_passedOver->frameWidth();
    for (int row = 0; row < m_passedOverModel->rowCount(); ++row)
        height += m_passedOver->rowHeight(row);
    m_passedOver->setFixedHeight(height + (m_passedOver->horizontalScrollBar()->isVisible()
                                               ? m_passedOver->horizontalScrollBar()->height()
                                               : 0));

    m_justification->update(departure);
    m_justification->setReadOnly(finalised);
}

void DecisionPage::updateStatus()
{
    const Tender& t = m_document->tender();
    const bool finalised = t.decision.finalised;
    m_finalise->setVisible(!finalised);
    m_reopen->setVisible(finalised);
    if (m_document->isBlank()) {
        m_status->showMessage(MessageBar::Kind::Information, startHint());
        m_missing->clear();
        m_finalise->setEnabled(false);
        return;
    }
    m_finalise->setEnabled(true);
    if (finalised) {
        const int s = bidIndex(t, t.decision.selectedBid);
        const QString bidder = s >= 0 ? t.bids[std::size_t(s)].bidder : QString();
        m_status->showMessage(MessageBar::Kind::Positive,
                              tr("Finalised on %1: %2 (%3) is selected. The memo is no longer a "
                                 "draft. Reopen the decision to change it.")
                                  .arg(longDate(t.decision.date), t.decision.selectedBid, bidder));
        m_missing->setText(tr("The decision is final."));
        return;
    }
    if (m_document->decisionState().seal)
        m_status->showMessage(
            MessageBar::Kind::Warning,
            tr("This decision was finalised, but what it was finalised on has changed since (a "
               "mark, price or weight, the context, or the decision itself): it is not final "
               "any more. Finalise it again, or undo the change to restore it."));
    else
        m_status->showMessage(MessageBar::Kind::Information,
                              tr("Not finalised yet: select the bid, date the decision, justify "
                                 "any departure, then finalise. Until then the memo is a "
                                 "draft."));
    if (!isVisible())
        return; // update() comes back when the page is shown
    const FinaliseResult proposed = proposeFinalisation(m_document);
    QStringList errors, warnings;
    for (const Problem& p : proposed.problems)
        (p.isError() ? errors : warnings) << p.message;
    QString html = errors.isEmpty()
                       ? tr("<p>Nothing is missing: the decision can be finalised.</p>")
                       : tr("<p><b>Before it can be finalised:</b></p>") + bulletList(errors);
    if (!warnings.isEmpty())
        html += tr("<p><b>To consider:</b></p>") + bulletList(warnings);
    m_missing->setText(html);
}

void DecisionPage::fillBids()
{
    const Tender& t = m_document->tender();
    const Evaluation& ev = m_document->evaluation();
    const QSignalBlocker block(m_bid);
    m_bid->clear();
    auto* items = qobject_cast<QStandardItemModel*>(m_bid->model());
    for (std::size_t b = 0; b < t.bids.size(); ++b) {
        const Bid& bid = t.bids[b];
        const BidResult* r = ev.resultFor(int(b));
        const bool qualified = r && r->standing == Standing::Qualified;
        QString text =
            tr("%1 — %2 (%3)").arg(bid.id, bid.bidder, displayName(bid.nature).toLower());
        if (r && r->rank > 0)
            text += tr(", rank %1").arg(r->rank);
        else if (!qualified)
            text += tr(", not qualified");
        m_bid->addItem(text, bid.id);
        // Only a qualified bid can be selected (core checkDecision()).
        if (items && !qualified)
            items->item(m_bid->count() - 1)->setEnabled(false);
    }
    QString shown = t.decision.selectedBid;
    if (shown.isEmpty() && ev.hasWinner())
        shown = t.bids[std::size_t(ev.winner)].id;
    m_bid->setCurrentIndex(m_bid->findData(shown));
}

void DecisionPage::selectBid()
{
    const QString id = m_bid->currentData().toString();
    if (id == m_document->tender().decision.selectedBid)
        return;
    m_document->push(new SelectBidCommand(m_document, id));
}

void DecisionPage::commitDate()
{
    const QDate date = m_date->date() == kNoDate ? QDate() : m_date->date();
    if (date == m_document->tender().decision.date)
        return;
    m_document->push(new SetDecisionDateCommand(m_document, date));
}

bool DecisionPage::finalise()
{
    const FinaliseResult proposed = proposeFinalisation(m_document);
    if (!proposed.finalised) {
        QStringList missing;
        for (const Problem& p : proposed.problems)
            if (p.isError())
                missing << QStringLiteral("• ") + p.message;
        QMessageBox box(QMessageBox::Warning, tr("Cannot finalise the decision"),
                        tr("The decision cannot be finalised yet. What is missing:"),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("finaliseRefusedBox"));
        box.setInformativeText(missing.join(QLatin1Char('\n')));
        box.exec();
        return false;
    }
    m_document->push(new FinaliseDecisionCommand(m_document, proposed.decision));
    return true;
}

void DecisionPage::reopen()
{
    if (m_document->tender().decision.finalised)
        m_document->push(new ReopenDecisionCommand(m_document));
}

} // namespace tulana
