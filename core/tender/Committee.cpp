#include "Committee.h"

#include <algorithm>

namespace tulana {

const ConflictDeclaration* CommitteeRecord::declaration(const QString& member,
                                                        const QString& bid) const
{
    const auto it =
        std::find_if(declarations.begin(), declarations.end(), [&](const ConflictDeclaration& d) {
            return d.member == member && d.bid == bid;
        });
    return it == declarations.end() ? nullptr : &*it;
}

bool CommitteeRecord::declaredConflict(const QString& member, const QString& bid) const
{
    const ConflictDeclaration* d = declaration(member, bid);
    return d && d->conflict;
}

const MarkNote* CommitteeRecord::note(const QString& bid, const QString& criterion,
                                      const QString& member) const
{
    const auto it = std::find_if(notes.begin(), notes.end(), [&](const MarkNote& n) {
        return n.bid == bid && n.criterion == criterion && n.member == member;
    });
    return it == notes.end() ? nullptr : &*it;
}

std::vector<const Moderation*> CommitteeRecord::moderationsOf(const QString& bid,
                                                              const QString& criterion,
                                                              const QString& member) const
{
    std::vector<const Moderation*> out;
    for (const Moderation& m : moderations)
        if (m.bid == bid && m.criterion == criterion && m.member == member)
            out.push_back(&m);
    return out;
}

} // namespace tulana
