#pragma once

#include "document/DocumentTypes.h"

#include <QPersistentModelIndex>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tulana {

class CriteriaModel;
class MessageBar;
class SpinSlider;
class TenderDocument;

// Edits the criterion or group selected in the criteria tree: id, name,
// description, weight (spin box and slider in step) and, for a marked
// criterion, its maximum and minimum marks. Follows the selection through
// insertions and removals, and undo and redo.
class CriterionEditor : public QWidget
{
    Q_OBJECT
public:
    CriterionEditor(TenderDocument* document, CriteriaModel* model, QWidget* parent = nullptr);

    void setCurrent(const QModelIndex& index);
    void focusName();

private:
    void refresh();
    void push(CriterionField field, const QVariant& value);
    void commitId();

    TenderDocument* m_document;
    CriteriaModel* m_model;
    QPersistentModelIndex m_current;

    QLabel* m_kind;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    SpinSlider* m_weight;
    QDoubleSpinBox* m_maxMarks;
    QCheckBox* m_hasMinimum;
    QDoubleSpinBox* m_minMarks;
    QLabel* m_maxLabel;
    MessageBar* m_groupHint;
};

} // namespace tulana
