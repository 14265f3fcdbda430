#include "OpennessDimensions.h"
#include "Component.h"

#include "i18n/Translate.h"

namespace tulana::openness {
namespace {

enum class Kind
{
    Code,
    Data,
    Weights
};

Kind kindOf(const ComponentDef& c)
{
    // The weights are data to the Model Openness Framework, but a buyer asks
    // about them apart: "open weights" is the claim most often made.
    if (c.id == QLatin1String("final-parameters") ||
        c.id == QLatin1String("intermediate-parameters"))
        return Kind::Weights;
    return c.contentType == ContentType::Code ? Kind::Code : Kind::Data;
}

double credit(const ComponentView& v)
{
    if (!v.stated)
        return 0;
    switch (v.state) {
    case ReleaseState::Released:
        return v.reading.verdict.open ? 1.0 : 0.5;
    case ReleaseState::PartlyReleased:
        return 0.5;
    default:
        return 0;
    }
}

double releaseShare(const OpennessAssessment& a, Kind kind)
{
    double sum = 0;
    int counted = 0;
    for (const ComponentView& v : a.components) {
        const ComponentDef* def = ComponentCatalogue::builtIn().find(v.id);
        if (!def || kindOf(*def) != kind || def->contentType == ContentType::Document)
            continue;
        if (v.stated && v.state == ReleaseState::NotApplicable)
            continue;
        sum += credit(v);
        ++counted;
    }
    return counted > 0 ? sum / counted : 0.0;
}

} // namespace

std::vector<OpennessDimension> opennessDimensions(const OpennessAssessment& a)
{
    std::vector<OpennessDimension> out;
    for (const OutcomeResult& o : a.outcomes.outcomes)
        out.push_back({o.id, o.name, o.share});
    out.push_back(
        {QStringLiteral("code"), tulana::tr("Code released openly"), releaseShare(a, Kind::Code)});
    out.push_back(
        {QStringLiteral("data"), tulana::tr("Data released openly"), releaseShare(a, Kind::Data)});
    out.push_back({QStringLiteral("weights"), tulana::tr("Weights released openly"),
                   releaseShare(a, Kind::Weights)});
    return out;
}

} // namespace tulana::openness
