#pragma once

#include "process/Recording.h"
#include "tender/Tender.h"

#include <QDateTime>

namespace tulana::committee {

// The committee revises a mark (docs/committee.md): only with a reason; the
// bid then holds the moderated mark and the committee's record keeps the
// original beside it. In a recorded process the revision is an act, signed
// by `actor` and logged with the SHA-256 of the moderation; it is refused
// before every member's sheet is in (when the committee marks on sheets),
// while the technical scores are locked and after the opening. In a tender
// that does not record its process, `actor` may be null. Nothing changes
// when it is refused.
Problems moderateMark(Tender& tender, const QString& bid, const QString& criterion,
                      const QString& member, double moderated, const QString& reason,
                      const process::Actor* actor, const QDateTime& time);

// The tender with every moderated mark back to its original: the committee's
// marks before moderation, to tell whether moderation changed the winner.
Tender withOriginalMarks(const Tender& tender);

// The bytes a moderation's digest is taken over.
QByteArray moderationBytes(const Moderation& moderation);

} // namespace tulana::committee
