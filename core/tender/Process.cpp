#include "Process.h"

namespace tulana {

const ProcessRecord::Signer* ProcessRecord::signer(const QString& actor) const
{
    for (const Signer& s : signers)
        if (s.actor == actor)
            return &s;
    return nullptr;
}

const ProcessRecord::Envelope* ProcessRecord::envelope(const QString& bid) const
{
    for (const Envelope& e : envelopes)
        if (e.bid == bid)
            return &e;
    return nullptr;
}

const ProcessRecord::Sheet* ProcessRecord::sheet(const QString& member) const
{
    for (const Sheet& s : sheets)
        if (s.member == member)
            return &s;
    return nullptr;
}

} // namespace tulana
