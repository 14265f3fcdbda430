#include "pages/ConsiderationsPage.h"

#include "commands/ContextCommands.h"
#include "decision/Recommendation.h"
#include "delegates/ChoiceDelegate.h"
#include "delegates/NoteDelegate.h"
#include "delegates/RichTextDelegate.h"
#include "document/TenderDocument.h"
#include "models/ConsiderationsModel.h"
#include "models/ModelRoles.h"
#include "training/Anchors.h"
#include "util/LineEditText.h"
#include "util/MessageBar.h"
#include "util/UpdateWhenShown.h"
#include "widgets/LeaningChart.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace tulana {
namespace {

// The answer's combo box in a row made tall by Table 3's text: as tall as
// a combo box, at the top of the cell, not stretched over the whole row.
class AnswerDelegate : public ChoiceDelegate
{
public:
    using ChoiceDelegate::ChoiceDelegate;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex&) const override
    {
        QRect rect = option.rect;
        rect.setHeight(std::min(rect.height(), editor->sizeHint().height()));
        editor->setGeometry(rect);
    }
};

} // namespace

ConsiderationsPage::ConsiderationsPage(TenderDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ConsiderationsModel(document, this))
    , m_purpose(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_citation(new QLabel(this))
    , m_headline(new MessageBar(this))
    , m_reasons(new QTextBrowser(this))
    , m_chart(new LeaningChart(this))
    , m_showTable3(new QCheckBox(tr("Show Table 3's &text in the table"), this))
    , m_table3Detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("considerationsPage"));
    training::setAnchor(this, QStringLiteral("page.considerations"));
    m_purpose->setObjectName(QStringLiteral("purposeEdit"));
    m_purpose->setAccessibleName(tr("Defined purpose of the system"));
    m_purpose->setPlaceholderText(
        tr("What the system is for, in a sentence: the brief asks that the choice follow the "
           "defined purpose"));
    connect(m_purpose, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_document->push(new SetContextPurposeCommand(m_document, text));
    });
    auto* purposeLabel = new QLabel(tr("Defined &purpose:"), this);
    purposeLabel->setBuddy(m_purpose);

    auto* hint = new QLabel(
        tr("Answer each context question (double-click or F2 in the Context column) and note "
           "the facts behind the answer. The leaning and the recommendation follow at once; the "
           "passage of Table 3 in bold is the one that supports the leaning."),
        this);
    hint->setObjectName(QStringLiteral("considerationsHint"));
    hint->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("considerationsTable"));
    training::setAnchor(m_table, QStringLiteral("considerations.table"));
    m_table->setAccessibleName(tr("Table 3 considerations"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ConsiderationsModel::AnswerColumn,
                                      new AnswerDelegate(m_table));
    m_table->setItemDelegateForColumn(ConsiderationsModel::NoteColumn, new NoteDelegate(m_table));
    auto* table3Cells = new RichTextDelegate(m_table);
    m_table->setItemDelegateForColumn(ConsiderationsModel::OpenColumn, table3Cells);
    m_table->setItemDelegateForColumn(ConsiderationsModel::ProprietaryColumn, table3Cells);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ConsiderationsModel::ConsiderationColumn, 150);
    header->resizeSection(ConsiderationsModel::AnswerColumn, 200);
    header->resizeSection(ConsiderationsModel::NoteColumn, 220);
    header->resizeSection(ConsiderationsModel::LeaningColumn, 165);
    header->setSectionResizeMode(ConsiderationsModel::OpenColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConsiderationsModel::ProprietaryColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(220);
    connect(header, &QHeaderView::sectionResized, this, &ConsiderationsPage::fitRows);

    // Compact by default: Table 3's long cells make each row a paragraph
    // tall, so only two of the six fitted at 1280 × 800. The selected
    // row's text is shown under the table instead, or in the table on
    // demand.
    m_showTable3->setObjectName(QStringLiteral("showTable3Text"));
    m_showTable3->setToolTip(
        tr("Show the brief's text for open source and proprietary in two more columns"));
    connect(m_showTable3, &QCheckBox::toggled, this, &ConsiderationsPage::setTable3InTable);
    m_table3Detail->setObjectName(QStringLiteral("table3Detail"));
    m_table3Detail->setAccessibleName(tr("Table 3's text for the selected consideration"));
    m_table3Detail->setMinimumWidth(240);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConsiderationsPage::updateTable3Detail);

    m_citation->setObjectName(QStringLiteral("table3Citation"));
    m_citation->setWordWrap(true);
    m_citation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const Table3Source& source = table3().source;
    m_citation->setText(tr("Source: %1").arg(source.citation()));
    QFont small = m_citation->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_citation->setFont(small);

    m_headline->setObjectName(QStringLiteral("recommendationHeadline"));
    m_reasons->setObjectName(QStringLiteral("recommendationReasons"));
    m_reasons->setAccessibleName(tr("Reasons for the recommendation"));
    m_reasons->setOpenLinks(false);
    m_reasons->setMinimumHeight(90);

    auto* recommendation = new QGroupBox(tr("Recommendation"), this);
    recommendation->setObjectName(QStringLiteral("recommendationBox"));
    auto* recommendationLayout = new QVBoxLayout(recommendation);
    recommendationLayout->addWidget(m_headline);
    recommendationLayout->addWidget(m_reasons, 1);

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(QStringLiteral("recommendationSplitter"));
    bottom->addWidget(recommendation);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);

    auto* tableArea = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto* hintRow = new QHBoxLayout;
    hintRow->addWidget(hint, 1);
    hintRow->addWidget(m_showTable3, 0, Qt::AlignBottom);
    tableLayout->addLayout(hintRow);
    // The detail beside the table: the width the two columns of Table 3
    // left, where the rows keep their height.
    auto* tableAndDetail = new QSplitter(Qt::Horizontal, tableArea);
    tableAndDetail->setObjectName(QStringLiteral("table3DetailSplitter"));
    tableAndDetail->addWidget(m_table);
    tableAndDetail->addWidget(m_table3Detail);
    tableAndDetail->setStretchFactor(0, 3);
    tableAndDetail->setStretchFactor(1, 1);
    tableAndDetail->setChildrenCollapsible(false);
    tableLayout->addWidget(tableAndDetail, 1);
    tableLayout->addWidget(m_citation);

    auto* main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("considerationsSplitter"));
    main->addWidget(tableArea);
    main->addWidget(bottom);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);
    for (QSplitter* s : {bottom, main})
        s->setChildrenCollapsible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(purposeLabel);
    top->addWidget(m_purpose, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(main, 1);

    setTabOrder(m_purpose, m_table);
    setTabOrder(m_table, m_reasons);

    connect(document, &TenderDocument::tenderReset, this, &ConsiderationsPage::updatePurpose);
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (change.is(TenderChange::What::Context))
            updatePurpose();
    });
    auto* deferred = new UpdateWhenShown(this, [this] { updateRecommendation(); });
    connect(document, &TenderDocument::evaluated, deferred, &UpdateWhenShown::request);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConsiderationsPage::fitRows);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConsiderationsPage::fitRows);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            &ConsiderationsPage::updateTable3Detail);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            &ConsiderationsPage::updateTable3Detail);
    setTable3InTable(false);
    m_table->setCurrentIndex(m_model->index(0, ConsiderationsModel::AnswerColumn));
    updatePurpose();
    updateRecommendation();
}

void ConsiderationsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitRows();
}

void ConsiderationsPage::fitRows()
{
    if (!isVisible())
        return;
    m_table->resizeRowsToContents();
    if (!m_table3Detail->isVisible())
        return;
    // Compact: three lines a row at most, so the six fit at 1280 × 800;
    // the whole note is in the detail beside the table and in the tool tip.
    const int most = 3 * m_table->fontMetrics().lineSpacing() + 8;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_table->rowHeight(row) > most)
            m_table->setRowHeight(row, most);
}

void ConsiderationsPage::setTable3InTable(bool shown)
{
    m_table->setColumnHidden(ConsiderationsModel::OpenColumn, !shown);
    m_table->setColumnHidden(ConsiderationsModel::ProprietaryColumn, !shown);
    // Compact, the leaning and the note share the width Table 3 left.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(ConsiderationsModel::NoteColumn,
                                 shown ? QHeaderView::Interactive : QHeaderView::Stretch);
    if (shown)
        header->resizeSection(ConsiderationsModel::NoteColumn, 220);
    m_table3Detail->setVisible(!shown);
    updateTable3Detail();
    fitRows();
}

// The selected consideration's Table 3 cells, the part that supports the
// leaning in bold, as the table's columns show them.
void ConsiderationsPage::updateTable3Detail()
{
    if (m_table3Detail->isHidden())
        return;
    const int row = std::max(0, m_table->currentIndex().row());
    if (row >= m_model->rowCount()) {
        m_table3Detail->clear();
        return;
    }
    const auto cell = [&](int column) {
        const QModelIndex index = m_model->index(row, column);
        return QStringLiteral("<p style=\"margin-bottom: 0\"><b>%1</b></p>%2")
            .arg(m_model->headerData(column, Qt::Horizontal).toString().toHtmlEscaped(),
                 index.data(RichTextRole).toString());
    };
    const auto text = [&](int column) {
        return m_model->index(row, column).data().toString().toHtmlEscaped();
    };
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p>")
                       .arg(text(ConsiderationsModel::ConsiderationColumn),
                            text(ConsiderationsModel::AnswerColumn));
    if (const QString note = text(ConsiderationsModel::NoteColumn); !note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(note);
    m_table3Detail->setHtml(html + cell(ConsiderationsModel::OpenColumn) +
                            cell(ConsiderationsModel::ProprietaryColumn));
}

void ConsiderationsPage::updatePurpose()
{
    const QString& purpose = m_document->tender().context.purpose;
    showText(m_purpose, purpose);
}

void ConsiderationsPage::updateRecommendation()
{
    const Recommendation r = recommend(m_document->tender(), m_document->evaluation());
    m_chart->setRecommendation(r);
    m_headline->showMessage(r.rule == RecommendationRule::NoAward ? MessageBar::Kind::Warning
                                                                  : MessageBar::Kind::Information,
                            r.headline);
    QString html = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
    for (const QString& reason : r.reasons)
        html += QStringLiteral("<li>") + reason.toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    m_reasons->setHtml(html);
}

} // namespace tulana
