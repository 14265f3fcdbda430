#include "document/Autosave.h"

#include "document/TenderDocument.h"
#include "io/TenderFile.h"
#include "support/InputFile.h"
#include "support/SaveFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

namespace tulana {
namespace {

QString recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/recovery");
}

QString tenderOf(const QString& base)
{
    return base + QStringLiteral(".tulana");
}
QString aboutOf(const QString& base)
{
    return base + QStringLiteral(".json");
}
QString lockOf(const QString& base)
{
    return base + QStringLiteral(".lock");
}

} // namespace

Autosave::Autosave(TenderDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_base(recoveryFolder() + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_writer.setMaxThreadCount(1);
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::writeNow);
    m_timer.start();
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &Autosave::noteEdit);
    // Saved, or a tender opened or closed: nothing unsaved to keep.
    connect(document, &TenderDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

Autosave::~Autosave()
{
    discard();
}

void Autosave::setInterval(int milliseconds)
{
    m_timer.start(milliseconds);
}

void Autosave::setEditsBeforeWrite(int edits)
{
    m_editsBeforeWrite = std::max(1, edits);
}

QString Autosave::recoveryFile() const
{
    return tenderOf(m_base);
}

void Autosave::noteEdit()
{
    m_unwritten = true;
    if (++m_edits >= m_editsBeforeWrite)
        writeNow();
}

void Autosave::writeNow()
{
    if (!m_unwritten || !m_document->isModified())
        return;
    m_unwritten = false;
    m_edits = 0;
    if (!m_lock) {
        // Held while this window lives: a copy whose lock is not held is
        // one a crashed window left.
        QDir().mkpath(recoveryFolder());
        m_lock = std::make_unique<QLockFile>(lockOf(m_base));
        m_lock->setStaleLockTime(0); // never stale by age: only when its owner is gone
        if (!m_lock->tryLock(0))
            m_lock.reset();
    }
    // A copy of the tender: the worker serialises it while edits go on.
    const Tender copy = m_document->tender();
    const QString original = m_document->filePath();
    const QString base = m_base;
    const int write = ++m_writes;
    m_writer.start([this, copy, original, base, write] {
        const QJsonObject about{{QStringLiteral("format"), QStringLiteral("tulana-recovery")},
                                {QStringLiteral("file"), original},
                                {QStringLiteral("written"),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        // Through the tender's own save, so that a copy is never one the
        // next start could not open (too large, an id used twice): then the
        // last good copy stays, and the window says why.
        QString why;
        const bool ok = saveTenderFile(copy, tenderOf(base), &why) &&
                        saveFileAtomically(aboutOf(base), QJsonDocument(about).toJson(), &why);
        QMetaObject::invokeMethod(
            this,
            [this, ok, why, write] {
                // A copy that failed (a full disk) is tried again at the
                // timer's next tick, not only after the next edit: the
                // officer may be reading, not typing. Not when a later copy
                // was started (it holds this one's work), nor for work saved
                // or discarded meanwhile.
                if (!ok && write == m_writes && m_document->isModified())
                    m_unwritten = true;
                emit written(ok, ok ? QString() : why);
            },
            Qt::QueuedConnection);
    });
}

void Autosave::keepNow()
{
    m_unwritten = true;
    writeNow();
}

void Autosave::discard()
{
    m_writer.waitForDone(); // a copy being written would come back after
    m_unwritten = false;
    m_edits = 0;
    QFile::remove(tenderOf(m_base));
    QFile::remove(aboutOf(m_base));
    m_lock.reset(); // unlocks: removes the lock file
}

std::vector<RecoveredWork> orphanedWork()
{
    std::vector<RecoveredWork> found;
    const QDir folder(recoveryFolder());
    for (const QFileInfo& about : folder.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString base = about.absolutePath() + u'/' + about.completeBaseName();
        QLockFile lock(lockOf(base));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) // its window is still open
            continue;
        lock.unlock();
        QString why;
        const std::optional<QByteArray> bytes =
            readInputFile(about.absoluteFilePath(), kMaxSmallFileBytes, &why);
        const QJsonObject o = bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
        if (o.value(QStringLiteral("format")).toString() != QLatin1String("tulana-recovery") ||
            !QFile::exists(tenderOf(base)))
            continue;
        found.push_back({base, o.value(QStringLiteral("file")).toString(),
                         QDateTime::fromString(o.value(QStringLiteral("written")).toString(),
                                               Qt::ISODateWithMs)});
    }
    std::sort(found.begin(), found.end(),
              [](const RecoveredWork& a, const RecoveredWork& b) { return a.written > b.written; });
    return found;
}

std::optional<Tender> loadRecoveredWork(const RecoveredWork& work, Problems* problems)
{
    TenderLoad loaded = loadTenderFile(tenderOf(work.base));
    if (problems)
        *problems = loaded.problems;
    return std::move(loaded.tender);
}

void removeRecoveredWork(const RecoveredWork& work)
{
    QFile::remove(tenderOf(work.base));
    QFile::remove(aboutOf(work.base));
    QFile::remove(lockOf(work.base));
}

} // namespace tulana
