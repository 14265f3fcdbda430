#pragma once

#include "registry/RegistryStore.h"

#include <QString>

#include <utility>
#include <vector>

class QChartView;
class QWidget;

namespace tulana {

// What a state IT department asks of its registry, worked out from the rows
// the Registry window shows (its search and filters apply).
struct OpenShare
{
    QString key; // a year or an entity
    int openSource = 0;
    int total = 0;
    double percent() const { return total ? 100.0 * openSource / total : 0; }
};

// Share of selections whose system is open source, by decision year (oldest first).
std::vector<OpenShare> openShareByYear(const std::vector<registry::RegistryRow>& rows);
// The same by procuring entity, most records first, at most `limit`.
std::vector<OpenShare> openShareByEntity(const std::vector<registry::RegistryRow>& rows, int limit);
// How often each consideration of Table 3 is cited by the departures, most first.
std::vector<std::pair<QString, int>>
considerationsCited(const std::vector<registry::RegistryRow>& rows);
// The mean lifecycle cost (NPV) of the selected systems by nature, among
// rows that have one (a tender scored on the quoted price has none).
std::vector<std::pair<QString, double>>
meanLifecycleCostByNature(const std::vector<registry::RegistryRow>& rows);

// The four charts, each a view ready to be placed.
QChartView* openShareByYearChart(const std::vector<registry::RegistryRow>& rows, QWidget* parent);
QChartView* openShareByEntityChart(const std::vector<registry::RegistryRow>& rows, QWidget* parent);
QChartView* considerationsChart(const std::vector<registry::RegistryRow>& rows, QWidget* parent);
QChartView* lifecycleByNatureChart(const std::vector<registry::RegistryRow>& rows, QWidget* parent);

} // namespace tulana
