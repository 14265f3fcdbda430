// Reading the fingerprint back out of a memo file, for tulana-cli verify-memo.
#include "MemoExport.h"

#include "i18n/Translate.h"
#include "memo/Fingerprint.h"
#include "support/InputFile.h"

#include "MemoZip.h"

namespace tulana {

QString readMemoFingerprint(const QString& path, QString* errorMessage)
{
    const auto fail = [&](const QString& message) {
        if (errorMessage)
            *errorMessage = message;
        return QString();
    };
    QString why;
    const std::optional<QByteArray> read = readInputFile(path, kMaxMemoFileBytes, &why);
    if (!read)
        return fail(why);
    const QByteArray& bytes = *read;
    const std::optional<MemoFormat> format = memoFormatForPath(path);
    QString text;
    if (format == MemoFormat::Odt) {
        const std::optional<std::vector<zip::Entry>> entries = zip::read(bytes);
        bool found = false;
        for (const zip::Entry& e : entries.value_or(std::vector<zip::Entry>())) {
            if (e.name == "content.xml") {
                text = QString::fromUtf8(e.data);
                found = true;
            }
        }
        if (!found)
            return fail(tulana::tr("is not an ODT document Tulana can read (no content.xml)"));
    } else if (format == MemoFormat::Pdf) {
        // Page text is compressed; the document information, where the
        // fingerprint is repeated in the keywords, is plain text.
        text = QString::fromLatin1(bytes);
    } else {
        text = QString::fromUtf8(bytes);
    }
    const QString found = findFingerprint(text);
    if (found.isEmpty())
        return fail(tulana::tr("carries no Tulana fingerprint (\"%1\" followed by 64 hex digits)")
                        .arg(QLatin1String(kFingerprintLabel)));
    return found;
}

} // namespace tulana
