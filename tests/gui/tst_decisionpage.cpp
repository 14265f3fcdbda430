// The Considerations and Decision pages and the memo, driven through the
// main window as an officer would: answering a context question, finalising
// (refused without a justification, accepted with one), and exporting the
// memo (PDF and ODT carry the evaluation's fingerprint; a departure without
// justification is refused with the CLI's words).

#include "GuiTestSupport.h"
#include "MissingTool.h"

#include "MemoExport.h"
#include "commands/BidCommands.h"
#include "commands/TenderCommands.h"
#include "document/TenderDocument.h"
#include "memo/Fingerprint.h"
#include "memo/MemoBuilder.h"
#include "models/ConsiderationsModel.h"
#include "pages/DecisionPage.h"
#include "pages/JustificationEditor.h"
#include "settings/Settings.h"
#include "util/MessageBar.h"
#include "views/MainWindow.h"
#include "views/MemoActions.h"
#include "views/MemoCheck.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace tulana;

namespace {

template <typename T> T* child(QWidget* parent, const char* objectName)
{
    T* found = parent->findChild<T*>(QLatin1String(objectName));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), objectName);
    return found;
}

// The text of a PDF, by pdftotext where installed.
QString pdfText(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestDecisionPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    TenderDocument* doc() const { return m_window->document(); }
    template <typename T> T* find(const char* objectName) const
    {
        return child<T>(m_window.get(), objectName);
    }
    MemoActions* memoActions() const { return m_window->findChild<MemoActions*>(); }
    void showPage(const char* action)
    {
        find<QAction>(action)->trigger();
        QTest::qWait(0);
    }
    // The chatbot sample with its decision taken away.
    void openUndecidedChatbot()
    {
        QVERIFY(m_window->openFile(guitest::samplePath()));
        Tender t = doc()->tender();
        t.decision = Decision{};
        doc()->reset(t, doc()->filePath());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        settings::setRecentFiles({});
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
        doc()->reset(Tender{});
        m_window.reset();
    }

    void thePagesAreInTheViewMenu()
    {
        showPage("actionPage9");
        QVERIFY(find<QWidget>("considerationsPage")->isVisible());
        showPage("actionPage10");
        QVERIFY(find<QWidget>("decisionPage")->isVisible());
        // Opening a tender still shows its evaluation.
        QVERIFY(m_window->openFile(guitest::samplePath()));
        QVERIFY(find<QWidget>("evaluationPage")->isVisible());
    }

    // At 1280 × 800 the six considerations are readable without scrolling:
    // compact, with Table 3's text for the selected row under the table,
    // and the whole text in the table on demand.
    void theSixConsiderationsFitAt1280By800()
    {
        m_window->resize(1280, 800);
        QVERIFY(m_window->openFile(guitest::samplePath()));
        showPage("actionPage9");
        QApplication::processEvents();
        auto* table = find<QTableView>("considerationsTable");
        auto* model = qobject_cast<ConsiderationsModel*>(table->model());
        QCOMPARE(model->rowCount(), 6);
        QVERIFY(table->isColumnHidden(ConsiderationsModel::OpenColumn));
        if (const QString dir = qEnvironmentVariable("TULANA_GRAB_DIR"); !dir.isEmpty())
            m_window->grab().save(dir + QStringLiteral("/considerations-compact.png"));
        for (int r = 0; r < model->rowCount(); ++r) {
            const QRect cell = table->visualRect(model->index(r, 0));
            QVERIFY2(cell.bottom() <= table->viewport()->height(),
                     qPrintable(QStringLiteral("row %1 ends at %2 of %3")
                                    .arg(r)
                                    .arg(cell.bottom())
                                    .arg(table->viewport()->height())));
        }
        // Selecting a row, by keys, shows its Table 3 text.
        auto* detail = find<QTextBrowser>("table3Detail");
        QVERIFY(detail->isVisible());
        table->setFocus();
        table->setCurrentIndex(model->index(0, ConsiderationsModel::ConsiderationColumn));
        QTest::keyClick(table, Qt::Key_Down);
        const QString second =
            model->index(1, ConsiderationsModel::ConsiderationColumn).data().toString();
        QVERIFY2(detail->toPlainText().startsWith(second), qPrintable(detail->toPlainText()));
        // The whole note, which the compact row may cut.
        QVERIFY(detail->toPlainText().simplified().contains(
            model->index(1, ConsiderationsModel::NoteColumn).data().toString().simplified()));
        QVERIFY(detail->toPlainText().contains(
            model->headerData(ConsiderationsModel::ProprietaryColumn, Qt::Horizontal).toString()));
        // On demand, the text goes back into the table.
        auto* show = find<QCheckBox>("showTable3Text");
        QTest::mouseClick(show, Qt::LeftButton, {}, show->rect().center());
        QVERIFY(show->isChecked());
        QVERIFY(!table->isColumnHidden(ConsiderationsModel::OpenColumn));
        QVERIFY(!detail->isVisible());
        QTest::mouseClick(show, Qt::LeftButton, {}, show->rect().center());
        QVERIFY(table->isColumnHidden(ConsiderationsModel::ProprietaryColumn));
    }

    void answeringAQuestionUpdatesTheLeaningChartAndRecommendation()
    {
        openUndecidedChatbot();
        showPage("actionPage9");
        auto* table = find<QTableView>("considerationsTable");
        auto* model = qobject_cast<ConsiderationsModel*>(table->model());
        QVERIFY(model);
        QBarSet* open = nullptr;
        auto* view = find<QWidget>("leaningChart")->findChild<QChartView*>();
        QVERIFY(view);
        for (QAbstractSeries* series : view->chart()->series())
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
                for (QBarSet* set : bars->barSets())
                    if (set->objectName() == QLatin1String("openBarSet"))
                        open = set;
        QVERIFY(open);
        const auto openCount = [open] {
            double sum = 0;
            for (int i = 0; i < open->count(); ++i)
                sum += open->at(i);
            return sum;
        };
        QCOMPARE(openCount(), 2.0); // data sensitivity, risk mitigation
        const QString before = find<MessageBar>("recommendationHeadline")->text();
        QVERIFY(before.contains(QLatin1String("may be preferred")));

        // Through the combo box editor, as an officer would.
        const int time = model->rowOf(QStringLiteral("time-to-deploy"));
        const QModelIndex answer = model->index(time, ConsiderationsModel::AnswerColumn);
        table->setCurrentIndex(answer);
        table->edit(answer);
        auto* combo = table->findChild<QComboBox*>(QStringLiteral("choiceEditor"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("planned-with-team")));
        emit combo->activated(combo->currentIndex());
        QCOMPARE(doc()->tender().context.find(QStringLiteral("time-to-deploy"))->option,
                 QStringLiteral("planned-with-team"));
        QCOMPARE(openCount(), 3.0);
        QVERIFY(find<MessageBar>("recommendationHeadline")->text() != before);
        doc()->undoStack()->undo();
        QCOMPARE(openCount(), 2.0);
        QCOMPARE(find<MessageBar>("recommendationHeadline")->text(), before);
    }

    void finaliseIsRefusedWithoutJustificationAndAcceptedWithIt()
    {
        openUndecidedChatbot();
        showPage("actionPage10");
        auto* page = find<DecisionPage>("decisionPage");
        QVERIFY(find<QWidget>("missingText")
                    ->property("text")
                    .toString()
                    .contains(QLatin1String("overall statement")));

        QString refusal;
        guitest::whenModal([&refusal](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("finaliseRefusedBox"));
            refusal = box->text() + QLatin1Char('\n') + box->informativeText();
            box->accept();
        });
        find<QPushButton>("finaliseButton")->click();
        QVERIFY(!doc()->tender().decision.finalised);
        QVERIFY(refusal.contains(QLatin1String("cannot be finalised")));
        QVERIFY(refusal.contains(QLatin1String("B1"))); // the open bid passed over
        QVERIFY(refusal.contains(QLatin1String("overall statement")));
        QCOMPARE(doc()->undoStack()->count(), 0);

        // The justification, typed where an officer types it.
        JustificationEditor* editor = page->justificationEditor();
        QPlainTextEdit* reason = editor->reasonEdit(QStringLiteral("time-to-deploy"));
        QVERIFY(reason);
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("B2 goes live in ten weeks; B1 needs eighteen."));
        QTest::keyClicks(editor->statementEdit(),
                         QStringLiteral("B2 is selected because the service is needed in time."));
        QCOMPARE(doc()->undoStack()->count(), 2); // typing merged, one step per box
        QVERIFY(page->finalise());
        QVERIFY(doc()->tender().decision.finalised);
        QCOMPARE(doc()->tender().decision.selectedBid, QStringLiteral("B2"));
        QCOMPARE(find<MessageBar>("decisionStatus")->kind(), MessageBar::Kind::Positive);
        QVERIFY(reason->isReadOnly());
        QVERIFY(find<QPushButton>("reopenButton")->isVisible());

        // Undo withdraws it; redo finalises again.
        doc()->undoStack()->undo();
        QVERIFY(!doc()->tender().decision.finalised);
        QVERIFY(!reason->isReadOnly());
        doc()->undoStack()->redo();
        QVERIFY(doc()->tender().decision.finalised);
        find<QPushButton>("reopenButton")->click();
        QVERIFY(!doc()->tender().decision.finalised);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Reopen the decision"));
    }

    void exportWritesPdfAndOdtWithTheFingerprint()
    {
        QVERIFY(m_window->openFile(guitest::samplePath()));
        const QString fingerprint = evaluationFingerprint(doc()->tender());
        for (const char* name : {"memo.pdf", "memo.odt", "memo.html", "memo.md"}) {
            const QString path = m_dir.filePath(QLatin1String(name));
            QString error;
            QVERIFY2(memoActions()->exportTo(path, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 0);
            QCOMPARE(readMemoFingerprint(path, &error), fingerprint);
        }
        const QString text = pdfText(m_dir.filePath(QStringLiteral("memo.pdf")));
        if (text.isEmpty())
            TULANA_SKIP_WITHOUT_TOOL(
                "pdftotext is not installed: the PDF's text was read by Tulana only");
        QCOMPARE(findFingerprint(text), fingerprint);
        QVERIFY(text.contains(QLatin1String("B2")));
    }

    // After an export the status bar says where the memo went and offers
    // its folder.
    void anExportSaysWhereAndOffersTheFolder()
    {
        QVERIFY(m_window->openFile(guitest::samplePath()));
        const QString path = m_dir.filePath(QStringLiteral("where.md"));
        emit memoActions()->exported(path);
        auto* link = find<QLabel>("openExportFolder");
        QVERIFY(link->isVisible());
        QVERIFY(link->text().contains(QFileInfo(path).absolutePath().toHtmlEscaped()));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
        m_window->statusBar()->clearMessage();
        QVERIFY(!link->isVisible());
    }

    // File ▸ Verify Memo: a memo of the open tender matches; after an edit
    // of its title the text differs; after an edit that changes a score it
    // names the edits since the memo; another tender's memo does not match. Checking leaves the
    // tender and its history as they were.
    void verifyingAMemoNamesTheEditsSinceIt()
    {
        QVERIFY(find<QAction>("actionVerifyMemo"));
        QVERIFY(m_window->openFile(guitest::samplePath()));
        const QString memo = m_dir.filePath(QStringLiteral("verify.md"));
        QString error;
        QVERIFY2(memoActions()->exportTo(memo, &error), qPrintable(error));
        QCOMPARE(checkMemo(*doc(), memo).result, MemoCheck::Result::Matches);

        // A title is not an evaluation input, but the memo prints it: the
        // fingerprint matches and the text does not (issue 20, defect 10).
        doc()->undoStack()->push(
            new SetTenderFieldCommand(doc(), TenderField::Title, QStringLiteral("Renamed")));
        const MemoCheck renamed = checkMemo(*doc(), memo);
        QCOMPARE(renamed.result, MemoCheck::Result::TextDiffers);
        QVERIFY(renamed.differences.join(u'\n').contains(QLatin1String("Renamed")));
        QVERIFY(renamed.summary(QStringLiteral("verify.md")).contains(QLatin1String("Renamed")));
        // A price is an input: both edits since the memo are named.
        doc()->undoStack()->push(new SetBidFieldCommand(doc(), 0, BidField::Price, 1.0e7));
        const Tender edited = doc()->tender();
        const int index = doc()->undoStack()->index();
        const MemoCheck check = checkMemo(*doc(), memo);
        QCOMPARE(check.result, MemoCheck::Result::MatchesBeforeEdits);
        QCOMPARE(check.edits, (QStringList{doc()->undoStack()->text(index - 2),
                                           doc()->undoStack()->text(index - 1)}));
        QVERIFY(check.summary(QStringLiteral("verify.md")).contains(check.edits.first()));
        QVERIFY(doc()->tender() == edited);
        QCOMPARE(doc()->undoStack()->index(), index);

        doc()->reset(guitest::sampleTender("land-records-ocr")); // nothing to ask
        QCOMPARE(checkMemo(*doc(), memo).result, MemoCheck::Result::DoesNotMatch);
        const QString notAMemo = m_dir.filePath(QStringLiteral("empty.md"));
        QFile empty(notAMemo);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(checkMemo(*doc(), notAMemo).result, MemoCheck::Result::Unreadable);
    }

    void aDepartureWithoutJustificationIsRefusedLikeTheCli()
    {
        openUndecidedChatbot();
        const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
        QString error;
        QVERIFY(!memoActions()->exportTo(path, &error));
        QVERIFY(!QFileInfo::exists(path));
        const Problems problems = memoProblems(doc()->tender(), doc()->evaluation());
        QVERIFY(error.startsWith(memoRefusal(problems)));
        QVERIFY(error.contains(QLatin1String("No memo was written")));
        QString refusal;
        QVERIFY(!memoActions()->createPreview(m_window.get(), &refusal));
        QCOMPARE(refusal, error);
        // Through the menu: a message box says the same.
        QString shown;
        guitest::whenModal([&shown](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            shown = box->text();
            box->accept();
        });
        find<QAction>("actionExportMemo")->trigger();
        QCOMPARE(shown, error);
    }

    // Ctrl+P prints the evaluation (ranking and charts), even while the
    // memo is refused for want of a justification.
    void ctrlPPrintsTheEvaluationWhileTheMemoIsRefused()
    {
        openUndecidedChatbot();
        QString refusal;
        QVERIFY(!memoActions()->memo(&refusal));
        QString shown;
        QTimer::singleShot(0, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            QVERIFY(modal);
            shown = modal->objectName();
            // What the dialog prints, on a PDF printer.
            auto* dialog = qobject_cast<QPrintPreviewDialog*>(modal);
            QVERIFY(dialog);
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(m_dir.filePath(QStringLiteral("evaluation.pdf")));
            emit dialog->paintRequested(&printer);
            modal->close();
        });
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(shown, QStringLiteral("evaluationPrintDialog"));
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (tool.isEmpty())
            TULANA_SKIP_WITHOUT_TOOL("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start(tool, {m_dir.filePath(QStringLiteral("evaluation.pdf")), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60'000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        for (const char* expected :
             {"EVALUATION SHEET", "Result of the evaluation",
              "Technical score of every bid scored, with the minimum", "not the decision memo"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }

    void thePreviewShowsTheMemoPages()
    {
        QVERIFY(m_window->openFile(guitest::samplePath()));
        QString refusal;
        std::unique_ptr<QPrintPreviewDialog> dialog(
            memoActions()->createPreview(m_window.get(), &refusal));
        QVERIFY2(dialog, qPrintable(refusal));
        dialog->resize(1000, 800);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QTest::qWait(50);
        const QString dir = qEnvironmentVariable("TULANA_GRAB_DIR");
        if (!dir.isEmpty()) {
            dialog->grab().save(dir + QStringLiteral("/memo-preview.png"));
            showPage("actionPage9");
            m_window->grab().save(dir + QStringLiteral("/considerations.png"));
            showPage("actionPage10");
            m_window->grab().save(dir + QStringLiteral("/decision.png"));
            openUndecidedChatbot();
            showPage("actionPage10");
            m_window->grab().save(dir + QStringLiteral("/decision-not-finalised.png"));
        }
        dialog->close();
    }
};

QTEST_MAIN(TestDecisionPage)
#include "tst_decisionpage.moc"
