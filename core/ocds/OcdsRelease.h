#pragma once

#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tulana {

// The OCDS test prefix (standard.open-contracting.org: "ocds-213czf" is for
// testing and examples); a publisher registers its own.
inline constexpr const char* kOcdsTestPrefix = "ocds-213czf";

// Whether `prefix` has an ocid prefix's shape: "ocds-" and six lowercase
// letters or digits, as OCDS registers them.
bool isOcidPrefix(const QString& prefix);

struct OcdsOptions
{
    QString ocidPrefix = QString::fromLatin1(kOcdsTestPrefix);
    QDateTime published; // the package's and the release's date (UTC)
};

// An OCDS 1.1 release package for the tender's award (docs/ocds.md): the
// tender with its award criteria (the award criteria breakdown extension,
// on one lot), every bid (the bids extension: status, value for opened
// bids only, rank), the award, and each bid's scores in Tulana's proposed
// evaluation extension (resources/ocds/tulana_evaluation_extension/).
// Identifiers are stable: the same tender gives the same ids.
QByteArray ocdsReleasePackage(const Tender& tender, const Evaluation& evaluation,
                              const OcdsOptions& options);

// The ocid for the tender: the prefix, then its reference with every
// character outside A–Z, a–z, 0–9 and '-' written as '-'.
QString ocidFor(const Tender& tender, const QString& prefix);

} // namespace tulana
