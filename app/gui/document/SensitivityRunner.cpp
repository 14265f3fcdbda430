#include "document/SensitivityRunner.h"

#include "document/TenderDocument.h"
#include "scoring/Evaluator.h"

namespace tulana {

SensitivityRunner::SensitivityRunner(TenderDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    m_worker.setMaxThreadCount(1);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &SensitivityRunner::run);
    connect(document, &TenderDocument::evaluated, this, &SensitivityRunner::request);
    connect(document, &TenderDocument::tenderReset, this, &SensitivityRunner::request);
}

SensitivityRunner::~SensitivityRunner()
{
    // A run still going holds only its own copies; it is told it is stale
    // and waited for, so that it never posts to a runner that is gone.
    m_latest.store(m_latest.load() + 1);
    m_worker.waitForDone();
}

void SensitivityRunner::setOptions(const sensitivity::Options& options)
{
    m_options = options;
    m_stale = true;
    request();
}

void SensitivityRunner::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        request();
}

void SensitivityRunner::request()
{
    m_stale = true;
    if (!m_active)
        return;
    m_pending = true;
    m_coalesce.start(); // restarts: a burst of edits makes one run
    emit started();
}

void SensitivityRunner::run()
{
    m_stale = false;
    m_pending = false;
    m_running = true;
    const quint64 generation = ++m_generation;
    m_latest.store(generation);
    // Copies: the document may change while the worker reads.
    auto job = [this, generation, tender = m_document->tender(), options = m_options] {
        if (m_latest.load() != generation)
            return; // overtaken before it started
        auto result = std::make_shared<SensitivityResult>();
        result->report = sensitivity::analyse(tender, evaluate(tender), options);
        result->tender = tender;
        if (m_latest.load() != generation)
            return;
        QMetaObject::invokeMethod(
            this, [this, result, generation] { deliver(result, generation); },
            Qt::QueuedConnection);
    };
    m_worker.start(job);
}

void SensitivityRunner::deliver(std::shared_ptr<const SensitivityResult> result, quint64 generation)
{
    if (generation != m_generation)
        return; // an edit came after it was started: its run is on the way
    m_running = false;
    m_result = std::move(result);
    emit finished();
}

} // namespace tulana
