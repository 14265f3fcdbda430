#pragma once

#include "diagnostics/Problem.h"
#include "memo/MemoDocument.h"

#include <QObject>

#include <optional>

class QAction;
class QPrintPreviewDialog;
class QWidget;

namespace tulana {

class TenderDocument;

// The decision memo from the app: "Memo Preview…" (a print preview of the
// very document the PDF is made of) and "Export Memo…" (PDF, ODT, HTML or
// Markdown, chosen by the file dialog's filter), through the same code as
// tulana-cli memo (core/memo, app/memo). Like the CLI, both refuse while
// the decision departs from the open-source option or the evaluation
// without its justification, and say the same thing. "Print Evaluation…"
// prints the ranking and charts on their own, at any time.
class MemoActions : public QObject
{
    Q_OBJECT
public:
    MemoActions(TenderDocument* document, QWidget* window);

    QAction* previewAction() const { return m_preview; }
    QAction* exportAction() const { return m_export; }
    QAction* printEvaluationAction() const { return m_printEvaluation; }

    // The memo of the document's tender, or nothing and `refusal` (the
    // CLI's sentence, then each problem on its own line) when it cannot be
    // made.
    std::optional<MemoDocument> memo(QString* refusal) const;

    // Writes the memo to `path` in `format`'s way (from the extension);
    // false with `errorMessage` when refused or not written.
    bool exportTo(const QString& path, QString* errorMessage) const;

    // The preview dialog over the memo, not yet shown; null with `refusal`
    // when the memo cannot be made.
    QPrintPreviewDialog* createPreview(QWidget* parent, QString* refusal) const;

    // A print preview of the evaluation sheet (buildEvaluationSheet()): the
    // ranking, scores and charts as they stand, printable whatever the
    // decision's state, unlike the memo.
    QPrintPreviewDialog* createEvaluationPreview(QWidget* parent) const;
    void printEvaluation();

    // Asks for a file, then exports; reports a refusal or failure in a box.
    void chooseAndExport();
    void preview();

signals:
    void exported(const QString& path);

private:
    void updateEnabled();

    TenderDocument* m_document;
    QWidget* m_window;
    QAction* m_preview;
    QAction* m_export;
    QAction* m_printEvaluation;
};

} // namespace tulana
