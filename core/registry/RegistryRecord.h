#pragma once

#include "diagnostics/Problem.h"
#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The registry of AI procurements (docs/registry.md): the brief's
// "transparency baseline … simple registries of AI systems procured or
// deployed by the government", extended with the evaluation that led to the
// choice. A record is made once a decision is finalised, from facts the
// evaluation, the decision and the openness assessment already worked out.
namespace tulana::registry {

// Where the procured system stands, as the Dutch Algoritmeregister and the
// UK ATRS both record it (resources/registry/field-mapping.md).
enum class SystemStatus
{
    InDevelopment,
    InUse,
    Retired
};
QString toKey(SystemStatus s); // "in-development", "in-use", "retired"
std::optional<SystemStatus> systemStatusFromKey(const QString& key);
QString displayName(SystemStatus s);

struct StatusChange
{
    SystemStatus status = SystemStatus::InDevelopment;
    QDate date;
    friend bool operator==(const StatusChange&, const StatusChange&) = default;
};

// The selected system: who offers it, what it is and how open it is.
struct SelectedSystem
{
    QString bid;
    QString bidder;
    QString system;
    BidNature nature = BidNature::Proprietary;
    bool opennessRecorded = false; // the MOF class and OSI result mean something
    openness::MofClass mofClass = openness::MofClass::Unclassified;
    openness::OsaidStatus osaid = openness::OsaidStatus::NotMet;
    QStringList licences; // the release's licences, as the openness record gives them
    std::optional<double> evaluatedPrice;
    std::optional<double> lifecycleNpv; // when the bid has cost lines
};

// An open-source bid the selection passed over (decision/Departure.h).
struct PassedOverBid
{
    QString bid;
    QString bidder;
    QString system;
    int rank = 0;
    std::optional<double> scoreGap;
    std::optional<double> priceGap;
};

// A consideration of Table 3 the justification relies on, with its reason.
struct CitedConsideration
{
    QString id;   // "time-to-deploy"
    QString name; // as the brief prints it
    QString reason;
};

// One bid's published scores. Only bids whose financial envelope was opened
// are published: an unopened bid's price and scores are never shown.
struct PublishedScores
{
    QString bid;
    QString bidder;
    BidNature nature = BidNature::Proprietary;
    int rank = 0;
    double technical = 0;
    std::optional<double> financial;
    std::optional<double> combined;
    std::optional<double> evaluatedPrice;
};

struct RegistryRecord
{
    // The tender.
    QString reference;
    QString title;
    QString entity; // the procuring entity (the organisation's name when none is given)
    QString category;
    SelectionMethod method = SelectionMethod::Qcbs;
    double technicalWeight = 0;
    double financialWeight = 0;
    QString currency;
    QDate decisionDate;
    QDateTime announced; // the process log's first entry; invalid when not recorded

    // The bids received, by nature.
    int openSourceBids = 0;
    int proprietaryBids = 0;
    int mixedBids = 0;

    SelectedSystem selected;

    // The departure and its justification.
    bool departsFromOpenSource = false;
    bool departsFromEvaluation = false;
    std::vector<PassedOverBid> passedOver;
    std::vector<CitedConsideration> considerations;
    QString justification; // the overall statement

    bool scoresPublished = false;
    std::vector<PublishedScores> scores; // empty unless published

    // What a reader checks the record against (docs/registry.md, "Verifying").
    QString fingerprint;   // the memo's SHA-256 of the evaluation inputs
    QString logCheckpoint; // "SIZE:HEAD" of the process log; empty when not recorded

    std::vector<StatusChange> status; // oldest first; never empty once built
    QString contact;

    bool departs() const { return departsFromOpenSource || departsFromEvaluation; }
    const StatusChange& currentStatus() const { return status.back(); }
    // Identifies the procurement across additions: the same tender added again
    // updates its record (the entity and the reference, as a tender is known).
    QString key() const;
};

// What the office chooses when it adds a tender to the registry.
struct RecordOptions
{
    bool publishScores = false;
    QString contact; // the organisation's name and address when empty
    SystemStatus status = SystemStatus::InDevelopment;
    QDate statusDate; // the decision's date when invalid
};

struct RecordBuild
{
    std::optional<RegistryRecord> record;
    Problems problems; // why there is no record
};

// The record of a finalised decision, or the problems that refuse it: a
// decision not finalised, or one that no longer holds against the evaluation.
RecordBuild buildRegistryRecord(const Tender& tender, const Evaluation& evaluation,
                                const RecordOptions& options);

} // namespace tulana::registry
