#include "pages/EvaluationPage.h"
#include "io/PlaceNames.h"

#include "document/TenderDocument.h"
#include "models/RankingModel.h"
#include "training/Anchors.h"
#include "util/Format.h"
#include "util/MessageBar.h"
#include "widgets/DerivationPanel.h"
#include "widgets/PriceScatterChart.h"
#include "widgets/ScoreBarChart.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tulana {

QString startHint()
{
    return EvaluationPage::tr("No tender yet. Start one with File ▸ New Tender… (Ctrl+N), or "
                              "open a .tulana file (Ctrl+O) or drop one on this window. New to "
                              "Tulana? Training ▸ Start a Case… walks you through a real tender "
                              "step by step.");
}

EvaluationPage::EvaluationPage(TenderDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RankingModel(document, this))
    , m_banner(new MessageBar(this))
    , m_table(new QTableView(this))
    , m_bars(new ScoreBarChart(this))
    , m_scatter(new PriceScatterChart(this))
    , m_why(new DerivationPanel(this))
{
    setObjectName(QStringLiteral("evaluationPage"));
    training::setAnchor(this, QStringLiteral("page.evaluation"));
    training::setAnchor(m_table, QStringLiteral("evaluation.ranking"));
    training::setAnchor(m_why, QStringLiteral("evaluation.derivation"));
    m_banner->setObjectName(QStringLiteral("awardBanner"));
    m_table->setObjectName(QStringLiteral("rankingTable"));
    m_table->setAccessibleName(tr("Ranking"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    // Columns are fitted to their contents when a tender is opened or bids
    // arrive, not on every edit: every edit changes every score, and
    // measuring a thousand rows each time would be felt while typing.
    header->setResizeContentsPrecision(50);
    header->setStretchLastSection(true);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvaluationPage::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EvaluationPage::fitColumns);
    m_table->setMinimumSize(480, 140);
    m_bars->setMinimumSize(320, 240);
    m_scatter->setMinimumSize(320, 240);
    m_why->setMinimumWidth(280);

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->setObjectName(QStringLiteral("chartsSplitter"));
    charts->addWidget(m_bars);
    charts->addWidget(m_scatter);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_table);
    left->addWidget(charts);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    auto* main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("evaluationSplitter"));
    main->addWidget(left);
    main->addWidget(m_why);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);
    for (QSplitter* s : {charts, left, main})
        s->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(main, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EvaluationPage::showCurrentDerivation);
    connect(document, &TenderDocument::evaluated, this, &EvaluationPage::update);
    update();
}

void EvaluationPage::update()
{
    const Tender& tender = m_document->tender();
    const Evaluation& evaluation = m_document->evaluation();
    updateBanner();
    if (!isVisible()) {
        m_chartsStale = true;
        return;
    }
    m_chartsStale = false;
    m_bars->setEvaluation(tender, evaluation);
    m_scatter->setEvaluation(tender, evaluation);
    // clear() also hides the warnings, so it comes before them.
    if (!m_table->currentIndex().isValid())
        m_why->clear();
    showCurrentDerivation();
    m_why->showRankReversals(tender, evaluation);
}

void EvaluationPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_chartsStale)
        update();
    fitColumns();
}

void EvaluationPage::fitColumns()
{
    if (!isVisible())
        return;
    m_table->resizeColumnsToContents();
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(RankingModel::BidderColumn,
                          std::min(header->sectionSize(RankingModel::BidderColumn), 260));
}

void EvaluationPage::updateBanner()
{
    const Tender& t = m_document->tender();
    const Evaluation& e = m_document->evaluation();
    if (m_document->isBlank()) {
        m_banner->showMessage(MessageBar::Kind::Information, startHint());
        return;
    }
    if (!e.evaluated) {
        QStringList lines{tr("The tender cannot be evaluated yet:")};
        constexpr int shown = 5;
        for (int i = 0; i < e.problems.size() && i < shown; ++i)
            if (e.problems[i].isError())
                lines << QStringLiteral("• ") + e.problems[i].toString();
        if (e.problems.size() > shown)
            lines << tr("…and %n more.", nullptr, int(e.problems.size()) - shown);
        m_banner->showMessage(MessageBar::Kind::Warning, lines.join(QLatin1Char('\n')));
        return;
    }
    if (!e.hasWinner()) {
        m_banner->showMessage(MessageBar::Kind::Warning, tr("No award: %1").arg(e.noAwardReason));
        return;
    }
    const Bid& winner = t.bids[std::size_t(e.winner)];
    const BidResult* r = e.resultFor(e.winner);
    QString score;
    if (r && r->combined && t.method == SelectionMethod::Qcbs)
        score = tr("combined score %1").arg(formatScore(*r->combined, t.options.decimals));
    else if (r && r->evaluatedPrice && t.method == SelectionMethod::Lcs)
        score = tr("lowest evaluated price %1 %2")
                    .arg(currencySymbol(t.currency), formatMoney(*r->evaluatedPrice, t.currency));
    else if (r)
        score = tr("technical score %1").arg(formatScore(r->technical, t.options.decimals));
    m_banner->showMessage(
        MessageBar::Kind::Positive,
        tr("Winner: %1, %2 (%3), %4.")
            .arg(winner.id, winner.bidder, displayName(winner.nature).toLower(), score));
}

void EvaluationPage::showCurrentDerivation()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    // The panel names each input's place as the screens do ("B1's price"),
    // not by its JSON path, which is for tulana-cli score --format json.
    Derivation d = m_model->derivationAt(current);
    for (Term& term : d.inputs)
        term.source = placeName(m_document->tender(), term.source);
    m_why->showDerivation(d);
}

} // namespace tulana
