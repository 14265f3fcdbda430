#include "Openwashing.h"
#include "Component.h"

#include "LicenceCatalogue.h"
#include "i18n/Translate.h"

namespace tulana::openness {

QString toKey(OpenwashingKind k)
{
    switch (k) {
    case OpenwashingKind::ClaimWithRestrictedWeights:
        return QStringLiteral("claim-with-restricted-weights");
    case OpenwashingKind::OnlyWeights:
        return QStringLiteral("only-weights");
    case OpenwashingKind::DataInformationMissing:
        return QStringLiteral("data-information-missing");
    case OpenwashingKind::LicenceUnknown:
        return QStringLiteral("licence-unknown");
    }
    return {};
}

namespace {

const QString weights = QStringLiteral("final-parameters");

bool isState(const OpennessRecord& r, const QString& id, std::initializer_list<ReleaseState> states)
{
    const ComponentEntry* e = r.entry(id);
    if (!e)
        return false;
    for (ReleaseState s : states)
        if (e->state == s)
            return true;
    return false;
}

RecognisedLicence licenceOf(const OpennessRecord& r, const QString& id)
{
    const ComponentDef* def = ComponentCatalogue::builtIn().find(id);
    const EffectiveLicence l = effectiveLicence(r, id, def ? def->contentType : ContentType::Data);
    return LicenceCatalogue::builtIn().recognise(l.text);
}

bool hasDataInformation(const OpennessRecord& r)
{
    for (const QString& id : {QStringLiteral("pretraining-data"), QStringLiteral("finetuning-data"),
                              QStringLiteral("data-card")})
        if (isState(r, id,
                    {ReleaseState::Released, ReleaseState::PartlyReleased,
                     ReleaseState::DocumentedOnly}))
            return true;
    return false;
}

QString claimText(OpennessClaim c)
{
    return c == OpennessClaim::OpenSource ? tulana::tr("\"open source\"") : tulana::tr("\"open\"");
}

} // namespace

std::vector<OpenwashingFlag> openwashingFlags(const OpennessRecord& record)
{
    std::vector<OpenwashingFlag> flags;
    const bool weightsOut =
        isState(record, weights, {ReleaseState::Released, ReleaseState::PartlyReleased});
    const RecognisedLicence weightsLicence = licenceOf(record, weights);

    if (record.claim != OpennessClaim::NotStated && weightsOut &&
        (weightsLicence.verdict.useRestricted || !weightsLicence.verdict.osiApproved)) {
        const QString why = weightsLicence.verdict.useRestricted
                                ? tulana::tr("restricts their use")
                                : tulana::tr("is not OSI-approved");
        flags.push_back(
            {OpenwashingKind::ClaimWithRestrictedWeights,
             tulana::tr("Called %1, but the weights' licence %2").arg(claimText(record.claim), why),
             tulana::tr("The system is described as %1, but its weights are released under %2, "
                        "which %3. Open Source AI needs the freedom to use, study, modify and "
                        "share for any purpose (OSI Open Source AI Definition 1.0).")
                 .arg(claimText(record.claim), weightsLicence.explanation(), why),
             {weights}});
    }

    const bool trainingCode =
        isState(record, QStringLiteral("training-code"), {ReleaseState::Released});
    const bool dataInformation = hasDataInformation(record);
    // The two checks below weigh a claim of openness against what is
    // released; a bid that calls its system neither open nor open source
    // claims nothing to check (a proprietary model with public weights is
    // not openwashing).
    const bool claims = record.claim != OpennessClaim::NotStated;
    if (claims && weightsOut && !trainingCode && !dataInformation) {
        flags.push_back(
            {OpenwashingKind::OnlyWeights,
             tulana::tr("Only the weights are released"),
             tulana::tr("The weights are made available, but neither the training code nor any "
                        "information about the training data: open weights are not open "
                        "source. The system can be run and fine-tuned, not studied or rebuilt."),
             {weights, QStringLiteral("training-code"), QStringLiteral("pretraining-data")}});
    }

    if (claims && !dataInformation) {
        flags.push_back(
            {OpenwashingKind::DataInformationMissing,
             tulana::tr("No information about the training data"),
             tulana::tr("Neither the training data, the fine-tuning data nor a data card is "
                        "released or described. The Open Source AI Definition requires "
                        "sufficiently detailed information about the data used for training."),
             {QStringLiteral("pretraining-data"), QStringLiteral("finetuning-data"),
              QStringLiteral("data-card")}});
    }

    QStringList unknown;
    QStringList names;
    for (const ComponentEntry& e : record.components) {
        if (e.state != ReleaseState::Released && e.state != ReleaseState::PartlyReleased)
            continue;
        const RecognisedLicence l = licenceOf(record, e.component);
        const ComponentDef* def = ComponentCatalogue::builtIn().find(e.component);
        // A document with no licence given is common and harmless here; code,
        // data and weights with none cannot be reused.
        const bool matters = !def || def->contentType != ContentType::Document;
        const bool empty = l.reading == RecognisedLicence::Reading::Empty;
        if (l.verdict.category == LicenceCategory::Unknown && (!empty || matters)) {
            unknown << e.component;
            names << (def ? def->name : e.component) + QStringLiteral(" (") +
                         (l.given.trimmed().isEmpty()
                              ? tulana::tr("no licence given")
                              : QStringLiteral("\"") + l.given.trimmed() + u'"') +
                         u')';
        }
    }
    if (!unknown.isEmpty()) {
        flags.push_back(
            {OpenwashingKind::LicenceUnknown, tulana::tr("Licence unknown"),
             tulana::tr("The licence of these released components is not given or not "
                        "recognised, so whether they may be used, modified and shared cannot "
                        "be told: %1. Ask the bidder for the licence texts.")
                 .arg(names.join(QStringLiteral(", "))),
             unknown});
    }
    return flags;
}

} // namespace tulana::openness
