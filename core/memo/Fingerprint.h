#pragma once

#include "tender/Tender.h"

#include <QByteArray>
#include <QString>

namespace tulana {

// The evaluation inputs of a tender in one canonical serialisation: the
// bytes a memo's fingerprint is the SHA-256 of (docs/memo.md, "Fingerprint").
// A declared projection of the tender file (Fingerprint.cpp lists the fields)
// keeps everything that changes a score, a standing or which bids are open options
// (method, weights, minimum, budget, rulebook, options, openness scheme,
// lifecycle terms, eligibility criteria's kinds and alternatives, the
// criteria's ids, weights and marks limits, each bid's id, nature, price,
// tax, status, marks, openness record, eligibility findings and cost lines)
// and no free text (titles, names, descriptions, evidence, notes, context,
// decision).
QByteArray evaluationInputs(const Tender& tender);

// SHA-256 of evaluationInputs(), as 64 lower-case hex digits.
QString evaluationFingerprint(const Tender& tender);

// "0123abcd 4567ef01 ...": eight groups of eight, for reading and comparing by eye.
QString groupFingerprint(const QString& hex);

// The label printed before the fingerprint in every memo, in every language;
// verify-memo looks for it. Not translated: it is part of the format.
inline constexpr const char* kFingerprintLabel = "SHA-256:";

// The 64 hex digits printed after the first kFingerprintLabel in `text`,
// ignoring spaces, line breaks and markup between the groups; empty when
// there is none.
QString findFingerprint(const QString& text);

} // namespace tulana
