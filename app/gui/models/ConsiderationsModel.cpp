#include "models/ConsiderationsModel.h"

#include "commands/ContextCommands.h"
#include "document/TenderDocument.h"
#include "models/ModelRoles.h"
#include "util/LeaningStyle.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QUndoStack>

#include <optional>

namespace tulana {
namespace {

// A cell of Table 3 as printed: the text, then its notes under the
// column's own heading ("Notes").
QString cellText(const Table3Cell& cell, const QString& notesHeading)
{
    if (cell.notes.isEmpty())
        return cell.text;
    return cell.text + QStringLiteral("\n\n") + notesHeading + QStringLiteral(": ") + cell.notes;
}

// The same as HTML, the supporting part (if in this cell) in bold.
QString cellHtml(const Table3Cell& cell, const QString& notesHeading, std::optional<CellPart> bold)
{
    const auto part = [&](CellPart p, const QString& text) {
        const QString escaped = text.toHtmlEscaped();
        return bold == p ? QStringLiteral("<b>") + escaped + QStringLiteral("</b>") : escaped;
    };
    QString html = QStringLiteral("<p>") + part(CellPart::Text, cell.text) + QStringLiteral("</p>");
    if (!cell.notes.isEmpty())
        html += QStringLiteral("<p>") + notesHeading.toHtmlEscaped() + QStringLiteral(": ") +
                part(CellPart::Notes, cell.notes) + QStringLiteral("</p>");
    return html;
}

Side sideOf(int column)
{
    return column == ConsiderationsModel::OpenColumn ? Side::Open : Side::Proprietary;
}

} // namespace

ConsiderationsModel::ConsiderationsModel(TenderDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    reassess();
    connect(document, &TenderDocument::tenderReset, this, [this] {
        beginResetModel();
        reassess();
        endResetModel();
    });
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (!change.is(TenderChange::What::Context))
            return;
        const int row = rowOf(change.consideration);
        if (row < 0)
            return; // the purpose: not in the table
        reassess();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

void ConsiderationsModel::reassess()
{
    m_assessed = assessContext(m_document->tender().context);
}

const ConsiderationAssessment& ConsiderationsModel::assessmentAt(int row) const
{
    return m_assessed.at(std::size_t(row));
}

int ConsiderationsModel::rowOf(const QString& consideration) const
{
    for (std::size_t i = 0; i < m_assessed.size(); ++i)
        if (m_assessed[i].consideration == consideration)
            return int(i);
    return -1;
}

int ConsiderationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_assessed.size());
}

int ConsiderationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsiderationsModel::displayData(int row, int column) const
{
    const ConsiderationAssessment& a = m_assessed[std::size_t(row)];
    const Table3& table = table3();
    switch (column) {
    case ConsiderationColumn:
        return a.name;
    case AnswerColumn:
        return a.answered ? a.answer : tr("Not answered");
    case NoteColumn:
        return a.note;
    case LeaningColumn:
        if (!a.answered)
            return tr("No leaning (not answered)");
        // The words carry the leaning; the colour only repeats them.
        return tr("%1\n(%2)")
            .arg(displayName(a.leaning), cellReference(a.supportSide, a.supportPart));
    case OpenColumn:
    case ProprietaryColumn: {
        const Table3Row* r = table.row(a.consideration);
        if (!r)
            return {};
        const bool open = column == OpenColumn;
        return cellText(r->cell(sideOf(column)),
                        open ? table.columns.openNotes : table.columns.proprietaryNotes);
    }
    }
    return {};
}

QVariant ConsiderationsModel::toolTip(int row, int column) const
{
    const ConsiderationAssessment& a = m_assessed[std::size_t(row)];
    switch (column) {
    case ConsiderationColumn:
    case AnswerColumn: {
        const ContextQuestion* q = contextQuestions().question(a.consideration);
        QString tip = a.question;
        if (q && !q->help.isEmpty())
            tip += QStringLiteral("\n\n") + q->help;
        return tip;
    }
    case NoteColumn:
        return a.note.isEmpty() ? tr("The facts behind the answer") : a.note;
    case LeaningColumn:
        if (!a.answered)
            return tr("Answer the question to see which way this consideration points.");
        return tr("%1\n\nTable 3 (%2): “%3”")
            .arg(a.rationale, cellReference(a.supportSide, a.supportPart), a.support);
    case OpenColumn:
    case ProprietaryColumn:
        if (a.answered && a.supportSide == sideOf(column))
            return tr("This cell supports the leaning (%1).")
                .arg(cellReference(a.supportSide, a.supportPart));
        return {};
    }
    return {};
}

QVariant ConsiderationsModel::choices(int row) const
{
    // Appended, not brace-initialised: `QVariantList{QVariantList{…}}` is a
    // list holding the inner list for GCC (CWG 2137) and a copy of it for
    // Clang 14, which keeps the older rule.
    QVariantList out;
    out << QVariant(QVariantList{tr("Not answered"), QString()});
    if (const ContextQuestion* q =
            contextQuestions().question(m_assessed[std::size_t(row)].consideration))
        for (const ContextOption& o : q->options)
            out << QVariant(QVariantList{o.label, o.id});
    return out;
}

QVariant ConsiderationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const int row = index.row();
    const int column = index.column();
    const ConsiderationAssessment& a = m_assessed[std::size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(row, column);
    case Qt::EditRole:
        if (column == AnswerColumn)
            return a.option;
        if (column == NoteColumn)
            return a.note;
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case ChoicesRole:
        return column == AnswerColumn ? choices(row) : QVariant();
    case RichTextRole:
        if (column == OpenColumn || column == ProprietaryColumn) {
            const Table3Row* r = table3().row(a.consideration);
            if (!r)
                return {};
            const bool supports = a.answered && a.supportSide == sideOf(column);
            return cellHtml(r->cell(sideOf(column)),
                            column == OpenColumn ? table3().columns.openNotes
                                                 : table3().columns.proprietaryNotes,
                            supports ? std::optional<CellPart>(a.supportPart) : std::nullopt);
        }
        return {};
    case Qt::BackgroundRole:
        if (column == LeaningColumn && a.answered)
            return leaningTint(a.leaning, QApplication::palette());
        return {};
    case Qt::FontRole:
        if (column == ConsiderationColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (column == AnswerColumn && !a.answered) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    }
    return {};
}

bool ConsiderationsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index) || role != Qt::EditRole)
        return false;
    const ConsiderationAssessment& a = m_assessed[std::size_t(index.row())];
    const QString text = value.toString();
    if (index.column() == AnswerColumn) {
        const ContextQuestion* q = contextQuestions().question(a.consideration);
        if (!text.isEmpty() && (!q || !q->option(text)))
            return false; // not one of the question's answers
        if (text == a.option)
            return true;
        m_document->push(new SetContextAnswerCommand(m_document, a.consideration, text));
        return true;
    }
    if (index.column() == NoteColumn) {
        if (text == a.note)
            return true;
        m_document->push(new SetContextNoteCommand(m_document, a.consideration, text));
        return true;
    }
    return false;
}

Qt::ItemFlags ConsiderationsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == AnswerColumn || index.column() == NoteColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ConsiderationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Table3Columns& columns = table3().columns;
    switch (section) {
    case ConsiderationColumn:
        return columns.consideration;
    case AnswerColumn:
        return tr("Context (your answer)");
    case NoteColumn:
        return tr("Note");
    case LeaningColumn:
        return tr("Leaning");
    case OpenColumn:
        return columns.open;
    case ProprietaryColumn:
        return columns.proprietary;
    }
    return {};
}

} // namespace tulana
