#include "pages/CostsPage.h"

#include "commands/CostCommands.h"
#include "cost/CostKinds.h"
#include "delegates/AmountDelegate.h"
#include "delegates/ChoiceDelegate.h"
#include "document/TenderDocument.h"
#include "models/CostComparisonModel.h"
#include "models/CostLinesModel.h"
#include "report/CostComparison.h"
#include "training/Anchors.h"
#include "util/Format.h"
#include "util/Icons.h"
#include "util/UpdateWhenShown.h"
#include "widgets/CumulativeCostChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace tulana {
namespace {

const cost::FinancialBasis kBases[] = {cost::FinancialBasis::QuotedPrice,
                                       cost::FinancialBasis::LifecycleCost};

QString money(const Tender& t, double amount)
{
    return formatMoney(amount, t.currency);
}

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 1) + QLatin1Char('%');
}

// One line per bid for the comparison; the full reasons are in the table's
// tool tip and on the bid's own tab.
QString lockInLine(const Tender& t, const cost::BidCostSummary& s)
{
    return CostsPage::tr("<b>%1: lock-in %2</b> (exit costs %3 of the NPV, recurring costs %4)")
        .arg(t.bids[std::size_t(s.bid)].id.toHtmlEscaped(), cost::displayName(s.lockIn.level),
             percent(s.lockIn.exitShare), percent(s.lockIn.recurringShare));
}

QString lockInText(const Tender& t, const cost::BidCostSummary& s)
{
    const QString id = t.bids[std::size_t(s.bid)].id;
    if (!s.hasCosts)
        return CostsPage::tr("%1 has no cost lines yet.").arg(id);
    return CostsPage::tr("<b>%1: lock-in %2.</b> %3.")
        .arg(id.toHtmlEscaped(), cost::displayName(s.lockIn.level),
             s.lockIn.reasons.join(QStringLiteral("; ")).toHtmlEscaped());
}

} // namespace

CostsPage::CostsPage(TenderDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_lines(new CostLinesModel(document, this))
    , m_comparison(new CostComparisonModel(document, this))
{
    setObjectName(QStringLiteral("costsPage"));
    training::setAnchor(this, QStringLiteral("page.costs"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("costsTabs"));
    tabs->addTab(createComparison(), tr("Side by side"));
    training::setAnchor(m_comparisonTable, QStringLiteral("costs.comparison"));
    training::setAnchor(m_chart, QStringLiteral("costs.chart"));
    tabs->addTab(createBidView(), tr("Cost lines of each bid"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createTermsEditor());
    layout->addWidget(tabs, 1);

    connect(document, &TenderDocument::tenderReset, this, [this] {
        fillBidSelector();
        updateTerms();
    });
    connect(document, &TenderDocument::bidsInserted, this, &CostsPage::fillBidSelector);
    connect(document, &TenderDocument::bidsRemoved, this, &CostsPage::fillBidSelector);
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (change.is(TenderChange::What::Bid))
            fillBidSelector();
        else if (change.is(TenderChange::What::LifecycleTerms))
            updateTerms();
    });
    // Any edit may open or close the bid's envelope (its marks decide).
    connect(document, &TenderDocument::evaluated, this, &CostsPage::updateBidLockIn);
    // Every edit anywhere re-evaluates: the comparison follows only while
    // the page is on screen (docs/performance.md).
    m_comparisonUpdate = new UpdateWhenShown(this, [this] { updateComparison(); });
    connect(document, &TenderDocument::evaluated, m_comparisonUpdate, &UpdateWhenShown::request);
    connect(m_lines, &CostLinesModel::editRejected, this,
            [this](const QString& message) { m_bidLockIn->setText(message.toHtmlEscaped()); });
    fillBidSelector();
    updateTerms();
    updateComparison();
}

QWidget* CostsPage::createTermsEditor()
{
    auto* box = new QGroupBox(tr("Lifecycle cost announced in the tender"), this);
    m_basis = new QComboBox(box);
    m_basis->setObjectName(QStringLiteral("costsBasis"));
    m_basis->setAccessibleName(tr("Price the financial score uses"));
    m_basis->addItem(tr("the quoted price"));
    m_basis->addItem(tr("the lifecycle cost (net present value)"));
    m_horizon = new QSpinBox(box);
    m_horizon->setObjectName(QStringLiteral("costsHorizon"));
    m_horizon->setAccessibleName(tr("Horizon in years"));
    m_horizon->setRange(1, cost::kMaxHorizonYears);
    m_horizon->setSuffix(tr(" years"));
    m_rate = new QDoubleSpinBox(box);
    m_rate->setObjectName(QStringLiteral("costsDiscountRate"));
    m_rate->setAccessibleName(tr("Discount rate in percent a year"));
    m_rate->setRange(0, 100);
    m_rate->setDecimals(2);
    m_rate->setSuffix(tr("% a year"));
    m_verdict = new QLabel(box);
    m_verdict->setObjectName(QStringLiteral("costsVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("The financial score uses"), box));
    row->addWidget(m_basis);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Horizon"), box));
    row->addWidget(m_horizon);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Discount rate"), box));
    row->addWidget(m_rate);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_verdict);

    connect(m_basis, &QComboBox::activated, this, &CostsPage::pushTerms);
    connect(m_horizon, &QSpinBox::editingFinished, this, &CostsPage::pushTerms);
    connect(m_rate, &QDoubleSpinBox::editingFinished, this, &CostsPage::pushTerms);
    return box;
}

QWidget* CostsPage::createBidView()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("costLinesPage"));
    m_bidSelector = new QComboBox(page);
    m_bidSelector->setObjectName(QStringLiteral("costsBidSelector"));
    m_bidSelector->setAccessibleName(tr("Bid shown"));
    m_add = new QToolButton(page);
    m_add->setObjectName(QStringLiteral("costsAddLine"));
    m_add->setText(tr("Add cost line"));
    m_add->setIcon(themedIcon(QStringLiteral("add")));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto* kinds = new QMenu(m_add);
    for (const cost::CostKind& k : cost::costKinds().kinds) {
        QAction* action = kinds->addAction(k.label);
        const QString id = k.id;
        connect(action, &QAction::triggered, this, [this, id] { addLine(id); });
    }
    m_add->setMenu(kinds);
    m_remove = new QPushButton(themedIcon(QStringLiteral("remove")), tr("Remove line"), page);
    m_remove->setObjectName(QStringLiteral("costsRemoveLine"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Bid"), page));
    top->addWidget(m_bidSelector, 1);
    top->addWidget(m_add);
    top->addWidget(m_remove);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("costsLines"));
    m_table->setAccessibleName(tr("Cost lines of the bid"));
    m_table->setModel(m_lines);
    m_table->setItemDelegateForColumn(CostLinesModel::KindColumn, new ChoiceDelegate(m_table));
    m_table->setItemDelegateForColumn(CostLinesModel::AmountColumn, new AmountDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(CostLinesModel::NoteColumn, QHeaderView::Stretch);
    header->resizeSection(CostLinesModel::KindColumn, 280);
    header->resizeSection(CostLinesModel::AmountColumn, 150);

    m_bidLockIn = new QLabel(page);
    m_bidLockIn->setObjectName(QStringLiteral("costsBidLockIn"));
    m_bidLockIn->setWordWrap(true);
    m_bidLockIn->setTextFormat(Qt::RichText);
    auto* help = new QLabel(
        tr("Amounts are in the tender's currency, on its tax basis. A one-time cost falls in "
           "year 0, a recurring cost (per year) in each year 1 to the horizon, an exit cost in "
           "the last year; give the years to place a line elsewhere (a hardware refresh in year "
           "3, an exit in the middle of the horizon)."),
        page);
    help->setWordWrap(true);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_bidLockIn);
    layout->addWidget(help);

    connect(m_bidSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_lines->setBid(index);
        updateBidLockIn();
    });
    connect(m_remove, &QPushButton::clicked, this, &CostsPage::removeSelectedLine);
    return page;
}

QWidget* CostsPage::createComparison()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("costComparisonPage"));
    m_comparisonTable = new QTableView(page);
    m_comparisonTable->setObjectName(QStringLiteral("costsComparison"));
    m_comparisonTable->setAccessibleName(tr("Cost lines of the bids side by side"));
    m_comparisonTable->setModel(m_comparison);
    // Every row in view: the kinds and the totals make at most fifteen.
    m_comparisonTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparisonTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_discounted = new QCheckBox(tr("Discounted"), page);
    m_discounted->setObjectName(QStringLiteral("costsChartDiscounted"));
    m_discounted->setToolTip(
        tr("Show each year's cost divided by (1 + r/100)^t: the line ends at the net present "
           "value"));
    m_chart = new CumulativeCostChart(page);
    m_lockIns = new QLabel(page);
    m_lockIns->setObjectName(QStringLiteral("costsLockIns"));
    m_lockIns->setWordWrap(true);
    m_lockIns->setTextFormat(Qt::RichText);
    m_lockIns->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    // The table takes the height, the chart and the lock-in indicators
    // share the other side.
    auto* chartSide = new QWidget(page);
    auto* chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_discounted);
    chartLayout->addWidget(m_lockIns);

    auto* split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_comparisonTable);
    split->addWidget(chartSide);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(split);
    connect(m_discounted, &QCheckBox::toggled, this, &CostsPage::updateComparison);
    return page;
}

void CostsPage::fillBidSelector()
{
    const int current = m_bidSelector->currentIndex();
    const QSignalBlocker block(m_bidSelector);
    m_bidSelector->clear();
    for (const Bid& b : m_document->tender().bids)
        m_bidSelector->addItem(b.id + QStringLiteral(" \u2014 ") + b.bidder);
    const int count = m_bidSelector->count();
    const int index = count == 0 ? -1 : std::clamp(current, 0, count - 1);
    m_bidSelector->setCurrentIndex(index);
    m_lines->setBid(index);
    m_add->setEnabled(index >= 0);
    m_remove->setEnabled(index >= 0);
    updateBidLockIn();
}

void CostsPage::showBid(int bid)
{
    m_bidSelector->setCurrentIndex(bid);
}

void CostsPage::addLine(const QString& kind)
{
    const int bid = m_lines->bid();
    if (bid < 0)
        return;
    const int row = int(m_document->tender().bids[std::size_t(bid)].costs.size());
    if (!m_document->push(
            new AddCostLineCommand(m_document, bid, row, cost::CostLine{kind, 0, {}, {}, {}})))
        return; // refused: the process has fixed the opened figures
    const QModelIndex amount = m_lines->index(row, CostLinesModel::AmountColumn);
    m_table->setCurrentIndex(amount);
    m_table->edit(amount);
}

void CostsPage::removeSelectedLine()
{
    const int bid = m_lines->bid();
    const QModelIndex current = m_table->currentIndex();
    if (bid < 0 || !current.isValid())
        return;
    m_document->push(new RemoveCostLineCommand(m_document, bid, current.row()));
}

void CostsPage::updateTerms()
{
    const cost::LifecycleTerms& terms = m_document->tender().lifecycle;
    m_updating = true;
    {
        const QSignalBlocker b1(m_basis), b2(m_horizon), b3(m_rate);
        m_basis->setCurrentIndex(terms.basis == cost::FinancialBasis::LifecycleCost ? 1 : 0);
        m_horizon->setValue(terms.horizonYears);
        m_rate->setValue(terms.discountRate);
    }
    m_updating = false;
}

void CostsPage::pushTerms()
{
    if (m_updating || m_basis->currentIndex() < 0)
        return;
    cost::LifecycleTerms terms = m_document->tender().lifecycle;
    const cost::LifecycleTerms before = terms;
    terms.basis = kBases[m_basis->currentIndex()];
    terms.horizonYears = m_horizon->value();
    terms.discountRate = m_rate->value();
    if (terms == before)
        return;
    m_document->push(new SetLifecycleTermsCommand(m_document, terms));
}

void CostsPage::updateBidLockIn()
{
    const Tender& t = m_document->tender();
    const int bid = m_lines->bid();
    if (bid < 0 || std::size_t(bid) >= t.bids.size()) {
        m_bidLockIn->clear();
        return;
    }
    cost::BidCostSummary s;
    s.bid = bid;
    s.hasCosts = !t.bids[std::size_t(bid)].costs.empty();
    // The evaluation works out the lifecycle cost of opened bids only: the
    // cost lines of the others stay sealed with their prices.
    const BidFacts& facts = m_document->evaluation().facts[std::size_t(bid)];
    if (s.hasCosts && !facts.lifecycle) {
        m_bidLockIn->setText(tr("%1's financial proposal is not opened: its lifecycle cost and "
                                "lock-in are worked out once it is.")
                                 .arg(t.bids[std::size_t(bid)].id.toHtmlEscaped()));
        return;
    }
    if (facts.lifecycle) {
        s.lifecycle = *facts.lifecycle;
        s.lockIn = *facts.lockIn;
    }
    QString text = lockInText(t, s);
    if (s.hasCosts)
        text += QStringLiteral(" ") +
                tr("Lifecycle cost %1 in total, %2 in net present value.")
                    .arg(money(t, s.lifecycle.undiscounted), money(t, s.lifecycle.npv));
    m_bidLockIn->setText(text);
}

void CostsPage::updateComparison()
{
    m_comparison->refresh();
    const Tender& t = m_document->tender();
    const cost::CostComparison& c = m_comparison->comparison();

    QString verdict =
        tr("The financial score uses <b>%1</b>.").arg(cost::basisText(t.lifecycle).toHtmlEscaped());
    if (const QString sentence = cost::cheapestSentence(t, c, &money); !sentence.isEmpty())
        verdict += QStringLiteral(" ") + sentence.toHtmlEscaped();
    else if (!c.anyCosts())
        verdict += QStringLiteral(" ") + tr("No bid has cost lines yet: enter them under "
                                            "“Cost lines of each bid”.");
    m_verdict->setText(verdict);

    QStringList lockIns;
    // Bids whose financial proposal is not opened keep their cost lines
    // sealed in the comparison, as in the report and the memo.
    for (const cost::BidCostSummary& s : c.bids)
        if (s.hasCosts && s.opened)
            lockIns << lockInLine(t, s);
    lockIns << cost::lockInLinkText().toHtmlEscaped();
    m_lockIns->setText(lockIns.join(QStringLiteral("<br>")));

    std::vector<CumulativeCostChart::Line> lines;
    const bool discounted = m_discounted->isChecked();
    for (const cost::BidCostSummary& s : c.bids) {
        if (!s.hasCosts || !s.opened)
            continue;
        const Bid& b = t.bids[std::size_t(s.bid)];
        CumulativeCostChart::Line line{b.id, toKey(b.nature), {}};
        for (const cost::YearCost& y : s.lifecycle.years)
            line.values.push_back(discounted ? y.cumulativeDiscounted : y.cumulative);
        lines.push_back(std::move(line));
    }
    m_chart->setLines(lines, t.currency, discounted);
}

} // namespace tulana
