// How licence texts are read and classified: SPDX expressions, known names,
// names joined by "and"/"or", and texts that are not licences at all.
#include "LicenceCatalogue.h"

#include "i18n/Translate.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace tulana::openness {
namespace {

void addUnique(QStringList* list, const QStringList& more)
{
    for (const QString& s : more)
        if (!list->contains(s))
            *list << s;
}

LicenceCategory categoryOf(const LicenceVerdict& v)
{
    if (v.open) {
        if (v.osiApproved)
            return LicenceCategory::OsiApproved;
        if (v.fsfLibre)
            return LicenceCategory::FsfFree;
        if (v.openData)
            return LicenceCategory::OpenData;
        return LicenceCategory::OpenOther;
    }
    if (v.useRestricted)
        return LicenceCategory::UseRestricted;
    if (v.unknown)
        return LicenceCategory::Unknown;
    return LicenceCategory::NotOpen;
}

LicenceVerdict unknownVerdict(const QString& part)
{
    LicenceVerdict v;
    v.unknown = true;
    v.unknownParts << part;
    v.category = LicenceCategory::Unknown;
    return v;
}

// Every part applies: the result is only as open as its least open part.
LicenceVerdict allOf(const std::vector<LicenceVerdict>& parts)
{
    LicenceVerdict v;
    v.open = v.osiApproved = v.fsfLibre = v.openData = !parts.empty();
    for (const LicenceVerdict& p : parts) {
        v.open = v.open && p.open;
        v.osiApproved = v.osiApproved && p.osiApproved;
        v.fsfLibre = v.fsfLibre && p.fsfLibre;
        v.openData = v.openData && p.openData;
        v.useRestricted = v.useRestricted || p.useRestricted;
        v.unknown = v.unknown || p.unknown;
        addUnique(&v.restrictions, p.restrictions);
        addUnique(&v.unknownParts, p.unknownParts);
        addUnique(&v.deprecatedIds, p.deprecatedIds);
        addUnique(&v.uncheckedExceptions, p.uncheckedExceptions);
    }
    v.category = categoryOf(v);
    if (v.open) {
        // Open, but name the weakest kind of approval among the parts.
        LicenceCategory weakest = LicenceCategory::OsiApproved;
        for (const LicenceVerdict& p : parts)
            weakest = std::max(weakest, p.category);
        v.category = weakest;
    }
    return v;
}

// The licensee may choose: the most open branch decides.
LicenceVerdict oneOf(const std::vector<LicenceVerdict>& branches)
{
    const auto best = std::min_element(
        branches.begin(), branches.end(),
        [](const LicenceVerdict& a, const LicenceVerdict& b) { return a.category < b.category; });
    if (best == branches.end())
        return unknownVerdict(QString());
    LicenceVerdict v = *best;
    for (const LicenceVerdict& b : branches) {
        addUnique(&v.deprecatedIds, b.deprecatedIds);
        addUnique(&v.uncheckedExceptions, b.uncheckedExceptions);
    }
    return v;
}

const QRegularExpression& orSeparator()
{
    static const QRegularExpression re(QStringLiteral("\\s+or\\s+|\\s*/\\s*"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& andSeparator()
{
    static const QRegularExpression re(QStringLiteral("\\s+and\\s+|\\s*[;,]\\s*|\\s+&\\s+"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A piece of a list of names, without the quotes or parentheses around it.
QString withoutQuotes(QString s)
{
    static const QString quotes = QStringLiteral("\"'\u201C\u201D\u2018\u2019");
    s = s.trimmed();
    while (!s.isEmpty() && quotes.contains(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && quotes.contains(s.back()))
        s.chop(1);
    if (s.startsWith(u'(') && s.endsWith(u')') && s.count(u'(') == 1 && s.count(u')') == 1)
        s = s.mid(1, s.size() - 2);
    return s.trimmed();
}

} // namespace

QString toKey(RecognisedLicence::Reading r)
{
    using R = RecognisedLicence::Reading;
    switch (r) {
    case R::Empty:
        return QStringLiteral("empty");
    case R::Spdx:
        return QStringLiteral("spdx");
    case R::SpdxCaseFixed:
        return QStringLiteral("spdx-case-fixed");
    case R::Alias:
        return QStringLiteral("alias");
    case R::Compound:
        return QStringLiteral("compound");
    case R::NoLicence:
        return QStringLiteral("no-licence");
    case R::NotIncluded:
        return QStringLiteral("not-included");
    case R::Unstated:
        return QStringLiteral("unstated");
    case R::Unrecognised:
        return QStringLiteral("unrecognised");
    }
    return {};
}

LicenceVerdict LicenceCatalogue::leafVerdict(const SpdxExpression& leaf) const
{
    const LicenceInfo* info = find(leaf.id);
    if (!info || !leaf.documentRef.isEmpty())
        return unknownVerdict(leaf.toString());
    LicenceVerdict v;
    v.osiApproved = info->osiApproved;
    v.fsfLibre = info->fsfLibre;
    v.openData = info->openData;
    v.open = info->open;
    v.useRestricted = info->useRestricted;
    v.restrictions = info->restrictions;
    if (info->deprecated)
        v.deprecatedIds << info->id;
    v.category = categoryOf(v);
    return v;
}

LicenceVerdict LicenceCatalogue::classify(const SpdxExpression& e) const
{
    switch (e.kind) {
    case SpdxExpression::Kind::Licence:
        return leafVerdict(e);
    case SpdxExpression::Kind::With: {
        LicenceVerdict v = classify(e.operands.front());
        if (!isKnownException(e.exception))
            v.uncheckedExceptions << e.exception;
        return v;
    }
    case SpdxExpression::Kind::And:
    case SpdxExpression::Kind::Or: {
        std::vector<LicenceVerdict> parts;
        for (const SpdxExpression& o : e.operands)
            parts.push_back(classify(o));
        return e.kind == SpdxExpression::Kind::And ? allOf(parts) : oneOf(parts);
    }
    }
    return unknownVerdict(e.toString());
}

std::optional<RecognisedLicence> LicenceCatalogue::recogniseWhole(const QString& text) const
{
    using R = RecognisedLicence::Reading;
    RecognisedLicence r;
    r.given = text;
    const QString key = normaliseLicenceText(text);
    if (const auto special = m_special.constFind(key); special != m_special.constEnd()) {
        if (*special == QLatin1String("unknown"))
            return std::nullopt;
        r.reading = *special == QLatin1String("no-licence") ? R::NoLicence : R::NotIncluded;
        r.verdict.category = LicenceCategory::NoLicence;
        return r;
    }
    const auto accept = [&](SpdxExpression e, R reading) {
        r.reading = reading;
        r.verdict = classify(e);
        r.expression = e.toString();
        r.parsed = std::move(e);
        return r;
    };
    const SpdxParse parse = parseSpdxExpression(text);
    if (parse.expression) {
        bool allKnown = true;
        bool caseFixed = false;
        SpdxExpression e = *parse.expression;
        const std::function<void(SpdxExpression&)> canonical = [&](SpdxExpression& node) {
            for (SpdxExpression& o : node.operands)
                canonical(o);
            if (node.kind != SpdxExpression::Kind::Licence)
                return;
            const LicenceInfo* info = find(node.id);
            if (!info) {
                allKnown = false;
                return;
            }
            caseFixed = caseFixed || info->id != node.id;
            node.id = info->id;
        };
        canonical(e);
        if (allKnown)
            return accept(std::move(e), caseFixed ? R::SpdxCaseFixed : R::Spdx);
    }
    if (const auto alias = m_aliases.constFind(key); alias != m_aliases.constEnd())
        if (const SpdxParse a = parseSpdxExpression(*alias); a.expression)
            return accept(*a.expression, R::Alias);
    return std::nullopt;
}

std::optional<RecognisedLicence> LicenceCatalogue::recogniseCompound(const QString& text) const
{
    std::vector<SpdxExpression> branches;
    std::vector<LicenceVerdict> branchVerdicts;
    int pieces = 0;
    int recognised = 0;
    for (const QString& branch : text.split(orSeparator(), Qt::SkipEmptyParts)) {
        std::vector<SpdxExpression> parts;
        std::vector<LicenceVerdict> partVerdicts;
        for (const QString& raw : branch.split(andSeparator(), Qt::SkipEmptyParts)) {
            const QString piece = withoutQuotes(raw);
            if (piece.isEmpty())
                continue;
            ++pieces;
            std::optional<RecognisedLicence> r = recogniseWhole(piece);
            if (r && r->parsed) {
                ++recognised;
                parts.push_back(*r->parsed);
                partVerdicts.push_back(r->verdict);
            } else {
                partVerdicts.push_back(unknownVerdict(piece));
            }
        }
        if (!parts.empty())
            branches.push_back(SpdxExpression::combine(SpdxExpression::Kind::And, parts));
        branchVerdicts.push_back(allOf(partVerdicts));
    }
    if (pieces < 2 || recognised == 0)
        return std::nullopt;
    RecognisedLicence r;
    r.given = text;
    r.reading = RecognisedLicence::Reading::Compound;
    r.verdict = oneOf(branchVerdicts);
    const SpdxExpression e = SpdxExpression::combine(SpdxExpression::Kind::Or, branches);
    r.expression = e.toString();
    r.parsed = e;
    return r;
}

RecognisedLicence LicenceCatalogue::recognise(const QString& text) const
{
    RecognisedLicence r;
    r.given = text;
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        r.verdict.category = LicenceCategory::Unknown;
        return r;
    }
    if (std::optional<RecognisedLicence> whole = recogniseWhole(t)) {
        whole->given = text;
        return *whole;
    }
    if (m_special.value(normaliseLicenceText(t)) == QLatin1String("unknown")) {
        r.reading = RecognisedLicence::Reading::Unstated;
        r.verdict = unknownVerdict(t);
        return r;
    }
    if (std::optional<RecognisedLicence> compound = recogniseCompound(t)) {
        compound->given = text;
        return *compound;
    }
    const SpdxParse parse = parseSpdxExpression(t);
    r.reading = RecognisedLicence::Reading::Unrecognised;
    if (parse.expression) {
        // Valid SPDX syntax with ids Tulana does not know (a LicenseRef-… of the bidder's).
        r.parsed = parse.expression;
        r.expression = parse.expression->toString();
        r.verdict = classify(*parse.expression);
    } else {
        r.parseError = parse.error;
        r.verdict = unknownVerdict(t);
    }
    return r;
}

QString RecognisedLicence::readableExpression() const
{
    // SPDX keeps "LicenseRef-" for licences it does not list; Tulana's own
    // (resources/openness/ai-licences.json) have names an officer knows.
    static const QRegularExpression ref(QStringLiteral("LicenseRef-[A-Za-z0-9.\\-]+"));
    QString out = expression;
    qsizetype from = 0;
    for (QRegularExpressionMatch m = ref.match(out, from); m.hasMatch(); m = ref.match(out, from)) {
        const LicenceInfo* info = LicenceCatalogue::builtIn().find(m.captured());
        const QString name = info && !info->name.isEmpty() ? info->name : m.captured();
        out.replace(m.capturedStart(), m.capturedLength(), name);
        from = m.capturedStart() + name.size();
    }
    return out;
}

QString RecognisedLicence::explanation() const
{
    using R = Reading;
    const QString category = displayName(verdict.category);
    const QString readable = readableExpression();
    switch (reading) {
    case R::Empty:
        return tulana::tr("no licence given");
    case R::Spdx:
        return tulana::tr("%1 (%2)").arg(readable, category);
    case R::SpdxCaseFixed:
    case R::Alias:
        return tulana::tr("\"%1\" read as %2 (%3)").arg(given.trimmed(), readable, category);
    case R::Compound: {
        QString out = tulana::tr("\"%1\" read as %2 (%3)").arg(given.trimmed(), readable, category);
        if (!verdict.unknownParts.isEmpty())
            out += tulana::tr("; not recognised: %1")
                       .arg(verdict.unknownParts.join(QStringLiteral(", ")));
        return out;
    }
    case R::NoLicence:
        return tulana::tr("\"%1\": released without a licence, so no rights are granted")
            .arg(given.trimmed());
    case R::NotIncluded:
        return tulana::tr("\"%1\": the component is not released").arg(given.trimmed());
    case R::Unstated:
        return tulana::tr("\"%1\": the licence is not stated; ask the bidder for it")
            .arg(given.trimmed());
    case R::Unrecognised:
        if (!verdict.unknownParts.isEmpty() && parsed)
            return tulana::tr("\"%1\" is not a licence Tulana knows (%2): check its terms by hand")
                .arg(given.trimmed(), verdict.unknownParts.join(QStringLiteral(", ")));
        return tulana::tr("\"%1\" is not a licence Tulana recognises: check its terms by hand")
            .arg(given.trimmed());
    }
    return {};
}

} // namespace tulana::openness
