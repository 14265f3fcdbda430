#pragma once

#include "SpdxExpression.h"
#include "diagnostics/Problem.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tulana::openness {

// How a licence (or a licence expression) is classified, first match wins:
// open licences by the kind of approval, then the ones that are not open.
enum class LicenceCategory
{
    OsiApproved,   // approved by the Open Source Initiative
    FsfFree,       // marked free (libre) by the Free Software Foundation
    OpenData,      // an open-data or open-content licence (CC-BY, CDLA, ODbL...)
    OpenOther,     // open for models, data and documents although neither of the above (OpenMDW)
    UseRestricted, // the terms restrict who may use it or for what (Llama, Gemma, RAIL, CC-BY-NC)
    NotOpen,       // a known licence that is none of the above
    NoLicence,     // released with no licence: no rights are granted
    Unknown        // not recognised, not stated or unclear
};

QString toKey(LicenceCategory c);
QString displayName(LicenceCategory c);

// One licence the catalogue knows: an SPDX list entry, or an AI licence of
// resources/openness/ai-licences.json (LicenseRef-…, OpenMDW-1.0).
struct LicenceInfo
{
    QString id;
    QString name;
    bool spdx = false; // on the bundled SPDX list
    bool osiApproved = false;
    bool fsfLibre = false;
    bool openData = false;
    bool open = false;          // counts as an open licence (any of the above, or listed as open)
    bool useRestricted = false; // its terms restrict use (see `restrictions`)
    bool deprecated = false;
    QString replacement;      // the current id of a deprecated one, when known
    QStringList restrictions; // keys of ai-licences.json "restrictionKinds"
    QString url;
    QString source;
};

// What a licence expression allows, combined over its parts: AND needs every
// part, OR lets the licensee choose the most open branch, WITH adds permissions.
struct LicenceVerdict
{
    LicenceCategory category = LicenceCategory::Unknown;
    bool open = false;
    bool osiApproved = false;
    bool fsfLibre = false;
    bool openData = false;
    bool useRestricted = false;
    bool unknown = false;            // some part could not be recognised
    QStringList restrictions;        // restriction kinds, without repeats
    QStringList unknownParts;        // ids or words not recognised
    QStringList deprecatedIds;       // deprecated SPDX ids used
    QStringList uncheckedExceptions; // WITH exceptions Tulana does not know by name
};

// A licence text as given in a record, and how Tulana read it.
struct RecognisedLicence
{
    enum class Reading
    {
        Empty,         // no text
        Spdx,          // a valid SPDX expression of known ids
        SpdxCaseFixed, // the same, with ids in the wrong letter case
        Alias,         // a known name ("Apache 2.0", "Llama 2 Community License")
        Compound,      // names joined by "and", "or", commas...
        NoLicence,     // "unlicensed": released with no licence
        NotIncluded,   // "Component not included": not a licence at all
        Unstated,      // "Undisclosed", "Unknown": the record says it does not know
        Unrecognised   // flagged as unknown
    };

    QString given;
    Reading reading = Reading::Empty;
    QString expression; // canonical SPDX expression; empty when none
    std::optional<SpdxExpression> parsed;
    LicenceVerdict verdict;
    QString parseError; // why the text is not an SPDX expression, when it is not

    // `expression` with Tulana's LicenseRef ids replaced by the licences'
    // names, for sentences; the id itself stays in JSON output.
    QString readableExpression() const;

    bool isRecognised() const
    {
        return reading != Reading::Empty && reading != Reading::Unstated &&
               reading != Reading::Unrecognised;
    }
    // In plain words: "\"Apache 2.0\" read as Apache-2.0 (OSI-approved)".
    QString explanation() const;
};

QString toKey(RecognisedLicence::Reading r);

class LicenceCatalogue
{
public:
    // The bundled SPDX list, AI licences and aliases, loaded once.
    static const LicenceCatalogue& builtIn();

    const LicenceInfo* find(const QString& id) const; // any letter case
    // Every licence known, sorted by id (for pickers: filter on spdx, deprecated, open...).
    std::vector<const LicenceInfo*> all() const;
    bool isKnownException(const QString& id) const;
    QString restrictionText(const QString& kind) const;

    LicenceVerdict classify(const SpdxExpression& expression) const;
    RecognisedLicence recognise(const QString& text) const;

    QString spdxListVersion() const { return m_spdxVersion; }
    QString spdxReleaseDate() const { return m_spdxDate; }
    int licenceCount() const { return int(m_licences.size()); }
    const Problems& loadProblems() const { return m_problems; }

private:
    LicenceCatalogue();
    void loadSpdx();
    void loadAiLicences();
    void loadAliases();
    void loadOpenData();
    LicenceVerdict leafVerdict(const SpdxExpression& leaf) const;
    std::optional<RecognisedLicence> recogniseWhole(const QString& text) const;
    std::optional<RecognisedLicence> recogniseCompound(const QString& text) const;

    QHash<QString, LicenceInfo> m_licences; // by lower-case id
    QHash<QString, QString> m_aliases;      // normalised text -> expression
    QHash<QString, QString> m_special;      // normalised text -> meaning
    QHash<QString, QString> m_restrictionTexts;
    QStringList m_exceptions; // lower case
    QString m_spdxVersion;
    QString m_spdxDate;
    Problems m_problems;
};

// Lower case, trimmed, single spaces, no final full stop: how alias texts compare.
QString normaliseLicenceText(const QString& text);

} // namespace tulana::openness
