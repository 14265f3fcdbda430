#pragma once

#include "registry/RegistryConnection.h"
#include "registry/RegistryStore.h"

#include <QString>

#include <memory>

// The password of a PostgreSQL registry, kept in the system keychain (the
// Secret Service of GNOME and others, or KWallet) and never in Tulana's
// settings or any file of its own (docs/registry.md, "Passwords"). Where the
// machine has no keychain, nothing is kept and libpq reads the password from
// PGPASSWORD or ~/.pgpass, as it does for psql.
namespace tulana::keychain {

enum class LookupOutcome
{
    Found,
    NotKept,    // the keychain answered: it holds no password for this registry
    NoKeychain, // no keychain answered (no backend, no session bus, a timeout)
};

struct PasswordLookup
{
    LookupOutcome outcome = LookupOutcome::NoKeychain;
    QString password; // when Found
    QString problem;  // when NoKeychain: why, in the user's words
};

// Each entry is named by the registry's address without a password
// (Connection::text()), under the service "Tulana registry". The calls wait
// for the keychain (at most `timeoutMs`: a locked keychain may ask the user
// to unlock it) in an event loop of their own, so they need a
// QCoreApplication.
PasswordLookup readRegistryPassword(const registry::Connection& connection, int timeoutMs = 60000);
bool storeRegistryPassword(const registry::Connection& connection, const QString& password,
                           QString* errorMessage, int timeoutMs = 60000);
// True also when there was nothing to forget.
bool forgetRegistryPassword(const registry::Connection& connection, QString* errorMessage,
                            int timeoutMs = 60000);

// Opens the registry as the app and tulana-cli do: a PostgreSQL registry with
// the keychain's password when it holds one, else as libpq finds it. An
// SQLite registry never asks the keychain.
std::unique_ptr<registry::RegistryStore> openRegistry(const registry::Connection& connection,
                                                      QString* errorMessage);

} // namespace tulana::keychain
