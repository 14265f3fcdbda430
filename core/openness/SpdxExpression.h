#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tulana::openness {

// Parentheses nest at most this deep in an SPDX expression Tulana reads
// (docs/openness.md). Real expressions use one level, rarely two; the parser
// descends once per level, so a text of 100,000 "(" is refused rather than
// followed to the end of the stack.
inline constexpr int kMaxSpdxNesting = 16;

// Whether `text` opens parentheses deeper than kMaxSpdxNesting. Such a
// licence is refused where a record is read (an imported file, a tender
// file), not kept as an unrecognised licence.
bool nestsTooDeepForSpdx(const QString& text);
QString spdxNestingMessage();

// A parsed SPDX licence expression (SPDX specification 2.3, Annex D):
// licence ids (with "+" for "or later"), LicenseRef-… and
// DocumentRef-…:LicenseRef-…, "WITH" an exception, "AND", "OR" and
// parentheses. WITH binds tightest, then AND, then OR. A plain value.
struct SpdxExpression
{
    enum class Kind
    {
        Licence, // `id` (and `orLater`, `documentRef`)
        With,    // operands[0] WITH `exception`
        And,
        Or
    };

    Kind kind = Kind::Licence;
    QString id;
    bool orLater = false;
    QString documentRef; // "DocumentRef-spdx-tool-1.2" of DocumentRef-…:LicenseRef-…
    QString exception;
    std::vector<SpdxExpression> operands; // And, Or: two or more; With: one

    static SpdxExpression licence(const QString& id, bool orLater = false);
    static SpdxExpression combine(Kind kind, std::vector<SpdxExpression> operands);

    bool isLicenceRef() const { return id.startsWith(QLatin1String("LicenseRef-")); }
    // The expression written out with the fewest parentheses that keep its meaning.
    QString toString() const;
    // Every licence id in it, left to right (LicenseRef-… included).
    QStringList licenceIds() const;

    friend bool operator==(const SpdxExpression&, const SpdxExpression&) = default;
};

struct SpdxParse
{
    std::optional<SpdxExpression> expression;
    QString error;     // in plain words, empty when parsed
    int position = -1; // 0-based character where the error was found
};

// Parses text as an SPDX expression. Operators are accepted in upper or lower
// case ("AND", "and"). Ids are kept as written: whether they name a known
// licence is the catalogue's business (LicenceCatalogue::classify).
SpdxParse parseSpdxExpression(const QString& text);

} // namespace tulana::openness
