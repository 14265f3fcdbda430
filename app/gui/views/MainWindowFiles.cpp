// MainWindow: opening, creating and saving tenders, and the recent files.

#include "views/ExchangeActions.h"
#include "views/MainWindow.h"

#include "sheet/SheetWindow.h"

#include "document/TenderDocument.h"
#include "io/PlaceNames.h"
#include "io/TenderFile.h"
#include "pages/EvaluationPage.h"
#include "pages/ProcessPage.h"
#include "settings/Settings.h"
#include "util/FinishEditing.h"
#include "util/ProblemsDialog.h"
#include "util/StandardButtons.h"
#include "widgets/NewTenderWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace tulana {
namespace {

QString tenderFilter()
{
    return MainWindow::tr("Tulana tenders (*.tulana)");
}

QString startDirectory(const QString& current)
{
    if (!current.isEmpty())
        return QFileInfo(current).absolutePath();
    const QStringList recent = settings::recentFiles();
    if (!recent.isEmpty())
        return QFileInfo(recent.first()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

bool MainWindow::maybeSave()
{
    // A price still in its cell's editor is a change too (closing, opening).
    finishEditing(this);
    if (!m_document->isModified())
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("Unsaved changes"),
        tr("The tender “%1” has changes that are not saved.").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("Do you want to save them?"));
    box.setDefaultButton(QMessageBox::Save);
    nameStandardButtons(box);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool MainWindow::openFile(const QString& path)
{
    // A member's evaluator sheet opens in evaluator mode, a window of its
    // own that shows the sheet and nothing of this tender.
    if (SheetWindow::isSheetFile(path)) {
        auto* sheet = new SheetWindow;
        if (!sheet->openSheet(path)) {
            sheet->deleteLater();
            return false;
        }
        sheet->show();
        return true;
    }
    if (!maybeSave())
        return false;
    Problems problems;
    if (!m_document->load(path, &problems)) {
        // The dialog names the file once; each problem keeps its place in it
        // (a file that did not load has no ids yet: places are numbered).
        for (Problem& p : problems)
            if (const QString place = placeWithinFile(p.where, path); !place.isEmpty())
                p.where = placeInFile(place);
        // The tender on screen stays as it was; the dialog says where the
        // file is wrong so that it can be fixed.
        ProblemsDialog::showModal(this, tr("Cannot open tender"),
                                  tr("%1 could not be opened. The tender on screen is unchanged.")
                                      .arg(QDir::toNativeSeparators(path)),
                                  problems);
        return false;
    }
    rememberFile(m_document->filePath());
    statusBar()->showMessage(tr("Opened %1").arg(m_document->displayName()), 4000);
    // A recorded process that no longer verifies is the first thing to see.
    m_pages->setCurrentWidget(m_document->processProblems().isEmpty()
                                  ? static_cast<QWidget*>(m_evaluationPage)
                                  : static_cast<QWidget*>(m_processPage));
    return true;
}

bool MainWindow::newTender()
{
    if (!maybeSave())
        return false;
    NewTenderWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted)
        return false;
    // Modified until saved: closing asks before the wizard's work is lost.
    m_document->reset(wizard.tender(), QString(), true);
    m_pages->setCurrentIndex(1);
    return true;
}

bool MainWindow::newFromOcds()
{
    if (!maybeSave())
        return false;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("New tender from an OCDS release"), QString(),
                                     tr("OCDS releases (*.json);;All files (*)"));
    return !path.isEmpty() && newFromOcdsFile(path);
}

bool MainWindow::newFromOcdsFile(const QString& path)
{
    QString why;
    QStringList notMapped;
    if (!m_exchange->readOcds(path, &why, &notMapped)) {
        QMessageBox::warning(this, tr("New tender from an OCDS release"),
                             tr("%1 could not be read. The tender on screen is unchanged.\n%2")
                                 .arg(QFileInfo(path).fileName(), why));
        return false;
    }
    m_pages->setCurrentIndex(0);
    if (!notMapped.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("New tender from an OCDS release"),
                        tr("The tender is started from %1. To complete, as the release does "
                           "not say:")
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("ocdsNotMapped"));
        box.setInformativeText(QStringLiteral("• ") + notMapped.join(QStringLiteral("\n• ")));
        box.exec();
    }
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    finishEditing(this); // the name suggested follows a reference just typed
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        QString name = m_document->tender().reference;
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        if (name.isEmpty())
            name = tr("tender");
        suggested = QDir(startDirectory({})).filePath(name + QStringLiteral(".tulana"));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save tender"), suggested, tenderFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tulana");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString& path)
{
    // Ctrl+S and the tool button leave focus where it is: what is typed in
    // a cell or a field that commits when left is written too.
    finishEditing(this);
    QString error;
    if (!m_document->saveAs(path, &error)) {
        messageBox::critical(this, tr("Cannot save tender"),
                             tr("%1 was not saved: %2\nThe file on disk is unchanged.")
                                 .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    rememberFile(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 4000);
    return true;
}

void MainWindow::chooseFileToOpen()
{
    // A committee member opens their evaluator sheet the same way.
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open tender"), startDirectory(m_document->filePath()),
        tenderFilter() + QStringLiteral(";;") + tr("Evaluator sheets (*.tulana-sheet)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::rememberFile(const QString& path)
{
    settings::addRecentFile(path);
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = settings::recentFiles();
    int number = 0;
    for (const QString& file : files) {
        if (!QFileInfo::exists(file))
            continue;
        ++number;
        // "&1 name.tulana": the number is the keyboard accelerator.
        const QString text = number < 10 ? tr("&%1 %2").arg(number).arg(QFileInfo(file).fileName())
                                         : QFileInfo(file).fileName();
        QAction* action = m_recentMenu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    if (number == 0) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        settings::setRecentFiles({});
        fillRecentMenu();
    });
}

} // namespace tulana
