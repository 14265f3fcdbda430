#include "RegistryRecord.h"

#include "considerations/Table3.h"
#include "decision/Departure.h"
#include "decision/JustificationCheck.h"
#include "i18n/Translate.h"
#include "memo/Fingerprint.h"
#include "process/LogChain.h"

namespace tulana::registry {
namespace {

QString entityOf(const Tender& tender)
{
    return tender.procuringEntity.isEmpty() ? tender.organisation.name : tender.procuringEntity;
}

QString defaultContact(const Tender& tender)
{
    QStringList lines;
    if (!tender.organisation.name.isEmpty())
        lines << tender.organisation.name;
    if (!tender.organisation.address.isEmpty())
        lines << tender.organisation.address;
    if (lines.isEmpty())
        lines << entityOf(tender);
    return lines.join(QStringLiteral(", "));
}

QStringList licencesOf(const openness::OpennessRecord& record)
{
    QStringList licences;
    for (const QString& licence : {record.licences.distribution, record.licences.code,
                                   record.licences.data, record.licences.document})
        if (!licence.isEmpty() && !licences.contains(licence))
            licences << licence;
    return licences;
}

SelectedSystem selectedSystem(const Tender& tender, const Evaluation& evaluation, int index)
{
    const Bid& bid = tender.bids[std::size_t(index)];
    SelectedSystem selected;
    selected.bid = bid.id;
    selected.bidder = bid.bidder;
    selected.system = bid.system;
    selected.nature = bid.nature;
    if (const BidFacts* facts = evaluation.factsFor(index)) {
        if (facts->openness) {
            selected.opennessRecorded = true;
            selected.mofClass = facts->openness->mof.mofClass;
            selected.osaid = facts->openness->osaid.status;
            selected.licences = licencesOf(facts->openness->record);
        }
        if (facts->lifecycle)
            selected.lifecycleNpv = facts->lifecycle->npv;
    }
    if (const BidResult* result = evaluation.resultFor(index))
        selected.evaluatedPrice = result->evaluatedPrice;
    return selected;
}

std::vector<PublishedScores> openedScores(const Tender& tender, const Evaluation& evaluation)
{
    std::vector<PublishedScores> scores;
    for (const BidResult& result : evaluation.results) {
        if (!evaluation.envelopeOpened(result.bid) || !result.technicallyScored)
            continue;
        const Bid& bid = tender.bids[std::size_t(result.bid)];
        scores.push_back({bid.id, bid.bidder, bid.nature, result.rank, result.technical,
                          result.financial, result.combined, result.evaluatedPrice});
    }
    return scores;
}

std::vector<CitedConsideration> citedConsiderations(const Justification& justification)
{
    std::vector<CitedConsideration> cited;
    for (const auto& [id, reason] : justification.reasons) {
        const Table3Row* row = table3().row(id);
        cited.push_back({id, row ? row->name : id, reason});
    }
    return cited;
}

} // namespace

QString toKey(SystemStatus s)
{
    switch (s) {
    case SystemStatus::InDevelopment:
        return QStringLiteral("in-development");
    case SystemStatus::InUse:
        return QStringLiteral("in-use");
    case SystemStatus::Retired:
        return QStringLiteral("retired");
    }
    return {};
}

std::optional<SystemStatus> systemStatusFromKey(const QString& key)
{
    for (SystemStatus s : {SystemStatus::InDevelopment, SystemStatus::InUse, SystemStatus::Retired})
        if (toKey(s) == key)
            return s;
    return std::nullopt;
}

QString displayName(SystemStatus s)
{
    switch (s) {
    case SystemStatus::InDevelopment:
        return tulana::tr("in development");
    case SystemStatus::InUse:
        return tulana::tr("in use");
    case SystemStatus::Retired:
        return tulana::tr("retired");
    }
    return {};
}

QString RegistryRecord::key() const
{
    // A unit separator cannot be typed into either field, so no two
    // different pairs give the same key.
    return entity.trimmed() + QChar(0x1f) + reference.trimmed();
}

RecordBuild buildRegistryRecord(const Tender& tender, const Evaluation& evaluation,
                                const RecordOptions& options)
{
    RecordBuild build;
    if (!tender.decision.finalised) {
        build.problems << error(QStringLiteral("decision.finalised"),
                                tulana::tr("the decision is not finalised: only a finalised "
                                           "decision goes into the registry"));
        return build;
    }
    if (tender.reference.trimmed().isEmpty())
        build.problems << error(QStringLiteral("tender.reference"),
                                tulana::tr("the tender has no reference, by which the registry "
                                           "knows it"));
    if (entityOf(tender).trimmed().isEmpty())
        build.problems << error(QStringLiteral("tender.procuringEntity"),
                                tulana::tr("the tender names no procuring entity, by which the "
                                           "registry knows it"));
    // A file edited after finalising may no longer support its decision.
    for (const Problem& p : checkDecision(tender, evaluation))
        if (p.isError())
            build.problems << p;
    const Departure departure = detectDeparture(tender, evaluation);
    if (departure.selected < 0 && !hasErrors(build.problems))
        build.problems << error(QStringLiteral("decision.selectedBid"),
                                tulana::tr("the finalised decision selects no bid"));
    if (hasErrors(build.problems))
        return build;

    RegistryRecord record;
    record.reference = tender.reference.trimmed();
    record.title = tender.title;
    record.entity = entityOf(tender).trimmed();
    record.category = tender.category;
    record.method = tender.method;
    record.technicalWeight = tender.technicalWeight;
    record.financialWeight = tender.financialWeight;
    record.currency = tender.currency;
    record.decisionDate = tender.decision.date;
    if (!tender.process.log.empty())
        record.announced = tender.process.log.front().time;
    for (const Bid& bid : tender.bids) {
        switch (bid.nature) {
        case BidNature::OpenSource:
            ++record.openSourceBids;
            break;
        case BidNature::Proprietary:
            ++record.proprietaryBids;
            break;
        case BidNature::Mixed:
            ++record.mixedBids;
            break;
        }
    }
    record.selected = selectedSystem(tender, evaluation, departure.selected);
    record.departsFromOpenSource = departure.fromOpenSource;
    record.departsFromEvaluation = departure.fromEvaluation;
    for (const tulana::PassedOverBid& passed : departure.passedOver) {
        const Bid& bid = tender.bids[std::size_t(passed.bid)];
        record.passedOver.push_back(
            {bid.id, bid.bidder, bid.system, passed.rank, passed.scoreGap, passed.priceGap});
    }
    record.considerations = citedConsiderations(tender.decision.justification);
    record.justification = tender.decision.justification.statement;
    record.scoresPublished = options.publishScores;
    if (options.publishScores)
        record.scores = openedScores(tender, evaluation);
    record.fingerprint = evaluationFingerprint(tender);
    if (!tender.process.log.empty())
        record.logCheckpoint = process::checkpointText(tender.process.log);
    record.status.push_back(
        {options.status, options.statusDate.isValid() ? options.statusDate : record.decisionDate});
    record.contact =
        options.contact.trimmed().isEmpty() ? defaultContact(tender) : options.contact.trimmed();
    build.record = std::move(record);
    return build;
}

} // namespace tulana::registry
