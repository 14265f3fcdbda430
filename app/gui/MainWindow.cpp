#include "MainWindow.h"

#include "io/TenderFile.h"
#include "report/EvaluationReport.h"
#include "scoring/Evaluator.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>

namespace tulana {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_view(new QPlainTextEdit(this))
{
    m_view->setObjectName(QStringLiteral("evaluationText"));
    m_view->setReadOnly(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlaceholderText(tr("Open a .tulana tender to see its evaluation."));
    setCentralWidget(m_view);
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseFile);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    setWindowTitle(tr("Tulana"));
    resize(1100, 600);
}

bool MainWindow::openFile(const QString& path)
{
    const TenderLoad load = loadTenderFile(path);
    if (!load.tender) {
        QStringList lines;
        for (const Problem& p : load.problems)
            lines << p.toString();
        QMessageBox::warning(this, tr("Cannot open tender"), lines.join(QLatin1Char('\n')));
        return false;
    }
    m_view->setPlainText(evaluationAsTable(*load.tender, evaluate(*load.tender)));
    setWindowTitle(tr("%1 — Tulana").arg(path));
    return true;
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open tender"), QString(),
                                                      tr("Tulana tenders (*.tulana)"));
    if (!path.isEmpty())
        openFile(path);
}

} // namespace tulana
