#include "training/TrainingController.h"

#include "document/TenderDocument.h"
#include "i18n/Language.h"
#include "settings/Settings.h"
#include "training/Anchors.h"
#include "training/HighlightFrame.h"
#include "training/StartCaseDialog.h"
#include "training/SummaryDialog.h"
#include "training/TrainingLoad.h"
#include "training/TrainingPanel.h"
#include "training/TrainingSession.h"
#include "util/Icons.h"
#include "util/ProblemsDialog.h"
#include "util/StandardButtons.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace tulana::training {

TrainingController::TrainingController(MainWindow* window, TenderDocument* document)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_dock(new QDockWidget(tr("Training"), window))
    , m_panel(new TrainingPanel(m_dock))
    , m_highlight(new HighlightFrame(window))
{
    setObjectName(QStringLiteral("trainingController"));
    m_dock->setObjectName(QStringLiteral("trainingDock"));
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    // A closed panel points at nothing.
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            m_highlight->clear();
    });
    connect(m_panel, &TrainingPanel::stepShown, this, &TrainingController::showAnchor);
    connect(m_panel, &TrainingPanel::answered, this, &TrainingController::recordProgress);
    connect(m_panel, &TrainingPanel::finishRequested, this, &TrainingController::finishCase);
    createActions();
}

TrainingController::~TrainingController()
{
    // The panel's question cards call into the session: they go first.
    m_panel->setSession(nullptr, {});
}

void TrainingController::createActions()
{
    m_start = new QAction(themedIcon(QStringLiteral("open")), tr("&Start a Case…"), this);
    m_start->setObjectName(QStringLiteral("actionTrainingStart"));
    m_start->setStatusTip(tr("Learn Tulana on a guided case: a copy of a tender, steps, "
                             "questions and feedback"));
    connect(m_start, &QAction::triggered, this, &TrainingController::chooseCase);

    m_openPack = new QAction(tr("&Open a Case Pack…"), this);
    m_openPack->setObjectName(QStringLiteral("actionTrainingOpenPack"));
    m_openPack->setStatusTip(tr("Use a trainer's own cases: a folder with a pack.json"));
    connect(m_openPack, &QAction::triggered, this, &TrainingController::choosePack);

    m_certificate = new QAction(tr("&Finish and Get Certificate…"), this);
    m_certificate->setObjectName(QStringLiteral("actionTrainingCertificate"));
    connect(m_certificate, &QAction::triggered, this, &TrainingController::saveCertificate);

    m_exportResults = new QAction(tr("Export &Results…"), this);
    m_exportResults->setObjectName(QStringLiteral("actionTrainingResults"));
    m_exportResults->setStatusTip(tr("The results file a trainer collects (JSON)"));
    connect(m_exportResults, &QAction::triggered, this, &TrainingController::exportResults);

    m_exportXapi = new QAction(tr("Export &xAPI Statements…"), this);
    m_exportXapi->setObjectName(QStringLiteral("actionTrainingXapi"));
    m_exportXapi->setStatusTip(tr("The results as xAPI statements for a learning record store"));
    connect(m_exportXapi, &QAction::triggered, this, &TrainingController::exportXapi);
    updateActions();
}

QMenu* TrainingController::createMenu(QMenuBar* bar, QAction* before)
{
    auto* menu = new QMenu(tr("&Training"), bar);
    menu->setObjectName(QStringLiteral("menuTraining"));
    menu->addAction(m_start);
    menu->addAction(m_openPack);
    menu->addSeparator();
    menu->addAction(m_dock->toggleViewAction());
    menu->addSeparator();
    menu->addAction(m_certificate);
    menu->addAction(m_exportResults);
    menu->addAction(m_exportXapi);
    bar->insertMenu(before, menu);
    return menu;
}

void TrainingController::updateActions()
{
    const bool anyResults = !m_results.cases.empty();
    m_certificate->setEnabled(m_session != nullptr || anyResults);
    m_exportResults->setEnabled(anyResults);
    m_exportXapi->setEnabled(anyResults);
}

const TrainingPack* TrainingController::pack()
{
    if (!m_pack) {
        Problems problems;
        if (!openPack(bundledPackDir(), &problems)) {
            ProblemsDialog::showModal(m_window, tr("Training cases"),
                                      tr("The bundled training cases could not be read."),
                                      problems);
            return nullptr;
        }
    }
    return &*m_pack;
}

bool TrainingController::openPack(const QString& dir, Problems* problems)
{
    PackLoad load = loadPack(dir);
    if (problems)
        *problems = load.problems;
    if (!load.pack || load.pack->cases.empty())
        return false;
    m_pack = std::move(*load.pack);
    return true;
}

void TrainingController::choosePack()
{
    const QString dir = QFileDialog::getExistingDirectory(
        m_window, tr("Open a case pack (a folder with a pack.json)"));
    if (dir.isEmpty())
        return;
    Problems problems;
    const bool ok = openPack(dir, &problems);
    if (!problems.empty())
        ProblemsDialog::showModal(
            m_window, tr("Case pack"),
            ok ? tr("Some cases of %1 have problems and are left out.")
                     .arg(QDir::toNativeSeparators(dir))
               : tr("%1 could not be used as a case pack.").arg(QDir::toNativeSeparators(dir)),
            problems);
    if (ok)
        chooseCase();
}

void TrainingController::chooseCase()
{
    const TrainingPack* p = pack();
    if (!p)
        return;
    QStringList done;
    for (const CaseResult* r : m_results.completedCases())
        done << r->caseId;
    StartCaseDialog dialog(*p, done, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startCase(dialog.caseId(), dialog.traineeName(), dialog.traineeEmail());
}

bool TrainingController::startCase(const QString& caseId, const QString& trainee,
                                   const QString& email)
{
    const TrainingPack* p = pack();
    const TrainingCase* c = p ? p->trainingCase(caseId) : nullptr;
    if (!c)
        return false;
    std::optional<Tender> tender = loadCaseTender(*c);
    if (!tender) {
        messageBox::warning(
            m_window, tr("Training"),
            tr("The tender of the case “%1” could not be loaded.").arg(c->title.text()));
        return false;
    }
    if (!m_window->maybeSave())
        return false;

    // Another trainee (or another pack) starts a new sitting.
    if (m_results.trainee.name != trainee || m_results.packId != p->id) {
        m_results = TraineeResults{};
        m_results.packId = p->id;
        m_results.packTitle = p->title.text();
        // What the pack announces travels with the results: the certificate's
        // verdict and identifier are checked from the results file alone.
        m_results.packVersion = p->packVersion;
        m_results.issuer = p->issuer.en;
        m_results.passMark = p->passMark;
        m_results.packPoints = p->maxPoints();
    }
    m_results.trainee.name = trainee;
    m_results.trainee.email = email;
    m_results.language = i18n::currentLanguage();

    m_panel->setSession(nullptr, {});
    m_session = std::make_unique<TrainingSession>(*c, QDateTime::currentDateTimeUtc());
    // An untitled copy: Save asks where, so the case's file is never written.
    m_document->reset(*tender, QString(), false);
    m_dock->show();
    m_dock->raise();
    m_panel->setSession(m_session.get(), p->sources);
    m_window->statusBar()->showMessage(
        tr("Started the case “%1”: the tender is a copy, change it as you like")
            .arg(c->title.text()),
        8000);
    updateActions();
    return true;
}

void TrainingController::showAnchor(const QString& anchor)
{
    QWidget* target = findAnchor(m_window, anchor);
    if (!target) {
        m_highlight->clear();
        return;
    }
    revealWidget(target);
    m_highlight->highlight(target);
    // A page shown for the first time is laid out once events run: scroll
    // again then, with its real geometry.
    QTimer::singleShot(0, this, [this, target = QPointer<QWidget>(target)] {
        if (target && m_highlight->target() == target)
            revealWidget(target);
    });
}

void TrainingController::recordProgress()
{
    if (!m_session)
        return;
    m_results.record(m_session->result());
    updateActions();
}

void TrainingController::finishCase()
{
    if (!m_session)
        return;
    recordProgress();
    m_highlight->clear();
    SummaryDialog dialog(summaryHtml(), m_window);
    connect(&dialog, &SummaryDialog::certificateRequested, this,
            &TrainingController::saveCertificate);
    connect(&dialog, &SummaryDialog::resultsRequested, this, &TrainingController::exportResults);
    connect(&dialog, &SummaryDialog::anotherCaseRequested, this, [this, &dialog] {
        dialog.accept();
        QMetaObject::invokeMethod(this, &TrainingController::chooseCase, Qt::QueuedConnection);
    });
    dialog.setCertificateAvailable(!m_results.completedCases().empty());
    dialog.exec();
}

QString TrainingController::askSavePath(const QString& title, const QString& suggested,
                                        const QString& filter) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(m_window, title, QDir(dir).filePath(suggested), filter);
}

} // namespace tulana::training
