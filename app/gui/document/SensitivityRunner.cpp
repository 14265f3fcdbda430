#include "document/SensitivityRunner.h"

#include "document/TenderDocument.h"
#include "scoring/Evaluator.h"

namespace tulana {

SensitivityRunner::SensitivityRunner(TenderDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    m_worker.setMaxThreadCount(1);
    m_gather.setSingleShot(true);
    m_gather.setInterval(0);
    connect(&m_gather, &QTimer::timeout, this, &SensitivityRunner::run);
    connect(document, &TenderDocument::evaluated, this, &SensitivityRunner::request);
    connect(document, &TenderDocument::tenderReset, this, &SensitivityRunner::request);
}

SensitivityRunner::~SensitivityRunner()
{
    // A run still going works on its own copies; it is waited for so that
    // it never posts to a runner that is gone (its posted result is
    // discarded with this object).
    m_worker.waitForDone();
}

void SensitivityRunner::setOptions(const sensitivity::Options& options)
{
    m_options = options;
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
    if (!m_pending)
        emit started();
    m_pending = true;
    if (!m_running)
        m_gather.start();
    // else: deliver() starts it when the run going ends.
}

void SensitivityRunner::run()
{
    if (m_running || !m_pending)
        return;
    m_stale = false;
    m_pending = false;
    m_running = true;
    // Copies: the document may change while the worker reads.
    auto job = [this, tender = m_document->tender(), options = m_options] {
        auto result = std::make_shared<SensitivityResult>();
        result->evaluation = evaluate(tender);
        result->report = sensitivity::analyse(tender, result->evaluation, options);
        result->tender = tender;
        QMetaObject::invokeMethod(
            this, [this, result] { deliver(result); }, Qt::QueuedConnection);
    };
    m_worker.start(job);
}

void SensitivityRunner::deliver(std::shared_ptr<const SensitivityResult> result)
{
    m_running = false;
    if (m_pending) {
        // An edit came while it ran: its answer is stale, the next is due.
        m_gather.start();
        return;
    }
    m_result = std::move(result);
    emit finished();
}

} // namespace tulana
