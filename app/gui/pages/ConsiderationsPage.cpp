#include "pages/ConsiderationsPage.h"

#include "commands/ContextCommands.h"
#include "decision/Recommendation.h"
#include "delegates/ChoiceDelegate.h"
#include "delegates/NoteDelegate.h"
#include "delegates/RichTextDelegate.h"
#include "document/TenderDocument.h"
#include "models/ConsiderationsModel.h"
#include "training/Anchors.h"
#include "util/LineEditText.h"
#include "util/MessageBar.h"
#include "util/UpdateWhenShown.h"
#include "widgets/LeaningChart.h"

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
{
    setObjectName(QStringLiteral("considerationsPage"));
    training::setAnchor(this, QStringLiteral("page.considerations"));
    m_purpose->setObjectName(QStringLiteral("purposeEdit"));
    m_purpose->setAccessibleName(tr("Defined purpose of the system"));
    m_purpose->setPlaceholderText(
        tr("What the system is for, in a sentence: the brief asks that the choice follow the "
           "defined purpose"));
    connect(m_purpose, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_document->undoStack()->push(new SetContextPurposeCommand(m_document, text));
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
    tableLayout->addWidget(hint);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_citation);

    auto* main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("considerationsSplitter"));
    main->addWidget(tableArea);
    main->addWidget(bottom);
    main->setStretchFactor(0, 5);
    main->setStretchFactor(1, 2);
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
    if (isVisible())
        m_table->resizeRowsToContents();
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
