#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The desktop application's preferences. Each key and its default are
// declared once, in Settings.cpp; callers use these typed functions and never
// spell a QSettings key themselves.
namespace tulana::settings {

inline constexpr int kMaxRecentFiles = 10;

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray& geometry);
QByteArray windowState();
void setWindowState(const QByteArray& state);

// Most recent first, without duplicates, at most kMaxRecentFiles.
QStringList recentFiles();
void setRecentFiles(const QStringList& files);
void addRecentFile(const QString& file);

// A locale name such as "hi_IN"; empty means the system's language.
QString language();
void setLanguage(const QString& language);

// Training mode: the trainee's name (printed on the certificate) and an
// optional e-mail address (the xAPI actor), asked once and remembered.
QString traineeName();
void setTraineeName(const QString& name);
QString traineeEmail();
void setTraineeEmail(const QString& email);

// The prefix of the ocid in published OCDS releases: the publisher's own,
// registered with OCDS; the OCDS test prefix until one is given.
QString ocidPrefix();
void setOcidPrefix(const QString& prefix);

// The registry of AI procurements (docs/registry.md): "sqlite:PATH" or
// "postgresql://user@host:port/db"; empty for the default SQLite file. Never
// a password: libpq reads it from PGPASSWORD or ~/.pgpass.
QString registryConnection();
void setRegistryConnection(const QString& connection);

// The file the preferences are kept in, written out first (for what checks
// that a file holds no secret).
QString storageFile();

} // namespace tulana::settings
