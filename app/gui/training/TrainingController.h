#pragma once

#include "diagnostics/Problem.h"
#include "training/TraineeResults.h"
#include "training/TrainingCase.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QMenu;
class QMenuBar;

namespace tulana {

class MainWindow;
class TenderDocument;

namespace training {

class HighlightFrame;
class TrainingPanel;
class TrainingSession;

// Training mode in the main window: the Training menu, the pack of cases
// (the bundled one, or a trainer's own), the case running in the side panel,
// the highlight of the place each step points at, and the results of this
// sitting (every case done since the app started, for one trainee) with the
// certificate, the results file and the xAPI statements made from them.
//
// A case's tender is opened as an untitled copy: Save asks for a new file,
// so the case's own file is never written.
class TrainingController : public QObject
{
    Q_OBJECT
public:
    TrainingController(MainWindow* window, TenderDocument* document);
    ~TrainingController() override;

    // Adds the Training menu after the View menu.
    QMenu* createMenu(QMenuBar* bar, QAction* before);
    QDockWidget* dock() const { return m_dock; }
    TrainingPanel* panel() const { return m_panel; }
    HighlightFrame* highlight() const { return m_highlight; }
    QAction* startAction() const { return m_start; }

    // The pack in use; the bundled pack unless another was opened. Problems
    // found while loading are shown to the trainer (false: no cases).
    const TrainingPack* pack();
    bool openPack(const QString& dir, Problems* problems);

    // Starts `caseId` of the pack for `trainee`: asks about unsaved changes
    // first (false when the trainee cancels or the case cannot be loaded).
    bool startCase(const QString& caseId, const QString& trainee, const QString& email = {});
    TrainingSession* session() const { return m_session.get(); }
    const TraineeResults& results() const { return m_results; }

    // The summary of the case and of the sitting (an HTML fragment).
    QString summaryHtml() const;

    // Writers, through QSaveFile; false and `error` when not written.
    bool writeCertificate(const QString& path, QString* error) const;
    bool writeResultsFile(const QString& path, QString* error) const;
    bool writeXapiFile(const QString& path, QString* error) const;

    // Results of this sitting not yet exported (as results or xAPI
    // statements) in their latest state.
    bool hasUnexportedResults();
    // Before the app quits: offers to export such results first. False when
    // the trainer cancels, or exports nothing after all.
    bool confirmQuit();

    // The menu's commands, which ask for what they need.
    void chooseCase();
    void choosePack();
    void finishCase();
    void saveCertificate();
    void exportResults();
    void exportXapi();

private:
    void createActions();
    void recordProgress();
    void showAnchor(const QString& anchor);
    void updateActions();
    QString askSavePath(const QString& title, const QString& suggested,
                        const QString& filter) const;

    MainWindow* m_window;
    TenderDocument* m_document;
    std::optional<TrainingPack> m_pack;
    std::unique_ptr<TrainingSession> m_session;
    TraineeResults m_results;
    // The results as last exported, to tell whether anything is left unexported.
    mutable QByteArray m_exported;

    QDockWidget* m_dock;
    TrainingPanel* m_panel;
    HighlightFrame* m_highlight;

    QAction* m_start = nullptr;
    QAction* m_openPack = nullptr;
    QAction* m_certificate = nullptr;
    QAction* m_exportResults = nullptr;
    QAction* m_exportXapi = nullptr;
};

} // namespace training
} // namespace tulana
