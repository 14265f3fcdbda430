#include "Bid.h"
#include "i18n/Translate.h"

#include <QCoreApplication>

#include <algorithm>

namespace tulana {

QString toKey(BidNature n)
{
    switch (n) {
    case BidNature::OpenSource:
        return QStringLiteral("open-source");
    case BidNature::Proprietary:
        return QStringLiteral("proprietary");
    case BidNature::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
}

QString toKey(BidStatus s)
{
    switch (s) {
    case BidStatus::Responsive:
        return QStringLiteral("responsive");
    case BidStatus::NonResponsive:
        return QStringLiteral("non-responsive");
    case BidStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

bool bidNatureFromKey(const QString& key, BidNature* out)
{
    for (BidNature n : {BidNature::OpenSource, BidNature::Proprietary, BidNature::Mixed})
        if (toKey(n) == key) {
            *out = n;
            return true;
        }
    return false;
}

bool bidStatusFromKey(const QString& key, BidStatus* out)
{
    for (BidStatus s : {BidStatus::Responsive, BidStatus::NonResponsive, BidStatus::Withdrawn})
        if (toKey(s) == key) {
            *out = s;
            return true;
        }
    return false;
}

QString displayName(BidNature n)
{
    switch (n) {
    case BidNature::OpenSource:
        return tulana::tr("Open source");
    case BidNature::Proprietary:
        return tulana::tr("Proprietary");
    case BidNature::Mixed:
        return tulana::tr("Mixed");
    }
    return {};
}

QString displayName(BidStatus s)
{
    switch (s) {
    case BidStatus::Responsive:
        return tulana::tr("Responsive");
    case BidStatus::NonResponsive:
        return tulana::tr("Non-responsive");
    case BidStatus::Withdrawn:
        return tulana::tr("Withdrawn");
    }
    return {};
}

MarksSheet::MarksSheet(int criteria, int evaluators)
    : m_criteria(criteria)
    , m_evaluators(evaluators)
    , m_values(std::size_t(criteria) * std::size_t(evaluators), unmarked())
{}

void MarksSheet::insertCriterion(int row)
{
    std::vector<double> next;
    next.reserve(std::size_t(m_criteria + 1) * std::size_t(m_evaluators));
    for (int e = 0; e < m_evaluators; ++e)
        for (int c = 0; c <= m_criteria; ++c)
            next.push_back(c == row ? unmarked() : at(c < row ? c : c - 1, e));
    m_values = std::move(next);
    ++m_criteria;
}

void MarksSheet::removeCriterion(int row)
{
    std::vector<double> next;
    next.reserve(std::size_t(m_criteria - 1) * std::size_t(m_evaluators));
    for (int e = 0; e < m_evaluators; ++e)
        for (int c = 0; c < m_criteria; ++c)
            if (c != row)
                next.push_back(at(c, e));
    m_values = std::move(next);
    --m_criteria;
}

void MarksSheet::insertEvaluator(int column)
{
    const auto at = m_values.begin() + std::ptrdiff_t(column) * m_criteria;
    m_values.insert(at, std::size_t(m_criteria), unmarked());
    ++m_evaluators;
}

void MarksSheet::removeEvaluator(int column)
{
    const auto at = m_values.begin() + std::ptrdiff_t(column) * m_criteria;
    m_values.erase(at, at + m_criteria);
    --m_evaluators;
}

bool operator==(const MarksSheet& a, const MarksSheet& b)
{
    // NaN never equals itself, so "both unmarked" must be compared apart.
    return a.m_criteria == b.m_criteria && a.m_evaluators == b.m_evaluators &&
           std::equal(
               a.m_values.begin(), a.m_values.end(), b.m_values.begin(), b.m_values.end(),
               [](double x, double y) { return (std::isnan(x) && std::isnan(y)) || x == y; });
}

bool operator==(const Bid& a, const Bid& b)
{
    const bool samePrice = (std::isnan(a.price) && std::isnan(b.price)) || a.price == b.price;
    return samePrice && a.id == b.id && a.bidder == b.bidder && a.system == b.system &&
           a.nature == b.nature && a.tax == b.tax && a.status == b.status &&
           a.statusReason == b.statusReason && a.marks == b.marks && a.openness == b.openness &&
           a.costs == b.costs && a.eligibility == b.eligibility && a.enterprise == b.enterprise &&
           a.certifications == b.certifications;
}

} // namespace tulana

namespace tulana {

openness::OpennessClaim claimOfNature(BidNature nature)
{
    return nature == BidNature::OpenSource ? openness::OpennessClaim::OpenSource
                                           : openness::OpennessClaim::NotStated;
}

openness::OpennessClaim claimOfBid(const Bid& bid)
{
    if (bid.openness && bid.openness->claim != openness::OpennessClaim::NotStated)
        return bid.openness->claim;
    return claimOfNature(bid.nature);
}

} // namespace tulana
