#pragma once

#include "tender/OpennessRecord.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tulana::openness {

// Signs that an offer is presented as more open than it is (seed 002,
// "Combat Openwashing"; shared/domain.md §3).
enum class OpenwashingKind
{
    ClaimWithRestrictedWeights, // called open source, but the weights' licence is use-restricted or
                                // not OSI-approved
    OnlyWeights,                // weights released without training code or data information
    DataInformationMissing,     // nothing about the training data
    LicenceUnknown              // a released component's licence is not recognised or not given
};

QString toKey(OpenwashingKind k);

struct OpenwashingFlag
{
    OpenwashingKind kind = OpenwashingKind::LicenceUnknown;
    QString title;          // short, for a list
    QString explanation;    // in plain words, naming what is wrong
    QStringList components; // Tulana component ids concerned
};

std::vector<OpenwashingFlag> openwashingFlags(const OpennessRecord& record);

} // namespace tulana::openness
