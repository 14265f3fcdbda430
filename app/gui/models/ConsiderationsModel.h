#pragma once

#include "considerations/Assessment.h"

#include <QAbstractTableModel>

#include <vector>

namespace tulana {

class TenderDocument;

// The six considerations of Table 3 for the document's tender, one row
// each in the table's order: the consideration, the officer's answer to
// its context question (chosen from the question's options) and note, the
// leaning the answer gives, and the open-source and proprietary cells of
// Table 3 as the brief prints them, the passage that supports the leaning
// in bold (RichTextRole). The answer and the note are edited through undo commands.
class ConsiderationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ConsiderationColumn,
        AnswerColumn,
        NoteColumn,
        LeaningColumn,
        OpenColumn,
        ProprietaryColumn,
        ColumnCount
    };

    explicit ConsiderationsModel(TenderDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ConsiderationAssessment& assessmentAt(int row) const;
    int rowOf(const QString& consideration) const;

private:
    void reassess();
    QVariant displayData(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    QVariant choices(int row) const;

    TenderDocument* m_document;
    std::vector<ConsiderationAssessment> m_assessed;
};

} // namespace tulana
