#pragma once

#include "MemoStyle.h"
#include "memo/MemoDocument.h"

#include <QByteArray>

#include <optional>

namespace tulana {

// Adds to an ODT written by QTextDocumentWriter the page it lacks: A4 with
// the memo's margins, the running header and "Page n of N" (styles.xml).
// Nothing when `odt` is not an archive this can read.
std::optional<QByteArray> finishOdt(const QByteArray& odt, const MemoDocument& memo,
                                    const MemoStyle& style);

} // namespace tulana
