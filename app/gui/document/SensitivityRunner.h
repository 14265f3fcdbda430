#pragma once

#include "scoring/Evaluation.h"
#include "sensitivity/Sensitivity.h"
#include "tender/Tender.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace tulana {

class TenderDocument;

// One analysis, the tender it was worked on and its evaluation (the ids,
// names, currency and scores the page shows beside the figures).
struct SensitivityResult
{
    Tender tender;
    Evaluation evaluation;
    sensitivity::Report report;
};

// Works out how robust the award is (sensitivity::analyse) away from the
// window's thread, after every edit. One run at a time: the edits made while
// a run is going are gathered into the one run that follows it, and the
// result of a run that an edit has overtaken is dropped, so the page only
// ever shows the analysis of the tender as it stands. An edit made while
// nothing runs starts a run at once (after the edits of the same turn of
// the event loop, such as an undo macro's), so that the answer comes as soon
// as the analysis is done.
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

    // The latest result, if any; and whether a newer one is coming.
    const std::shared_ptr<const SensitivityResult>& result() const { return m_result; }
    bool busy() const { return m_pending || m_running; }

signals:
    void started();
    void finished();

private:
    void request();
    void run();
    void deliver(std::shared_ptr<const SensitivityResult> result);

    TenderDocument* m_document;
    sensitivity::Options m_options;
    QTimer m_gather; // zero-time: the edits of one turn of the event loop
    QThreadPool m_worker;
    std::shared_ptr<const SensitivityResult> m_result;
    bool m_active = false;
    bool m_stale = true;    // the tender changed since the last run started
    bool m_pending = false; // a run is due
    bool m_running = false;
};

} // namespace tulana
