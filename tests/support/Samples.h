#pragma once

// The sample tenders of resources/samples, for tests. Loading fails the whole
// test run loudly (qFatal) rather than handing a test an empty tender that
// could pass by accident.
#include "io/TenderFile.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace tulana::testsupport {

inline QString sampleDir()
{
    return QStringLiteral(TULANA_SOURCE_DIR "/resources/samples");
}

// "citizen-services-chatbot" -> its path.
inline QString samplePath(const char* name)
{
    return sampleDir() + u'/' + QString::fromUtf8(name) + QStringLiteral(".tulana");
}

inline Tender loadSample(const char* name)
{
    const QString path = samplePath(name);
    const TenderLoad load = loadTenderFile(path);
    if (!load.tender || load.tender->bids.empty())
        qFatal("the sample %s cannot be loaded, or has no bids", qPrintable(path));
    return *load.tender;
}

// A writable copy of a sample in `dir`, named after it; fails loudly.
inline QString copySample(const QTemporaryDir& dir, const char* name)
{
    const QString target = dir.filePath(QString::fromUtf8(name) + QStringLiteral(".tulana"));
    if (!QFile::copy(samplePath(name), target))
        qFatal("cannot copy the sample %s to %s", name, qPrintable(target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

} // namespace tulana::testsupport
