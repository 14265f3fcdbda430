#pragma once

#include "sensitivity/Sensitivity.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace tulana {

class TenderDocument;

// One analysis and the tender it was worked on (its ids, names and currency
// are what the page shows beside the figures).
struct SensitivityResult
{
    Tender tender;
    sensitivity::Report report;
};

// Works out how robust the award is (sensitivity::analyse) away from the
// window's thread, after every edit: a burst of edits (typing a price) is
// coalesced into one run, and a result that an edit has overtaken is dropped,
// so the page only ever shows the analysis of the tender as it stands.
class SensitivityRunner : public QObject
{
    Q_OBJECT
public:
    explicit SensitivityRunner(TenderDocument* document, QObject* parent = nullptr);
    ~SensitivityRunner() override;

    // Runs again with these options (draws, seed, weight range).
    void setOptions(const sensitivity::Options& options);
    const sensitivity::Options& options() const { return m_options; }

    // Nothing is worked out while the page cannot be seen; the page turns it
    // on when shown (which asks for a run if the tender changed meanwhile).
    void setActive(bool active);

    // The latest result, if any, if any; and whether a newer one is coming.
    const std::shared_ptr<const SensitivityResult>& result() const { return m_result; }
    bool busy() const { return m_pending || m_running; }

    // How long the edits of a burst are gathered before one run.
    static constexpr int kCoalesceMs = 150;

signals:
    void started();
    void finished();

private:
    void request();
    void run();
    void deliver(std::shared_ptr<const SensitivityResult> result, quint64 generation);

    TenderDocument* m_document;
    sensitivity::Options m_options;
    QTimer m_coalesce;
    // One thread: runs never overlap, and a queued one that an edit has
    // already overtaken is skipped before it starts (see m_latest).
    QThreadPool m_worker;
    std::atomic<quint64> m_latest{0};
    quint64 m_generation = 0;
    std::shared_ptr<const SensitivityResult> m_result;
    bool m_active = false;
    bool m_stale = true;
    bool m_pending = false;
    bool m_running = false;
};

} // namespace tulana
