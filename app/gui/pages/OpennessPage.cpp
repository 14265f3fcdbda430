#include "pages/OpennessPage.h"

#include "commands/OpennessCommands.h"
#include "delegates/ChoiceDelegate.h"
#include "document/TenderDocument.h"
#include "models/OpennessComparisonModel.h"
#include "models/OpennessComponentsModel.h"
#include "openness/OpennessDimensions.h"
#include "openness/OpennessExplanations.h"
#include "openness/RecordImport.h"
#include "pages/OpennessExplainer.h"
#include "training/Anchors.h"
#include "util/ProblemsDialog.h"
#include "util/UpdateWhenShown.h"
#include "widgets/OpennessRadarChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tulana {
namespace {

using namespace tulana::openness;

const OpennessBasis kBases[] = {OpennessBasis::MofClass, OpennessBasis::Outcomes,
                                OpennessBasis::PointsTable};
const OpennessClaim kClaims[] = {OpennessClaim::NotStated, OpennessClaim::OpenSource,
                                 OpennessClaim::Open};

} // namespace

OpennessPage::OpennessPage(TenderDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_components(new OpennessComponentsModel(document, this))
    , m_comparison(new OpennessComparisonModel(document, this))
{
    setObjectName(QStringLiteral("opennessPage"));
    training::setAnchor(this, QStringLiteral("page.openness"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("opennessTabs"));
    tabs->addTab(createBidView(), tr("Each bid"));
    tabs->addTab(createComparison(), tr("Comparison"));
    // Choosing a bid in the comparison chooses it on the page (the trainee's
    // "select B5" works wherever it is done); a double-click opens its
    // components.
    connect(m_comparisonTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && current.row() != m_bidSelector->currentIndex())
                    showBid(current.row());
            });
    connect(m_comparisonTable, &QAbstractItemView::doubleClicked, this,
            [tabs](const QModelIndex& index) {
                if (index.isValid())
                    tabs->setCurrentIndex(0);
            });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createSchemeEditor());
    layout->addWidget(tabs, 1);

    connect(document, &TenderDocument::tenderReset, this, [this] {
        fillBidSelector();
        updateScheme();
    });
    connect(document, &TenderDocument::bidsInserted, this, &OpennessPage::fillBidSelector);
    connect(document, &TenderDocument::bidsRemoved, this, &OpennessPage::fillBidSelector);
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (change.is(TenderChange::What::Bid))
            fillBidSelector();
        else if (change.is(TenderChange::What::OpennessScheme))
            updateScheme();
    });
    connect(document, &TenderDocument::evaluated, this, &OpennessPage::updateScheme);
    connect(m_components, &OpennessComponentsModel::assessmentChanged, this,
            &OpennessPage::updateAssessment);
    auto* comparison = new UpdateWhenShown(this, [this] { updateComparison(); });
    connect(m_comparison, &OpennessComparisonModel::assessmentsChanged, comparison,
            &UpdateWhenShown::request);
    fillBidSelector();
    updateScheme();
    updateComparison();
}

QWidget* OpennessPage::createSchemeEditor()
{
    auto* box = new QGroupBox(tr("Openness sub-criterion announced in the tender"), this);
    m_on = new QCheckBox(tr("Award openness marks in the technical score"), box);
    m_on->setObjectName(QStringLiteral("opennessOn"));
    m_basis = new QComboBox(box);
    m_basis->setObjectName(QStringLiteral("opennessBasis"));
    m_basis->setAccessibleName(tr("How openness marks are awarded"));
    for (OpennessBasis b : kBases)
        m_basis->addItem(displayName(b), toKey(b));
    m_maxMarks = new QDoubleSpinBox(box);
    m_maxMarks->setObjectName(QStringLiteral("opennessMaxMarks"));
    m_maxMarks->setAccessibleName(tr("Maximum openness marks"));
    m_maxMarks->setRange(1, 50);
    m_maxMarks->setDecimals(1);
    m_maxMarks->setSuffix(tr(" of 100 points"));
    m_schemeNote = new QLabel(box);
    m_schemeNote->setObjectName(QStringLiteral("opennessSchemeNote"));
    m_schemeNote->setWordWrap(true);
    m_schemeNote->setToolTip(explanationOf(QStringLiteral("marks")).text);

    auto* row = new QHBoxLayout;
    row->addWidget(m_on);
    row->addWidget(new QLabel(tr("Marks"), box));
    row->addWidget(m_basis, 1);
    row->addWidget(new QLabel(tr("Maximum"), box));
    row->addWidget(m_maxMarks);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_schemeNote);

    connect(m_on, &QCheckBox::toggled, this,
            [this](bool on) { pushScheme(on, m_basis->currentIndex(), m_maxMarks->value()); });
    connect(m_basis, &QComboBox::activated, this,
            [this](int index) { pushScheme(m_on->isChecked(), index, m_maxMarks->value()); });
    connect(m_maxMarks, &QDoubleSpinBox::editingFinished, this, [this] {
        pushScheme(m_on->isChecked(), m_basis->currentIndex(), m_maxMarks->value());
    });
    return box;
}

QWidget* OpennessPage::createBidView()
{
    auto* page = new QWidget(this);
    m_bidSelector = new QComboBox(page);
    m_bidSelector->setObjectName(QStringLiteral("opennessBidSelector"));
    m_bidSelector->setAccessibleName(tr("Bid shown"));
    m_claim = new QComboBox(page);
    m_claim->setObjectName(QStringLiteral("opennessClaim"));
    m_claim->setAccessibleName(tr("What the bid calls its system"));
    m_claim->addItems({tr("says nothing about openness"), tr("calls it \u201copen source\u201d"),
                       tr("calls it \u201copen\u201d")});
    m_import = new QPushButton(tr("Import record…"), page);
    m_import->setObjectName(QStringLiteral("opennessImport"));
    m_import->setToolTip(tr("Read a Model Openness Tool (.yml) or European Open Source AI Index "
                            "(.yaml) record of the offered system"));
    m_clear = new QPushButton(tr("Clear record"), page);
    m_clear->setObjectName(QStringLiteral("opennessClear"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Bid"), page));
    top->addWidget(m_bidSelector, 1);
    top->addWidget(new QLabel(tr("The bid"), page));
    top->addWidget(m_claim);
    top->addWidget(m_import);
    top->addWidget(m_clear);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("opennessComponents"));
    training::setAnchor(m_table, QStringLiteral("openness.components"));
    m_table->setAccessibleName(tr("Components of the offered system"));
    m_table->setModel(m_components);
    m_table->setItemDelegateForColumn(OpennessComponentsModel::StateColumn,
                                      new ChoiceDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->verticalHeader()->hide();
    // "released under restrictive terms" and the like wrap onto a second
    // line rather than end in "…": the rows grow to fit.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OpennessComponentsModel::StateColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(
        OpennessComponentsModel::StateColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("released under restrictive")) +
            24);
    m_table->horizontalHeader()->setSectionResizeMode(OpennessComponentsModel::ComponentColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OpennessComponentsModel::LicenceColumn,
                                                      QHeaderView::Stretch);
    m_explanation = new QTextBrowser(page);
    m_explanation->setObjectName(QStringLiteral("opennessExplanation"));
    m_explanation->setOpenExternalLinks(false);

    auto* split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_table);
    split->addWidget(m_explanation);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_bidSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_components->setBid(index);
        // One bid chosen on the page: the comparison's row follows.
        if (m_comparisonTable && index >= 0 && m_comparisonTable->currentIndex().row() != index)
            m_comparisonTable->selectRow(index);
    });
    connect(m_claim, &QComboBox::activated, this, &OpennessPage::setClaim);
    connect(m_import, &QPushButton::clicked, this, &OpennessPage::importRecord);
    connect(m_clear, &QPushButton::clicked, this, &OpennessPage::clearRecord);
    return page;
}

QWidget* OpennessPage::createComparison()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("comparisonPage"));
    m_radar = new OpennessRadarChart(page);
    m_comparisonTable = new QTableView(page);
    m_comparisonTable->setObjectName(QStringLiteral("opennessComparison"));
    m_comparisonTable->setAccessibleName(tr("Openness of the bids compared"));
    m_comparisonTable->setModel(m_comparison);
    m_comparisonTable->verticalHeader()->hide();
    m_comparisonTable->setWordWrap(true);
    // Short columns sized to their content, the flags take the rest and
    // wrap; rows grow to show every flag.
    QHeaderView* header = m_comparisonTable->horizontalHeader();
    // (Fitted in updateComparison(), not by ResizeToContents, which would
    // measure every row after each edit.)
    header->setSectionResizeMode(OpennessComparisonModel::FlagsColumn, QHeaderView::Stretch);
    m_comparisonTable->setTextElideMode(Qt::ElideRight);
    // Side by side: the radar is round, the table wants width.
    auto* split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_radar);
    split->addWidget(m_comparisonTable);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(split);
    return page;
}

void OpennessPage::fillBidSelector()
{
    const int current = m_bidSelector->currentIndex();
    const QSignalBlocker block(m_bidSelector);
    m_bidSelector->clear();
    for (const Bid& b : m_document->tender().bids)
        m_bidSelector->addItem(b.id + QStringLiteral(" — ") + b.bidder);
    const int count = m_bidSelector->count();
    const int index = count == 0 ? -1 : std::clamp(current, 0, count - 1);
    m_bidSelector->setCurrentIndex(index);
    m_components->setBid(index);
    updateAssessment();
}

void OpennessPage::showBid(int bid)
{
    m_bidSelector->setCurrentIndex(bid);
}

void OpennessPage::updateScheme()
{
    const OpennessScheme& s = m_document->tender().openness;
    m_updating = true;
    {
        const QSignalBlocker b1(m_on), b2(m_basis), b3(m_maxMarks);
        m_on->setChecked(s.isOn());
        const int basis =
            int(std::find(std::begin(kBases), std::end(kBases), s.basis) - std::begin(kBases));
        m_basis->setCurrentIndex(basis < int(std::size(kBases)) ? basis : 0);
        m_maxMarks->setValue(s.basis == OpennessBasis::Off || s.maxMarks <= 0 ? 10.0 : s.maxMarks);
    }
    m_updating = false;
    if (s.isOn())
        m_schemeNote->setText(
            tr("Each bid earns up to %1 marks %2; the criteria share the other %3 points. "
               "Announce it with the tender, not after the bids are seen (GFR 2017 Rule 192(i)).")
                .arg(s.maxMarks)
                .arg(displayName(s.basis))
                .arg(100 - s.maxMarks));
    else
        m_schemeNote->setText(
            tr("No openness marks: the assessment below is for information. Switching the marks "
               "on scales the criteria's weights to make room for them (one step, undoable) and "
               "re-ranks the bids at once."));
}

void OpennessPage::pushScheme(bool on, int basisIndex, double maxMarks)
{
    if (m_updating || basisIndex < 0)
        return;
    const OpennessScheme& current = m_document->tender().openness;
    const OpennessBasis basis = kBases[basisIndex];
    OpennessScheme next = current;
    if (current.basis != basis || current.maxMarks != maxMarks)
        next = OpennessScheme::defaults(basis, maxMarks);
    next.enabled = on;
    if (next == current)
        return;
    m_document->push(new SetOpennessSchemeCommand(m_document, next));
}

void OpennessPage::updateAssessment()
{
    const int bid = m_components->bid();
    const bool hasBid = bid >= 0;
    m_claim->setEnabled(hasBid);
    m_import->setEnabled(hasBid);
    const auto& a = m_components->assessment();
    m_clear->setEnabled(a.has_value());
    {
        const QSignalBlocker block(m_claim);
        const OpennessClaim claim =
            a        ? a->record.claim
            : hasBid ? claimOfNature(m_document->tender().bids[std::size_t(bid)].nature)
                     : OpennessClaim::NotStated;
        m_claim->setCurrentIndex(
            int(std::find(std::begin(kClaims), std::end(kClaims), claim) - std::begin(kClaims)));
    }
    if (!hasBid)
        m_explanation->setHtml(tr("<p>No bids yet.</p>"));
    else if (!a)
        m_explanation->setHtml(
            tr("<p>Nothing is recorded about the openness of this bid's system. Import a Model "
               "Openness Tool or Open Source AI Index record, or set each component's state in "
               "the list from what the bid says.</p>"));
    else
        m_explanation->setHtml(assessmentAsHtml(*a));
}

void OpennessPage::updateComparison()
{
    QStringList axes;
    std::vector<OpennessRadarChart::Profile> profiles;
    for (int row = 0; row < m_comparison->rowCount(); ++row) {
        const auto& a = m_comparison->assessmentAt(row);
        if (!a)
            continue;
        OpennessRadarChart::Profile p;
        p.label = m_document->tender().bids.at(std::size_t(row)).id;
        axes.clear();
        for (const OpennessDimension& d : opennessDimensions(*a)) {
            axes << d.name;
            p.shares.push_back(d.share);
        }
        profiles.push_back(std::move(p));
    }
    m_radar->setProfiles(axes, profiles);
    m_comparisonTable->resizeColumnsToContents();
    QHeaderView* header = m_comparisonTable->horizontalHeader();
    header->resizeSection(
        OpennessComparisonModel::SystemColumn,
        std::min(header->sectionSize(OpennessComparisonModel::SystemColumn), 150));
    m_comparisonTable->resizeRowsToContents();
}

void OpennessPage::setClaim(int index)
{
    const int bid = m_components->bid();
    if (bid < 0 || index < 0)
        return;
    const Bid& b = m_document->tender().bids.at(std::size_t(bid));
    OpennessRecord record = b.openness.value_or(OpennessRecord{});
    if (record.claim == kClaims[index] && b.openness)
        return;
    record.claim = kClaims[index];
    m_document->push(new SetOpennessRecordCommand(m_document, bid, record,
                                                  tr("Change what %1 calls its system").arg(b.id)));
}

void OpennessPage::clearRecord()
{
    const int bid = m_components->bid();
    if (bid < 0 || !m_document->tender().bids.at(std::size_t(bid)).openness)
        return;
    m_document->push(new SetOpennessRecordCommand(
        m_document, bid, std::nullopt,
        tr("Clear openness record of %1").arg(m_document->tender().bids.at(std::size_t(bid)).id)));
}

void OpennessPage::importRecord()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import openness record"), QString(),
                                     tr("Openness records (*.yml *.yaml);;All files (*)"));
    if (!path.isEmpty())
        importRecordFile(path);
}

bool OpennessPage::importRecordFile(const QString& path)
{
    const int bid = m_components->bid();
    if (bid < 0)
        return false;
    const QString name = QFileInfo(path).fileName();
    const RecordImport imported = importOpennessFile(path);
    if (!imported.record) {
        ProblemsDialog::showModal(
            this, tr("Cannot import the record"),
            tr("Nothing was imported from %1. Fix these places in the file and import it again:")
                .arg(name),
            imported.problems);
        return false;
    }
    OpennessRecord record = *imported.record;
    // What the bid calls its system is the bid's word, not the record's.
    const Bid& b = m_document->tender().bids.at(std::size_t(bid));
    record.claim = claimOfBid(b);
    m_document->push(new SetOpennessRecordCommand(
        m_document, bid, record, tr("Import openness record of %1 from %2").arg(b.id, name)));
    if (!imported.problems.isEmpty())
        ProblemsDialog::showModal(this, tr("Record imported with warnings"),
                                  tr("%1 was imported; check these places:").arg(name),
                                  imported.problems);
    return true;
}

} // namespace tulana
