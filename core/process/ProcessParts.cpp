#include "ProcessParts.h"

#include "crypto/Digest.h"
#include "io/TenderFile.h"
#include "support/JsonProjection.h"

#include <nlohmann/json.hpp>

namespace tulana::process {
namespace {

// The announced rules: everything that decides a score or a standing before
// any bid is seen, with the committee's keys, the envelope key and its shares.
constexpr const char* kRules = R"({
  "tender": {
    "method": true, "technicalWeight": true, "financialWeight": true,
    "minimumTechnicalScore": true, "budget": true, "rulebook": true, "currency": true,
    "evaluation": true, "openness": true, "lifecycle": true, "eligibility": true,
    "spreadBands": true
  },
  "criteria": {
    "id": true, "name": true, "weight": true, "maxMarks": true, "minMarks": true,
    "children": "@criteria"
  },
  "evaluators": { "id": true, "name": true },
  "process": { "signers": true, "envelopeKey": true, "threshold": true, "shares": true }
})";

// The bids as received: who bid what, and the sealed envelopes' bytes.
constexpr const char* kBids = R"({
  "bids": { "id": true, "bidder": true, "system": true, "nature": true },
  "process": { "envelopes": true }
})";

constexpr const char* kEligibility = R"({
  "bids": { "id": true, "eligibility": true, "enterprise": true, "certifications": true,
            "status": true, "statusReason": true }
})";

// The technical evaluation: every member's marks and each bid's standing,
// the members' declarations and notes and the committee's moderations. (The
// signed sheets are fixed by their receipts in the log.)
constexpr const char* kTechnical = R"({
  "bids": { "id": true, "status": true, "statusReason": true, "marks": true, "openness": true },
  "committee": { "declarations": true, "notes": true, "moderations": true }
})";

// The opened financial proposals' figures.
constexpr const char* kOpened = R"({
  "bids": { "id": true, "price": true, "tax": true, "costs": true }
})";

constexpr const char* kDecision = R"({ "decision": true })";

const nlohmann::json& shapeOf(Part part)
{
    static const nlohmann::json rules = nlohmann::json::parse(kRules);
    static const nlohmann::json bids = nlohmann::json::parse(kBids);
    static const nlohmann::json eligibility = nlohmann::json::parse(kEligibility);
    static const nlohmann::json technical = nlohmann::json::parse(kTechnical);
    static const nlohmann::json opened = nlohmann::json::parse(kOpened);
    static const nlohmann::json decision = nlohmann::json::parse(kDecision);
    switch (part) {
    case Part::Rules:
        return rules;
    case Part::Bids:
        return bids;
    case Part::Eligibility:
        return eligibility;
    case Part::Technical:
        return technical;
    case Part::Opened:
        return opened;
    case Part::Decision:
        return decision;
    }
    return rules;
}

const char* nameOf(Part part)
{
    switch (part) {
    case Part::Rules:
        return "rules";
    case Part::Bids:
        return "bids";
    case Part::Eligibility:
        return "eligibility";
    case Part::Technical:
        return "technical";
    case Part::Opened:
        return "opened";
    case Part::Decision:
        return "decision";
    }
    return "";
}

} // namespace

namespace {

QByteArray partBytesOfFile(const QByteArray& tenderFile, Part part)
{
    return projectJson(tenderFile, shapeOf(part),
                       QByteArrayLiteral("\"format\":\"tulana-process-part\",\"part\":\"") +
                           nameOf(part) + '"');
}

} // namespace

QByteArray partBytes(const Tender& tender, Part part)
{
    return partBytesOfFile(writeTender(tender), part);
}

QByteArray partDigest(const Tender& tender, Part part)
{
    return crypto::sha256(partBytes(tender, part));
}

QByteArray partDigestOfFile(const QByteArray& tenderFile, Part part)
{
    return crypto::sha256(partBytesOfFile(tenderFile, part));
}

} // namespace tulana::process
