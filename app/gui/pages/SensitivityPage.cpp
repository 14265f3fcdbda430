#include "pages/SensitivityPage.h"

#include "document/SensitivityRunner.h"
#include "models/PriceToWinModel.h"
#include "report/SensitivityReport.h"
#include "training/Anchors.h"
#include "util/MessageBar.h"
#include "util/SensitivityText.h"
#include "widgets/AcceptabilityChart.h"
#include "widgets/TornadoChart.h"
#include "widgets/WeightSegmentsChart.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace tulana {
namespace {

QLabel* wrappingLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SensitivityPage::SensitivityPage(TenderDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_runner(new SensitivityRunner(document, this))
    , m_model(new PriceToWinModel(this))
    , m_banner(new MessageBar(this))
    , m_content(new QWidget(this))
    , m_weightSentence(wrappingLabel(QStringLiteral("technicalWeightSentence"), this))
    , m_weightChart(new WeightSegmentsChart(this))
    , m_tornadoCaption(wrappingLabel(QStringLiteral("tornadoCaption"), this))
    , m_tornado(new TornadoChart(this))
    , m_table(new QTableView(this))
    , m_draws(new QSpinBox(this))
    , m_weightRange(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_working(new QLabel(this))
    , m_acceptability(new AcceptabilityChart(this))
    , m_acceptabilityNote(wrappingLabel(QStringLiteral("acceptabilityNote"), this))
    , m_members(wrappingLabel(QStringLiteral("membersLeftOut"), this))
{
    setObjectName(QStringLiteral("sensitivityPage"));
    training::setAnchor(this, QStringLiteral("page.sensitivity"));
    m_banner->setObjectName(QStringLiteral("sensitivityBanner"));
    m_table->setObjectName(QStringLiteral("priceToWinTable"));
    m_table->setAccessibleName(tr("What each bid would need to win"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(110);

    // The weight band across the top, the two charts side by side, the
    // table and the committee below: each readable at 1280 × 800.
    auto* charts = new QSplitter(Qt::Horizontal, m_content);
    charts->addWidget(buildTornado());
    charts->addWidget(buildAcceptability());
    m_charts = charts;
    auto* committee = new QWidget(m_content);
    auto* committeeLayout = new QVBoxLayout(committee);
    committeeLayout->setContentsMargins(0, 0, 0, 0);
    committeeLayout->addWidget(new QLabel(tr("<b>The committee</b>"), committee));
    committeeLayout->addWidget(m_members);
    committeeLayout->addStretch(1);
    auto* bottom = new QSplitter(Qt::Horizontal, m_content);
    bottom->addWidget(m_table);
    bottom->addWidget(committee);
    m_bottom = bottom;
    auto* main = new QSplitter(Qt::Vertical, m_content);
    m_main = main;
    main->setObjectName(QStringLiteral("sensitivitySplitter"));
    main->addWidget(buildWeights());
    main->addWidget(charts);
    main->addWidget(bottom);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 3);
    main->setStretchFactor(2, 2);
    for (QSplitter* s : {charts, bottom, main})
        s->setChildrenCollapsible(false);
    m_tornado->setMinimumWidth(300);
    m_members->setMinimumWidth(240);

    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(main, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_content, 1);

    connect(m_runner, &SensitivityRunner::finished, this, &SensitivityPage::showResult);
    connect(m_runner, &SensitivityRunner::started, this, [this] { m_working->setVisible(true); });
    showResult();
}

QWidget* SensitivityPage::buildWeights()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Winner by technical weight</b>"), box);
    auto* line = new QHBoxLayout;
    line->addWidget(title);
    line->addWidget(m_weightSentence, 1);
    layout->addLayout(line);
    m_weightChart->setMinimumHeight(110);
    layout->addWidget(m_weightChart, 1);
    return box;
}

QWidget* SensitivityPage::buildTornado()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tornadoCaption->setObjectName(QStringLiteral("tornadoCaption"));
    layout->addWidget(m_tornadoCaption);
    layout->addWidget(m_tornado, 1);
    return box;
}

QWidget* SensitivityPage::buildAcceptability()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("<b>Rank probabilities</b>"), box));
    controls->addWidget(m_working);
    controls->addStretch(1);

    m_draws->setObjectName(QStringLiteral("drawsSpin"));
    m_draws->setRange(100, 1000000);
    m_draws->setSingleStep(1000);
    m_draws->setGroupSeparatorShown(true);
    m_draws->setValue(m_runner->options().acceptability.draws);
    m_weightRange->setObjectName(QStringLiteral("weightRangeSpin"));
    m_weightRange->setRange(0, 50);
    m_weightRange->setDecimals(1);
    m_weightRange->setPrefix(QStringLiteral("± "));
    m_weightRange->setSuffix(QStringLiteral(" %"));
    m_weightRange->setValue(m_runner->options().acceptability.weightRange);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(m_runner->options().acceptability.seed));
    const QList<std::pair<QString, QWidget*>> fields{
        {tr("&Draws:"), m_draws}, {tr("&Weights:"), m_weightRange}, {tr("S&eed:"), m_seed}};
    for (const auto& [text, field] : fields) {
        auto* label = new QLabel(text, box);
        label->setBuddy(field);
        controls->addWidget(label);
        controls->addWidget(field);
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(field)) {
            // One run when the officer has finished typing, not one a digit.
            spin->setKeyboardTracking(false);
        }
    }
    m_draws->setAccessibleName(tr("Draws"));
    m_weightRange->setAccessibleName(tr("Range of the weights drawn"));
    m_seed->setAccessibleName(tr("Seed"));
    m_draws->setToolTip(tr("How many sets of weights are drawn"));
    m_weightRange->setToolTip(
        tr("Each weight (and the technical weight) is drawn within this share of its announced "
           "value, and within the rulebook's limits"));
    m_seed->setToolTip(tr("The same seed gives the same result"));
    connect(m_draws, &QSpinBox::valueChanged, this, &SensitivityPage::applyOptions);
    connect(m_weightRange, &QDoubleSpinBox::valueChanged, this, &SensitivityPage::applyOptions);
    connect(m_seed, &QSpinBox::valueChanged, this, &SensitivityPage::applyOptions);
    m_working->setObjectName(QStringLiteral("sensitivityWorking"));
    m_working->setText(tr("Working out…"));
    m_working->setVisible(false);
    layout->addLayout(controls);
    layout->addWidget(m_acceptability, 1);
    layout->addWidget(m_acceptabilityNote);
    return box;
}

bool SensitivityPage::busy() const
{
    return m_runner->busy();
}

void SensitivityPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_runner->setActive(true);
}

void SensitivityPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_runner->setActive(false);
}

void SensitivityPage::fitSplitters()
{
    // Once, on the first analysis shown (the content is hidden before, so
    // its splitters have no sizes yet); the officer's drags stay after.
    if (m_sized || !isVisible())
        return;
    m_sized = true;
    const int w = width();
    m_charts->setSizes({w / 2, w - w / 2}); // the tornado's names need room
    m_bottom->setSizes({w * 7 / 10, w - w * 7 / 10});
    // The charts need about 30 pixels a bar to name every bar; the table
    // scrolls. The splitter scales these to the height it has.
    const int top = m_main->widget(0)->sizeHint().height();
    const int rest = std::max(300, height() - top);
    m_main->setSizes({top, rest * 2 / 3, rest - rest * 2 / 3});
}

void SensitivityPage::applyOptions()
{
    sensitivity::Options options = m_runner->options();
    options.acceptability.draws = m_draws->value();
    options.acceptability.weightRange = m_weightRange->value();
    options.acceptability.seed = std::uint64_t(m_seed->value());
    m_runner->setOptions(options);
}

void SensitivityPage::showResult()
{
    m_working->setVisible(m_runner->busy());
    const std::shared_ptr<const SensitivityResult>& result = m_runner->result();
    m_model->setResult(result && result->report.available ? result : nullptr);
    if (!result || !result->report.available) {
        m_content->setVisible(false);
        if (result)
            m_banner->showMessage(MessageBar::Kind::Information, result->report.why);
        else
            m_banner->clearMessage();
        return;
    }
    const sensitivity::Report& report = result->report;
    m_content->setVisible(true);
    fitSplitters();
    if (report.decidedByRounding)
        m_banner->showMessage(
            MessageBar::Kind::Warning,
            tr("The award rests on the announced rounding and tie-break: before rounding another "
               "bid is ahead, so at the announced weights every range below is empty."));
    else
        m_banner->clearMessage();
    m_weightSentence->setText(sensitivity_words::technicalWeight(result->tender, report));
    m_weightChart->setResult(*result);
    m_tornado->setResult(*result);
    QString caption = tr("<b>Criterion weights</b>: bars, the weights (points of the technical "
                         "score) over which %1 still wins, the others rescaled; ■, the weight "
                         "announced. Least room first.")
                          .arg(sensitivity_words::winnerName(result->tender, report.winner));
    if (int(report.criteria.size()) > TornadoChart::kMaxBars)
        caption += QLatin1Char(' ') + tr("The %1 with the least room, of %2 criteria and groups.")
                                          .arg(QString::number(TornadoChart::kMaxBars),
                                               QString::number(report.criteria.size()));
    m_tornadoCaption->setText(caption);
    m_acceptability->setResult(*result);
    showAcceptabilityNote();
    m_members->setText(sensitivitytext::membersText(result->tender, report));
    m_table->resizeColumnsToContents();
}

void SensitivityPage::showAcceptabilityNote()
{
    const SensitivityResult& result = *m_runner->result();
    if (!result.report.acceptability) {
        m_acceptabilityNote->setText(tr("No simulation for this tender."));
        return;
    }
    const sensitivity::Acceptability& a = *result.report.acceptability;
    double error = 0;
    for (const sensitivity::BidAcceptability& b : a.bids)
        for (double e : b.errors)
            error = std::max(error, e);
    QString note =
        tr("%1 draws, seed %2, weights within ±%3 of the announced (technical weight "
           "%4 to %5). Standard error of each share: at most %6 points.")
            .arg(QLocale(QLocale::English).toString(a.options.draws),
                 QString::number(a.options.seed), sensitivity_words::percent(a.options.weightRange),
                 sensitivity_words::percent(a.technicalWeight.from),
                 sensitivity_words::percent(a.technicalWeight.to),
                 QString::number(100 * error, 'f', 2));
    if (int(a.bids.size()) > AcceptabilityChart::kMaxBars)
        note += QLatin1Char(' ') + tr("Drawn: the %1 bids most often first, of %2.")
                                       .arg(QString::number(AcceptabilityChart::kMaxBars),
                                            QString::number(a.bids.size()));
    if (a.sealedDecides > 0)
        note += QLatin1Char(' ') +
                tr("In %1 of the draws a bid whose price is still sealed would qualify: "
                   "those are left undecided.")
                    .arg(sensitivity_words::share(a.sealedDecides));
    m_acceptabilityNote->setText(note);
}

} // namespace tulana
