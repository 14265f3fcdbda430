#include "SaveFile.h"
#include "i18n/Translate.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace tulana {

bool saveFileAtomically(const QString& path, const QByteArray& contents, QString* errorMessage)
{
    QSaveFile file(path);
    const auto fail = [&] {
        if (errorMessage)
            *errorMessage = tulana::tr("Could not save %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    if (file.write(contents) != contents.size())
        return fail();
    if (!file.commit())
        return fail();
    return true;
}

} // namespace tulana
