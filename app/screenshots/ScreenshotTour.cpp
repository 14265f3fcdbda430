#include "ScreenshotTour.h"

#include "document/TenderDocument.h"
#include "io/TenderFile.h"
#include "sheet/SheetWindow.h"
#include "support/SaveFile.h"
#include "training/QuestionCard.h"
#include "training/StartCaseDialog.h"
#include "training/SummaryDialog.h"
#include "training/TrainingController.h"
#include "training/TrainingPanel.h"
#include "training/TrainingSession.h"
#include "views/MainWindow.h"
#include "widgets/NewTenderWizard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

namespace tulana {
namespace {

constexpr QSize kWindowSize(1280, 800);

// Lets layouts, charts and deferred updates settle before a grab.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
}

// "Evaluation" → "evaluation", "Marks & committee" → "marks-committee".
QString slug(QString text)
{
    text.remove(u'&');
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

// Names a page by its object name ("evaluationPage" → "evaluation"), which
// stays the same in every language, or else by its tab's text.
QString pageSlug(const QWidget* page, const QString& tabText)
{
    QString name = page->objectName();
    if (name.endsWith(QLatin1String("Page")))
        name.chop(4);
    if (name.isEmpty())
        name = tabText;
    QString spaced;
    for (const QChar c : std::as_const(name)) {
        if (c.isUpper() && !spaced.isEmpty())
            spaced += u' ';
        spaced += c;
    }
    return slug(spaced);
}

// Selects the first row of the page's main table, if it has one, so that
// panels which follow the selection (the "why" panel) show something.
void selectFirstRow(QWidget* page)
{
    const auto views = page->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0)
            continue;
        const QModelIndex first = view->model()->index(0, 0);
        view->setCurrentIndex(first);
        return;
    }
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

ScreenshotTour::ScreenshotTour(QDir outputDir)
    : m_outputDir(std::move(outputDir))
{}

QString ScreenshotTour::save(QWidget* widget, const QString& name)
{
    const QString path = m_outputDir.filePath(name + QStringLiteral(".png"));
    if (widget->grab().save(path))
        m_written << path;
    return path;
}

bool ScreenshotTour::grabSheet(const QString& recordedTenderPath, const QString& member,
                               QString* error)
{
    const TenderLoad load = loadTenderFile(recordedTenderPath);
    const ProcessRecord::Sheet* kept = load.tender ? load.tender->process.sheet(member) : nullptr;
    if (!kept) {
        *error = QStringLiteral("%1 keeps no sheet of %2").arg(recordedTenderPath, member);
        return false;
    }
    const QString path = m_outputDir.filePath(member + QStringLiteral(".tulana-sheet"));
    if (!saveFileAtomically(path, kept->bytes, error))
        return false;
    SheetWindow window;
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    if (!window.openSheet(path)) {
        *error = QStringLiteral("%1 does not open").arg(path);
        return false;
    }
    window.resize(1280, 800);
    window.show();
    settle();
    auto* bids = window.findChild<QListWidget*>(QStringLiteral("sheetBids"));
    bids->setCurrentRow(1);
    settle();
    save(&window, QStringLiteral("evaluator-sheet-01-marks"));
    bids->setCurrentRow(3); // the bid the member declared a conflict with, in the sample
    settle();
    save(&window, QStringLiteral("evaluator-sheet-02-conflict"));
    QFile::remove(path);
    return true;
}

bool ScreenshotTour::grabTender(const QString& tenderPath, QString* error, const QString& prefix)
{
    MainWindow window;
    window.resize(kWindowSize);
    window.show();
    if (!window.openFile(tenderPath)) {
        *error = QStringLiteral("cannot open %1").arg(tenderPath);
        return false;
    }
    const QString stem = prefix + QFileInfo(tenderPath).completeBaseName();
    auto* pages = window.findChild<QTabWidget*>(QStringLiteral("pages"));
    for (int i = 0; pages && i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        settle();
        // A page that works in a thread (Sensitivity) says when it is done;
        // one still busy after half a minute is shown as it is.
        (void)QTest::qWaitFor(
            [page = pages->widget(i)] { return !page->property("busy").toBool(); }, 30000);
        settle();
        selectFirstRow(pages->widget(i));
        settle();
        const QString name = QStringLiteral("%1-%2-%3")
                                 .arg(stem)
                                 .arg(i + 1, 2, 10, QLatin1Char('0'))
                                 .arg(pageSlug(pages->widget(i), pages->tabText(i)));
        save(&window, name);
        // A page with tabs of its own (openness: each bid, comparison):
        // the others too.
        if (auto* inner = pages->widget(i)->findChild<QTabWidget*>()) {
            for (int j = 1; j < inner->count(); ++j) {
                inner->setCurrentIndex(j);
                settle();
                save(&window, name + u'-' + pageSlug(inner->widget(j), inner->tabText(j)));
            }
            inner->setCurrentIndex(0);
        }
    }
    window.document()->reset({}); // nothing to ask about on close
    return true;
}

void ScreenshotTour::grabWizard()
{
    NewTenderWizard wizard;
    wizard.resize(760, 560);
    wizard.show();
    settle();
    // Each page as a first-time officer sees it; the wizard's defaults
    // let it advance without typing.
    for (int n = 1; n <= 10; ++n) {
        settle();
        save(&wizard, QStringLiteral("new-tender-wizard-%1").arg(n));
        const int before = wizard.currentId();
        if (wizard.nextId() == -1)
            break;
        wizard.next();
        if (wizard.currentId() == before)
            break; // the page wants input first
    }
    wizard.reject();
}

bool ScreenshotTour::grabDark(const QString& tenderPath, const QString& pageObjectName,
                              QString* error)
{
    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    MainWindow window;
    window.resize(kWindowSize);
    window.show();
    const bool opened = window.openFile(tenderPath);
    if (opened) {
        auto* pages = window.findChild<QTabWidget*>(QStringLiteral("pages"));
        for (int i = 0; pages && i < pages->count(); ++i)
            if (pages->widget(i)->objectName() == pageObjectName)
                pages->setCurrentIndex(i);
        settle();
        if (pages)
            selectFirstRow(pages->currentWidget());
        settle();
        save(&window, QStringLiteral("%1-dark-%2")
                          .arg(QFileInfo(tenderPath).completeBaseName(), slug(pageObjectName)));
        window.document()->reset({});
    } else {
        *error = QStringLiteral("cannot open %1").arg(tenderPath);
    }
    QApplication::setPalette(original);
    return opened;
}

bool ScreenshotTour::grabTraining(const QString& packDir, QString* error)
{
    using namespace training;
    MainWindow window;
    window.resize(kWindowSize);
    window.show();
    TrainingController* controller = window.training();
    Problems problems;
    if (!controller->openPack(packDir, &problems)) {
        if (problems.empty()) {
            // A pack without cases yet: nothing to show, nothing wrong.
            qInfo("training: no case in %s, no training screens", qPrintable(packDir));
            return true;
        }
        *error = QStringLiteral("the pack %1 cannot be used: %2")
                     .arg(packDir,
                          problems.front().where + QStringLiteral(": ") + problems.front().message);
        return false;
    }
    const TrainingCase& first = controller->pack()->cases.front();
    {
        // Training ▸ Start a Case…, as a trainee first sees it.
        StartCaseDialog start(*controller->pack(), {}, &window);
        start.show();
        settle();
        save(&start, QStringLiteral("training-00-start"));
        start.reject();
    }
    if (!controller->startCase(first.id, QStringLiteral("Asha Verma"))) {
        *error = QStringLiteral("cannot start the case %1").arg(first.id);
        return false;
    }
    TrainingPanel* panel = controller->panel();
    // The first step that points somewhere and asks something.
    while (controller->session()->step() &&
           (controller->session()->step()->anchor.isEmpty() || panel->questionCards().isEmpty()) &&
           controller->session()->currentStep() + 1 < controller->session()->stepCount())
        panel->goNext();
    settle();
    save(&window, QStringLiteral("training-01-step"));

    // Answers as a hurried trainee gives them: the first option, a zero,
    // the model answer; the feedback of the first is what the picture shows.
    const auto answerAll = [&] {
        for (QuestionCard* card : panel->questionCards()) {
            const auto buttons = card->findChildren<QAbstractButton*>();
            for (QAbstractButton* b : buttons)
                if (b->objectName().startsWith(QLatin1String("option_"))) {
                    b->click();
                    break;
                }
            if (auto* number = card->findChild<QLineEdit*>(QStringLiteral("numberEdit")))
                number->setText(QStringLiteral("0"));
            if (auto* text = card->findChild<QPlainTextEdit*>(QStringLiteral("justificationEdit")))
                text->setPlainText(QStringLiteral(
                    "The data is personal and sensitive, so it stays on-premise; over the "
                    "lifecycle the total cost of this bid is the lowest."));
            card->check();
        }
    };
    answerAll();
    settle();
    save(&window, QStringLiteral("training-02-feedback"));

    for (int i = 0; i < controller->session()->stepCount(); ++i) {
        panel->goNext();
        answerAll();
    }
    settle();
    {
        SummaryDialog summary(controller->summaryHtml(), &window);
        summary.show();
        settle();
        save(&summary, QStringLiteral("training-03-summary"));
    }
    const QString pdf = m_outputDir.filePath(QStringLiteral("training-certificate.pdf"));
    if (controller->writeCertificate(pdf, error)) {
        m_written << pdf;
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (!pdftoppm.isEmpty()) {
            const QString stem = m_outputDir.filePath(QStringLiteral("training-04-certificate"));
            QProcess p;
            p.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"),
                               QStringLiteral("-singlefile"), pdf, stem});
            if (p.waitForFinished(30000) && p.exitCode() == 0)
                m_written << stem + QStringLiteral(".png");
        }
    }
    window.document()->reset({});
    return true;
}

} // namespace tulana
