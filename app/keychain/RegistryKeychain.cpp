#include "RegistryKeychain.h"

#include "i18n/Translate.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

namespace tulana::keychain {

using registry::Connection;

namespace {

const QString& serviceName()
{
    static const QString name = QStringLiteral("Tulana registry");
    return name;
}

// Runs a QtKeychain job to its end or to the timeout. False on a timeout
// (the job is then left to finish and delete itself).
bool runJob(QKeychain::Job* job, int timeoutMs)
{
    // Never QtKeychain's "insecure fallback", which writes the secret into a
    // plain QSettings file: no keychain means no keeping.
    job->setInsecureFallback(false);
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    // Not the user's clicks and keys meanwhile: the caller is in the middle
    // of something (a dialog's OK, adding a record) that must not change
    // under it while a keychain asks to be unlocked.
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

QString noKeychainWords(const QString& detail)
{
    return detail.isEmpty() ? tulana::tr("this computer has no system keychain that answers")
                            : tulana::tr("this computer has no system keychain that answers "
                                         "(%1)")
                                  .arg(detail);
}

} // namespace

PasswordLookup readRegistryPassword(const Connection& connection, int timeoutMs)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(connection.text());
    PasswordLookup lookup;
    if (!runJob(job, timeoutMs)) {
        job->setAutoDelete(true);
        lookup.problem = noKeychainWords(tulana::tr("it did not answer in time"));
        return lookup;
    }
    switch (job->error()) {
    case QKeychain::NoError:
        lookup.outcome = LookupOutcome::Found;
        lookup.password = job->textData();
        break;
    case QKeychain::EntryNotFound:
        lookup.outcome = LookupOutcome::NotKept;
        break;
    default:
        lookup.problem = noKeychainWords(job->errorString());
        break;
    }
    delete job;
    return lookup;
}

bool storeRegistryPassword(const Connection& connection, const QString& password,
                           QString* errorMessage, int timeoutMs)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(connection.text());
    job->setTextData(password);
    const bool finished = runJob(job, timeoutMs);
    const bool ok = finished && job->error() == QKeychain::NoError;
    if (!ok) {
        *errorMessage =
            tulana::tr("the password was not kept: %1. PostgreSQL can read it from "
                       "the environment variable PGPASSWORD or from ~/.pgpass instead")
                .arg(noKeychainWords(finished ? job->errorString()
                                              : tulana::tr("it did not answer in time")));
    }
    if (finished)
        delete job;
    else
        job->setAutoDelete(true);
    return ok;
}

bool forgetRegistryPassword(const Connection& connection, QString* errorMessage, int timeoutMs)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(connection.text());
    const bool finished = runJob(job, timeoutMs);
    const bool ok = finished && (job->error() == QKeychain::NoError ||
                                 job->error() == QKeychain::EntryNotFound);
    if (!ok)
        *errorMessage =
            tulana::tr("the password could not be removed: %1")
                .arg(noKeychainWords(finished ? job->errorString()
                                              : tulana::tr("it did not answer in time")));
    if (finished)
        delete job;
    else
        job->setAutoDelete(true);
    return ok;
}

std::unique_ptr<registry::RegistryStore> openRegistry(const Connection& connection,
                                                      QString* errorMessage)
{
    QString password;
    if (connection.engine == Connection::Engine::PostgreSql) {
        const PasswordLookup lookup = readRegistryPassword(connection);
        if (lookup.outcome == LookupOutcome::Found)
            password = lookup.password;
    }
    return registry::RegistryStore::open(connection, errorMessage, password);
}

} // namespace tulana::keychain
