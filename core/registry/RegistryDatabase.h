#pragma once

// Internal to core/registry: the open database connection and the
// transaction rule the store and the migrations share.
#include "RegistryStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <optional>

namespace tulana::registry {

class RegistryStore::Private
{
public:
    Private(Connection connection, QString connectionName);
    ~Private();

    Connection connection;
    QString name; // of the QSqlDatabase connection, one per store
    int schemaVersion = 0;
    std::function<bool()> midTransactionHook;

    QSqlDatabase database() const { return QSqlDatabase::database(name, false); }
    bool isSqlite() const { return connection.engine == Connection::Engine::Sqlite; }

    // Prepares and runs one statement; on failure sets *errorMessage and
    // keeps the driver's error in lastError.
    bool exec(QSqlQuery& query, const QString& sql, const QVariantList& values,
              QString* errorMessage);
    bool exec(const QString& sql, QString* errorMessage);

    // Runs `body` in one transaction, retried while the database is busy
    // (SQLite: another writer; PostgreSQL: a deadlock or serialization
    // failure). Whatever `body` fails on is rolled back whole; a lost
    // PostgreSQL connection is said in so many words.
    bool inTransaction(const std::function<bool(QString*)>& body, QString* errorMessage);

    QSqlError lastError;

    // The last search's words in the order their index counts gave
    // (RegistryStore.cpp, bySelectivity), and whether even the rarest is
    // common. The Registry window lists a page and counts the same search,
    // then fetches more pages: counting its words once serves them all.
    // Forgotten on every write through this store; writes through another
    // store or client (the app's Add to Registry opens its own) can leave
    // the order stale until the search changes, which costs time, never a
    // wrong result: every word is required whatever the order. list() and
    // count() are const but keep it.
    struct SearchPlan
    {
        QStringList words;   // as the search gave them
        QStringList ordered; // the rarest first
        bool allCommon = false;
    };
    std::optional<SearchPlan> lastSearch;
};

// A NULL of the right type for a figure a record lacks.
QVariant optionalValue(const std::optional<double>& value);

// Creates the tables, or upgrades them from an older version.
bool migrate(RegistryStore::Private& d, QString* errorMessage);

// The words a search finds a record by: every word of its reference, title,
// entity, bidder, system and contact, case folded (so no engine's own case
// rules matter: SQLite's lower() folds ASCII only), each once. A search
// term matches the start of a word, through an index on registry_words:
// a LIKE '%term%' over 100,000 records' texts took 300 ms on SQLite.
QStringList searchWordsOf(const QStringList& parts);
// Replaces the record's words in registry_words.
bool writeSearchWords(RegistryStore::Private& d, qint64 id, const QStringList& words, QString* why);

} // namespace tulana::registry
