#pragma once

#include "Acts.h"
#include "tender/Tender.h"

#include <QByteArray>

namespace tulana::process {

// What an act fixes, as bytes: the fields of the tender file (as
// writeTender() writes it) that the part covers, projected as the memo's
// fingerprint is (support/JsonProjection.h). The shapes are declared, as
// data, in ProcessParts.cpp, and listed in docs/process.md.
QByteArray partBytes(const Tender& tender, Part part);
// SHA-256 of partBytes(): the digest an act logs.
QByteArray partDigest(const Tender& tender, Part part);
// The same from the tender as writeTender() wrote it, for checking several
// parts with one writing of the file.
QByteArray partDigestOfFile(const QByteArray& tenderFile, Part part);

} // namespace tulana::process
