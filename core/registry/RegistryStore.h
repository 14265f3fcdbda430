#pragma once

#include "RegistryConnection.h"
#include "RegistryRecord.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tulana::registry {

// The version of the registry's tables this Tulana writes. An older
// database is upgraded in place when it is opened (RegistrySchema.cpp).
inline constexpr int kRegistrySchemaVersion = 2;

// Where counting the records a search finds stops (RegistryStore::count).
inline constexpr int kSearchCountLimit = 10'000;

// What a list, a search and the charts show of a record: its indexed columns.
struct RegistryRow
{
    qint64 id = 0;
    QString reference;
    QString title;
    QString entity;
    int year = 0;
    QDate decisionDate;
    BidNature nature = BidNature::Proprietary;
    QString bidder;
    QString system;
    QString mofClass; // MofClass's key, or "not-recorded"
    QString osaid;    // OsaidStatus's key, or empty when not recorded
    bool departure = false;
    QStringList considerations; // ids of Table 3 the justification cites
    QString currency;
    std::optional<double> evaluatedPrice;
    std::optional<double> lifecycleNpv;
    SystemStatus status = SystemStatus::InDevelopment;
    QDate statusDate;
    QString contact;
    QString fingerprint;
    QString logCheckpoint;
    QString tenderFile; // the file it was added from, as named then
};

enum class SortColumn
{
    DecisionDate,
    Reference,
    Title,
    Entity,
    Nature,
    MofClass,
    Departure,
    Status,
    EvaluatedPrice,
    LifecycleNpv,
    Id
};

struct RegistryFilter
{
    QString text; // in reference, title, entity, bidder, system and contact, any case
    QString entity;
    std::optional<int> year;
    std::optional<BidNature> nature;
    std::optional<bool> departure;
    QString mofClass; // a key of MofClass, or "not-recorded"; empty: any
    std::optional<SystemStatus> status;
    SortColumn sort = SortColumn::DecisionDate;
    bool descending = true;
    int limit = -1; // all
    int offset = 0;
};

struct AddOutcome
{
    qint64 id = 0;
    bool created = false; // false: the tender was in the registry and its record is updated
};

// The registry's storage through Qt SQL: the same tables and queries on
// SQLite and PostgreSQL, each change in one transaction. Errors come back as
// sentences for the user; nothing is half written.
class RegistryStore
{
public:
    // Opens (creating an SQLite file and its folder when missing) and brings
    // the tables up to kRegistrySchemaVersion. Nothing on failure.
    // `password` is for PostgreSQL, from the system keychain (the app's
    // RegistryKeychain); without one libpq looks in PGPASSWORD and ~/.pgpass.
    static std::unique_ptr<RegistryStore> open(const Connection& connection, QString* errorMessage,
                                               const QString& password = {});
    // Whether a PostgreSQL server lets `password` in: a connection opened
    // and closed, the tables not touched. (A server that trusts the client
    // lets any password in.)
    static bool checkLogin(const Connection& connection, const QString& password,
                           QString* errorMessage);
    ~RegistryStore();
    RegistryStore(const RegistryStore&) = delete;
    RegistryStore& operator=(const RegistryStore&) = delete;

    Connection::Engine engine() const;
    int schemaVersion() const;

    // Adds the record, or updates the record of the same tender (key()): its
    // facts are replaced, its status history is kept. `tenderFile` is where
    // it came from.
    std::optional<AddOutcome> add(const RegistryRecord& record, const QString& tenderFile,
                                  QString* errorMessage);
    // Many records in one transaction: all of them or none.
    bool addAll(const std::vector<RegistryRecord>& records, QString* errorMessage);

    std::optional<std::vector<RegistryRow>> list(const RegistryFilter& filter,
                                                 QString* errorMessage) const;
    // How many records match. A filter with search words is counted up to
    // kSearchCountLimit + 1 and no further: more means "more than
    // kSearchCountLimit".
    std::optional<int> count(const RegistryFilter& filter, QString* errorMessage) const;
    std::optional<RegistryRow> row(qint64 id, QString* errorMessage) const;
    // The entities and years the records have, for the filters' choices:
    // entities in order, years newest first.
    std::optional<std::pair<QStringList, std::vector<int>>>
    filterChoices(QString* errorMessage) const;
    // The id of the record of the tender with this key (RegistryRecord::key());
    // 0 when the registry has none; nothing when it cannot be read.
    std::optional<qint64> findRecord(const QString& key, QString* errorMessage) const;
    // The record as added, with its id and its present status history.
    std::optional<QByteArray> recordJson(qint64 id, QString* errorMessage) const;
    std::optional<std::vector<StatusChange>> statusHistory(qint64 id, QString* errorMessage) const;
    // Records a change of status on `date`, which may not be before the
    // present status's date.
    bool setStatus(qint64 id, SystemStatus status, const QDate& date, QString* errorMessage);

    // Tests only: called inside add()'s transaction once the record's row is
    // written and before its status is; returning false fails the add there,
    // as a lost connection or a full disk would.
    void setMidTransactionHookForTesting(std::function<bool()> hook);
    // Tests only: the PostgreSQL backend's process id, to end it mid-transaction.
    std::optional<qint64> backendPidForTesting() const;

    class Private;

private:
    explicit RegistryStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace tulana::registry
