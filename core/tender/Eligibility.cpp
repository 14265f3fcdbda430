#include "Eligibility.h"

#include "i18n/Translate.h"

#include <algorithm>
#include <utility>

namespace tulana::eligibility {
namespace {

// Each enum's file keys, in declaration order.

constexpr std::pair<CriterionKind, const char*> kKinds[] = {
    {CriterionKind::Registration, "registration"},
    {CriterionKind::Turnover, "turnover"},
    {CriterionKind::Certification, "certification"},
    {CriterionKind::PriorDeployment, "prior-deployment"},
    {CriterionKind::Other, "other"}};
constexpr std::pair<Alternative, const char*> kAlternatives[] = {
    {Alternative::PilotDeployment, "pilot-deployment"},
    {Alternative::ThirdPartyAudit, "third-party-audit"}};
constexpr std::pair<Met, const char*> kMet[] = {
    {Met::Yes, "yes"}, {Met::No, "no"}, {Met::NotAssessed, "not-assessed"}};
constexpr std::pair<MetBy, const char*> kMetBy[] = {{MetBy::Requirement, "requirement"},
                                                    {MetBy::PilotDeployment, "pilot-deployment"},
                                                    {MetBy::ThirdPartyAudit, "third-party-audit"}};
constexpr std::pair<Designation, const char*> kDesignations[] = {
    {Designation::None, "none"},
    {Designation::Micro, "micro"},
    {Designation::Small, "small"},
    {Designation::Medium, "medium"},
    {Designation::StartUp, "start-up"}};
constexpr std::pair<Scheme, const char*> kSchemes[] = {
    {Scheme::Stqc, "stqc"}, {Scheme::OtherThirdParty, "other-third-party"}};
constexpr std::pair<Aspect, const char*> kAspects[] = {{Aspect::Robustness, "robustness"},
                                                       {Aspect::Reproducibility, "reproducibility"},
                                                       {Aspect::Cybersecurity, "cybersecurity"},
                                                       {Aspect::Documentation, "documentation"}};

template <typename E, std::size_t N>
QString keyOf(const std::pair<E, const char*> (&table)[N], E value)
{
    for (const auto& [v, key] : table)
        if (v == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromKey(const std::pair<E, const char*> (&table)[N], const QString& key)
{
    for (const auto& [v, k] : table)
        if (key == QLatin1String(k))
            return v;
    return std::nullopt;
}

template <typename E, std::size_t N> QStringList keysOf(const std::pair<E, const char*> (&table)[N])
{
    QStringList out;
    for (const auto& entry : table)
        out << QString::fromLatin1(entry.second);
    return out;
}

} // namespace

QString toKey(CriterionKind v)
{
    return keyOf(kKinds, v);
}
QString toKey(Alternative v)
{
    return keyOf(kAlternatives, v);
}
QString toKey(Met v)
{
    return keyOf(kMet, v);
}
QString toKey(MetBy v)
{
    return keyOf(kMetBy, v);
}
QString toKey(Designation v)
{
    return keyOf(kDesignations, v);
}
QString toKey(Scheme v)
{
    return keyOf(kSchemes, v);
}
QString toKey(Aspect v)
{
    return keyOf(kAspects, v);
}

std::optional<CriterionKind> criterionKindFromKey(const QString& k)
{
    return fromKey(kKinds, k);
}
std::optional<Alternative> alternativeFromKey(const QString& k)
{
    return fromKey(kAlternatives, k);
}
std::optional<Met> metFromKey(const QString& k)
{
    return fromKey(kMet, k);
}
std::optional<MetBy> metByFromKey(const QString& k)
{
    return fromKey(kMetBy, k);
}
std::optional<Designation> designationFromKey(const QString& k)
{
    return fromKey(kDesignations, k);
}
std::optional<Scheme> schemeFromKey(const QString& k)
{
    return fromKey(kSchemes, k);
}
std::optional<Aspect> aspectFromKey(const QString& k)
{
    return fromKey(kAspects, k);
}

QStringList criterionKindKeys()
{
    return keysOf(kKinds);
}
QStringList alternativeKeys()
{
    return keysOf(kAlternatives);
}
QStringList metKeys()
{
    return keysOf(kMet);
}
QStringList metByKeys()
{
    return keysOf(kMetBy);
}
QStringList designationKeys()
{
    return keysOf(kDesignations);
}
QStringList schemeKeys()
{
    return keysOf(kSchemes);
}
QStringList aspectKeys()
{
    return keysOf(kAspects);
}

QString displayName(CriterionKind v)
{
    switch (v) {
    case CriterionKind::Registration:
        return tulana::tr("Registration");
    case CriterionKind::Turnover:
        return tulana::tr("Turnover");
    case CriterionKind::Certification:
        return tulana::tr("Certification");
    case CriterionKind::PriorDeployment:
        return tulana::tr("Prior deployment");
    case CriterionKind::Other:
        break;
    }
    return tulana::tr("Other");
}

QString displayName(Alternative v)
{
    return v == Alternative::PilotDeployment ? tulana::tr("pilot deployment")
                                             : tulana::tr("third-party audit");
}

QString displayName(Met v)
{
    switch (v) {
    case Met::Yes:
        return tulana::tr("met");
    case Met::No:
        return tulana::tr("not met");
    case Met::NotAssessed:
        break;
    }
    return tulana::tr("not assessed");
}

QString displayName(MetBy v)
{
    switch (v) {
    case MetBy::Requirement:
        return tulana::tr("the requirement itself");
    case MetBy::PilotDeployment:
        return displayName(Alternative::PilotDeployment);
    case MetBy::ThirdPartyAudit:
        break;
    }
    return displayName(Alternative::ThirdPartyAudit);
}

QString displayName(Designation v)
{
    switch (v) {
    case Designation::None:
        return tulana::tr("none");
    case Designation::Micro:
        return tulana::tr("micro enterprise");
    case Designation::Small:
        return tulana::tr("small enterprise");
    case Designation::Medium:
        return tulana::tr("medium enterprise");
    case Designation::StartUp:
        break;
    }
    return tulana::tr("start-up");
}

QString displayName(Scheme v)
{
    return v == Scheme::Stqc ? tulana::tr("STQC") : tulana::tr("other third party");
}

QString displayName(Aspect v)
{
    switch (v) {
    case Aspect::Robustness:
        return tulana::tr("robustness");
    case Aspect::Reproducibility:
        return tulana::tr("reproducibility");
    case Aspect::Cybersecurity:
        return tulana::tr("cybersecurity");
    case Aspect::Documentation:
        break;
    }
    return tulana::tr("documentation");
}

std::optional<Alternative> alternativeOf(MetBy how)
{
    switch (how) {
    case MetBy::PilotDeployment:
        return Alternative::PilotDeployment;
    case MetBy::ThirdPartyAudit:
        return Alternative::ThirdPartyAudit;
    case MetBy::Requirement:
        break;
    }
    return std::nullopt;
}

bool Criterion::allows(Alternative a) const
{
    return std::find(alternatives.begin(), alternatives.end(), a) != alternatives.end();
}

} // namespace tulana::eligibility
