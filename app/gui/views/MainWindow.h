#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace tulana {

class BidsPage;
class ConsiderationsPage;
class CriteriaPage;
class DecisionPage;
class EvaluationPage;
class MarksPage;
class RegistryActions;
class RegistryWindow;
class MemoActions;
class ExchangeActions;
class Autosave;
class MessageBar;
class RecoveryBar;
class ProcessPage;
class TenderDocument;
class TenderPage;
namespace training {
class TrainingController;
}

// The main window: one open tender, its pages (tender, criteria, bids,
// eligibility, costs, marks, evaluation, openness, considerations, decision,
// process) in tabs, and the File, Edit, View, Training and Help menus. The title shows
// the file name and a modified mark; closing, opening or starting another
// tender asks before unsaved changes are lost.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    TenderDocument* document() const { return m_document; }
    Autosave* autosave() const { return m_autosave; }
    // Training mode: the Training menu and the side panel (app/gui/training).
    training::TrainingController* training() const { return m_training; }

    // Opens a .tulana file. When it cannot be opened a dialog lists the
    // located problems and the current tender stays open.
    bool openFile(const QString& path);
    // Asks through the new-tender wizard; false when cancelled.
    bool newTender();
    // File ▸ New from OCDS Release…: asks to save, then for a release.
    bool newFromOcds();
    bool newFromOcdsFile(const QString& path);
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    // Asks whether to save unsaved changes; false when the officer cancels.
    bool maybeSave();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showRegistry();
    void chooseRegistryConnection();
    void createActions();
    void createMenus();
    void chooseFileToOpen();
    void fillRecentMenu();
    void rememberFile(const QString& path);
    void updateTitle();
    void updateStatus();
    void updateProcessWarning();
    void showAbout();
    void chooseMemoToVerify();
    void fitToScreen();

    TenderDocument* m_document;
    QTabWidget* m_pages;
    TenderPage* m_tenderPage;
    CriteriaPage* m_criteriaPage;
    BidsPage* m_bidsPage;
    MarksPage* m_marksPage;
    EvaluationPage* m_evaluationPage;
    ConsiderationsPage* m_considerationsPage;
    DecisionPage* m_decisionPage;
    ProcessPage* m_processPage;
    Autosave* m_autosave;
    RecoveryBar* m_recovery;   // work a crashed window left, offered back
    MessageBar* m_refusal;     // an edit the recorded process refused, and why
    MessageBar* m_unprotected; // unsaved work whose recovery copy failed, and why
    MemoActions* m_memoActions;
    ExchangeActions* m_exchange;
    RegistryActions* m_registryActions = nullptr;
    QAction* m_registryWindowAction = nullptr;
    QAction* m_registryConnectionAction = nullptr;
    training::TrainingController* m_training = nullptr;
    QLabel* m_status;
    QLabel* m_processWarning; // the recorded process did not verify on open
    QMenu* m_recentMenu = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_csvTemplateAction = nullptr;
    QAction* m_verifyMemoAction = nullptr;
    QLabel* m_openFolder = nullptr; // "Open folder" after an export
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
};

} // namespace tulana
