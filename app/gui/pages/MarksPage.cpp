#include "pages/MarksPage.h"

#include "delegates/NumberDelegate.h"
#include "document/TenderDocument.h"
#include "eligibility/EligibilityText.h"
#include "models/DisagreementModel.h"
#include "models/MarksModel.h"
#include "report/CommitteeWords.h"
#include "training/Anchors.h"
#include "util/MessageBar.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSplitter>
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
    , m_disagreement(new DisagreementModel(this))
    , m_heatMap(new QTableView(this))
    , m_findings(new QListWidget(this))
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
    m_evidence->setObjectName(QStringLiteral("marksEvidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextFormat(Qt::PlainText);
    auto* sheet = new QWidget(this);
    auto* sheetLayout = new QVBoxLayout(sheet);
    sheetLayout->setContentsMargins(0, 0, 0, 0);
    sheetLayout->addWidget(m_table, 1);
    sheetLayout->addWidget(m_evidence);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(sheet);
    split->addWidget(makeDisagreementPanel());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

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
    for (auto signal : {&TenderDocument::tenderReset, &TenderDocument::evaluated})
        connect(document, signal, this, [this] {
            m_disagreementStale = true;
            if (isVisible())
                updateDisagreement();
        });
}

QWidget* MarksPage::makeDisagreementPanel()
{
    auto* box = new QGroupBox(tr("Disagreement among the members"), this);
    box->setObjectName(QStringLiteral("disagreementPanel"));
    auto* legend = new QHBoxLayout;
    legend->addWidget(new QLabel(tr("Spread of the members' own marks (highest − lowest, share "
                                    "of the maximum):"),
                                 box));
    const committee::SpreadBand bands[] = {committee::SpreadBand::BelowNotable,
                                           committee::SpreadBand::Notable,
                                           committee::SpreadBand::Wide};
    for (committee::SpreadBand band : bands) {
        auto* key = new QLabel(committee_words::bandName(band), box);
        key->setObjectName(QStringLiteral("legend-") + committee::toKey(band));
        key->setAutoFillBackground(true);
        QPalette palette = key->palette();
        palette.setColor(QPalette::Window, DisagreementModel::bandColour(band));
        palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
        key->setPalette(palette);
        key->setMargin(3);
        legend->addWidget(key);
    }
    legend->addStretch(1);
    m_heatMap->setObjectName(QStringLiteral("disagreementHeatMap"));
    m_heatMap->setAccessibleName(tr("Spread of the members' marks, criterion by bid"));
    m_heatMap->setModel(m_disagreement);
    m_heatMap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heatMap->setSelectionMode(QAbstractItemView::SingleSelection);
    m_heatMap->horizontalHeader()->setDefaultSectionSize(130);
    m_findings->setObjectName(QStringLiteral("disagreementFindings"));
    m_findings->setAccessibleName(tr("Findings about the committee's marks"));
    m_findings->setWordWrap(true);
    auto* lists = new QHBoxLayout;
    lists->addWidget(m_heatMap, 3);
    lists->addWidget(m_findings, 2);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(legend);
    layout->addLayout(lists, 1);
    return box;
}

void MarksPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_disagreementStale)
        updateDisagreement();
}

void MarksPage::updateDisagreement()
{
    m_disagreementStale = false;
    const Tender& t = m_document->tender();
    const committee::CommitteeAnalysis a = committee::analyseCommittee(t, m_document->evaluation());
    m_disagreement->setAnalysis(t, a);
    // The legend names each band with its announced limits, in words.
    const QString notable = committee_words::number(a.bands.notable) + QLatin1Char('%');
    const QString wide = committee_words::number(a.bands.wide) + QLatin1Char('%');
    const std::pair<committee::SpreadBand, QString> keys[] = {
        {committee::SpreadBand::BelowNotable, tr("below %1: below notable").arg(notable)},
        {committee::SpreadBand::Notable, tr("%1 to %2: notable").arg(notable, wide)},
        {committee::SpreadBand::Wide, tr("over %1: wide").arg(wide)}};
    for (const auto& [band, text] : keys)
        if (auto* key = findChild<QLabel*>(QStringLiteral("legend-") + committee::toKey(band)))
            key->setText(text);
    m_findings->clear();
    QStringList lines;
    const std::vector<LeafRef> leaves = leavesOf(t.criteria);
    for (const committee::FlaggedMark& f : a.flagged)
        lines << committee_words::flaggedMark(t, leaves, f) + QLatin1Char(' ') +
                     committee_words::actionOn(t, leaves, f.bid, f.leaf, f.member);
    lines << committee_words::findings(t, a); // with the notably lenient or severe
    m_findings->addItems(lines);
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
