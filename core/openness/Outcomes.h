#pragma once

#include "diagnostics/Problem.h"
#include "tender/OpennessRecord.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tulana::openness {

// How far an outcome (Table 1), a facet of transparency (Table 2) or one row
// of Table 1 is enabled by what the bid releases.
enum class Enablement
{
    Enabled,
    Partly, // some of it: partly released, documented only, or under terms that limit reuse
    NotEnabled,
    NotApplicable // the row does not apply to this kind of system
};

QString toKey(Enablement e);
QString displayName(Enablement e);

// One row of Table 1 for this record.
struct Table1RowResult
{
    QString id;     // "weights"
    QString number; // "2"
    QString name;   // as printed: "Model Weights"
    // Released at all (what transparency and reproducibility need) and released
    // under an open licence (what re-use needs).
    Enablement availability = Enablement::NotEnabled;
    Enablement reuse = Enablement::NotEnabled;
    QString explanation;
};

struct OutcomeResult
{
    QString id; // "transparency", "reproducibility", "innovation", "affordability"
    QString name;
    Enablement level = Enablement::NotEnabled;
    double share = 0;      // enabled rows count 1, partly 0.5, over the rows that can enable it
    QStringList enabledBy; // Table 1 row names
    QStringList partlyBy;
    QStringList lacking;
    QString explanation;
};

struct FacetResult
{
    QString id; // "interpretability"...
    QString name;
    QString enablers; // Table 2's "Enabling Components", as printed
    Enablement level = Enablement::NotEnabled;
    double share = 0;
    QStringList enabledBy;
    QStringList lacking;
    QString explanation;
};

struct OutcomesResult
{
    std::vector<Table1RowResult> rows;
    std::vector<OutcomeResult> outcomes;
    std::vector<FacetResult> facets;
    QString table1Citation;
    QString table2Citation;

    const OutcomeResult* outcome(const QString& id) const;
};

// Which of Table 1's outcomes, and which of Table 2's facets of transparency,
// the released components enable (resources/openness/table1-outcomes.json,
// table2-transparency.json).
OutcomesResult assessOutcomes(const OpennessRecord& record);

// The outcome ids and names, in Table 1's order (for settings screens).
std::vector<std::pair<QString, QString>> outcomeNames();

// Problems with the shipped tables (empty when they are sound).
Problems outcomeTableProblems();

} // namespace tulana::openness
