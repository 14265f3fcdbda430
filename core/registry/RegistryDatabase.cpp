#include "RegistryDatabase.h"

#include "i18n/Translate.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

namespace tulana::registry {
namespace {

// Waits between attempts of a transaction that met a busy database; the
// random part keeps processes that collided from colliding again in step.
void backOff(int attempt)
{
    QThread::msleep(5 + QRandomGenerator::global()->bounded(5 + 5 * std::min(attempt, 20)));
}

} // namespace

RegistryStore::Private::Private(Connection c, QString connectionName)
    : connection(std::move(c))
    , name(std::move(connectionName))
{}

RegistryStore::Private::~Private()
{
    {
        QSqlDatabase db = database();
        // SQLite keeps the statistics its planner chooses indexes by up to
        // date when asked to on closing (its documentation's advice).
        if (db.isOpen() && isSqlite()) {
            QString ignored;
            exec(QStringLiteral("PRAGMA optimize"), &ignored);
        }
        if (db.isValid())
            db.close();
    } // the last handle must be gone before the connection is removed
    QSqlDatabase::removeDatabase(name);
}

bool RegistryStore::Private::exec(QSqlQuery& query, const QString& sql, const QVariantList& values,
                                  QString* errorMessage)
{
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant& value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        lastError = query.lastError();
        *errorMessage = lastError.text();
    }
    return ok;
}

bool RegistryStore::Private::exec(const QString& sql, QString* errorMessage)
{
    QSqlQuery query(database());
    if (query.exec(sql))
        return true;
    lastError = query.lastError();
    *errorMessage = lastError.text();
    return false;
}

bool RegistryStore::Private::inTransaction(const std::function<bool(QString*)>& body,
                                           QString* errorMessage)
{
    const auto transient = [this] {
        const QString code = lastError.nativeErrorCode();
        if (isSqlite()) {
            const int primary = code.toInt() & 0xff; // SQLITE_BUSY_SNAPSHOT is BUSY too
            return primary == 5 || primary == 6;     // SQLITE_BUSY, SQLITE_LOCKED
        }
        return code == QLatin1String("40001") || code == QLatin1String("40P01");
    };
    const auto connectionLost = [this] {
        if (isSqlite())
            return false;
        QSqlQuery probe(database());
        return !probe.exec(QStringLiteral("SELECT 1"));
    };
    lastSearch.reset(); // the words' counts change with the records
    constexpr int attempts = 200;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        QString why;
        lastError = QSqlError();
        // SQLite: IMMEDIATE takes the write lock at once, waiting through
        // busy_timeout; a deferred BEGIN would fail to upgrade its read lock
        // with no wait at all when another writer went first.
        bool ok =
            exec(isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), &why);
        bool committing = false;
        if (ok)
            ok = body(&why);
        if (ok) {
            committing = true;
            ok = exec(QStringLiteral("COMMIT"), &why);
        }
        if (ok)
            return true;
        const bool retry = transient();
        QString ignored;
        exec(QStringLiteral("ROLLBACK"), &ignored);
        if (retry) {
            backOff(attempt);
            continue;
        }
        if (connectionLost()) {
            *errorMessage =
                committing ? tulana::tr("the connection to the registry's database server was lost "
                                        "while the change was being committed (%1); the server "
                                        "decides whether it was: look the record up again")
                                 .arg(why.trimmed())
                           : tulana::tr("the connection to the registry's database server was lost "
                                        "(%1); nothing of this change was written")
                                 .arg(why.trimmed());
            return false;
        }
        // A refusal of Tulana's own (no such record, a date out of order)
        // is said as it is; the database's is said to be the database's.
        *errorMessage = lastError.type() == QSqlError::NoError
                            ? why
                            : tulana::tr("the registry's database refused the change, and "
                                         "nothing of it was written: %1")
                                  .arg(why.trimmed());
        return false;
    }
    *errorMessage = tulana::tr("the registry's database stayed busy with other changes; nothing "
                               "of this change was written: try again");
    return false;
}

QVariant optionalValue(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QStringList searchWordsOf(const QStringList& parts)
{
    // Letters with their combining marks (Devanagari's vowel signs), and digits.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{M}\\p{N}]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList words = parts.join(u' ').toCaseFolded().split(separators, Qt::SkipEmptyParts);
    words.sort();
    words.removeDuplicates();
    return words;
}

bool writeSearchWords(RegistryStore::Private& d, qint64 id, const QStringList& words, QString* why)
{
    QSqlQuery remove(d.database());
    if (!d.exec(remove, QStringLiteral("DELETE FROM registry_words WHERE record_id = ?"), {id},
                why))
        return false;
    // Many rows a statement: one statement a word made adding a record slow.
    constexpr qsizetype chunk = 100;
    for (qsizetype start = 0; start < words.size(); start += chunk) {
        const qsizetype n = std::min(chunk, words.size() - start);
        QStringList rows;
        QVariantList values;
        for (qsizetype i = 0; i < n; ++i) {
            rows << QStringLiteral("(?, ?)");
            values << id << words.at(start + i);
        }
        QSqlQuery insert(d.database());
        if (!d.exec(insert,
                    QStringLiteral("INSERT INTO registry_words (record_id, word) VALUES ") +
                        rows.join(u','),
                    values, why))
            return false;
    }
    return true;
}

} // namespace tulana::registry
