#include "views/MainWindow.h"

#include "document/Autosave.h"
#include "document/TenderDocument.h"
#include "help/HelpActions.h"
#include "help/WhatsThis.h"
#include "pages/BidsPage.h"
#include "pages/ConsiderationsPage.h"
#include "pages/CostsPage.h"
#include "pages/CriteriaPage.h"
#include "pages/DecisionPage.h"
#include "pages/EligibilityPage.h"
#include "pages/EvaluationPage.h"
#include "pages/MarksPage.h"
#include "pages/OpennessPage.h"
#include "pages/ProcessPage.h"
#include "pages/SensitivityPage.h"
#include "pages/TenderPage.h"
#include "registry/RegistryActions.h"
#include "registry/RegistryConnectionDialog.h"
#include "registry/RegistryWindow.h"
#include "settings/Settings.h"
#include "training/TrainingController.h"
#include "util/FinishEditing.h"
#include "util/Icons.h"
#include "util/MessageBar.h"
#include "util/StandardButtons.h"
#include "views/ExchangeActions.h"
#include "views/LanguageMenu.h"
#include "views/MemoActions.h"
#include "views/MemoCheck.h"
#include "views/RecoveryBar.h"
#include "views/UndoKeys.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>

namespace tulana {
namespace {

// The .tulana files among dropped URLs; only the first is opened.
QString droppedTender(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".tulana")))
            return url.toLocalFile();
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new TenderDocument(this))
    , m_pages(new QTabWidget(this))
    , m_tenderPage(new TenderPage(m_document, m_pages))
    , m_criteriaPage(new CriteriaPage(m_document, m_pages))
    , m_bidsPage(new BidsPage(m_document, m_pages))
    , m_marksPage(new MarksPage(m_document, m_pages))
    , m_evaluationPage(new EvaluationPage(m_document, m_pages))
    , m_considerationsPage(new ConsiderationsPage(m_document, m_pages))
    , m_decisionPage(new DecisionPage(m_document, m_pages))
    , m_processPage(new ProcessPage(m_document, m_pages))
    , m_autosave(new Autosave(m_document, this))
    , m_recovery(new RecoveryBar(this))
    , m_refusal(new MessageBar(this))
    , m_unprotected(new MessageBar(this))
    , m_memoActions(new MemoActions(m_document, this))
    , m_exchange(new ExchangeActions(m_document, this))
    , m_status(new QLabel(this))
    , m_processWarning(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tulana.svg")));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    // No mnemonics on the tabs: they would clash with the fields' own. The
    // pages are Ctrl+1 to Ctrl+9, Ctrl+0 for the tenth and Ctrl+L for the
    // process's log (View menu), and Ctrl+Tab.
    m_pages->addTab(m_tenderPage, themedIcon(QStringLiteral("settings")), tr("Tender"));
    m_pages->addTab(m_criteriaPage, themedIcon(QStringLiteral("criteria")), tr("Criteria"));
    m_pages->addTab(m_bidsPage, themedIcon(QStringLiteral("bids")), tr("Bids"));
    // Eligibility is checked before technical scoring, so it follows the bids.
    m_pages->addTab(new EligibilityPage(m_document, m_pages), themedIcon(QStringLiteral("winner")),
                    tr("Eligibility"));
    m_pages->addTab(new CostsPage(m_document, m_pages), themedIcon(QStringLiteral("costs")),
                    tr("Costs"));
    m_pages->addTab(m_marksPage, themedIcon(QStringLiteral("marks")), tr("Marks"));
    m_pages->addTab(m_evaluationPage, themedIcon(QStringLiteral("evaluate")), tr("Evaluation"));
    m_pages->addTab(new OpennessPage(m_document, m_pages), themedIcon(QStringLiteral("openness")),
                    tr("Openness"));
    m_pages->addTab(m_considerationsPage, themedIcon(QStringLiteral("considerations")),
                    tr("Considerations"));
    m_pages->addTab(m_decisionPage, themedIcon(QStringLiteral("decision")), tr("Decision"));
    // How robust the award is, the approver's question: after the decision,
    // so that the pages before keep their Ctrl+number.
    m_pages->addTab(new SensitivityPage(m_document, m_pages),
                    themedIcon(QStringLiteral("sensitivity")), tr("Sensitivity"));
    // The process runs through every page: its record comes last.
    m_pages->addTab(m_processPage, themedIcon(QStringLiteral("process")), tr("Process"));
    // The registry of AI procurements: the finalised decision goes into it
    // from the Decision page, beside the memo it is verified against.
    m_registryActions = new RegistryActions(m_document, this);
    m_decisionPage->addMemoActions({m_memoActions->previewAction(), m_memoActions->exportAction(),
                                    m_registryActions->addAction(),
                                    m_registryActions->statusAction()});
    m_registryWindowAction = new QAction(tr("Re&gistry of AI Procurements…"), this);
    m_registryWindowAction->setObjectName(QStringLiteral("actionShowRegistry"));
    connect(m_registryWindowAction, &QAction::triggered, this, &MainWindow::showRegistry);
    m_registryConnectionAction = new QAction(tr("Registry &Connection…"), this);
    m_registryConnectionAction->setObjectName(QStringLiteral("actionRegistryConnection"));
    connect(m_registryConnectionAction, &QAction::triggered, this,
            &MainWindow::chooseRegistryConnection);
    // Where the memo went, with a link to its folder while the message stays.
    m_openFolder = new QLabel(this);
    m_openFolder->setObjectName(QStringLiteral("openExportFolder"));
    m_openFolder->setTextFormat(Qt::RichText);
    m_openFolder->setVisible(false);
    connect(m_openFolder, &QLabel::linkActivated, this,
            [](const QString& folder) { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString& message) {
        if (message.isEmpty())
            m_openFolder->setVisible(false);
    });
    connect(m_memoActions, &MemoActions::exported, this, [this](const QString& path) {
        const QString folder = QFileInfo(path).absolutePath();
        statusBar()->showMessage(tr("Wrote the memo to %1").arg(QDir::toNativeSeparators(path)),
                                 15000);
        m_openFolder->setText(
            QStringLiteral("<a href=\"%1\">%2</a>").arg(folder.toHtmlEscaped(), tr("Open folder")));
        m_openFolder->setToolTip(QDir::toNativeSeparators(folder));
        m_openFolder->setVisible(true);
    });
    // A refused edit is said above every page, since it may come from any.
    m_refusal->setObjectName(QStringLiteral("editRefusedBar"));
    m_refusal->setCloseable(true);
    m_refusal->clearWhenChanged(m_document->undoStack());
    connect(m_document, &TenderDocument::editRefused, this, [this](const QString& why) {
        m_refusal->showMessage(MessageBar::Kind::Warning,
                               tr("This edit was not made. %1").arg(why));
    });
    connect(m_document, &TenderDocument::tenderReset, m_refusal, &MessageBar::clearMessage);
    // A recovery copy that could not be written leaves the unsaved work
    // unprotected: said above the pages (a status-bar message would go at
    // the next menu hover) until a later copy succeeds or nothing is left
    // unsaved. A failure reported after the work was saved or discarded
    // (the copy was being written) is moot.
    m_unprotected->setObjectName(QStringLiteral("autosaveWarningBar"));
    connect(m_autosave, &Autosave::written, this, [this](bool ok, const QString& why) {
        if (ok)
            m_unprotected->clearMessage();
        else if (m_document->isModified())
            m_unprotected->showMessage(
                MessageBar::Kind::Warning,
                tr("Unsaved work is not protected from a crash: its recovery copy could not "
                   "be written. %1")
                    .arg(why));
    });
    connect(m_document, &TenderDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            m_unprotected->clearMessage();
    });
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_recovery);
    centralLayout->addWidget(m_refusal);
    centralLayout->addWidget(m_unprotected);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_status->setObjectName(QStringLiteral("statusSummary"));
    m_processWarning->setObjectName(QStringLiteral("processWarning"));
    m_processWarning->setVisible(false);
    // The summary is an ordinary widget, not a permanent one: a message
    // ("Saved …", "Opened …") takes its place while it is shown. As a
    // permanent widget with all the stretch, it covered them.
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_processWarning);
    statusBar()->addPermanentWidget(m_openFolder);

    createActions();
    createMenus();
    help::applyWhatsThis(this); // every page is built by now
    setAcceptDrops(true);
    restoreGeometry(settings::windowGeometry());
    fitToScreen();
    restoreState(settings::windowState());

    connect(m_document, &TenderDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &TenderDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (change.is(TenderChange::What::TenderField))
            updateTitle();
    });
    connect(m_document, &TenderDocument::evaluated, this, &MainWindow::updateStatus);
    connect(m_document, &TenderDocument::tenderReset, this, &MainWindow::updateProcessWarning);
    updateTitle();
    updateStatus();
    m_recovery->offer();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction = new QAction(themedIcon(QStringLiteral("new")), tr("&New Tender…"), this);
    m_newAction->setObjectName(QStringLiteral("actionNew"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Set up a new tender: method, rulebook, weights and options"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newTender);
    connect(m_exchange->newFromOcdsAction(), &QAction::triggered, this, &MainWindow::newFromOcds);

    m_openAction = new QAction(themedIcon(QStringLiteral("open")), tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFileToOpen);

    m_saveAction = new QAction(themedIcon(QStringLiteral("save")), tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("actionSave"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(themedIcon(QStringLiteral("save-as")), tr("Save &As…"), this);
    m_saveAsAction->setObjectName(QStringLiteral("actionSaveAs"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    m_importAction = new QAction(themedIcon(QStringLiteral("import")), tr("&Import Bids…"), this);
    m_importAction->setObjectName(QStringLiteral("actionImportBids"));
    connect(m_importAction, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_bidsPage);
        m_bidsPage->importBids();
    });

    m_csvTemplateAction = new QAction(tr("Save a &Template for Bids…"), this);
    m_csvTemplateAction->setObjectName(QStringLiteral("actionSaveBidsTemplate"));
    m_csvTemplateAction->setStatusTip(
        tr("A workbook (or CSV) with the columns this tender's bid import expects, to fill in a "
           "spreadsheet"));
    connect(m_csvTemplateAction, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_bidsPage);
        m_bidsPage->saveTemplate();
    });

    m_verifyMemoAction = new QAction(tr("Veri&fy Memo…"), this);
    m_verifyMemoAction->setObjectName(QStringLiteral("actionVerifyMemo"));
    m_verifyMemoAction->setStatusTip(
        tr("Check whether a memo was made from this tender, and which edits changed it since"));
    connect(m_verifyMemoAction, &QAction::triggered, this, &MainWindow::chooseMemoToVerify);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QUndoStack* stack = m_document->undoStack();
    m_undoAction = stack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setIcon(themedIcon(QStringLiteral("undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = stack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setIcon(themedIcon(QStringLiteral("redo")));
    m_redoAction->setShortcut(QKeySequence::Redo);
    // Spin boxes and text fields would keep these keys for their own text.
    new UndoKeys(this);
}

void MainWindow::showRegistry()
{
    QString why;
    auto* window = new RegistryWindow(configuredRegistry(&why), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &RegistryWindow::openTenderRequested, this,
            [this](const QString& path) { openFile(path); });
    connect(m_registryActions, &RegistryActions::registryChanged, window, &RegistryWindow::refresh);
    window->show();
}

void MainWindow::chooseRegistryConnection()
{
    RegistryConnectionDialog dialog(this);
    dialog.exec();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_newAction);
    file->addAction(m_exchange->newFromOcdsAction());
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_csvTemplateAction);
    QMenu* exports = file->addMenu(tr("E&xport"));
    exports->setObjectName(QStringLiteral("menuExport"));
    exports->addAction(m_exchange->workbookAction());
    exports->addAction(m_exchange->ocdsAction());
    file->addSeparator();
    file->addAction(m_memoActions->printEvaluationAction());
    file->addAction(m_memoActions->previewAction());
    file->addAction(m_memoActions->exportAction());
    file->addAction(m_verifyMemoAction);
    file->addSeparator();
    file->addAction(m_registryActions->addAction());
    file->addAction(m_registryActions->statusAction());
    file->addAction(m_registryWindowAction);
    file->addAction(m_registryConnectionAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    const auto addEdit = [this, edit](const QString& text, const char* name, auto slot,
                                      QWidget* page) {
        QAction* action = edit->addAction(text);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, [this, slot, page] {
            m_pages->setCurrentWidget(page);
            slot();
        });
        return action;
    };
    addEdit(
        tr("Add &Criterion"), "actionAddCriterion", [this] { m_criteriaPage->addCriterion(); },
        m_criteriaPage);
    addEdit(
        tr("Add &Group"), "actionAddGroup", [this] { m_criteriaPage->addGroup(); }, m_criteriaPage);
    addEdit(
        tr("Add &Bid"), "actionAddBid", [this] { m_bidsPage->addBid(); }, m_bidsPage)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));

    auto* history = new QDockWidget(tr("History"), this);
    history->setObjectName(QStringLiteral("historyDock"));
    auto* undoView = new QUndoView(m_document->undoStack(), history);
    undoView->setObjectName(QStringLiteral("historyView"));
    undoView->setEmptyLabel(tr("<opened>"));
    undoView->setAccessibleName(tr("Edit history"));
    history->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, history);
    history->hide();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    for (int i = 0; i < m_pages->count(); ++i) {
        QAction* page = view->addAction(m_pages->tabIcon(i), m_pages->tabText(i));
        page->setObjectName(QStringLiteral("actionPage%1").arg(i + 1));
        if (i < 9)
            page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        else if (i == 9)
            page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        else if (m_pages->widget(i) == m_processPage)
            page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L)); // its log
        connect(page, &QAction::triggered, this, [this, i] { m_pages->setCurrentIndex(i); });
    }
    view->addSeparator();
    QAction* toggleHistory = history->toggleViewAction();
    toggleHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(toggleHistory);
    view->addSeparator();
    view->addMenu(new LanguageMenu(this));

    // Training sits before Help, where a newcomer looks first.
    m_training = new training::TrainingController(this, m_document);
    m_training->createMenu(menuBar(), nullptr);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    auto* manual = new tulana::help::HelpActions(this, m_pages); // "help" is the menu here
    help->addAction(manual->manualAction());
    help->addAction(manual->pageHelpAction());
    help->addAction(manual->whatsThisAction());
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Tulana"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_newAction);
    tools->addAction(m_openAction);
    tools->addAction(m_saveAction);
    tools->addSeparator();
    tools->addAction(m_undoAction);
    tools->addAction(m_redoAction);
    // "Undo Change price of B2" belongs in the menu; here it would shift the
    // toolbar on every edit, so the text is the tool tip.
    for (QAction* action : {m_undoAction, m_redoAction})
        if (auto* button = qobject_cast<QToolButton*>(tools->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    tools->addSeparator();
    tools->addAction(m_importAction);
}

// 1280 × 820 where there is room; on a smaller screen (a laptop at 1366 ×
// 768, a projector at 1024 × 768) no larger than the screen's free area, so
// the buttons at the bottom and the status bar stay in view. A geometry
// restored from another, larger screen is brought back in the same way.
void MainWindow::fitToScreen()
{
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect free = screen->availableGeometry();
    // The frame (title bar, borders) is not known before the window is
    // shown: leave room for a usual one.
    const QSize room = free.size() - QSize(16, 48);
    setMinimumSize(QSize(900, 600).boundedTo(room));
    const QSize wanted = settings::windowGeometry().isEmpty() ? QSize(1280, 820) : size();
    const QSize fitted = wanted.boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room));
    if (fitted != size())
        resize(fitted);
    if (!free.contains(frameGeometry()))
        move(free.topLeft() + QPoint((free.width() - fitted.width()) / 2,
                                     (free.height() - fitted.height() - 32) / 2));
}

void MainWindow::chooseMemoToVerify()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Verify a memo"), QString(),
                                     tr("Memos (*.pdf *.odt *.html *.htm *.md);;All files (*)"));
    if (path.isEmpty())
        return;
    const MemoCheck check = checkMemo(*m_document, path);
    const QString text = check.summary(QFileInfo(path).fileName());
    QMessageBox box(check.result == MemoCheck::Result::Matches ? QMessageBox::Information
                                                               : QMessageBox::Warning,
                    tr("Verify memo"), text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("memoCheckBox"));
    nameStandardButtons(box);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse); // fingerprints can be copied
    box.exec();
}

void MainWindow::updateTitle()
{
    const Tender& t = m_document->tender();
    const QString reference = t.reference.isEmpty() ? QString() : tr(" (%1)").arg(t.reference);
    // The title holds "[*]" where Qt puts the modified mark.
    setWindowTitle(tr("%1[*]%2 — Tulana").arg(m_document->displayName(), reference));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::updateStatus()
{
    const Tender& t = m_document->tender();
    const Evaluation& e = m_document->evaluation();
    QString text = tr("%1 · %n bid(s)", nullptr, int(t.bids.size())).arg(displayName(t.method));
    if (!e.evaluated)
        text += tr(" · cannot be evaluated yet (%n problem(s))", nullptr, int(e.problems.size()));
    else if (e.hasWinner())
        text += tr(" · winner %1").arg(t.bids[std::size_t(e.winner)].id);
    else
        text += tr(" · no award");
    m_status->setText(text);
}

// Verified on open (TenderDocument::processProblems): a file changed
// outside an act is said in the status bar too, whatever page is shown.
void MainWindow::updateProcessWarning()
{
    const int problems = int(m_document->processProblems().size());
    m_processWarning->setVisible(problems > 0);
    m_processWarning->setText(
        tr("The recorded process does not verify (%n problem(s)): see the Process page", nullptr,
           problems));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Tulana"),
        tr("<h3>Tulana %1</h3><p>Evaluate AI-system tenders by QCBS, L1, QBS or FBS, with every "
           "number traceable to the tender file.</p><p>तुलना means “comparison”.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_training->confirmQuit() || !maybeSave()) {
        event->ignore();
        return;
    }
    settings::setWindowGeometry(saveGeometry());
    // The Training panel belongs to a case: the next, ordinary start opens
    // without it.
    m_training->dock()->hide();
    settings::setWindowState(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedTender(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedTender(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Opening may ask about unsaved changes: not from inside the drop.
    QMetaObject::invokeMethod(
        this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

} // namespace tulana
