#pragma once

#include <QString>

#include <optional>

namespace tulana::registry {

// Where the registry is kept: an SQLite file (one office; the default) or a
// PostgreSQL server (a department or a state). No password is part of it:
// libpq reads it from PGPASSWORD or ~/.pgpass (docs/registry.md), so none is
// ever stored in Tulana's settings or typed on a command line.
struct Connection
{
    enum class Engine
    {
        Sqlite,
        PostgreSql
    };
    Engine engine = Engine::Sqlite;
    QString path; // SQLite: the database file
    // PostgreSQL: as in postgresql://user@host:port/database?option=value&...
    QString host; // a name, an address, or a folder holding the server's socket
    int port = 5432;
    QString user;
    QString database;
    QString options; // libpq's, ";"-separated as QSqlDatabase wants them (sslmode=require)

    // "sqlite:PATH" or the URL, without any password; for messages and settings.
    QString text() const;
};

// Reads "sqlite:PATH" or "postgresql://[user@]host[:port]/database[?k=v&...]"
// ("postgres://" too). A URL holding a password is refused: it would end up
// in shell histories and settings files.
std::optional<Connection> parseConnection(const QString& text, QString* errorMessage);

// The default registry: registry.sqlite in Tulana's folder of the user's
// data (~/.local/share/tulana on Linux), shared by the app and tulana-cli.
Connection defaultConnection();

} // namespace tulana::registry
