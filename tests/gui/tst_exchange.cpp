// File ▸ Export ▸ Evaluation Workbook… and OCDS Release…, and File ▸ New from
// OCDS Release…: the app writes what tulana-cli writes, and a release read
// back starts a tender (the officer told what to complete); a file that is
// not OCDS leaves the tender on screen as it was.
#include "GuiTestSupport.h"
#include "MainWindowFixture.h"

#include "io/XlsxReader.h"
#include "ocds/OcdsImport.h"
#include "ocds/OcdsRelease.h"
#include "settings/Settings.h"
#include "views/ExchangeActions.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

using namespace tulana;

class TestExchange : public QObject, guitest::MainWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }
    void init() { QVERIFY(open()); }
    void cleanup() { close(); }

    void theExportMenuHoldsBothFormats()
    {
        auto* menu = find<QMenu>("menuExport");
        QVERIFY(menu->actions().contains(find<QAction>("actionExportWorkbook")));
        QVERIFY(menu->actions().contains(find<QAction>("actionExportOcds")));
        QVERIFY(find<QAction>("actionNewFromOcds")->isEnabled());
    }

    void exportsTheWorkbookAndTheRelease()
    {
        QVERIFY(window()->openFile(guitest::samplePath()));
        auto* exchange = window()->findChild<ExchangeActions*>();
        QVERIFY(exchange);
        QTemporaryDir dir;
        QString why;
        const QString xlsx = dir.filePath(QStringLiteral("evaluation.xlsx"));
        QVERIFY2(exchange->exportWorkbookTo(xlsx, &why), qPrintable(why));
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QStringList sheets;
        QVERIFY2(readXlsxSheet(workbook.readAll(), QStringLiteral("Evaluation"), &sheets, &why),
                 qPrintable(why));
        QVERIFY(sheets.contains(QStringLiteral("Rules")));

        const QString json = dir.filePath(QStringLiteral("release.json"));
        QVERIFY2(exchange->exportOcdsTo(json, &why), qPrintable(why));
        QFile release(json);
        QVERIFY(release.open(QIODevice::ReadOnly));
        const OcdsImport back = importOcds(release.readAll(), QStringLiteral("release.json"));
        QVERIFY(back.tender);
        QCOMPARE(back.tender->title, doc()->tender().title);
        QCOMPARE(back.tender->bids.size(), doc()->tender().bids.size());
    }

    void thePublishersPrefixIsKept()
    {
        QCOMPARE(settings::ocidPrefix(), QString::fromLatin1(kOcdsTestPrefix));
        settings::setOcidPrefix(QStringLiteral("ocds-abc123"));
        settings::setOcidPrefix(QStringLiteral("not a prefix")); // refused, the last one stays
        QCOMPARE(settings::ocidPrefix(), QStringLiteral("ocds-abc123"));
        QVERIFY(window()->openFile(guitest::samplePath()));
        QTemporaryDir dir;
        QString why;
        const QString json = dir.filePath(QStringLiteral("release.json"));
        QVERIFY(window()->findChild<ExchangeActions*>()->exportOcdsTo(json, &why));
        QFile release(json);
        QVERIFY(release.open(QIODevice::ReadOnly));
        QVERIFY(release.readAll().contains("\"ocid\": \"ocds-abc123-"));
        settings::setOcidPrefix(QString::fromLatin1(kOcdsTestPrefix));
    }

    void aReleaseStartsATender()
    {
        QVERIFY(window()->openFile(guitest::samplePath()));
        auto* exchange = window()->findChild<ExchangeActions*>();
        QTemporaryDir dir;
        QString why;
        const QString json = dir.filePath(QStringLiteral("release.json"));
        QVERIFY(exchange->exportOcdsTo(json, &why));
        const QString title = doc()->tender().title;
        doc()->reset(Tender{});
        QString told;
        guitest::whenModal([&told](QWidget* modal) {
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                told = box->informativeText();
                box->accept();
            }
        });
        QVERIFY(window()->newFromOcdsFile(json));
        QCOMPARE(doc()->tender().title, title);
        QVERIFY(doc()->filePath().isEmpty()); // a new tender, saved only when asked
        QVERIFY(told.contains(QLatin1String("committee")));
    }

    void somethingElseLeavesTheTenderAsItWas()
    {
        QVERIFY(window()->openFile(guitest::samplePath()));
        const Tender before = doc()->tender();
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("not-ocds.json"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"hello\": 1}");
        file.close();
        QString said;
        guitest::whenModal([&said](QWidget* modal) {
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                said = box->text();
                box->accept();
            }
        });
        QVERIFY(!window()->newFromOcdsFile(json));
        QVERIFY(doc()->tender() == before);
        QVERIFY2(said.contains(QLatin1String("it is not OCDS")), qPrintable(said));
    }
};

QTEST_MAIN(TestExchange)
#include "tst_exchange.moc"
