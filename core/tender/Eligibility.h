#pragma once

// Pass/fail eligibility before technical scoring (docs/scoring.md,
// "Eligibility"): the tender's criteria, each bid's responses to them, the
// bidder's enterprise designation and the certifications a bid offers as
// evidence. Seed 001 recommends letting a pilot deployment or a third-party
// audit stand in for large prior deployments; a tender may allow either
// alternative per criterion.

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tulana::eligibility {

enum class CriterionKind
{
    Registration,
    Turnover,
    Certification,
    PriorDeployment,
    Other
};

// What may stand in for the requirement itself, where the tender allows it.
enum class Alternative
{
    PilotDeployment,
    ThirdPartyAudit
};

enum class Met
{
    Yes,
    No,
    NotAssessed
};

// How a met criterion was met: by its requirement, or by an alternative.
enum class MetBy
{
    Requirement,
    PilotDeployment,
    ThirdPartyAudit
};

// The bidder's enterprise designation, recorded as declared. It changes no
// score: see preferenceStatement() for the rule the tender's rulebook states.
enum class Designation
{
    None,
    Micro,
    Small,
    Medium,
    StartUp
};

enum class Scheme
{
    Stqc,           // MeitY's Standardisation Testing and Quality Certification
    OtherThirdParty // any other independent assurance
};

enum class Aspect
{
    Robustness,
    Reproducibility,
    Cybersecurity,
    Documentation
};

QString toKey(CriterionKind v);
QString toKey(Alternative v);
QString toKey(Met v);
QString toKey(MetBy v);
QString toKey(Designation v);
QString toKey(Scheme v);
QString toKey(Aspect v);
std::optional<CriterionKind> criterionKindFromKey(const QString& key);
std::optional<Alternative> alternativeFromKey(const QString& key);
std::optional<Met> metFromKey(const QString& key);
std::optional<MetBy> metByFromKey(const QString& key);
std::optional<Designation> designationFromKey(const QString& key);
std::optional<Scheme> schemeFromKey(const QString& key);
std::optional<Aspect> aspectFromKey(const QString& key);
QString displayName(CriterionKind v);
QString displayName(Alternative v);
QString displayName(Met v);
QString displayName(MetBy v);
QString displayName(Designation v);
QString displayName(Scheme v);
QString displayName(Aspect v);
// The keys of each enum, in order: for messages ("use yes, no or not-assessed").
QStringList criterionKindKeys();
QStringList alternativeKeys();
QStringList metKeys();
QStringList metByKeys();
QStringList designationKeys();
QStringList schemeKeys();
QStringList aspectKeys();

// The alternative a "how" names, if any.
std::optional<Alternative> alternativeOf(MetBy how);

struct Criterion
{
    QString id; // "E1"
    QString name;
    CriterionKind kind = CriterionKind::Other;
    QString requirement;                   // as the tender states it
    std::vector<Alternative> alternatives; // announced substitutes; empty = none

    bool allows(Alternative a) const;
    friend bool operator==(const Criterion&, const Criterion&) = default;
};

struct Response
{
    QString criterion; // the criterion's id
    Met met = Met::NotAssessed;
    MetBy how = MetBy::Requirement;
    QString evidence; // what the committee saw: a document, a pilot report, an audit

    friend bool operator==(const Response&, const Response&) = default;
};

struct Enterprise
{
    Designation designation = Designation::None;
    QString registration; // e.g. an Udyam or DPIIT number, as text

    bool isEmpty() const { return designation == Designation::None && registration.isEmpty(); }
    friend bool operator==(const Enterprise&, const Enterprise&) = default;
};

struct Certification
{
    Scheme scheme = Scheme::Stqc;
    std::vector<Aspect> aspects;
    QString issuer;
    QString reference;
    QDate validUntil; // invalid: not stated

    friend bool operator==(const Certification&, const Certification&) = default;
};

} // namespace tulana::eligibility
