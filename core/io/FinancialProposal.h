#pragma once

#include "diagnostics/Problem.h"
#include "tender/CostLine.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace tulana {

// A financial proposal as a bidder seals it in its envelope: the bid's id,
// price, tax and cost lines, as JSON ({"format": "tulana-financial-proposal",
// "version": 1, ...}; docs/process.md). The cost lines are written as in a
// tender file's "bids[i].costs".
struct FinancialProposal
{
    QString bid;
    double price = 0;
    double tax = 0;
    std::vector<cost::CostLine> costs;
};

QByteArray proposalJson(const FinancialProposal& proposal);
// Problems name the field as the proposal writes it ("price").
std::optional<FinancialProposal> readProposal(const QByteArray& json, Problems* problems);

// A sealed envelope as a file ({"format": "tulana-envelope", "version": 1,
// "bid": ..., "sealed": base64}): what `tulana-cli seal` writes, a bidder
// hands in, and the officer receives.
struct EnvelopeFile
{
    QString bid;
    QByteArray sealed;
};

QByteArray envelopeFileJson(const EnvelopeFile& envelope);
// Nothing when the bytes are not an envelope file.
std::optional<EnvelopeFile> readEnvelopeFile(const QByteArray& json);

} // namespace tulana
