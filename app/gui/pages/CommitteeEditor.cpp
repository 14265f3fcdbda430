#include "pages/CommitteeEditor.h"

#include "commands/EvaluatorCommands.h"
#include "document/Identifiers.h"
#include "document/TenderDocument.h"
#include "models/EvaluatorsModel.h"
#include "util/Icons.h"
#include "util/MessageBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tulana {

CommitteeEditor::CommitteeEditor(TenderDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new EvaluatorsModel(document, this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(themedIcon(QStringLiteral("add")), tr("Add &evaluator"), this))
    , m_remove(new QPushButton(themedIcon(QStringLiteral("remove")), tr("Remove e&valuator"), this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("committeeEditor"));
    m_table->setObjectName(QStringLiteral("evaluatorsTable"));
    m_table->setAccessibleName(tr("Evaluation committee"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(EvaluatorsModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->setMinimumHeight(120);
    m_add->setObjectName(QStringLiteral("addEvaluatorButton"));
    m_remove->setObjectName(QStringLiteral("removeEvaluatorButton"));
    m_message->setObjectName(QStringLiteral("committeeMessage"));
    m_message->setCloseable(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &CommitteeEditor::addEvaluator);
    connect(m_remove, &QPushButton::clicked, this, &CommitteeEditor::removeEvaluator);
    connect(m_model, &EvaluatorsModel::editRejected, this, [this](const QString& message) {
        m_message->showMessage(MessageBar::Kind::Error, message);
    });
    m_message->clearWhenChanged(document->undoStack()); // an old complaint goes stale
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CommitteeEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CommitteeEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CommitteeEditor::updateButtons);
    updateButtons();
}

void CommitteeEditor::addEvaluator()
{
    const Tender& t = m_document->tender();
    Evaluator e;
    e.id = nextEvaluatorId(t);
    e.name = tr("Evaluator %1").arg(t.evaluators.size() + 1);
    const int row = int(t.evaluators.size());
    if (!m_document->push(new AddEvaluatorCommand(m_document, row, e)))
        return; // refused: the process has fixed the committee with the rules
    const QModelIndex name = m_model->index(row, EvaluatorsModel::NameColumn);
    m_table->setCurrentIndex(name);
    m_table->edit(name);
}

void CommitteeEditor::removeEvaluator()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_document->push(new RemoveEvaluatorCommand(m_document, current.row()));
}

void CommitteeEditor::updateButtons()
{
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

} // namespace tulana
