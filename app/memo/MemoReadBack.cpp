#include "MemoReadBack.h"

#include "MemoZip.h"
#include "i18n/Translate.h"
#include "memo/Fingerprint.h"

#include <QCryptographicHash>
#include <QHash>
#include <QStringList>
#include <QXmlStreamReader>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>

namespace tulana {
namespace {

// One more line of text, when it says anything.
void addLine(MemoText& out, const QString& line, int page = 0)
{
    const QString trimmed = line.trimmed();
    if (!trimmed.isEmpty())
        out.push_back({trimmed, page, false});
}

void addMarkup(MemoText& out, const QString& markup, int page = 0)
{
    out.push_back({markup, page, true});
}

// --- PDF -------------------------------------------------------------------

QString fromPoppler(const poppler::ustring& text)
{
    const poppler::byte_array utf8 = text.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// Poppler reports damaged files on stderr; the reading's result says it.
void quiet(const std::string&, void*) {}

// More pages than any memo has: a crafted file is not read for hours.
constexpr int kMaxPdfPages = 5000;

std::optional<MemoReading> readPdf(const QByteArray& bytes, QString* why)
{
    poppler::set_debug_error_function(quiet, nullptr);
    const std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.constData(), int(bytes.size())));
    if (!doc || doc->is_locked() || doc->pages() > kMaxPdfPages) {
        if (why)
            *why = tulana::tr("is not a PDF memo Tulana can read");
        return std::nullopt;
    }
    MemoReading reading;
    reading.format = MemoFormat::Pdf;
    // What a reader's document properties show, and the record verify-memo needs.
    const QString keywords = fromPoppler(doc->info_key("Keywords"));
    for (const char* key : {"Title", "Subject", "Keywords"})
        addMarkup(reading.text,
                  QLatin1String(key) + QStringLiteral(": ") + fromPoppler(doc->info_key(key)));
    reading.madeWith = findMadeWith(keywords);
    QString pagesText;
    for (int i = 0; i < doc->pages(); ++i) {
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page)
            continue;
        const QString text =
            fromPoppler(page->text(page->page_rect(), poppler::page::physical_layout));
        // The spaces poppler puts between columns follow their widths, which
        // a reader does not read as text: one space stands for any run.
        for (const QString& line : text.split(QLatin1Char('\n')))
            addLine(reading.text, line.simplified(), i + 1);
        pagesText += text;
    }
    reading.fingerprint = findFingerprint(keywords);
    if (reading.fingerprint.isEmpty())
        reading.fingerprint = findFingerprint(pagesText);
    return reading;
}

// --- ODT -------------------------------------------------------------------

// Qt's ODF writer names and orders the automatic styles as its hashes
// happen to iterate, so the same memo gets "T76" in one file and "T89" in
// the next. A style is therefore known by what it says: each automatic
// style's definition (its elements and attributes, without its name).
using StyleDefinitions = QHash<QString, QString>;

StyleDefinitions automaticStyles(const QByteArray& content)
{
    StyleDefinitions out;
    QXmlStreamReader xml(content);
    int depth = 0;      // inside office:automatic-styles
    QString name;       // the style being read
    QString definition; // ... and what it says so far
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (depth == 0 && xml.qualifiedName() == u"office:automatic-styles") {
                depth = 1;
                continue;
            }
            if (depth == 0)
                continue;
            if (++depth == 2) {
                name = xml.attributes().value(QStringLiteral("style:name")).toString();
                definition.clear();
            }
            definition += QLatin1Char('<') + xml.qualifiedName().toString();
            for (const QXmlStreamAttribute& a : xml.attributes())
                if (a.qualifiedName() != u"style:name")
                    definition += QLatin1Char(' ') + a.qualifiedName().toString() +
                                  QStringLiteral("=\"") + a.value().toString() + QLatin1Char('"');
            definition += QLatin1Char('>');
        } else if (token == QXmlStreamReader::EndElement && depth > 0) {
            if (--depth == 1 && !name.isEmpty())
                out.insert(name, definition);
            if (depth == 1 && xml.qualifiedName() == u"office:automatic-styles")
                depth = 0;
        }
    }
    return out;
}

QString elementMarkup(const QXmlStreamReader& xml, const StyleDefinitions& styles)
{
    QString out = QLatin1Char('<') + xml.qualifiedName().toString();
    for (const QXmlStreamAttribute& a : xml.attributes()) {
        QString value = a.value().toString();
        if (a.qualifiedName().endsWith(u"style-name") && styles.contains(value))
            value = styles.value(value);
        out += QLatin1Char(' ') + a.qualifiedName().toString() + QStringLiteral("=\"") + value +
               QLatin1Char('"');
    }
    return out + QLatin1Char('>');
}

// The paragraphs (text:p, text:h) of content.xml as lines; every element of
// the body, with its attributes and the styles it uses, as markup.
bool readOdtContent(const QByteArray& content, MemoText& out)
{
    const StyleDefinitions styles = automaticStyles(content);
    QXmlStreamReader xml(content);
    QString line;
    int skipped = 0; // depth inside office:automatic-styles, known by what they say
    constexpr int kMaxRepeatedSpaces = 1000;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (skipped > 0 || (token == QXmlStreamReader::StartElement &&
                            xml.qualifiedName() == u"office:automatic-styles")) {
            skipped += token == QXmlStreamReader::StartElement ? 1
                       : token == QXmlStreamReader::EndElement ? -1
                                                               : 0;
            continue;
        }
        switch (token) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = xml.name();
            addMarkup(out, elementMarkup(xml, styles));
            if (name == u"p" || name == u"h" || name == u"line-break") {
                addLine(out, line);
                line.clear();
            } else if (name == u"tab") {
                line += QLatin1Char('\t');
            } else if (name == u"s") {
                const int count = xml.attributes().value(QStringLiteral("text:c")).toInt();
                line += QString(std::clamp(count, 1, kMaxRepeatedSpaces), QLatin1Char(' '));
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (xml.name() == u"p" || xml.name() == u"h") {
                addLine(out, line);
                line.clear();
            }
            break;
        case QXmlStreamReader::Characters:
            line += xml.text();
            break;
        default:
            break;
        }
    }
    addLine(out, line);
    return !xml.hasError();
}

std::optional<MemoReading> readOdt(const QByteArray& bytes, QString* why)
{
    const auto fail = [&](const QString& reason) -> std::optional<MemoReading> {
        if (why)
            *why = tulana::tr("is not an ODT memo Tulana can read: %1").arg(reason);
        return std::nullopt;
    };
    QString reason;
    const std::optional<std::vector<zip::Entry>> entries = zip::read(bytes, &reason);
    if (!entries)
        return fail(reason);
    MemoReading reading;
    reading.format = MemoFormat::Odt;
    const zip::Entry* content = nullptr;
    for (const zip::Entry& e : *entries)
        if (e.name == "content.xml")
            content = &e;
    if (!content)
        return fail(tulana::tr("it has no content.xml"));
    if (!readOdtContent(content->data, reading.text))
        return fail(tulana::tr("its content.xml is not well-formed XML"));
    // Styles can hide or colour text, pictures are charts: each other entry
    // is markup, compared by its bytes (small text entries as text, so that
    // a difference can be shown).
    constexpr qsizetype kShownEntryBytes = 64 * 1024;
    for (const zip::Entry& e : *entries) {
        if (&e == content)
            continue;
        const QString name = QString::fromUtf8(e.name);
        const bool isText = e.name.endsWith(".xml") || e.name == "mimetype";
        addMarkup(reading.text,
                  name + QStringLiteral(": ") +
                      (isText && e.data.size() <= kShownEntryBytes
                           ? QString::fromUtf8(e.data)
                           : QStringLiteral("SHA-256 ") +
                                 QString::fromLatin1(
                                     QCryptographicHash::hash(e.data, QCryptographicHash::Sha256)
                                         .toHex())));
        if (e.name == "meta.xml")
            reading.madeWith = findMadeWith(
                QString::fromUtf8(e.data).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
    }
    reading.fingerprint = findFingerprint(QString::fromUtf8(content->data));
    return reading;
}

// --- HTML ------------------------------------------------------------------

// The character an entity stands for; the entity itself when unknown.
QString entity(QStringView name)
{
    static const std::pair<const char16_t*, char16_t> named[] = {
        {u"amp", u'&'},         {u"lt", u'<'},         {u"gt", u'>'},         {u"quot", u'"'},
        {u"apos", u'\''},       {u"nbsp", u'\u00a0'},  {u"emsp", u'\u2003'},  {u"ensp", u'\u2002'},
        {u"thinsp", u'\u2009'}, {u"mdash", u'\u2014'}, {u"ndash", u'\u2013'},
    };
    for (const auto& [key, c] : named)
        if (name == QStringView(key))
            return QString(QChar(c));
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.startsWith(u"#x") || name.startsWith(u"#X")
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
    }
    return QLatin1Char('&') + name.toString() + QLatin1Char(';');
}

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&') {
            const qsizetype end = text.indexOf(u';', i);
            if (end > i + 1 && end - i <= 12) {
                out += entity(text.mid(i + 1, end - i - 1));
                i = end;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// Tags that run inside a line of text; every other tag ends the line.
bool isInline(QStringView tag)
{
    for (const char16_t* name : {u"b", u"i", u"em", u"strong", u"span", u"a", u"sub", u"sup",
                                 u"code", u"small", u"u", u"s"})
        if (tag.compare(QStringView(name), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QStringView tagName(QStringView tag)
{
    qsizetype start = 1;
    if (start < tag.size() && tag[start] == u'/')
        ++start;
    qsizetype end = start;
    while (end < tag.size() && (tag[end].isLetterOrNumber() || tag[end] == u'-'))
        ++end;
    return tag.mid(start, end - start);
}

std::optional<MemoReading> readHtml(const QByteArray& bytes)
{
    MemoReading reading;
    reading.format = MemoFormat::Html;
    const QString html = QString::fromUtf8(bytes);
    QString line;
    const auto flush = [&] {
        for (const QString& part : decodeEntities(line).split(QLatin1Char('\n')))
            addLine(reading.text, part);
        line.clear();
    };
    qsizetype i = 0;
    while (i < html.size()) {
        if (html[i] != u'<') {
            const qsizetype next = html.indexOf(u'<', i);
            const qsizetype end = next < 0 ? html.size() : next;
            line += QStringView(html).mid(i, end - i);
            i = end;
            continue;
        }
        // A comment, or a tag up to its '>' outside quotes.
        qsizetype end;
        if (QStringView(html).mid(i).startsWith(u"<!--")) {
            end = html.indexOf(QStringLiteral("-->"), i);
            end = end < 0 ? html.size() : end + 3;
        } else {
            QChar quote;
            end = i + 1;
            while (end < html.size() && (!quote.isNull() || html[end] != u'>')) {
                if (quote.isNull() && (html[end] == u'"' || html[end] == u'\''))
                    quote = html[end];
                else if (html[end] == quote)
                    quote = QChar();
                ++end;
            }
            end = std::min(end + 1, html.size());
        }
        const QStringView tag = QStringView(html).mid(i, end - i);
        const QStringView name = tagName(tag);
        if (!isInline(name))
            flush();
        addMarkup(reading.text, tag.toString());
        i = end;
        // The style sheet and scripts are markup, not text.
        if (!tag.startsWith(u"</") && (name.compare(u"style", Qt::CaseInsensitive) == 0 ||
                                       name.compare(u"script", Qt::CaseInsensitive) == 0)) {
            const QString close = QStringLiteral("</") + name.toString();
            qsizetype stop = html.indexOf(close, i, Qt::CaseInsensitive);
            stop = stop < 0 ? html.size() : stop;
            addMarkup(reading.text, html.mid(i, stop - i));
            i = stop;
        }
    }
    flush();
    reading.madeWith = findMadeWith(decodeEntities(html)); // "&amp;" in the <meta> content
    QStringList visible;
    for (const MemoTextItem& item : reading.text)
        if (!item.markup)
            visible << item.text;
    reading.fingerprint = findFingerprint(visible.join(QLatin1Char('\n')));
    return reading;
}

// --- Markdown --------------------------------------------------------------

std::optional<MemoReading> readMarkdown(const QByteArray& bytes)
{
    MemoReading reading;
    reading.format = MemoFormat::Markdown;
    const QString text = QString::fromUtf8(bytes);
    // Every line as written, blank ones and indentation included: in
    // Markdown they decide what is a paragraph, a table or a code block.
    for (const QString& line : text.split(QLatin1Char('\n')))
        reading.text.push_back({line, 0, false});
    reading.madeWith = findMadeWith(text);
    reading.fingerprint = findFingerprint(text);
    return reading;
}

} // namespace

std::optional<MemoReading> readMemoBytes(const QByteArray& bytes, MemoFormat format, QString* why)
{
    switch (format) {
    case MemoFormat::Pdf:
        return readPdf(bytes, why);
    case MemoFormat::Odt:
        return readOdt(bytes, why);
    case MemoFormat::Html:
        return readHtml(bytes);
    case MemoFormat::Markdown:
        break;
    }
    return readMarkdown(bytes);
}

} // namespace tulana
