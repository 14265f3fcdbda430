#include "pages/MarksPage.h"

#include "delegates/NumberDelegate.h"
#include "document/TenderDocument.h"
#include "eligibility/EligibilityText.h"
#include "models/MarksModel.h"
#include "training/Anchors.h"
#include "util/MessageBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace tulana {

MarksPage::MarksPage(TenderDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new MarksModel(document, this))
    , m_evaluator(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_hint(new MessageBar(this))
    , m_message(new MessageBar(this))
    , m_evidence(new QLabel(this))
{
    setObjectName(QStringLiteral("marksPage"));
    training::setAnchor(this, QStringLiteral("page.marks"));
    m_evaluator->setObjectName(QStringLiteral("evaluatorCombo"));
    m_evaluator->setAccessibleName(tr("Evaluator"));
    m_evaluator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table->setObjectName(QStringLiteral("marksTable"));
    m_table->setAccessibleName(tr("Marks"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new NumberDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setMinimumSize(480, 200);
    m_hint->setObjectName(QStringLiteral("marksHint"));
    m_message->setObjectName(QStringLiteral("marksMessage"));
    m_message->setCloseable(true);

    auto* label = new QLabel(tr("&Evaluator:"), this);
    label->setBuddy(m_evaluator);
    auto* top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_evaluator);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    m_evidence->setObjectName(QStringLiteral("marksEvidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextFormat(Qt::PlainText);
    layout->addWidget(m_evidence);

    connect(m_evaluator, &QComboBox::activated, this,
            [this] { m_model->setEvaluator(m_evaluator->currentData().toInt()); });
    connect(m_model, &MarksModel::evaluatorChanged, this, [this] {
        fillEvaluators();
        updateHint();
    });
    connect(m_model, &MarksModel::editRejected, this, [this](const QString& message) {
        m_message->showMessage(MessageBar::Kind::Error, message);
    });
    // A change of the tender, or an undo, makes an old complaint stale.
    m_message->clearWhenChanged(document->undoStack());
    for (auto signal : {&TenderDocument::evaluatorsInserted, &TenderDocument::evaluatorsRemoved})
        connect(document, signal, this, &MarksPage::fillEvaluators);
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (change.is(TenderChange::What::Evaluator))
            fillEvaluators();
    });
    connect(document, &TenderDocument::tenderReset, this, &MarksPage::fillEvaluators);
    fillEvaluators();
    updateHint();
    for (auto signal : {&TenderDocument::tenderReset, &TenderDocument::evaluated})
        connect(document, signal, this, &MarksPage::updateEvidence);
    updateEvidence();
}

// Certifications are evidence the evaluators may weigh under a criterion
// that rewards them, so they are shown where the marks are given; bids
// excluded by eligibility are named, since their marks are not needed.
void MarksPage::updateEvidence()
{
    const Tender& t = m_document->tender();
    QStringList lines;
    for (const Bid& b : t.bids)
        for (const eligibility::Certification& c : b.certifications)
            lines << tr("%1 offers a certification: %2")
                         .arg(b.id, eligibility::describeCertification(c));
    QStringList excluded;
    for (const BidResult& r : m_document->evaluation().results)
        if (r.standing == Standing::Ineligible)
            excluded << t.bids[std::size_t(r.bid)].id;
    if (!excluded.isEmpty())
        lines << tr("Not eligible, so not technically scored: %1 (see the Eligibility page).")
                     .arg(excluded.join(QStringLiteral(", ")));
    m_evidence->setText(lines.join(QLatin1Char('\n')));
    m_evidence->setVisible(!lines.isEmpty());
}

void MarksPage::fillEvaluators()
{
    const QSignalBlocker block(m_evaluator);
    m_evaluator->clear();
    const auto& evaluators = m_document->tender().evaluators;
    for (std::size_t i = 0; i < evaluators.size(); ++i)
        m_evaluator->addItem(tr("%1 — %2").arg(evaluators[i].id, evaluators[i].name), int(i));
    m_evaluator->addItem(tr("Committee average"), MarksModel::CommitteeAverage);
    m_evaluator->setCurrentIndex(m_evaluator->findData(m_model->evaluator()));
}

void MarksPage::updateHint()
{
    if (m_model->evaluator() == MarksModel::CommitteeAverage)
        m_hint->showMessage(MessageBar::Kind::Information,
                            tr("The committee's average marks, which the evaluation uses. "
                               "Choose an evaluator to enter marks."));
    else
        m_hint->showMessage(MessageBar::Kind::Information,
                            tr("This sheet shows only this evaluator's marks; the committee's "
                               "average, which the evaluation uses, is on the committee view. "
                               "Type a mark to enter it; an empty cell is not marked yet."));
}

} // namespace tulana
