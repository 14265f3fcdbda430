#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace tulana {

// The evaluation as a recorded process (docs/process.md): who may act and
// with which key, the sealed financial envelopes, the envelope key's shares,
// and the signed, hash-chained log of every act. Plain data: the rules
// (stages, digests, signatures, the chain) are in core/process. A tender
// that does not record its process has an empty record, and its file has
// no "process" section (format version 1).
struct ProcessRecord
{
    // A person who signs acts: a committee member (by evaluator id) or the
    // officer ("officer"), with the public half of an Ed25519 key.
    struct Signer
    {
        QString actor;
        QByteArray signingKey; // 32 bytes
        friend bool operator==(const Signer&, const Signer&) = default;
    };
    // A member's share of the envelope key, sealed to that member.
    struct KeyShare
    {
        QString member;
        int number = 0;    // the share's x coordinate, 1 to 255
        QByteArray sealed; // crypto_box_seal to the member's key
        friend bool operator==(const KeyShare&, const KeyShare&) = default;
    };
    // A bid's financial proposal (price, tax, cost lines) as received:
    // sealed to the envelope key until the financial opening.
    struct Envelope
    {
        QString bid;
        QByteArray sealed;
        friend bool operator==(const Envelope&, const Envelope&) = default;
    };
    // A committee member's evaluator sheet as received, signed by the
    // member (docs/committee.md): the file's bytes, kept whole so that the
    // signature can be checked again by anyone.
    struct Sheet
    {
        QString member;
        QByteArray bytes;
        friend bool operator==(const Sheet&, const Sheet&) = default;
    };
    struct Entry
    {
        int sequence = 0; // 1, 2, 3...
        QDateTime time;   // UTC, to the second
        QString actor;
        QString kind;         // "rules-announced", "technical-locked"... (process/Acts.h)
        QString summary;      // in plain words, as said when the act was done
        QString reason;       // for a corrigendum or an unlock
        QByteArray digest;    // SHA-256 of what the act fixes; empty when it fixes nothing
        QByteArray previous;  // the log's head before this entry (32 bytes)
        QByteArray signature; // Ed25519, by the actor's key, over the entry's bytes
        friend bool operator==(const Entry&, const Entry&) = default;
    };

    std::vector<Signer> signers;
    QByteArray envelopeKey; // the public half of the X25519 envelope key
    int threshold = 0;      // shares needed to open envelopes
    std::vector<KeyShare> shares;
    std::vector<Envelope> envelopes;
    std::vector<Sheet> sheets;
    std::vector<Entry> log;

    bool isRecorded() const { return !log.empty() || !signers.empty(); }
    const Signer* signer(const QString& actor) const;
    const Envelope* envelope(const QString& bid) const;
    const Sheet* sheet(const QString& member) const;

    friend bool operator==(const ProcessRecord&, const ProcessRecord&) = default;
};

} // namespace tulana
