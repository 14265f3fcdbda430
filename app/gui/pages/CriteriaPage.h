#pragma once

#include "document/DocumentTypes.h"

#include <QWidget>

class QPushButton;
class QTreeView;

namespace tulana {

class CriteriaModel;
class CriterionEditor;
class MessageBar;
class TenderDocument;
struct Criterion;

// The technical criteria: a tree of groups and marked criteria with their
// weights, an editor for the selected one, and a live total that turns into
// a warning when the weights do not add up.
class CriteriaPage : public QWidget
{
    Q_OBJECT
public:
    explicit CriteriaPage(TenderDocument* document, QWidget* parent = nullptr);

    CriteriaModel* model() const { return m_model; }

    // Actions (also in the Edit menu).
    void addCriterion();
    void addSubCriterion();
    void addGroup();
    void removeCurrent();

private:
    void insert(const CriterionPath& parent, int position, Criterion node);
    void updateTotal();
    void updateButtons();

    TenderDocument* m_document;
    CriteriaModel* m_model;
    QTreeView* m_tree;
    CriterionEditor* m_editor;
    MessageBar* m_total;
    MessageBar* m_message;
    QPushButton* m_add;
    QPushButton* m_addSub;
    QPushButton* m_addGroup;
    QPushButton* m_remove;
};

} // namespace tulana
