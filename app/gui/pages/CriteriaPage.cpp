#include "pages/CriteriaPage.h"
#include "validation/TenderValidator.h"

#include "commands/CriterionCommands.h"
#include "delegates/NumberDelegate.h"
#include "document/CriteriaTree.h"
#include "document/Identifiers.h"
#include "document/TenderDocument.h"
#include "models/CriteriaModel.h"
#include "pages/CriterionEditor.h"
#include "training/Anchors.h"
#include "util/Format.h"
#include "util/Icons.h"
#include "util/MessageBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tulana {
namespace {

// Points not yet given out among `siblings` of a parent worth `target`: a
// new criterion takes them, so the weights add up when they can.
double remainingWeight(const std::vector<Criterion>& siblings, double target)
{
    double sum = 0;
    for (const Criterion& c : siblings)
        sum += c.weight;
    return std::max(0.0, target - sum);
}

void collectMismatches(const std::vector<Criterion>& nodes, QStringList& out)
{
    for (const Criterion& c : nodes) {
        const QString mismatch = CriteriaModel::groupMismatch(c);
        if (!mismatch.isEmpty())
            out << CriteriaPage::tr("Group “%1”: %2").arg(c.name, mismatch);
        collectMismatches(c.children, out);
    }
}

} // namespace

CriteriaPage::CriteriaPage(TenderDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new CriteriaModel(document, this))
    , m_tree(new QTreeView(this))
    , m_editor(new CriterionEditor(document, m_model, this))
    , m_total(new MessageBar(this))
    , m_message(new MessageBar(this))
    , m_add(iconButton(QStringLiteral("add"), tr("Add &criterion"), "addCriterionButton", this))
    , m_addSub(iconButton(QStringLiteral("add"), tr("Add s&ub-criterion"), "addSubCriterionButton",
                          this))
    , m_addGroup(iconButton(QStringLiteral("add-group"), tr("Add &group"), "addGroupButton", this))
    , m_remove(iconButton(QStringLiteral("remove"), tr("&Remove"), "removeCriterionButton", this))
{
    setObjectName(QStringLiteral("criteriaPage"));
    training::setAnchor(this, QStringLiteral("page.criteria"));
    m_tree->setObjectName(QStringLiteral("criteriaTree"));
    m_tree->setAccessibleName(tr("Criteria"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setMinimumSize(420, 240);
    auto* numbers = new NumberDelegate(m_tree);
    for (int column : {int(CriteriaModel::WeightColumn), int(CriteriaModel::MaxMarksColumn),
                       int(CriteriaModel::MinMarksColumn)})
        m_tree->setItemDelegateForColumn(column, numbers);
    // The names get the room; the numbers only what they need.
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CriteriaModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->expandAll();
    m_total->setObjectName(QStringLiteral("criteriaTotal"));
    m_message->setObjectName(QStringLiteral("criteriaMessage"));
    m_message->setCloseable(true);
    m_add->setToolTip(tr("Add a criterion after the selected one, at the same level"));
    m_addSub->setToolTip(tr("Add a criterion under the selected one, which becomes a group"));
    m_addGroup->setToolTip(tr("Add a group of criteria at the top level"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_addSub, m_addGroup, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_total);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addLayout(buttons);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("criteriaSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_tree, m_add);
    setTabOrder(m_add, m_addSub);
    setTabOrder(m_addSub, m_addGroup);
    setTabOrder(m_addGroup, m_remove);
    setTabOrder(m_remove, m_editor);

    connect(m_add, &QPushButton::clicked, this, &CriteriaPage::addCriterion);
    connect(m_addSub, &QPushButton::clicked, this, &CriteriaPage::addSubCriterion);
    connect(m_addGroup, &QPushButton::clicked, this, &CriteriaPage::addGroup);
    connect(m_remove, &QPushButton::clicked, this, &CriteriaPage::removeCurrent);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                m_editor->setCurrent(current);
                updateButtons();
            });
    connect(m_model, &CriteriaModel::editRejected, this, [this](const QString& message) {
        m_message->showMessage(MessageBar::Kind::Error, message);
    });
    m_message->clearWhenChanged(document->undoStack()); // an old complaint goes stale
    // New rows show expanded, so a new sub-criterion is seen where it lands.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& at) { m_tree->expand(at); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        m_editor->setCurrent({});
        updateButtons();
    });
    connect(document, &TenderDocument::evaluated, this, &CriteriaPage::updateTotal);
    updateTotal();
    updateButtons();
}

void CriteriaPage::insert(const CriterionPath& parent, int position, Criterion node)
{
    auto* command = new AddCriterionCommand(m_document, parent, position, std::move(node));
    const CriterionPath path = command->path();
    if (!m_document->push(command))
        return; // refused: the process has fixed the announced rules
    const QModelIndex index = m_model->indexFromPath(path);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_editor->focusName();
}

void CriteriaPage::addCriterion()
{
    const Tender& t = m_document->tender();
    CriterionPath parent;
    int position = int(t.criteria.size());
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid()) {
        const CriterionPath at = m_model->pathFromIndex(current);
        parent = parentOf(at);
        position = at.back() + 1;
    }
    const Criterion* owner = t.criterionAt(parent);
    Criterion c;
    c.id = nextCriterionId(t, parent);
    c.name = tr("New criterion");
    c.weight = remainingWeight(*childrenAt(t.criteria, parent),
                               owner ? owner->weight : criteriaWeightTarget(t));
    insert(parent, position, std::move(c));
}

void CriteriaPage::addSubCriterion()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        addCriterion();
        return;
    }
    const Tender& t = m_document->tender();
    const CriterionPath parent = m_model->pathFromIndex(current);
    if (int(parent.size()) >= kMaxCriteriaDepth)
        return; // the button is off: a file this deep would not open again
    const Criterion* owner = t.criterionAt(parent);
    Criterion c;
    c.id = nextCriterionId(t, parent);
    c.name = tr("New criterion");
    c.maxMarks = owner->isGroup() ? 10.0 : owner->maxMarks;
    c.weight = remainingWeight(owner->children, owner->weight);
    insert(parent, int(owner->children.size()), std::move(c));
}

void CriteriaPage::addGroup()
{
    const Tender& t = m_document->tender();
    Criterion group;
    group.id = nextGroupId(t);
    group.name = tr("New group");
    group.weight = remainingWeight(t.criteria, criteriaWeightTarget(t));
    Criterion child;
    child.id = group.id + QStringLiteral(".1");
    child.name = tr("New criterion");
    child.weight = group.weight;
    group.children.push_back(std::move(child));
    insert({}, int(t.criteria.size()), std::move(group));
}

void CriteriaPage::removeCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    m_document->push(new RemoveCriterionCommand(m_document, m_model->pathFromIndex(current)));
}

void CriteriaPage::updateButtons()
{
    const bool selected = m_tree->currentIndex().isValid();
    // Criteria go kMaxCriteriaDepth levels deep at most (docs/file-format.md).
    m_addSub->setEnabled(selected && int(m_model->pathFromIndex(m_tree->currentIndex()).size()) <
                                         kMaxCriteriaDepth);
    m_remove->setEnabled(selected);
}

void CriteriaPage::updateTotal()
{
    const Tender& t = m_document->tender();
    const double total = m_model->topLevelTotal();
    // The core's rule: 100, less the openness marks when they are announced.
    const double target = criteriaWeightTarget(t);
    const bool openness = t.openness.isOn();
    QStringList problems;
    if (t.criteria.empty())
        problems << tr("The tender has no criteria yet: add one.");
    else if (std::abs(total - target) >= 1e-6)
        problems << (openness ? tr("The top-level weights add up to %1; they must add up to %2, "
                                   "as the openness sub-criterion takes %3 of the 100 technical "
                                   "points.")
                                    .arg(formatNumber(total), formatNumber(target),
                                         formatNumber(t.openness.maxMarks))
                              : tr("The top-level weights add up to %1; they must add up to 100.")
                                    .arg(formatNumber(total)));
    collectMismatches(t.criteria, problems);
    if (problems.isEmpty())
        m_total->showMessage(
            MessageBar::Kind::Information,
            openness ? tr("Total weight: %1 in %n marked criteria and %2 for openness, 100 "
                          "technical points in all.",
                          nullptr, countLeaves(t.criteria))
                           .arg(formatNumber(target), formatNumber(t.openness.maxMarks))
                     : tr("Total weight: 100 of 100 technical points, in %n marked "
                          "criteria.",
                          nullptr, countLeaves(t.criteria)));
    else
        m_total->showMessage(MessageBar::Kind::Warning, problems.join(QLatin1Char('\n')));
}

} // namespace tulana
