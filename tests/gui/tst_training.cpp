// Training mode in the desktop app, driven through its widgets offscreen: a
// case started from a pack, answered right and wrong in the side panel, the
// highlight of each step's anchor, the summary, the certificate (read back
// with pdftotext), the results and xAPI files, and the case's own files left
// as they were.

#include "GuiTestSupport.h"
#include "MissingTool.h"

#include "commands/BidCommands.h"
#include "document/TenderDocument.h"
#include "i18n/Language.h"
#include "settings/Settings.h"
#include "training/Anchors.h"
#include "training/Certificate.h"
#include "training/Grading.h"
#include "training/HighlightFrame.h"
#include "training/QuestionCard.h"
#include "training/StartCaseDialog.h"
#include "training/SummaryDialog.h"
#include "training/TraineeResults.h"
#include "training/TrainingController.h"
#include "training/TrainingLoad.h"
#include "training/TrainingPanel.h"
#include "training/TrainingSession.h"
#include "training/Xapi.h"
#include "views/MainWindow.h"
#include "widgets/OpennessRadarChart.h"

#include <QAbstractButton>
#include <QChart>
#include <QDate>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QUndoStack>

#include <memory>

using namespace tulana;
using namespace tulana::training;

namespace {

const QString kPack = QStringLiteral(TULANA_SOURCE_DIR "/tests/gui/data/training-pack");
const QString kCase = QStringLiteral("gui-walkthrough");
constexpr double kReadableRadar = 260; // px across the plotted circle

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList anchorNames()
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        fileBytes(QStringLiteral(TULANA_SOURCE_DIR "/resources/training/anchors.json")));
    QStringList names;
    for (const QJsonValue& a : doc.object().value(QStringLiteral("anchors")).toArray())
        names << a.toObject().value(QStringLiteral("name")).toString();
    return names;
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        return {};
    // pdftotext writes ligatures as such ("ﬁ"): read them as letters.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

bool hasPdftotext()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    TrainingController* training() const { return m_window->training(); }
    TrainingPanel* panel() const { return training()->panel(); }
    QuestionCard* card(const QString& questionId) const
    {
        for (QuestionCard* c : panel()->questionCards())
            if (c->questionId() == questionId)
                return c;
        return nullptr;
    }
    // Clicks an option of a question's card, then "Check answer".
    void answerWith(const QString& questionId, const QStringList& optionIds)
    {
        QuestionCard* c = card(questionId);
        QVERIFY2(c, qPrintable(questionId));
        for (QAbstractButton* b : c->findChildren<QAbstractButton*>())
            if (b->objectName().startsWith(QLatin1String("option_")) && b->isChecked() &&
                !optionIds.contains(b->objectName().mid(7)))
                b->click(); // a check box ticked before
        for (const QString& id : optionIds) {
            auto* b = c->findChild<QAbstractButton*>(QStringLiteral("option_") + id);
            QVERIFY2(b, qPrintable(id));
            if (!b->isChecked())
                b->click();
        }
        QTest::mouseClick(c->findChild<QPushButton*>(QStringLiteral("checkAnswerButton")),
                          Qt::LeftButton);
    }
    QString feedback(const QString& questionId) const
    {
        QuestionCard* c = card(questionId);
        return c ? QTextDocumentFragment::fromHtml(c->feedbackText()).toPlainText() : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        settings::setTraineeName({});
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->document()->reset(Tender{});
        m_window.reset();
    }

    void everyAnchorResolvesToAVisibleWidget()
    {
        QVERIFY(m_window->openFile(guitest::samplePath()));
        const QStringList names = anchorNames();
        QVERIFY2(names.size() >= 15, "resources/training/anchors.json lists the anchors");
        auto* pages = m_window->findChild<QTabWidget*>(QStringLiteral("pages"));
        for (const QString& name : names) {
            QWidget* target = findAnchor(m_window.get(), name);
            QVERIFY2(target, qPrintable(QStringLiteral("no widget for the anchor ") + name));
            // Start from another page, so that revealing has to switch.
            pages->setCurrentIndex(name == QLatin1String("page.tender") ? 1 : 0);
            revealWidget(target);
            QTRY_VERIFY2(target->isVisible(), qPrintable(name));
            QVERIFY2(target->width() > 0 && target->height() > 0, qPrintable(name));
        }
    }

    void theMenuAndTheEmptyStateOfferTraining()
    {
        QMenu* menu = m_window->findChild<QMenu*>(QStringLiteral("menuTraining"));
        QVERIFY(menu);
        QStringList texts;
        for (QAction* a : menu->actions())
            texts << a->text().remove(u'&');
        for (const char* expected :
             {"Start a Case…", "Open a Case Pack…", "Finish and Get Certificate…",
              "Export Results…", "Export xAPI Statements…"})
            QVERIFY2(texts.contains(QString::fromUtf8(expected)),
                     qPrintable(texts.join(QLatin1Char('|'))));
        // A blank window says where training is.
        auto* banner = m_window->findChild<QWidget*>(QStringLiteral("awardBanner"));
        QVERIFY(banner);
        bool mentioned = false;
        for (QLabel* l : banner->findChildren<QLabel*>())
            mentioned |= l->text().contains(QStringLiteral("Training ▸ Start a Case"));
        QVERIFY(mentioned);
    }

    void theStartDialogListsTheCasesAndWantsAName()
    {
        QVERIFY(training()->openPack(kPack, nullptr));
        StartCaseDialog dialog(*training()->pack(), {});
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("caseList"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QLatin1String("citizen-services chatbot")));
        QVERIFY(list->item(0)->text().contains(QLatin1String("10 min")));
        auto* about = dialog.findChild<QWidget*>(QStringLiteral("caseAbout"));
        QVERIFY(about->property("plainText")
                    .toString()
                    .contains(QLatin1String("Read the bids and the ranking")));
        auto* start = dialog.findChild<QPushButton*>(QStringLiteral("startCaseButton"));
        QVERIFY(!start->isEnabled()); // no name yet
        dialog.findChild<QLineEdit*>(QStringLiteral("traineeNameEdit"))
            ->setText(QStringLiteral("Asha"));
        QVERIFY(start->isEnabled());
        dialog.accept();
        QCOMPARE(settings::traineeName(), QStringLiteral("Asha"));
        QCOMPARE(dialog.caseId(), kCase);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("passMarkLabel"))
                    ->text()
                    .startsWith(QLatin1String("This pack announces no pass mark")));
    }

    // The pass mark is announced before a case starts; the summary says
    // where the trainee stands against it.
    void theBundledPackAnnouncesItsPassMarkAndIssuer()
    {
        const i18n::ScopedLanguage english(QStringLiteral("en"));
        const TrainingPack* pack = training()->pack();
        QVERIFY(pack && pack->passMark);
        StartCaseDialog dialog(*pack, {});
        const QString announced =
            dialog.findChild<QLabel*>(QStringLiteral("passMarkLabel"))->text();
        QVERIFY2(announced.startsWith(QStringLiteral("To pass, score at least 60% of the pack's %1 "
                                                     "points")
                                          .arg(pack->maxPoints())),
                 qPrintable(announced));
        QVERIFY2(announced.contains(QLatin1String("issued by The Tulana authors")),
                 qPrintable(announced));
        QVERIFY(training()->startCase(pack->cases.front().id, QStringLiteral("Asha Verma")));
        QCOMPARE(training()->results().passMark, std::optional<double>(60));
        QCOMPARE(training()->results().packPoints, std::optional<double>(pack->maxPoints()));
        const QString summary =
            QTextDocumentFragment::fromHtml(training()->summaryHtml()).toPlainText().simplified();
        QVERIFY2(summary.contains(QLatin1String("Pass mark announced in the pack: 60%")),
                 qPrintable(summary));
    }

    void aTraineeFinishesACaseWithFeedbackAndACertificate()
    {
        Problems problems;
        const bool opened = training()->openPack(kPack, &problems);
        for (const Problem& p : problems)
            qWarning("%s: %s", qPrintable(p.where), qPrintable(p.message));
        QVERIFY(opened);
        QVERIFY(problems.empty());
        const TrainingCase* c = training()->pack()->trainingCase(kCase);
        QVERIFY(c);
        const QByteArray tenderBefore = fileBytes(c->tenderFile);
        const QByteArray caseBefore = fileBytes(c->file);
        QVERIFY(!tenderBefore.isEmpty());

        QVERIFY(training()->startCase(kCase, QStringLiteral("Asha Verma")));
        TenderDocument* doc = m_window->document();
        QVERIFY(doc->filePath().isEmpty()); // an untitled copy
        QVERIFY(!doc->tender().bids.empty());
        QTRY_VERIFY(training()->dock()->isVisible());
        QVERIFY(panel()
                    ->findChild<QLabel*>(QStringLiteral("stepText"))
                    ->text()
                    .contains(QLatin1String("Bids page")));

        // Step 1 points at the bids table: its page is shown and framed.
        auto* pages = m_window->findChild<QTabWidget*>(QStringLiteral("pages"));
        auto* bidsTable = m_window->findChild<QWidget*>(QStringLiteral("bidsTable"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("bidsPage"));
        QTRY_VERIFY(training()->highlight()->isVisible());
        QCOMPARE(training()->highlight()->target(), bidsTable);
        const QRect tableRect(bidsTable->mapTo(m_window.get(), QPoint(0, 0)), bidsTable->size());
        QVERIFY(training()->highlight()->geometry().contains(tableRect.center()));

        // Wrong, then right: the first answer is scored.
        answerWith(QStringLiteral("q-cheapest"), {QStringLiteral("b1")});
        QString text = feedback(QStringLiteral("q-cheapest"));
        QVERIFY2(text.contains(QLatin1String("Not right")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("0 of 1 point")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("B4 quotes 98,75,000")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Advancing Open Source AI in India")),
                 qPrintable(text));
        QVERIFY(panel()->progressText().contains(QLatin1String("Answered 1 of 5")));
        QVERIFY2(panel()->progressText().contains(QLatin1String("score so far 0 of")),
                 qPrintable(panel()->progressText()));
        answerWith(QStringLiteral("q-cheapest"), {QStringLiteral("b4")});
        text = feedback(QStringLiteral("q-cheapest"));
        QVERIFY2(text.startsWith(QLatin1String("Right")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("the first answer is the one scored")));
        QCOMPARE(training()->session()->score().points, 0.0);

        // A hint, on request.
        QTest::mouseClick(card(QStringLiteral("q-cheapest"))
                              ->findChild<QPushButton*>(QStringLiteral("showHintButton")),
                          Qt::LeftButton);
        QVERIFY(card(QStringLiteral("q-cheapest"))
                    ->findChild<QLabel*>(QStringLiteral("hintText"))
                    ->text()
                    .contains(QLatin1String("Sort the Bids table")));

        // Several answers: all and only those.
        answerWith(QStringLiteral("q-open"),
                   {QStringLiteral("b1"), QStringLiteral("b4"), QStringLiteral("b5")});
        text = feedback(QStringLiteral("q-open"));
        QVERIFY2(text.startsWith(QLatin1String("Right")) && text.contains(QLatin1String("1 of 1")),
                 qPrintable(text));

        // The trainee's copy may be changed at will.
        doc->undoStack()->push(
            new SetBidFieldCommand(doc, 0, BidField::Price, QVariant(5000000.0)));
        QVERIFY(doc->isModified());

        // Step 2: a number, read like the app's amount fields.
        QTest::mouseClick(panel()->findChild<QPushButton*>(QStringLiteral("stepNextButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("evaluationPage"));
        QCOMPARE(training()->highlight()->target(),
                 m_window->findChild<QWidget*>(QStringLiteral("rankingTable")));
        QuestionCard* rank = card(QStringLiteral("q-rank"));
        QVERIFY(rank);
        auto* number = rank->findChild<QLineEdit*>(QStringLiteral("numberEdit"));
        QTest::keyClicks(number, QStringLiteral("third"));
        QTest::mouseClick(rank->findChild<QPushButton*>(QStringLiteral("checkAnswerButton")),
                          Qt::LeftButton);
        QVERIFY2(feedback(QStringLiteral("q-rank")).contains(QLatin1String("not a number")),
                 qPrintable(feedback(QStringLiteral("q-rank"))));
        QCOMPARE(training()->session()->answeredCount(), 2); // not graded
        // The expected rank, from the case's tender as the engine ranks it
        // (the trainee's edit above does not move it).
        const std::optional<double> expected =
            expectedNumber(*c->question(QStringLiteral("q-rank")), *c->tender);
        QVERIFY(expected);
        number->clear();
        QTest::keyClicks(number, QString::number(*expected));
        QTest::keyClick(number, Qt::Key_Return);
        text = feedback(QStringLiteral("q-rank"));
        QVERIFY2(text.startsWith(QLatin1String("Right")) && text.contains(QLatin1String("2 of 2")),
                 qPrintable(text));

        // Step 3: Table 3's considerations by name.
        panel()->goNext();
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("considerationsPage"));
        QuestionCard* consideration = card(QStringLiteral("q-consideration"));
        QCOMPARE(
            consideration
                ->findChildren<QAbstractButton*>(QRegularExpression(QStringLiteral("^option_")))
                .size(),
            6);
        answerWith(QStringLiteral("q-consideration"), {QStringLiteral("data-sensitivity")});
        QVERIFY(feedback(QStringLiteral("q-consideration")).startsWith(QLatin1String("Right")));

        // Step 4 has no anchor: no frame.
        panel()->goNext();
        QTRY_VERIFY(!training()->highlight()->isVisible());
        QuestionCard* justify = card(QStringLiteral("q-justify"));
        auto* edit = justify->findChild<QPlainTextEdit*>(QStringLiteral("justificationEdit"));
        QTest::keyClicks(edit, QStringLiteral("The queries of citizens hold personal data, so the "
                                              "system must run on our own servers."));
        QVERIFY(justify->findChild<QLabel*>(QStringLiteral("wordCount"))
                    ->text()
                    .startsWith(QLatin1String("16 word")));
        QTest::mouseClick(justify->findChild<QPushButton*>(QStringLiteral("checkAnswerButton")),
                          Qt::LeftButton);
        text = feedback(QStringLiteral("q-justify"));
        QVERIFY2(text.contains(QLatin1String("1 of 2 point")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Concepts missed: lifecycle cost")), qPrintable(text));
        QVERIFY(
            text.contains(QLatin1String("A model answer: Citizens' queries hold personal data")));
        QCOMPARE(text.count(QLatin1String("Citizens' queries hold personal data")), 1);

        // 0 + 1 + 2 + 1 + 1 of 7.
        QVERIFY(training()->session()->isComplete());
        QVERIFY2(panel()->progressText().contains(
                     QStringLiteral("Answered 5 of 5 · score so far 5 of 7")),
                 qPrintable(panel()->progressText()));

        // Back to step 1: the feedback given is shown again.
        panel()->goBack();
        panel()->goBack();
        panel()->goBack();
        QVERIFY(feedback(QStringLiteral("q-cheapest")).startsWith(QLatin1String("Right")));

        // The summary: per case, per goal, what to review.
        const QString summary =
            QTextDocumentFragment::fromHtml(training()->summaryHtml()).toPlainText();
        QVERIFY2(summary.contains(QLatin1String("Score: 5 of 7 points (71%)")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("Read the bids and the ranking")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("3 of 4 points"))); // read-bids
        QVERIFY(summary.contains(QLatin1String("What to review")));
        QVERIFY(summary.contains(QLatin1String("Which bid quotes the lowest price?")));
        QVERIFY(summary.contains(QLatin1String("completed")));

        // Save asks for a new file: the case's tender is never written.
        bool askedForPath = false;
        guitest::whenModal([&askedForPath](QWidget* modal) {
            askedForPath = qobject_cast<QFileDialog*>(modal) != nullptr;
            modal->close();
        });
        QVERIFY(!m_window->save());
        QVERIFY(askedForPath);

        // The certificate, read back.
        const QString pdf = m_dir.filePath(QStringLiteral("certificate.pdf"));
        QString error;
        QVERIFY2(training()->writeCertificate(pdf, &error), qPrintable(error));
        QVERIFY(fileBytes(pdf).startsWith("%PDF"));
        // Results and xAPI.
        const QString resultsPath = m_dir.filePath(QStringLiteral("results.json"));
        QVERIFY2(training()->writeResultsFile(resultsPath, &error), qPrintable(error));
        const ResultsLoad results = readResults(fileBytes(resultsPath));
        QVERIFY(results.problems.empty());
        QVERIFY(results.results);
        QCOMPARE(results.results->trainee.name, QStringLiteral("Asha Verma"));
        QCOMPARE(results.results->cases.size(), std::size_t(1));
        QCOMPARE(results.results->cases[0].points, 5.0);
        QCOMPARE(results.results->cases[0].max, 7.0);
        QVERIFY(results.results->cases[0].completed);
        const QString xapiPath = m_dir.filePath(QStringLiteral("xapi.json"));
        QVERIFY2(training()->writeXapiFile(xapiPath, &error), qPrintable(error));
        const nlohmann::json statements = nlohmann::json::parse(fileBytes(xapiPath).toStdString());
        QVERIFY(statements.is_array() &&
                statements.size() >= 7); // experienced, 5 answered, completed
        QVERIFY(checkXapiStatements(statements).empty());

        // Training ▸ Export xAPI Statements… through its file dialog.
        const QString viaMenu = m_dir.filePath(QStringLiteral("via-menu.json"));
        guitest::whenModal([viaMenu](QWidget* modal) {
            auto* dialog = qobject_cast<QFileDialog*>(modal);
            QVERIFY(dialog);
            dialog->selectFile(viaMenu);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, protected there
        });
        m_window->findChild<QAction*>(QStringLiteral("actionTrainingXapi"))->trigger();
        QVERIFY(QFile::exists(viaMenu));
        QVERIFY(
            checkXapiStatements(nlohmann::json::parse(fileBytes(viaMenu).toStdString())).empty());

        // The case's files are byte for byte as before.
        QCOMPARE(fileBytes(c->tenderFile), tenderBefore);
        QCOMPARE(fileBytes(c->file), caseBefore);

        if (!hasPdftotext())
            TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
        const QString printed = pdfText(pdf).simplified();
        QVERIFY2(printed.contains(QLatin1String("Asha Verma")), qPrintable(printed));
        QVERIFY(
            printed.contains(QLatin1String("Walk through the citizen-services chatbot tender")));
        QVERIFY(printed.contains(QLatin1String("GUI test pack")));
        QVERIFY(printed.contains(QLatin1String("5 of 7")));
        QVERIFY(printed.contains(QString::number(QDate::currentDate().year())));
        QVERIFY(
            printed.contains(certificateIdentifier(training()->results(), QDate::currentDate())));
        // The GUI test pack announces no pass mark, as packs written before it.
        QVERIFY2(printed.contains(QLatin1String("No pass mark was announced")),
                 qPrintable(printed));
    }

    void theMenuStartsACaseAndFinishShowsTheSummary()
    {
        QVERIFY(training()->openPack(kPack, nullptr));
        settings::setTraineeName(QStringLiteral("Ravi Kumar"));
        // Training ▸ Start a Case…: the dialog remembers the name; start.
        bool started = false;
        guitest::whenModal([&started](QWidget* modal) {
            auto* dialog = qobject_cast<StartCaseDialog*>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->traineeName(), QStringLiteral("Ravi Kumar"));
            auto* start = dialog->findChild<QPushButton*>(QStringLiteral("startCaseButton"));
            started = start->isEnabled();
            start->click();
        });
        training()->startAction()->trigger();
        QVERIFY(started);
        QVERIFY(training()->session());
        QCOMPARE(training()->session()->trainingCase().id, kCase);

        answerWith(QStringLiteral("q-cheapest"), {QStringLiteral("b4")});
        // Finish case: the summary, with the score so far and what is left.
        QString summary;
        guitest::whenModal([&summary](QWidget* modal) {
            auto* dialog = qobject_cast<SummaryDialog*>(modal);
            QVERIFY(dialog);
            summary = dialog->text();
            // Not complete: no certificate yet.
            QVERIFY(
                !dialog->findChild<QPushButton*>(QStringLiteral("certificateButton"))->isEnabled());
            dialog->reject();
        });
        QTest::mouseClick(panel()->findChild<QPushButton*>(QStringLiteral("finishCaseButton")),
                          Qt::LeftButton);
        QVERIFY2(summary.contains(QLatin1String("Score: 1 of 7 points (14%)")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("You answered 1 of 5 questions")));
        QVERIFY(summary.contains(QLatin1String("not answered")));
        QVERIFY(summary.contains(QLatin1String("Cases in this sitting (Ravi Kumar)")));
        QVERIFY(summary.contains(QLatin1String("not finished")));
        // The results file already holds the case as begun.
        QCOMPARE(training()->results().cases.size(), std::size_t(1));
        QVERIFY(!training()->results().cases[0].completed);
        QString error;
        QVERIFY(!training()->writeCertificate(m_dir.filePath(QStringLiteral("none.pdf")), &error));
        QVERIFY(error.contains(QLatin1String("no case is completed")));
    }

    // Quitting in the middle of a sitting asks before unexported results are
    // lost; once exported it does not ask; and the next ordinary start opens
    // without the Training panel.
    void quittingOffersToExportTheResultsAndForgetsThePanel()
    {
        QVERIFY(training()->pack() && !training()->pack()->cases.empty());
        QVERIFY(training()->startCase(training()->pack()->cases.front().id,
                                      QStringLiteral("Asha Verma")));
        QVERIFY(training()->dock()->isVisible());
        QVERIFY(training()->hasUnexportedResults());
        QString asked;
        guitest::whenModal([&asked](QWidget* modal) {
            asked = modal->objectName();
            static_cast<QMessageBox*>(modal)->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!m_window->close());
        QCOMPARE(asked, QStringLiteral("unexportedResultsBox"));
        QVERIFY(m_window->isVisible());

        QString error;
        QVERIFY2(training()->writeResultsFile(m_dir.filePath(QStringLiteral("r.json")), &error),
                 qPrintable(error));
        QVERIFY(!training()->hasUnexportedResults());
        m_window->document()->reset(Tender{}); // no unsaved tender to ask about
        QVERIFY(m_window->close());

        MainWindow next;
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        auto* dock = next.findChild<QDockWidget*>(QStringLiteral("trainingDock"));
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
    }

    // Issue 15, point 12: with the training panel docked, the openness radar
    // must stay readable, not shrink to a blob, at 1280×800.
    void theRadarStaysReadableInTheTrainingLayout()
    {
        QVERIFY(training()->startCase(QStringLiteral("open-weights-not-open-source"),
                                      QStringLiteral("Asha Verma")));
        QVERIFY(training()->dock()->isVisible());
        QCOMPARE(m_window->size(), QSize(1280, 800));
        auto* radar =
            m_window->findChild<OpennessRadarChart*>(QStringLiteral("opennessRadarChart"));
        QVERIFY(radar);
        revealWidget(radar);
        QTRY_VERIFY(radar->isVisible());
        QTest::qWait(50); // the chart lays itself out once shown
        const QRectF plot = radar->chart()->plotArea();
        const QString measured = QStringLiteral("radar %1×%2, plot %3×%4, dock %5 wide")
                                     .arg(radar->width())
                                     .arg(radar->height())
                                     .arg(plot.width())
                                     .arg(plot.height())
                                     .arg(training()->dock()->width());
        qInfo("%s", qPrintable(measured));
        // A polar plot of 6 axes and several bids needs about 260 px across
        // for its rings and lines to be told apart.
        QVERIFY2(std::min(plot.width(), plot.height()) >= kReadableRadar, qPrintable(measured));
        // And the whole radar is on screen, not clipped by the window.
        const QRect onWindow(radar->mapTo(m_window.get(), QPoint(0, 0)), radar->size());
        QVERIFY2(m_window->rect().contains(onWindow), qPrintable(measured));
    }

    void everyBundledCaseStarts()
    {
        const PackLoad load = loadPack(bundledPackDir());
        QVERIFY(load.pack);
        // The pack ships at least five cases (issue 8): none may drop out unseen.
        QVERIFY2(load.pack->cases.size() >= 5,
                 qPrintable(QString::number(load.pack->cases.size())));
        for (const TrainingCase& c : load.pack->cases) {
            QVERIFY2(training()->startCase(c.id, QStringLiteral("Trainer")), qPrintable(c.id));
            QVERIFY(m_window->document()->filePath().isEmpty());
            QVERIFY(!panel()->findChild<QLabel*>(QStringLiteral("stepText"))->text().isEmpty());
            // Every step can be shown, its anchor resolved.
            for (int i = 0; i < training()->session()->stepCount(); ++i) {
                const Step* s = training()->session()->step();
                if (!s->anchor.isEmpty())
                    QVERIFY2(training()->highlight()->target(),
                             qPrintable(c.id + QLatin1Char('/') + s->anchor));
                panel()->goNext();
            }
            m_window->document()->reset(Tender{}); // nothing to ask before the next
        }
    }
};

QTEST_MAIN(TestTraining)
#include "tst_training.moc"
