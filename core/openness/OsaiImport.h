#pragma once

#include "tender/OpennessRecord.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tulana::openness {

// How a European Open Source AI Index parameter maps onto Tulana's
// components (resources/openness/osai-index-mapping.json).
struct IndexParameter
{
    QString ref;      // "weights_endmodel"
    QString name;     // "End User Model Weights"
    QString category; // "availability", "documentation" or "access"
    QString kind;     // "availability", "documentation" or "licence"
    QStringList components;
};

const std::vector<IndexParameter>& indexParameters();

// The index's own scores for a record that carries its grades: open = 1,
// partial = 0.5, closed = 0; each category is the mean of its graded
// parameters and the total the mean of all graded parameters.
struct IndexScores
{
    bool available = false; // false when the record has no index grades
    double availability = 0;
    double documentation = 0;
    double access = 0;
    double total = 0;
    int graded = 0;
};

IndexScores indexScores(const OpennessRecord& record);

} // namespace tulana::openness
