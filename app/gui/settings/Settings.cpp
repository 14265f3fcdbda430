#include "Settings.h"

#include "ocds/OcdsRelease.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QVariant>

namespace tulana::settings {
namespace {

QSettings store()
{
    // Named explicitly rather than through QCoreApplication's names, so that
    // tests and tools that set other names still read the application's file.
    return QSettings(QStringLiteral("Tulana"), QStringLiteral("Tulana"));
}

// One preference: its key and default, declared once (as Tiled's
// Preference<T> and qBittorrent's SettingValue<T> do).
template <typename T> struct Setting
{
    QLatin1StringView key;
    T defaultValue;

    T get() const
    {
        const QVariant v = store().value(key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : defaultValue;
    }
    void set(const T& value) const { store().setValue(key, QVariant::fromValue(value)); }
};

const Setting<QByteArray> kWindowGeometry{QLatin1StringView("mainWindow/geometry"), {}};
const Setting<QByteArray> kWindowState{QLatin1StringView("mainWindow/state"), {}};
const Setting<QStringList> kRecentFiles{QLatin1StringView("files/recent"), {}};
const Setting<QString> kLanguage{QLatin1StringView("interface/language"), {}};
const Setting<QString> kTraineeName{QLatin1StringView("training/traineeName"), {}};
const Setting<QString> kTraineeEmail{QLatin1StringView("training/traineeEmail"), {}};
const Setting<QString> kOcidPrefix{QLatin1StringView("publishing/ocidPrefix"),
                                   QString::fromLatin1(kOcdsTestPrefix)};

const Setting<QString> kRegistryConnection{QLatin1StringView("registry/connection"), {}};

// Two spellings of one file ("a/../b.tulana", "b.tulana") are one entry.
QString normalised(const QString& file)
{
    const QFileInfo info(file);
    return QDir::cleanPath(info.isRelative() ? info.absoluteFilePath() : file);
}

QStringList tidied(const QStringList& files)
{
    QStringList out;
    for (const QString& f : files) {
        if (f.isEmpty())
            continue;
        const QString n = normalised(f);
        if (!out.contains(n))
            out << n;
        if (out.size() == kMaxRecentFiles)
            break;
    }
    return out;
}

} // namespace

QByteArray windowGeometry()
{
    return kWindowGeometry.get();
}
void setWindowGeometry(const QByteArray& geometry)
{
    kWindowGeometry.set(geometry);
}
QByteArray windowState()
{
    return kWindowState.get();
}
void setWindowState(const QByteArray& state)
{
    kWindowState.set(state);
}

QStringList recentFiles()
{
    return tidied(kRecentFiles.get());
}
void setRecentFiles(const QStringList& files)
{
    kRecentFiles.set(tidied(files));
}
void addRecentFile(const QString& file)
{
    if (file.isEmpty())
        return;
    QStringList files = recentFiles();
    files.prepend(file);
    setRecentFiles(files);
}

QString language()
{
    return kLanguage.get();
}
void setLanguage(const QString& language)
{
    kLanguage.set(language);
}

QString traineeName()
{
    return kTraineeName.get();
}
void setTraineeName(const QString& name)
{
    kTraineeName.set(name.trimmed());
}
QString traineeEmail()
{
    return kTraineeEmail.get();
}
void setTraineeEmail(const QString& email)
{
    kTraineeEmail.set(email.trimmed());
}
QString ocidPrefix()
{
    const QString prefix = kOcidPrefix.get();
    return isOcidPrefix(prefix) ? prefix : QString::fromLatin1(kOcdsTestPrefix);
}
void setOcidPrefix(const QString& prefix)
{
    if (isOcidPrefix(prefix))
        kOcidPrefix.set(prefix);
}

QString registryConnection()
{
    return kRegistryConnection.get();
}
void setRegistryConnection(const QString& connection)
{
    kRegistryConnection.set(connection);
}

QString storageFile()
{
    QSettings settings = store();
    settings.sync();
    return settings.fileName();
}

} // namespace tulana::settings
