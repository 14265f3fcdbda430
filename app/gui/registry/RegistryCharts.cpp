#include "RegistryCharts.h"

#include "registry/RegistryExport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace tulana {

using namespace tulana::registry;

namespace {

QChartView* barChart(const QString& title, const QStringList& categories,
                     const QList<qreal>& values, const QString& valueLabel, bool horizontal,
                     std::optional<double> maximum, QWidget* parent)
{
    auto* set = new QBarSet(valueLabel);
    set->append(values);
    QAbstractBarSeries* series = horizontal
                                     ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    chart->legend()->hide();
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueLabel);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    if (maximum)
        valueAxis->setRange(0, *maximum);
    else if (!values.isEmpty()) {
        valueAxis->setRange(0, *std::max_element(values.begin(), values.end()) * 1.15 + 1);
        valueAxis->applyNiceNumbers(); // ticks at 0, 2, 4…, not 0, 3, 5…
    }
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

QString shortened(const QString& text, int length)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + QChar(0x2026);
}

} // namespace

std::vector<OpenShare> openShareByYear(const std::vector<RegistryRow>& rows)
{
    std::map<int, OpenShare> byYear;
    for (const RegistryRow& r : rows) {
        OpenShare& share = byYear[r.year];
        share.key = QString::number(r.year);
        ++share.total;
        share.openSource += r.nature == BidNature::OpenSource ? 1 : 0;
    }
    std::vector<OpenShare> out;
    for (const auto& [year, share] : byYear)
        out.push_back(share);
    return out;
}

std::vector<OpenShare> openShareByEntity(const std::vector<RegistryRow>& rows, int limit)
{
    std::map<QString, OpenShare> byEntity;
    for (const RegistryRow& r : rows) {
        OpenShare& share = byEntity[r.entity];
        share.key = r.entity;
        ++share.total;
        share.openSource += r.nature == BidNature::OpenSource ? 1 : 0;
    }
    std::vector<OpenShare> out;
    for (const auto& [entity, share] : byEntity)
        out.push_back(share);
    std::stable_sort(out.begin(), out.end(),
                     [](const OpenShare& a, const OpenShare& b) { return a.total > b.total; });
    if (int(out.size()) > limit)
        out.resize(std::size_t(limit));
    return out;
}

std::vector<std::pair<QString, int>> considerationsCited(const std::vector<RegistryRow>& rows)
{
    std::map<QString, int> counts;
    for (const RegistryRow& r : rows)
        if (r.departure)
            for (const QString& id : r.considerations)
                ++counts[id];
    std::vector<std::pair<QString, int>> out(counts.begin(), counts.end());
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

std::vector<std::pair<QString, double>>
meanLifecycleCostByNature(const std::vector<RegistryRow>& rows)
{
    std::vector<std::pair<QString, double>> out;
    for (BidNature nature : {BidNature::OpenSource, BidNature::Mixed, BidNature::Proprietary}) {
        double sum = 0;
        int n = 0;
        for (const RegistryRow& r : rows)
            if (r.nature == nature && r.lifecycleNpv) {
                sum += *r.lifecycleNpv;
                ++n;
            }
        if (n > 0)
            out.emplace_back(displayName(nature), sum / n);
    }
    return out;
}

QChartView* openShareByYearChart(const std::vector<RegistryRow>& rows, QWidget* parent)
{
    QStringList years;
    QList<qreal> percents;
    for (const OpenShare& s : openShareByYear(rows)) {
        years << s.key;
        percents << qRound(s.percent());
    }
    return barChart(QCoreApplication::translate("tulana::RegistryCharts",
                                                "Open-source systems selected, by year"),
                    years, percents,
                    QCoreApplication::translate("tulana::RegistryCharts", "% of selections"), false,
                    100.0, parent);
}

QChartView* openShareByEntityChart(const std::vector<RegistryRow>& rows, QWidget* parent)
{
    QStringList entities;
    QList<qreal> percents;
    for (const OpenShare& s : openShareByEntity(rows, 8)) {
        entities.prepend(shortened(s.key, 40)); // the largest at the top
        percents.prepend(qRound(s.percent()));
    }
    return barChart(QCoreApplication::translate("tulana::RegistryCharts",
                                                "Open-source systems selected, by department"),
                    entities, percents,
                    QCoreApplication::translate("tulana::RegistryCharts", "% of selections"), true,
                    100.0, parent);
}

QChartView* considerationsChart(const std::vector<RegistryRow>& rows, QWidget* parent)
{
    QStringList names;
    QList<qreal> counts;
    for (const auto& [id, count] : considerationsCited(rows)) {
        names.prepend(shortened(considerationsText({id}), 40));
        counts.prepend(count);
    }
    return barChart(
        QCoreApplication::translate("tulana::RegistryCharts",
                                    "Considerations cited by departures from open source"),
        names, counts,
        QCoreApplication::translate("tulana::RegistryCharts", "departures citing it"), true,
        std::nullopt, parent);
}

QChartView* lifecycleByNatureChart(const std::vector<RegistryRow>& rows, QWidget* parent)
{
    QStringList natures;
    QList<qreal> lakh;
    for (const auto& [nature, mean] : meanLifecycleCostByNature(rows)) {
        natures << nature;
        lakh << qRound(mean / 10000.0) / 10.0; // in lakh, to one decimal: a crore stays readable
    }
    return barChart(
        QCoreApplication::translate("tulana::RegistryCharts",
                                    "Mean lifecycle cost (NPV) of the selected system, by nature"),
        natures, lakh, QCoreApplication::translate("tulana::RegistryCharts", "lakh"), false,
        std::nullopt, parent);
}

} // namespace tulana
