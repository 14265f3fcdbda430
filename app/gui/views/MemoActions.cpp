#include "views/MemoActions.h"

#include "MemoExport.h"
#include "MemoPages.h"
#include "MemoTextDocument.h"
#include "document/TenderDocument.h"
#include "memo/MemoBuilder.h"
#include "util/FinishEditing.h"
#include "util/Icons.h"
#include "util/StandardButtons.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

#include <memory>

namespace tulana {
namespace {

struct FormatFilter
{
    MemoFormat format;
    const char* suffix;
    QString filter;
};

std::vector<FormatFilter> formatFilters()
{
    return {
        {MemoFormat::Pdf, "pdf", MemoActions::tr("PDF, for signing and filing (*.pdf)")},
        {MemoFormat::Odt, "odt", MemoActions::tr("OpenDocument text, editable (*.odt)")},
        {MemoFormat::Html, "html", MemoActions::tr("Web page (*.html *.htm)")},
        {MemoFormat::Markdown, "md", MemoActions::tr("Markdown (*.md)")},
    };
}

} // namespace

MemoActions::MemoActions(TenderDocument* document, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_preview(new QAction(themedIcon(QStringLiteral("preview")), tr("Memo Pre&view…"), this))
    , m_export(new QAction(themedIcon(QStringLiteral("export")), tr("E&xport Memo…"), this))
    , m_printEvaluation(
          new QAction(themedIcon(QStringLiteral("print")), tr("&Print Evaluation…"), this))
{
    m_preview->setObjectName(QStringLiteral("actionMemoPreview"));
    m_preview->setStatusTip(tr("See the decision memo as it will be printed"));
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_preview, &QAction::triggered, this, &MemoActions::preview);
    m_export->setObjectName(QStringLiteral("actionExportMemo"));
    m_export->setStatusTip(tr("Write the decision memo as PDF, ODT, HTML or Markdown"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &MemoActions::chooseAndExport);
    m_printEvaluation->setObjectName(QStringLiteral("actionPrintEvaluation"));
    m_printEvaluation->setStatusTip(
        tr("Print the ranking, the scores and the charts as they stand (not the memo)"));
    m_printEvaluation->setShortcut(QKeySequence::Print);
    connect(m_printEvaluation, &QAction::triggered, this, &MemoActions::printEvaluation);
    connect(document, &TenderDocument::evaluated, this, &MemoActions::updateEnabled);
    connect(document, &TenderDocument::tenderReset, this, &MemoActions::updateEnabled);
    updateEnabled();
}

void MemoActions::updateEnabled()
{
    // Refusals are explained when asked; only an empty tender has nothing.
    const bool any = !m_document->isBlank();
    m_preview->setEnabled(any);
    m_export->setEnabled(any);
    m_printEvaluation->setEnabled(any);
}

std::optional<MemoDocument> MemoActions::memo(QString* refusal) const
{
    const Tender& tender = m_document->tender();
    const Evaluation& evaluation = m_document->evaluation();
    const Problems problems = memoProblems(tender, evaluation);
    if (hasErrors(problems)) {
        if (refusal) {
            QStringList lines{memoRefusal(problems)};
            for (const Problem& p : problems)
                if (p.isError())
                    lines << QStringLiteral("• ") + p.message;
            lines << tr("Record what is missing on the Decision page.");
            *refusal = lines.join(QLatin1Char('\n'));
        }
        return std::nullopt;
    }
    MemoOptions options;
    if (!m_document->filePath().isEmpty())
        options.sourceFile = QFileInfo(m_document->filePath()).fileName();
    return buildMemo(tender, evaluation, options);
}

bool MemoActions::exportTo(const QString& path, QString* errorMessage) const
{
    const std::optional<MemoFormat> format = memoFormatForPath(path);
    if (!format) {
        if (errorMessage)
            *errorMessage = tr("Cannot tell the memo's format from “%1”: end it in .pdf, .odt, "
                               ".html or .md.")
                                .arg(QFileInfo(path).fileName());
        return false;
    }
    const std::optional<MemoDocument> m = memo(errorMessage);
    if (!m)
        return false;
    QString message;
    if (!exportMemo(*m, path, *format, &message)) {
        if (errorMessage)
            *errorMessage = tr("%1 %2").arg(QDir::toNativeSeparators(path), message);
        return false;
    }
    return true;
}

QPrintPreviewDialog* MemoActions::createPreview(QWidget* parent, QString* refusal) const
{
    const std::optional<MemoDocument> m = memo(refusal);
    if (!m)
        return nullptr;
    auto* dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(QStringLiteral("memoPreviewDialog"));
    dialog->setWindowTitle(m->draft ? tr("Memo preview (draft: the decision is not finalised)")
                                    : tr("Memo preview"));
    // The dialog's printer: the memo sets its page (A4, the memo's margins).
    const MemoDocument shown = *m;
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [shown](QPrinter* printer) {
        const MemoPages pages(shown);
        pages.print(printer);
    });
    return dialog;
}

QPrintPreviewDialog* MemoActions::createEvaluationPreview(QWidget* parent) const
{
    MemoOptions options;
    if (!m_document->filePath().isEmpty())
        options.sourceFile = QFileInfo(m_document->filePath()).fileName();
    const MemoDocument sheet =
        buildEvaluationSheet(m_document->tender(), m_document->evaluation(), options);
    auto* dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(QStringLiteral("evaluationPrintDialog"));
    dialog->setWindowTitle(tr("Print the evaluation"));
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [sheet](QPrinter* printer) {
        const MemoPages pages(sheet);
        pages.print(printer);
    });
    return dialog;
}

void MemoActions::printEvaluation()
{
    finishEditing(m_window);
    std::unique_ptr<QPrintPreviewDialog> dialog(createEvaluationPreview(m_window));
    dialog->resize(1000, 800);
    dialog->exec();
}

void MemoActions::preview()
{
    finishEditing(m_window); // the memo shows what was just typed, too
    QString refusal;
    std::unique_ptr<QPrintPreviewDialog> dialog(createPreview(m_window, &refusal));
    if (!dialog) {
        messageBox::warning(m_window, tr("Cannot preview the memo"), refusal);
        return;
    }
    dialog->resize(1000, 800);
    dialog->exec();
}

void MemoActions::chooseAndExport()
{
    finishEditing(m_window);
    QString refusal;
    if (!memo(&refusal)) {
        messageBox::warning(m_window, tr("Cannot export the memo"), refusal);
        return;
    }
    const std::vector<FormatFilter> filters = formatFilters();
    QStringList filterList;
    for (const FormatFilter& f : filters)
        filterList << f.filter;
    QString directory = m_document->filePath().isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(m_document->filePath()).absolutePath();
    QString base = m_document->tender().reference;
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    if (base.isEmpty())
        base = tr("memo");
    else
        base = tr("%1 memo").arg(base);
    QString selected = filters.front().filter;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export memo"), QDir(directory).filePath(base + QStringLiteral(".pdf")),
        filterList.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    // No extension typed: the chosen filter's.
    if (!memoFormatForPath(path))
        for (const FormatFilter& f : filters)
            if (f.filter == selected)
                path += QLatin1Char('.') + QLatin1String(f.suffix);
    QString error;
    if (!exportTo(path, &error)) {
        messageBox::warning(m_window, tr("Cannot export the memo"), error);
        return;
    }
    emit exported(path);
}

} // namespace tulana
