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

// What a keychain job came to. The job itself is gone by the time the caller
// sees this.
struct JobOutcome
{
    bool finished = false; // false: no answer before the timeout
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text; // what a read found
};

QString noKeychainWords(const QString& detail)
{
    return detail.isEmpty() ? tulana::tr("this computer has no system keychain that answers")
                            : tulana::tr("this computer has no system keychain that answers "
                                         "(%1)")
                                  .arg(detail);
}

// Why the keychain failed, in words, for an outcome that is not a success.
QString problemWords(const JobOutcome& outcome)
{
    return noKeychainWords(outcome.finished ? outcome.errorString
                                            : tulana::tr("it did not answer in time"));
}

// Runs a QtKeychain job to its end or to the timeout, and disposes of it: a
// finished job is deleted here; one still running is left to finish and
// delete itself, since QtKeychain may still be using it.
JobOutcome runJob(QKeychain::Job* job, int timeoutMs)
{
    // Never QtKeychain's "insecure fallback", which writes the secret into a
    // plain QSettings file: no keychain means no keeping.
    job->setInsecureFallback(false);
    job->setAutoDelete(false);
    QEventLoop loop;
    JobOutcome outcome;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        outcome.finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    // Not the user's clicks and keys meanwhile: the caller is in the middle
    // of something (a dialog's OK, adding a record) that must not change
    // under it while a keychain asks to be unlocked.
    if (!outcome.finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!outcome.finished) {
        job->setAutoDelete(true);
        return outcome;
    }
    outcome.error = job->error();
    outcome.errorString = job->errorString();
    if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job))
        outcome.text = read->textData();
    delete job;
    return outcome;
}

} // namespace

PasswordLookup readRegistryPassword(const Connection& connection, int timeoutMs)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(connection.text());
    const JobOutcome outcome = runJob(job, timeoutMs);
    PasswordLookup lookup;
    if (outcome.finished && outcome.error == QKeychain::NoError) {
        lookup.outcome = LookupOutcome::Found;
        lookup.password = outcome.text;
    } else if (outcome.finished && outcome.error == QKeychain::EntryNotFound) {
        lookup.outcome = LookupOutcome::NotKept;
    } else {
        lookup.problem = problemWords(outcome);
    }
    return lookup;
}

bool storeRegistryPassword(const Connection& connection, const QString& password,
                           QString* errorMessage, int timeoutMs)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(connection.text());
    job->setTextData(password);
    const JobOutcome outcome = runJob(job, timeoutMs);
    const bool ok = outcome.finished && outcome.error == QKeychain::NoError;
    if (!ok)
        *errorMessage = tulana::tr("the password was not kept: %1. PostgreSQL can read it from "
                                   "the environment variable PGPASSWORD or from ~/.pgpass instead")
                            .arg(problemWords(outcome));
    return ok;
}

bool forgetRegistryPassword(const Connection& connection, QString* errorMessage, int timeoutMs)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(connection.text());
    const JobOutcome outcome = runJob(job, timeoutMs);
    const bool ok = outcome.finished && (outcome.error == QKeychain::NoError ||
                                         outcome.error == QKeychain::EntryNotFound);
    if (!ok)
        *errorMessage =
            tulana::tr("the password could not be removed: %1").arg(problemWords(outcome));
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
