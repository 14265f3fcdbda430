#pragma once

#include "diagnostics/Problem.h"
#include "tender/Tender.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tulana {

// One limit a procurement regime puts on a tender's evaluation parameters.
struct Rule
{
    QString id;
    QString parameter; // technicalWeight, financialWeight, minimumTechnicalScore, method...
    std::optional<double> min;
    std::optional<double> max;
    QStringList oneOf;   // allowed values, compared as text ("80", "QCBS")
    QStringList methods; // methods the rule applies to; empty = all
    Problem::Severity severity = Problem::Severity::Error;
    QString text;
    QString source;
};

// What a regime says on a matter Tulana records but does not score, such as a
// preference for micro and small enterprises or start-ups: shown to the
// officer with its source, never turned into points.
struct RuleStatement
{
    QString text;
    QString source;
};

struct Rulebook
{
    QString id;
    QString name;
    QString scope;
    std::vector<Rule> rules;
    // "smallEnterprisePreference" in the file (docs/scoring.md, "Eligibility").
    std::optional<RuleStatement> smallEnterprisePreference;
};

// Parses a rulebook file (resources/rulebooks/*.json); problems name the
// file and the JSON path.
std::optional<Rulebook> parseRulebook(const QByteArray& json, const QString& fileName,
                                      Problems* problems,
                                      const QString& language = QStringLiteral("en"));

// The tender's breaches of the rulebook, each as the rule says (error or
// warning), located at the tender field concerned and carrying the rule's
// text and source.
Problems checkTender(const Tender& tender, const Rulebook& rulebook);

// The rulebooks shipped in resources/rulebooks, loaded once per language:
// names, scopes and rule texts in Hindi ("hi" in the files) when the
// current language is Hindi.
const std::vector<Rulebook>& builtInRulebooks();
const Rulebook* findRulebook(const QString& id);

// checkTender against the tender's own rulebook; an unknown id is an error.
Problems checkRulebook(const Tender& tender);

// A rule's parameter ("technicalWeight") as the screens name it
// ("Technical weight"); an unknown one as it is.
QString parameterName(const QString& parameter);

} // namespace tulana
