#include "RegistryConnection.h"

#include "i18n/Translate.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace tulana::registry {

QString Connection::text() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!user.isEmpty())
        url.setUserName(user);
    // A socket folder is a query option, as libpq's own URIs write it.
    const bool socketFolder = host.startsWith(u'/');
    url.setHost(socketFolder ? QString() : host);
    url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (socketFolder)
        query.addQueryItem(QStringLiteral("host"), host);
    for (const QString& option : options.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = option.indexOf(u'=');
        query.addQueryItem(option.left(equals), option.mid(equals + 1));
    }
    url.setQuery(query);
    return url.toString();
}

std::optional<Connection> parseConnection(const QString& text, QString* errorMessage)
{
    Connection connection;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        connection.path = text.mid(7);
        if (connection.path.isEmpty()) {
            *errorMessage = tulana::tr("sqlite: needs the path of the database file");
            return std::nullopt;
        }
        return connection;
    }
    if (!text.startsWith(QLatin1String("postgresql://")) &&
        !text.startsWith(QLatin1String("postgres://"))) {
        *errorMessage = tulana::tr("the registry's database must be sqlite:PATH or "
                                   "postgresql://user@host:port/database, not \"%1\"")
                            .arg(text);
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        // Neither the text nor QUrl's account of it, which quotes the text:
        // it may hold a password.
        *errorMessage = tulana::tr("the PostgreSQL address is not valid: write it as "
                                   "postgresql://user@host:port/database");
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *errorMessage = tulana::tr("the database address holds a password: keep it in the "
                                   "system keychain, PGPASSWORD or ~/.pgpass instead");
        return std::nullopt;
    }
    connection.engine = Connection::Engine::PostgreSql;
    connection.user = url.userName();
    connection.host = url.host();
    connection.port = url.port(5432);
    connection.database = url.path().mid(1);
    QStringList options;
    for (const auto& [name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        // libpq would take a password from an option too: refused like one
        // before the host, so that none is kept in settings or shown.
        if (name == QLatin1String("password") || name == QLatin1String("sslpassword")) {
            *errorMessage = tulana::tr("the database address holds a password (%1=): keep it "
                                       "in the system keychain, PGPASSWORD or ~/.pgpass instead")
                                .arg(name);
            return std::nullopt;
        }
        if (name == QLatin1String("host"))
            connection.host = value;
        else
            options << name + u'=' + value;
    }
    connection.options = options.join(u';');
    if (connection.database.isEmpty()) {
        *errorMessage = tulana::tr("the PostgreSQL address names no database: "
                                   "postgresql://user@host:port/database");
        return std::nullopt;
    }
    if (connection.host.isEmpty())
        connection.host = QStringLiteral("localhost");
    return connection;
}

Connection defaultConnection()
{
    Connection connection;
    connection.path = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                      QStringLiteral("/tulana/registry.sqlite");
    return connection;
}

} // namespace tulana::registry
