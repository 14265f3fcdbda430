#include "EligibilityValidation.h"

#include "i18n/Translate.h"
#include "tender/Tender.h"

#include <QSet>

namespace tulana::eligibility {
namespace {

const Criterion* criterionById(const Tender& t, const QString& id)
{
    for (const Criterion& c : t.eligibility)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

void checkCriteria(const Tender& t, Problems& out)
{
    // An id used twice is reported with the others (idProblems, tender/Tender.h).
    for (std::size_t i = 0; i < t.eligibility.size(); ++i) {
        const Criterion& c = t.eligibility[i];
        const QString at = QStringLiteral("tender.eligibility[%1]").arg(i);
        if (c.id.trimmed().isEmpty())
            out << error(at + QStringLiteral(".id"),
                         tulana::tr("every eligibility criterion needs an id"));
        if (c.name.trimmed().isEmpty())
            out << error(at + QStringLiteral(".name"),
                         tulana::tr("the eligibility criterion needs a name"));
    }
}

void checkBid(const Tender& t, int bidIndex, Problems& out)
{
    const Bid& bid = t.bids[std::size_t(bidIndex)];
    // Most bids of most tenders say nothing of eligibility: their path is
    // not worth writing (evaluate() runs this for every bid).
    if (bid.eligibility.empty() && bid.certifications.empty())
        return;
    const QString path = QStringLiteral("bids[%1]").arg(bidIndex);
    QSet<QString> answered;
    for (std::size_t i = 0; i < bid.eligibility.size(); ++i) {
        const Response& r = bid.eligibility[i];
        const QString at = path + QStringLiteral(".eligibility[%1]").arg(i);
        const Criterion* c = criterionById(t, r.criterion);
        if (!c) {
            out << error(
                at + QStringLiteral(".criterion"),
                t.eligibility.empty()
                    ? tulana::tr("the tender states no eligibility criteria, so there is "
                                 "no criterion \"%1\" to respond to")
                          .arg(r.criterion)
                    : tulana::tr("no eligibility criterion has the id \"%1\"").arg(r.criterion));
            continue;
        }
        if (answered.contains(r.criterion))
            out << error(at + QStringLiteral(".criterion"),
                         tulana::tr("eligibility criterion %1 is answered twice").arg(r.criterion));
        answered.insert(r.criterion);
        const auto alternative = alternativeOf(r.how);
        if (r.met == Met::Yes && alternative && !c->allows(*alternative))
            out << warning(at + QStringLiteral(".how"),
                           tulana::tr("\"%1\" is not allowed by eligibility criterion %2: the "
                                      "tender does not accept a %3 in place of the requirement, so "
                                      "%4 is not eligible on this criterion")
                               .arg(toKey(r.how), c->id, displayName(*alternative), bid.id));
    }
    for (std::size_t i = 0; i < bid.certifications.size(); ++i)
        if (bid.certifications[i].issuer.trimmed().isEmpty())
            out << warning(path + QStringLiteral(".certifications[%1].issuer").arg(i),
                           tulana::tr("the certification does not say who issued it"));
}

} // namespace tulana::eligibility
