// Help: the user manual (F1 at the page on screen, Help ▸ User Manual at the
// contents, in the interface's language), its pages and links, and the
// "What's this?" texts, driven through the main window offscreen.

#include "GuiTestSupport.h"
#include "MainWindowFixture.h"

#include "help/Manual.h"
#include "help/WhatsThis.h"
#include "i18n/Language.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDirIterator>
#include <QFile>
#include <QHelpEvent>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QWhatsThis>

using namespace tulana;

namespace {

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Every page of the manual, as resource paths (":/manual/en/bids.html").
QStringList manualFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(":/manual"), {QStringLiteral("*.html")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestHelp : public QObject, protected guitest::MainWindowFixture
{
    Q_OBJECT

    QTabWidget* pages() const { return find<QTabWidget>("pages"); }
    QDialog* viewer() const
    {
        return window()->findChild<QDialog*>(QStringLiteral("manualViewer"));
    }
    QTextBrowser* browser() const { return find<QTextBrowser>("manualBrowser"); }

    // F1 on the page at `index`, as the officer presses it.
    void pressF1On(int index)
    {
        pages()->setCurrentIndex(index);
        pages()->currentWidget()->setFocus();
        QTest::keyClick(window(), Qt::Key_F1);
    }

private slots:
    void initTestCase() { isolateSettings(); }
    void init() { QVERIFY(open()); }
    void cleanup()
    {
        i18n::useLanguage(QStringLiteral("en"));
        close();
    }

    void f1OpensTheManualAtThePageOnScreen_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        // The tabs' order (MainWindow); the titles as the English manual words them.
        const QList<std::pair<const char*, const char*>> rows{
            {"tender.html", "The Tender page"},
            {"criteria.html", "The Criteria page"},
            {"bids.html", "The Bids page"},
            {"eligibility.html", "The Eligibility page"},
            {"costs.html", "The Costs page"},
            {"marks.html", "The Marks page"},
            {"evaluation.html", "The Evaluation page"},
            {"openness.html", "The Openness page"},
            {"considerations.html", "The Considerations page"},
            {"decision.html", "The Decision page"},
            {"sensitivity.html", "The Sensitivity page"},
            {"process.html", "The Process page"}};
        for (int i = 0; i < rows.size(); ++i)
            QTest::addRow("F1 on the %s", rows[i].second + 4)
                << i << QString::fromLatin1(rows[i].first) << QString::fromLatin1(rows[i].second);
    }

    void f1OpensTheManualAtThePageOnScreen()
    {
        QFETCH(int, page);
        QFETCH(QString, file);
        QFETCH(QString, title);
        QVERIFY(!viewer());
        pressF1On(page);
        QDialog* shown = viewer();
        QVERIFY2(shown, "F1 opened no manual");
        QVERIFY(shown->isVisible());
        QVERIFY(!shown->isModal()); // the officer can read and work at once
        QCOMPARE(browser()->source().fileName(), file);
        QCOMPARE(browser()->source().path(), QStringLiteral("/manual/en/") + file);
        QCOMPARE(browser()->documentTitle(), title);
        // The contents follow the page shown.
        QListWidgetItem* current = find<QListWidget>("manualContents")->currentItem();
        QVERIFY(current);
        QCOMPARE(current->text(), title);
    }

    void userManualOpensTheContents()
    {
        pages()->setCurrentIndex(2);
        find<QAction>("actionUserManual")->trigger();
        QVERIFY(viewer() && viewer()->isVisible());
        QCOMPARE(browser()->source().fileName(), QStringLiteral("index.html"));
        auto* contents = find<QListWidget>("manualContents");
        QCOMPARE(contents->count(), int(help::manualTopics().size()));
        QCOMPARE(contents->item(3)->text(), QStringLiteral("The Bids page"));
    }

    void theHelpMenuOffersTheManualAndWhatsThis()
    {
        auto* menu = find<QMenu>("menuHelp");
        const QList<QAction*> actions = menu->actions();
        QVERIFY(actions.contains(find<QAction>("actionUserManual")));
        QVERIFY(actions.contains(find<QAction>("actionPageHelp")));
        QVERIFY(actions.contains(find<QAction>("actionWhatsThis")));
        QCOMPARE(find<QAction>("actionPageHelp")->shortcut(), QKeySequence(Qt::Key_F1));
    }

    void contentsAndBackAndForwardNavigate()
    {
        pressF1On(2);                                          // Bids
        find<QListWidget>("manualContents")->setCurrentRow(1); // the Tender page
        QCOMPARE(browser()->source().fileName(), QStringLiteral("tender.html"));
        auto* back = find<QAction>("actionManualBack");
        auto* forward = find<QAction>("actionManualForward");
        QVERIFY(back->isEnabled());
        back->trigger();
        QCOMPARE(browser()->source().fileName(), QStringLiteral("bids.html"));
        QCOMPARE(find<QListWidget>("manualContents")->currentRow(), 3);
        QVERIFY(forward->isEnabled());
        forward->trigger();
        QCOMPARE(browser()->source().fileName(), QStringLiteral("tender.html"));
        find<QAction>("actionManualContents")->trigger();
        QCOMPARE(browser()->source().fileName(), QStringLiteral("index.html"));
    }

    void clickingALinkInTheManualOpensItsPage()
    {
        pressF1On(0); // the Tender page links to the two-envelope rule
        QTextBrowser* text = browser();
        QTextCursor link = text->document()->find(QStringLiteral("two-envelope rule"));
        QVERIFY(!link.isNull());
        QVERIFY(link.charFormat().isAnchor());
        link.setPosition(link.selectionStart() + 3);
        text->setTextCursor(link);
        text->ensureCursorVisible();
        const QPoint at = text->cursorRect(link).center();
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(text->source().path(), QStringLiteral("/manual/en/envelopes.html"));
        QVERIFY(text->toPlainText().contains(QLatin1String("sealed")));
        QVERIFY(find<QAction>("actionManualBack")->isEnabled());
    }

    void theHindiManualOpensWhenTulanaRunsInHindi()
    {
        QVERIFY(i18n::useLanguage(QStringLiteral("hi")));
        pressF1On(2); // Bids
        QCOMPARE(browser()->source().path(), QStringLiteral("/manual/hi/bids.html"));
        QVERIFY2(browser()->documentTitle().contains(QStringLiteral("बोलियाँ")),
                 qPrintable(browser()->documentTitle()));
        QVERIFY(browser()->toPlainText().contains(QStringLiteral("बोली")));
        // The contents are in Hindi too.
        QVERIFY(find<QListWidget>("manualContents")
                    ->item(1)
                    ->text()
                    .contains(QStringLiteral("निविदा")));
    }

    void theManualFollowsTheInterfaceLanguage()
    {
        QCOMPARE(help::manualLanguage(), QStringLiteral("en"));
        QVERIFY(i18n::useLanguage(QStringLiteral("hi")));
        QCOMPARE(help::manualLanguage(), QStringLiteral("hi"));
        QCOMPARE(help::manualUrl(QStringLiteral("costs")),
                 QUrl(QStringLiteral("qrc:/manual/hi/costs.html")));
    }

    void aLanguageWithoutAManualFallsBackToEnglish()
    {
        QCOMPARE(help::manualLanguageFor(QStringLiteral("hi")), QStringLiteral("hi"));
        QCOMPARE(help::manualLanguageFor(QStringLiteral("ta")), QStringLiteral("en"));
        QCOMPARE(help::manualLanguageFor(QString()), QStringLiteral("en"));
    }

    void everyPageOfTheWindowHasATopicInBothLanguages()
    {
        QTabWidget* tabs = pages();
        QCOMPARE(tabs->count(), 12);
        QStringList topics;
        for (int i = 0; i < tabs->count(); ++i) {
            const QString topic = help::topicOfPage(tabs->widget(i));
            QVERIFY2(topic != QLatin1String("index"),
                     qPrintable(tabs->widget(i)->objectName() + QLatin1String(" has no topic")));
            QVERIFY(!topics.contains(topic));
            topics << topic;
            for (const char* language : {"en", "hi"})
                QVERIFY2(
                    QFile::exists(
                        QStringLiteral(":/manual/%1/%2.html").arg(QLatin1String(language), topic)),
                    qPrintable(topic + QLatin1Char('/') + QLatin1String(language)));
        }
    }

    void bothLanguagesHaveTheSameTopicsAndNoOthers()
    {
        for (const char* language : {"en", "hi"}) {
            QStringList listed;
            for (const QString& topic : help::manualTopics())
                listed << QStringLiteral(":/manual/%1/%2.html").arg(QLatin1String(language), topic);
            listed.sort();
            QStringList present;
            for (const QString& file : manualFiles())
                if (file.startsWith(QStringLiteral(":/manual/%1/").arg(QLatin1String(language))))
                    present << file;
            QCOMPARE(present, listed);
        }
    }

    void everyLinkAndAnchorInTheManualResolves()
    {
        static const QRegularExpression link(QStringLiteral("(?:href|src)=\"([^\"]+)\""));
        static const QRegularExpression title(QStringLiteral("<title>([^<&]+)</title>"));
        const QStringList files = manualFiles();
        QVERIFY(files.size() >= 2 * 16);
        int links = 0;
        for (const QString& file : files) {
            const QString html = readResource(file);
            QVERIFY2(title.match(html).hasMatch(), qPrintable(file + QLatin1String(": no title")));
            const QUrl base = QUrl(QStringLiteral("qrc") + file);
            for (auto it = link.globalMatch(html); it.hasNext();) {
                const QString target = it.next().captured(1);
                if (target.startsWith(QLatin1String("http")))
                    continue; // none today; a browser's business, not the resources'
                const QUrl resolved = base.resolved(QUrl(target));
                const QString path = QLatin1Char(':') + resolved.path();
                QVERIFY2(QFile::exists(path), qPrintable(file + QLatin1String(": no ") + target));
                if (resolved.hasFragment()) {
                    const QString anchor = QStringLiteral("id=\"%1\"").arg(resolved.fragment());
                    QVERIFY2(readResource(path).contains(anchor),
                             qPrintable(file + QLatin1String(": no anchor ") + target));
                }
                ++links;
            }
        }
        QVERIFY(links > 50);
    }

    void noHeadingCarriesAnId()
    {
        // QTextDocument turns an id into an anchor on the heading's first
        // letter, a format of its own, which splits a Devanagari cluster: the
        // vowel sign is drawn apart, on a dotted circle.
        static const QRegularExpression idOnHeading(QStringLiteral("<h[1-6][^>]* id="));
        for (const QString& file : manualFiles())
            QVERIFY2(!idOnHeading.match(readResource(file)).hasMatch(), qPrintable(file));
    }

    void everyWhatsThisNamesAWidgetOfTheWindow()
    {
        QCOMPARE(help::applyWhatsThis(window()), 0);
        for (const help::WhatsThisEntry& entry : help::whatsThisEntries()) {
            auto* widget = window()->findChild<QWidget*>(QLatin1String(entry.objectName));
            QVERIFY2(widget, entry.objectName);
            QCOMPARE(widget->whatsThis(), QString::fromUtf8(entry.text));
        }
    }

    void shiftF1EntersWhatsThisMode()
    {
        QVERIFY(!QWhatsThis::inWhatsThisMode());
        QTest::keyClick(window(), Qt::Key_F1, Qt::ShiftModifier);
        QVERIFY(QWhatsThis::inWhatsThisMode());
        QWhatsThis::leaveWhatsThisMode();
    }

    void aWhatsThisTextIsShownWhereTheWidgetIs()
    {
        // What Qt does with a click in What's This mode: a WhatsThis event
        // to the widget under the pointer, here inside the technical weight.
        pages()->setCurrentIndex(0);
        auto* spin = find<QWidget>("technicalWeightSpin");
        QHelpEvent event(QEvent::WhatsThis, QPoint(2, 2), spin->mapToGlobal(QPoint(2, 2)));
        QApplication::sendEvent(spin, &event);
        QVERIFY(event.isAccepted()); // unanswered, it would reach the window unaccepted
        QWhatsThis::hideText();
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
