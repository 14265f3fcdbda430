#include "LicenceCatalogue.h"

#include "OpennessData.h"
#include "i18n/Translate.h"

#include <algorithm>

namespace tulana::openness {

QString toKey(LicenceCategory c)
{
    switch (c) {
    case LicenceCategory::OsiApproved:
        return QStringLiteral("osi-approved");
    case LicenceCategory::FsfFree:
        return QStringLiteral("fsf-free");
    case LicenceCategory::OpenData:
        return QStringLiteral("open-data");
    case LicenceCategory::OpenOther:
        return QStringLiteral("open-other");
    case LicenceCategory::UseRestricted:
        return QStringLiteral("use-restricted");
    case LicenceCategory::NotOpen:
        return QStringLiteral("not-open");
    case LicenceCategory::NoLicence:
        return QStringLiteral("no-licence");
    case LicenceCategory::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString displayName(LicenceCategory c)
{
    switch (c) {
    case LicenceCategory::OsiApproved:
        return tulana::tr("OSI-approved");
    case LicenceCategory::FsfFree:
        return tulana::tr("FSF-free");
    case LicenceCategory::OpenData:
        return tulana::tr("open-data licence");
    case LicenceCategory::OpenOther:
        return tulana::tr("open licence for models and data");
    case LicenceCategory::UseRestricted:
        return tulana::tr("use-restricted");
    case LicenceCategory::NotOpen:
        return tulana::tr("not an open licence");
    case LicenceCategory::NoLicence:
        return tulana::tr("no licence");
    case LicenceCategory::Unknown:
        return tulana::tr("unknown licence");
    }
    return {};
}

QString normaliseLicenceText(const QString& text)
{
    QString t = text.simplified().toLower();
    while (t.endsWith(u'.'))
        t.chop(1);
    return t.trimmed();
}

LicenceCatalogue::LicenceCatalogue()
{
    loadSpdx();
    loadOpenData();
    loadAiLicences();
    loadAliases();
}

const LicenceCatalogue& LicenceCatalogue::builtIn()
{
    static const LicenceCatalogue catalogue;
    return catalogue;
}

void LicenceCatalogue::loadSpdx()
{
    const nlohmann::json root = loadOpennessJson(QStringLiteral("spdx-licenses.json"), &m_problems);
    m_spdxVersion = textOf(root, "licenseListVersion");
    m_spdxDate = textOf(root, "releaseDate");
    const auto list = root.find("licenses");
    if (list == root.end() || !list->is_array()) {
        m_problems << error(QStringLiteral("spdx-licenses.json"), tulana::tr("no licence list"));
        return;
    }
    for (const nlohmann::json& l : *list) {
        LicenceInfo info;
        info.id = textOf(l, "licenseId");
        info.name = textOf(l, "name");
        info.spdx = true;
        info.osiApproved = l.value("isOsiApproved", false);
        info.fsfLibre = l.value("isFsfLibre", false);
        info.deprecated = l.value("isDeprecatedLicenseId", false);
        info.url = textOf(l, "reference");
        info.source = tulana::tr("SPDX License List %1").arg(m_spdxVersion);
        info.open = info.osiApproved || info.fsfLibre;
        m_licences.insert(info.id.toLower(), info);
    }
}

void LicenceCatalogue::loadOpenData()
{
    const QString name = QStringLiteral("open-data-licences.json");
    const nlohmann::json root = loadOpennessJson(name, &m_problems);
    for (const QString& id : textsOf(root, "licences")) {
        auto it = m_licences.find(id.toLower());
        if (it == m_licences.end()) {
            // The tool's "ODC-PDDL-1.0" is not an SPDX id: keep it as a known open-data licence.
            LicenceInfo info;
            info.id = id;
            info.name = id;
            info.source = textOf(root, "source");
            it = m_licences.insert(id.toLower(), info);
        }
        it->openData = true;
        it->open = true;
    }
}

void LicenceCatalogue::loadAiLicences()
{
    const QString name = QStringLiteral("ai-licences.json");
    const nlohmann::json root = loadOpennessJson(name, &m_problems);
    if (const auto kinds = root.find("restrictionKinds"); kinds != root.end() && kinds->is_object())
        for (auto it = kinds->begin(); it != kinds->end(); ++it)
            if (it->is_string())
                m_restrictionTexts.insert(QString::fromStdString(it.key()),
                                          QString::fromStdString(it->get<std::string>()));
    const auto checkKinds = [&](const QString& id, const QStringList& kinds) {
        for (const QString& k : kinds)
            if (!m_restrictionTexts.contains(k))
                m_problems << error(name, tulana::tr("%1: unknown restriction \"%2\"").arg(id, k));
    };
    if (const auto list = root.find("licences"); list != root.end() && list->is_array()) {
        for (const nlohmann::json& l : *list) {
            LicenceInfo info;
            info.id = textOf(l, "id");
            info.name = textOf(l, "name");
            info.restrictions = textsOf(l, "restrictions");
            info.url = textOf(l, "url");
            info.source = textOf(l, "source");
            const QString category = textOf(l, "category");
            info.open = category == QLatin1String("open");
            info.useRestricted = category == QLatin1String("use-restricted");
            if (category != QLatin1String("open") && category != QLatin1String("use-restricted") &&
                category != QLatin1String("not-open"))
                m_problems << error(
                    name, tulana::tr("%1: unknown category \"%2\"").arg(info.id, category));
            if ((category == QLatin1String("use-restricted")) == info.restrictions.isEmpty() &&
                category != QLatin1String("not-open"))
                m_problems << error(name, tulana::tr("%1: a use-restricted licence lists its "
                                                     "restrictions, an open one none")
                                              .arg(info.id));
            checkKinds(info.id, info.restrictions);
            if (m_licences.contains(info.id.toLower()))
                m_problems << error(name,
                                    tulana::tr("%1 is already on the SPDX list").arg(info.id));
            m_licences.insert(info.id.toLower(), info);
        }
    }
    if (const auto rules = root.find("spdxRestrictions");
        rules != root.end() && rules->is_array()) {
        const QString source = textOf(root, "spdxRestrictionsSource");
        for (LicenceInfo& info : m_licences) {
            if (!info.spdx)
                continue;
            for (const nlohmann::json& r : *rules) {
                if (!info.id.startsWith(textOf(r, "prefix")))
                    continue;
                info.restrictions = textsOf(r, "restrictions");
                info.useRestricted = true;
                checkKinds(info.id, info.restrictions);
                info.source += QStringLiteral("; ") + source;
                break;
            }
        }
    }
    const nlohmann::json ex = loadOpennessJson(QStringLiteral("spdx-exceptions.json"), &m_problems);
    for (const QString& id : textsOf(ex, "exceptions"))
        m_exceptions << id.toLower();
}

void LicenceCatalogue::loadAliases()
{
    const QString name = QStringLiteral("licence-aliases.json");
    const nlohmann::json root = loadOpennessJson(name, &m_problems);
    if (const auto list = root.find("aliases"); list != root.end() && list->is_array()) {
        for (const nlohmann::json& a : *list) {
            const QString text = normaliseLicenceText(textOf(a, "text"));
            const QString expression = textOf(a, "expression");
            const SpdxParse parse = parseSpdxExpression(expression);
            if (!parse.expression) {
                m_problems << error(name, tulana::tr("alias \"%1\": %2").arg(text, parse.error));
                continue;
            }
            for (const QString& id : parse.expression->licenceIds())
                if (!find(id))
                    m_problems << error(name,
                                        tulana::tr("alias \"%1\" names unknown %2").arg(text, id));
            if (m_aliases.contains(text))
                m_problems << error(name, tulana::tr("alias \"%1\" is listed twice").arg(text));
            m_aliases.insert(text, expression);
        }
    }
    if (const auto list = root.find("special"); list != root.end() && list->is_array()) {
        for (const nlohmann::json& s : *list) {
            const QString meaning = textOf(s, "meaning");
            if (meaning != QLatin1String("no-licence") &&
                meaning != QLatin1String("not-included") && meaning != QLatin1String("unknown"))
                m_problems << error(name, tulana::tr("unknown meaning \"%1\"").arg(meaning));
            m_special.insert(normaliseLicenceText(textOf(s, "text")), meaning);
        }
    }
    if (const auto map = root.find("deprecated"); map != root.end() && map->is_object()) {
        for (auto it = map->begin(); it != map->end(); ++it) {
            const QString id = QString::fromStdString(it.key());
            auto info = m_licences.find(id.toLower());
            if (info == m_licences.end() || !info->deprecated || !it->is_string()) {
                m_problems << error(name, tulana::tr("%1 is not a deprecated SPDX id").arg(id));
                continue;
            }
            info->replacement = QString::fromStdString(it->get<std::string>());
        }
    }
}

const LicenceInfo* LicenceCatalogue::find(const QString& id) const
{
    const auto it = m_licences.constFind(id.toLower());
    return it == m_licences.constEnd() ? nullptr : &*it;
}

std::vector<const LicenceInfo*> LicenceCatalogue::all() const
{
    std::vector<const LicenceInfo*> out;
    out.reserve(std::size_t(m_licences.size()));
    for (const LicenceInfo& info : m_licences)
        out.push_back(&info);
    std::sort(out.begin(), out.end(), [](const LicenceInfo* a, const LicenceInfo* b) {
        return a->id.compare(b->id, Qt::CaseInsensitive) < 0;
    });
    return out;
}

bool LicenceCatalogue::isKnownException(const QString& id) const
{
    return m_exceptions.contains(id.toLower());
}

QString LicenceCatalogue::restrictionText(const QString& kind) const
{
    return m_restrictionTexts.value(kind, kind);
}

} // namespace tulana::openness
