// A PostgreSQL registry's password: asked by a throw-away server (SCRAM), kept
// only in the system keychain, found there by the app and tulana-cli, and,
// where there is no keychain, left to libpq (PGPASSWORD, ~/.pgpass) with the
// user told. Built once and run twice (tests/gui/CMakeLists.txt): inside a
// private D-Bus session with a GNOME keyring (tests/support/with-keyring,
// TULANA_TEST_KEYCHAIN=1), and with no session bus at all
// (TULANA_TEST_KEYCHAIN=0). Neither run touches the developer's keyring.
#include "RegistryKeychain.h"
#include "registry/RegistryConnectionDialog.h"
#include "settings/Settings.h"

#include "MissingTool.h"
#include "PostgresCluster.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tulana;
using namespace tulana::registry;
using tulana::testsupport::PostgresCluster;

class TestRegistryPassword : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void withoutThePasswordTheServerAsks();
    void libpqStillReadsItsOwnPlaces();
    void aWrongPasswordIsNotKept();
    void theRightPasswordIsKeptOnlyInTheKeychain();
    void theForgetButtonRemovesIt();
    void cliKeepsUsesAndForgetsIt();

private:
    bool keychain() const { return m_mode == QLatin1String("1"); }
    Connection server() const;
    // Every file that could hold a setting or a secret of this run: the
    // settings file, and in the keyring run the whole temporary HOME.
    QStringList filesToSearch() const;
    void checkNoFileHoldsThePassword() const;
    QProcess* runCli(const QStringList& args);

    QString m_mode;
    QString m_password;
    QTemporaryDir m_dir;
    PostgresCluster m_cluster;
};

void TestRegistryPassword::initTestCase()
{
    m_mode = qEnvironmentVariable("TULANA_TEST_KEYCHAIN");
    if (m_mode == QLatin1String("missing"))
        TULANA_SKIP_WITHOUT_TOOL("no dbus-run-session or gnome-keyring-daemon to run a keychain "
                                 "in (apt-get install dbus gnome-keyring libsecret-1-0)");
    QVERIFY2(m_mode == QLatin1String("1") || m_mode == QLatin1String("0"),
             "run through CTest: TULANA_TEST_KEYCHAIN says which run this is");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        TULANA_SKIP_WITHOUT_TOOL("Qt's PostgreSQL driver is not installed (libqt6sql6-psql)");
    if (PostgresCluster::binFolder().isEmpty())
        TULANA_SKIP_WITHOUT_TOOL("PostgreSQL is not installed (apt-get install postgresql)");
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    // Only what the test gives: not a developer's own ~/.pgpass.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-pgpass"))));
    m_password = QStringLiteral("tulana-pw-%1")
                     .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    QString why;
    QVERIFY2(m_cluster.start(&why, m_password), qPrintable(why));
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setHostName(m_cluster.socketFolder()); // trusted: no password
        admin.setPort(m_cluster.port());
        admin.setUserName(PostgresCluster::user());
        admin.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery create(admin);
        QVERIFY2(create.exec(QStringLiteral("CREATE DATABASE registry")),
                 qPrintable(create.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
}

void TestRegistryPassword::cleanupTestCase()
{
    QString ignored;
    if (!m_password.isEmpty())
        keychain::forgetRegistryPassword(server(), &ignored, 10000);
    for (const QString& name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    m_cluster.stop();
}

void TestRegistryPassword::init()
{
    settings::setRegistryConnection({});
}

Connection TestRegistryPassword::server() const
{
    QString why;
    return *parseConnection(QStringLiteral("postgresql://%1@127.0.0.1:%2/registry")
                                .arg(PostgresCluster::user())
                                .arg(m_cluster.port()),
                            &why);
}

QStringList TestRegistryPassword::filesToSearch() const
{
    QStringList files{settings::storageFile()};
    if (keychain()) {
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    return files;
}

void TestRegistryPassword::checkNoFileHoldsThePassword() const
{
    int read = 0;
    for (const QString& path : filesToSearch()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ++read;
        QVERIFY2(!bytes.contains(m_password.toUtf8()), qPrintable(path));
        const QByteArray utf16(reinterpret_cast<const char*>(m_password.utf16()),
                               m_password.size() * 2);
        QVERIFY2(!bytes.contains(utf16), qPrintable(path));
    }
    QVERIFY(read >= 1); // at least the settings file
}

void TestRegistryPassword::withoutThePasswordTheServerAsks()
{
    QString why;
    QVERIFY(!RegistryStore::open(server(), &why));
    QVERIFY2(why.contains(QLatin1String("asks for a password")), qPrintable(why));
    QVERIFY2(why.contains(QLatin1String("none was given")), qPrintable(why));
    // The app's and tulana-cli's way finds nothing kept either.
    QVERIFY(!keychain::openRegistry(server(), &why));
    const QString wrong = QStringLiteral("not-") + m_password;
    QVERIFY(!RegistryStore::open(server(), &why, wrong));
    QVERIFY2(why.contains(QLatin1String("was refused")), qPrintable(why));
    QVERIFY2(!why.contains(wrong), "a refused password must not be repeated in a message");
}

void TestRegistryPassword::libpqStillReadsItsOwnPlaces()
{
    QString why;
    qputenv("PGPASSWORD", m_password.toUtf8());
    QVERIFY2(keychain::openRegistry(server(), &why), qPrintable(why));
    qunsetenv("PGPASSWORD");

    const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
    QFile file(pgpass);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("127.0.0.1:%1:registry:%2:%3\n")
                   .arg(m_cluster.port())
                   .arg(PostgresCluster::user(), m_password)
                   .toUtf8());
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // libpq ignores it otherwise
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    QVERIFY2(keychain::openRegistry(server(), &why), qPrintable(why));
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-pgpass"))));
    QFile::remove(pgpass);
}

void TestRegistryPassword::aWrongPasswordIsNotKept()
{
    RegistryConnectionDialog dialog;
    auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("registryAddress"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("registryPassword"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("registryConnectionProblem"));
    QVERIFY(address && password && problem);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(!password->isEnabled()); // no server named yet
    address->setText(server().text());
    QVERIFY(password->isEnabled());
    password->setText(QStringLiteral("wrong-") + m_password);
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("refused")), qPrintable(problem->text()));
    QCOMPARE(settings::registryConnection(), QString());
    const keychain::PasswordLookup lookup = keychain::readRegistryPassword(server(), 10000);
    QCOMPARE(lookup.outcome,
             keychain() ? keychain::LookupOutcome::NotKept : keychain::LookupOutcome::NoKeychain);
}

void TestRegistryPassword::theRightPasswordIsKeptOnlyInTheKeychain()
{
    RegistryConnectionDialog dialog;
    auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("registryAddress"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("registryPassword"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("registryConnectionProblem"));
    address->setText(server().text());
    password->setText(m_password);
    dialog.show();
    dialog.accept();
    if (keychain()) {
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings::registryConnection(), server().text());
        const keychain::PasswordLookup lookup = keychain::readRegistryPassword(server(), 10000);
        QCOMPARE(lookup.outcome, keychain::LookupOutcome::Found);
        QCOMPARE(lookup.password, m_password);
        QString why;
        QVERIFY2(keychain::openRegistry(server(), &why), qPrintable(why));
    } else {
        // Nothing kept, and the user is told where PostgreSQL looks instead.
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("not kept")), qPrintable(problem->text()));
        QVERIFY2(problem->text().contains(QLatin1String("PGPASSWORD")),
                 qPrintable(problem->text()));
        QVERIFY(password->text().isEmpty());
        QCOMPARE(settings::registryConnection(), QString());
        if (const QByteArray dir = qgetenv("TULANA_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(50);
            dialog.grab().save(QString::fromLocal8Bit(dir) +
                               QStringLiteral("/registry-connection.png"));
        }
        // The address alone can still be chosen.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings::registryConnection(), server().text());
        QCOMPARE(keychain::readRegistryPassword(server(), 10000).outcome,
                 keychain::LookupOutcome::NoKeychain);
    }
    checkNoFileHoldsThePassword();
}

void TestRegistryPassword::theForgetButtonRemovesIt()
{
    QString why;
    const bool kept = keychain::storeRegistryPassword(server(), m_password, &why, 10000);
    QCOMPARE(kept, keychain());
    if (!keychain())
        QVERIFY2(why.contains(QLatin1String("not kept")), qPrintable(why));
    RegistryConnectionDialog dialog;
    dialog.findChild<QLineEdit*>(QStringLiteral("registryAddress"))->setText(server().text());
    dialog.findChild<QPushButton*>(QStringLiteral("forgetRegistryPassword"))->click();
    const QString said =
        dialog.findChild<QLabel*>(QStringLiteral("registryConnectionProblem"))->text();
    if (keychain()) {
        QVERIFY2(said.contains(QLatin1String("holds no password")), qPrintable(said));
        QCOMPARE(keychain::readRegistryPassword(server(), 10000).outcome,
                 keychain::LookupOutcome::NotKept);
        QVERIFY(!keychain::openRegistry(server(), &why));
        QVERIFY2(why.contains(QLatin1String("asks for a password")), qPrintable(why));
    } else {
        QVERIFY2(said.contains(QLatin1String("no system keychain")), qPrintable(said));
    }
}

QProcess* TestRegistryPassword::runCli(const QStringList& args)
{
    auto* process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(TULANA_CLI_EXE), args);
    process->waitForFinished(120000);
    return process;
}

void TestRegistryPassword::cliKeepsUsesAndForgetsIt()
{
    const QString secretFile = m_dir.filePath(QStringLiteral("typed"));
    QFile file(secretFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_password.toUtf8() + '\n');
    file.close();
    const QStringList db{QStringLiteral("registry"), QStringLiteral("--db"), server().text()};
    QProcess* keep = runCli(db + QStringList{QStringLiteral("password"),
                                             QStringLiteral("--passphrase-file"), secretFile});
    QFile::remove(secretFile);
    const QString keepSaid =
        QString::fromUtf8(keep->readAllStandardOutput() + keep->readAllStandardError());
    if (!keychain()) {
        QCOMPARE(keep->exitCode(), 1);
        QVERIFY2(keepSaid.contains(QLatin1String("not kept")), qPrintable(keepSaid));
        return;
    }
    QVERIFY2(keep->exitCode() == 0, qPrintable(keepSaid));
    QVERIFY2(keepSaid.contains(QLatin1String("kept in the system keychain")), qPrintable(keepSaid));
    QProcess* list = runCli(db + QStringList{QStringLiteral("list")});
    QVERIFY2(list->exitCode() == 0, list->readAllStandardError().constData());
    QProcess* forget =
        runCli(db + QStringList{QStringLiteral("password"), QStringLiteral("--forget")});
    QVERIFY2(forget->exitCode() == 0, forget->readAllStandardError().constData());
    QProcess* refused = runCli(db + QStringList{QStringLiteral("list")});
    QCOMPARE(refused->exitCode(), 1);
    const QString refusedSaid = QString::fromUtf8(refused->readAllStandardError());
    QVERIFY2(refusedSaid.contains(QLatin1String("asks for a password")), qPrintable(refusedSaid));
    checkNoFileHoldsThePassword();
}

QTEST_MAIN(TestRegistryPassword)
#include "tst_registrypassword.moc"
