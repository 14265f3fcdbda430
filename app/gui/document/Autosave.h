#pragma once

#include "diagnostics/Problem.h"
#include "tender/Tender.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QLockFile;

namespace tulana {

class TenderDocument;

// Unsaved work kept safe (docs/reliability.md, "Autosave and recovery"):
// while the tender has unsaved edits, a copy is written to a recovery file
// in the user's data folder every minute, or sooner after a run of edits.
// The window copies the tender in memory; the copy is serialised and
// written on a worker thread, through the one atomic save, so a crash mid-write leaves the
// previous copy whole. Saving the tender, or closing it with its edits
// kept or discarded, removes the copy; so does the end of this object on a
// clean exit. A copy whose owner is gone (its lock file is stale: the app
// crashed or was killed) is offered back at the next start (RecoveryBar).
class Autosave : public QObject
{
    Q_OBJECT
public:
    explicit Autosave(TenderDocument* document, QObject* parent = nullptr);
    ~Autosave() override;

    void setInterval(int milliseconds);
    void setEditsBeforeWrite(int edits);

    // Writes the copy now when there is unsaved work (what the timer does).
    void writeNow();
    // Writes the copy now even with no edit since the last (a tender just
    // restored from a copy, which must not be lost to a second crash).
    void keepNow();
    // The recovery file this window writes to.
    QString recoveryFile() const;

signals:
    // A copy was written, or could not be, and why (on the GUI thread,
    // once the worker is done).
    void written(bool ok, const QString& why);

private:
    void noteEdit();
    void discard();

    TenderDocument* m_document;
    QTimer m_timer;
    QThreadPool m_writer; // one thread: copies are written in order
    std::unique_ptr<QLockFile> m_lock;
    QString m_base; // the recovery files' path without extension
    int m_edits = 0;
    int m_editsBeforeWrite = 20;
    bool m_unwritten = false; // edits since the last copy, or its write failed
    int m_writes = 0;         // copies started: a failure matters only for the last
};

// A copy left by a window that is gone, as the next start finds it.
struct RecoveredWork
{
    QString base;         // the recovery files' path without extension
    QString originalFile; // the tender's file then; empty for a new tender
    QDateTime written;    // when the copy was written (UTC)
};

// The copies whose window is gone, the newest first.
std::vector<RecoveredWork> orphanedWork();
// The tender of a copy; nothing, with the problems, when it cannot be read.
std::optional<Tender> loadRecoveredWork(const RecoveredWork& work, Problems* problems);
// Removes a copy (restored, or discarded by the officer).
void removeRecoveredWork(const RecoveredWork& work);

} // namespace tulana
