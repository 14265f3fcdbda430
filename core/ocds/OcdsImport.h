#pragma once

#include "diagnostics/Problem.h"
#include "tender/Tender.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace tulana {

struct OcdsImport
{
    std::optional<Tender> tender; // absent when the file could not be read at all
    Problems problems;            // why not, with the JSON path
    // What the release holds that Tulana could not use, and what a tender
    // needs that OCDS does not say, in plain words: the officer completes it.
    QStringList notMapped;
};

// A tender started from a published OCDS release package, record package
// or single release (docs/ocds.md): reference, title, procuring entity,
// currency, method and weights (Tulana's evaluation extension when present,
// else the award criteria breakdown), the quality criteria, and the
// tenderers as bids with their values. Releases of a package are read in
// order, later fields over earlier ones.
OcdsImport importOcds(const QByteArray& json, const QString& fileName);

} // namespace tulana
