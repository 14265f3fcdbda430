#include "RegistryWindow.h"

#include "RegistryCharts.h"
#include "RegistryKeychain.h"
#include "RegistryModel.h"
#include "registry/RegistryExport.h"

#include <QChartView>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tulana {

using namespace tulana::registry;

namespace {

QComboBox* choice(const QString& objectName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->addItem(RegistryWindow::tr("Any"), QString());
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

RegistryWindow::RegistryWindow(const Connection& connection, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_model(new RegistryModel(this))
    , m_message(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_entity(choice(QStringLiteral("entity"), this))
    , m_year(choice(QStringLiteral("year"), this))
    , m_nature(choice(QStringLiteral("nature"), this))
    , m_departure(choice(QStringLiteral("departure"), this))
    , m_mofClass(choice(QStringLiteral("mofClass"), this))
    , m_status(choice(QStringLiteral("status"), this))
    , m_table(new QTableView(this))
    , m_openTender(new QPushButton(tr("&Open Tender"), this))
    , m_tabs(new QTabWidget(this))
    , m_chartsTab(new QWidget(this))
    , m_chartNote(new QLabel(m_chartsTab))
    , m_charts(new QWidget(m_chartsTab))
    , m_chartGrid(new QGridLayout(m_charts))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("registryWindow"));
    setWindowTitle(tr("Registry of AI Procurements"));
    resize(1100, 700);

    QString why;
    m_store = keychain::openRegistry(connection, &why);
    m_message->setObjectName(QStringLiteral("registryMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(!m_store);
    m_message->setText(why);

    m_search->setObjectName(QStringLiteral("registrySearch"));
    m_search->setPlaceholderText(tr("Search reference, title, entity, bidder, system…"));
    m_search->setClearButtonEnabled(true);

    for (BidNature n : {BidNature::OpenSource, BidNature::Mixed, BidNature::Proprietary})
        m_nature->addItem(displayName(n), toKey(n));
    m_departure->addItem(tr("Departs from open source"), QStringLiteral("yes"));
    m_departure->addItem(tr("Does not depart"), QStringLiteral("no"));
    for (const char* key : {"class-1", "class-2", "class-3", "unclassified", "not-recorded"})
        m_mofClass->addItem(mofClassText(QString::fromLatin1(key)), QString::fromLatin1(key));
    for (SystemStatus s : {SystemStatus::InDevelopment, SystemStatus::InUse, SystemStatus::Retired})
        m_status->addItem(displayName(s), toKey(s));

    auto* filters = new QGridLayout;
    filters->addWidget(m_search, 0, 0, 1, 6);
    const std::pair<QString, QComboBox*> labelled[] = {
        {tr("&Entity:"), m_entity},      {tr("&Year:"), m_year},
        {tr("&Nature:"), m_nature},      {tr("&Departure:"), m_departure},
        {tr("&MOF class:"), m_mofClass}, {tr("&Status:"), m_status}};
    int column = 0;
    for (const auto& [text, box] : labelled) {
        auto* label = new QLabel(text, this);
        label->setBuddy(box);
        auto* pair = new QHBoxLayout;
        pair->addWidget(label);
        pair->addWidget(box, 1);
        filters->addLayout(pair, 1, column++);
    }

    m_table->setObjectName(QStringLiteral("registryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false); // the store sorts: see the header's signal below
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicator(RegistryModel::Decided, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);

    m_openTender->setObjectName(QStringLiteral("openRegistryTender"));
    m_openTender->setEnabled(false);
    auto* records = new QWidget(this);
    auto* recordsLayout = new QVBoxLayout(records);
    recordsLayout->addWidget(m_table, 1);
    auto* below = new QHBoxLayout;
    below->addWidget(m_count, 1);
    below->addWidget(m_openTender);
    recordsLayout->addLayout(below);

    // Four charts of equal size, whichever has the longest labels.
    for (int i : {0, 1}) {
        m_chartGrid->setColumnStretch(i, 1);
        m_chartGrid->setRowStretch(i, 1);
    }
    m_chartNote->setObjectName(QStringLiteral("registryChartNote"));
    auto* chartsLayout = new QVBoxLayout(m_chartsTab);
    chartsLayout->addWidget(m_chartNote);
    chartsLayout->addWidget(m_charts, 1);
    m_count->setObjectName(QStringLiteral("registryCount"));

    m_tabs->addTab(records, tr("&Records"));
    m_tabs->addTab(m_chartsTab, tr("&Charts"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_chartsStale && m_tabs->currentWidget() == m_chartsTab)
            updateCharts();
    });
    connect(m_model, &RegistryModel::pageFetched, this, &RegistryWindow::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);

    // A search waits for a pause in typing; a filter applies at once.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &RegistryWindow::refresh);
    for (QComboBox* box : {m_entity, m_year, m_nature, m_departure, m_mofClass, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &RegistryWindow::refresh);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) {
                m_sortColumn = section;
                m_sortOrder = order;
                refresh();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        const RegistryRow* row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.front().row());
        m_openTender->setEnabled(row && !row->tenderFile.isEmpty() &&
                                 QFileInfo::exists(row->tenderFile));
        m_openTender->setToolTip(row ? row->tenderFile : QString());
    });
    connect(m_openTender, &QPushButton::clicked, this, &RegistryWindow::openSelectedTender);
    connect(m_table, &QTableView::doubleClicked, this, &RegistryWindow::openSelectedTender);

    fillFilterChoices();
    refresh();
}

RegistryWindow::~RegistryWindow() = default;

QComboBox* RegistryWindow::filter(const QString& name) const
{
    return findChild<QComboBox*>(name);
}

void RegistryWindow::fillFilterChoices()
{
    if (!m_store)
        return;
    QString why;
    const auto choices = m_store->filterChoices(&why);
    if (!choices)
        return;
    for (const QString& e : choices->first)
        m_entity->addItem(e, e);
    for (int y : choices->second)
        m_year->addItem(QString::number(y), QString::number(y));
}

void RegistryWindow::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
    refresh();
}

RegistryFilter RegistryWindow::currentFilter() const
{
    RegistryFilter f;
    f.text = m_search->text();
    f.entity = m_entity->currentData().toString();
    if (const QString year = m_year->currentData().toString(); !year.isEmpty())
        f.year = year.toInt();
    if (const QString nature = m_nature->currentData().toString(); !nature.isEmpty()) {
        BidNature n;
        if (bidNatureFromKey(nature, &n))
            f.nature = n;
    }
    if (const QString departure = m_departure->currentData().toString(); !departure.isEmpty())
        f.departure = departure == QLatin1String("yes");
    f.mofClass = m_mofClass->currentData().toString();
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        f.status = systemStatusFromKey(status);
    if (m_sortColumn >= 0) {
        f.sort = RegistryModel::sortColumn(m_sortColumn);
        f.descending = m_sortOrder == Qt::DescendingOrder;
    }
    return f;
}

std::optional<RegistryModel::Page> RegistryWindow::fetchPage(int offset)
{
    RegistryFilter f = m_shown;
    f.limit = m_pageSize + 1; // one more than a page says whether more follow
    f.offset = offset;
    QString why;
    auto rows = m_store->list(f, &why);
    if (!rows) {
        m_message->setText(why);
        m_message->setVisible(true);
        return std::nullopt;
    }
    RegistryModel::Page page;
    page.more = int(rows->size()) > m_pageSize;
    if (page.more)
        rows->pop_back();
    page.rows = std::move(*rows);
    return page;
}

void RegistryWindow::refresh()
{
    if (!m_store)
        return;
    m_shown = currentFilter();
    m_message->setVisible(false);
    std::optional<RegistryModel::Page> page = fetchPage(0);
    if (!page)
        return;
    QString why;
    const std::optional<int> matching = m_store->count(m_shown, &why);
    if (!matching) {
        m_message->setText(why);
        m_message->setVisible(true);
    }
    m_matching = matching.value_or(-1); // unknown: the label gives no total
    m_model->setRows(std::move(page->rows), page->more,
                     [this](int offset) { return fetchPage(offset); });
    updateCount();
    m_table->resizeColumnsToContents();
    for (int c : {RegistryModel::Title, RegistryModel::Entity, RegistryModel::System})
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    m_chartsStale = true;
    if (m_tabs->currentWidget() == m_chartsTab)
        updateCharts();
}

void RegistryWindow::updateCount()
{
    const QLocale locale;
    const int shown = m_model->rowCount();
    if (m_matching < 0)
        m_count->setText(tr("%n record(s) shown", nullptr, shown));
    else if (m_matching > kSearchCountLimit)
        m_count->setText(tr("%1 shown of more than %2 records")
                             .arg(locale.toString(shown), locale.toString(kSearchCountLimit)));
    else if (shown < m_matching)
        m_count->setText(
            tr("%1 shown of %n record(s)", nullptr, m_matching).arg(locale.toString(shown)));
    else
        m_count->setText(tr("%n record(s)", nullptr, shown));
}

void RegistryWindow::updateCharts()
{
    while (QLayoutItem* item = m_chartGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_chartsStale = false;
    if (!m_store)
        return;
    RegistryFilter all = m_shown;
    all.limit = -1;
    QString why;
    const auto rows = m_store->list(all, &why);
    if (!rows) {
        m_chartNote->setText(why);
        return;
    }
    m_chartNote->setText(tr("Charts of the %n record(s) that match the search and filters", nullptr,
                            int(rows->size())));
    m_chartGrid->addWidget(openShareByYearChart(*rows, m_charts), 0, 0);
    m_chartGrid->addWidget(openShareByEntityChart(*rows, m_charts), 0, 1);
    m_chartGrid->addWidget(considerationsChart(*rows, m_charts), 1, 0);
    m_chartGrid->addWidget(lifecycleByNatureChart(*rows, m_charts), 1, 1);
}

void RegistryWindow::openSelectedTender()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    if (const RegistryRow* row = m_model->rowAt(rows.front().row());
        row && !row->tenderFile.isEmpty())
        emit openTenderRequested(row->tenderFile);
}

} // namespace tulana
