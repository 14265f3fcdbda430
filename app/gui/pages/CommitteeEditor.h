#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace tulana {

class EvaluatorsModel;
class MessageBar;
class TenderDocument;

// The evaluation committee as an editable table, with buttons to add and
// remove members. A member's marks go with them (and come back on undo).
class CommitteeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CommitteeEditor(TenderDocument* document, QWidget* parent = nullptr);

private:
    void addEvaluator();
    void removeEvaluator();
    void updateButtons();

    TenderDocument* m_document;
    EvaluatorsModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    MessageBar* m_message;
};

} // namespace tulana
