#include "YamlSupport.h"

#include "i18n/Translate.h"

#include <QStringDecoder>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <utility>
#include <vector>

namespace tulana::openness::yaml {

QString place(const QString& file, const YAML::Mark& mark)
{
    if (mark.is_null() || mark.line < 0)
        return file;
    return QStringLiteral("%1:%2:%3").arg(file).arg(mark.line + 1).arg(mark.column + 1);
}

QString place(const QString& file, const YAML::Node& node)
{
    return node.IsDefined() ? place(file, node.Mark()) : file;
}

QString text(const YAML::Node& node)
{
    if (!node.IsDefined() || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

bool isPresent(const YAML::Node& node)
{
    return node.IsDefined() && !node.IsNull();
}

bool isMap(const YAML::Node& node)
{
    return node.IsDefined() && node.IsMap();
}

bool isSequence(const YAML::Node& node)
{
    return node.IsDefined() && node.IsSequence();
}

bool isScalar(const YAML::Node& node)
{
    return node.IsDefined() && node.IsScalar();
}

namespace {

QString tooDeepMessage()
{
    return tulana::tr("mappings and lists nest more than %1 deep here, deeper than any openness "
                      "record: the file is damaged or is not a record")
        .arg(kMaxYamlNesting);
}

// Walks the tree without recursion. Without aliases a tree has about as many
// nodes as the file has bytes at most (an empty value is two bytes, "- ");
// twice that means aliases repeat parts of it ("billion laughs").
bool withinLimits(const YAML::Node& root, qsizetype fileSize, const QString& file,
                  Problems* problems)
{
    std::vector<std::pair<YAML::Node, int>> pending{{root, 0}};
    qsizetype visited = 0;
    while (!pending.empty()) {
        const auto [node, depth] = pending.back();
        pending.pop_back();
        if (++visited > 2 * fileSize + 16) {
            *problems << error(place(file, node),
                               tulana::tr("aliases (*name) repeat more of the record than the "
                                          "file holds: the file is not a record Tulana reads"));
            return false;
        }
        if (!node.IsDefined() || !(node.IsMap() || node.IsSequence()))
            continue;
        if (depth >= kMaxYamlNesting) {
            *problems << error(place(file, node), tooDeepMessage());
            return false;
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (node.IsMap()) {
                pending.emplace_back(it->first, depth + 1);
                pending.emplace_back(it->second, depth + 1);
            } else {
                pending.emplace_back(*it, depth + 1);
            }
        }
    }
    return true;
}

// The first line (from 1) holding bytes that are not UTF-8; 0 when none does.
int firstLineNotUtf8(const QByteArray& bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            return line;
        start = end + 1;
        ++line;
    }
    return 0;
}

// Where each document of the file starts; nothing else is kept.
class DocumentStarts : public YAML::EventHandler
{
public:
    std::vector<YAML::Mark> starts;

    void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override
    {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {}
    void OnMapEnd() override {}
};

// The documents of the file, counted by their starts. yaml-cpp 0.7 (Debian
// 12) reports a document it could not start at all, such as one at a ","
// outside brackets, without reading past it, and again at the next call:
// its LoadAll() loops for ever on a one-byte file (fixed upstream after
// 0.8, jbeder/yaml-cpp#1319). So a document that starts where the one
// before it did is where the file stops being YAML, and is refused there.
// Returns the starts, or nothing with the problem filed.
std::optional<std::vector<YAML::Mark>> documentStarts(const std::string& text, const QString& file,
                                                      Problems* problems)
{
    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentStarts handler;
    while (parser.HandleNextDocument(handler)) {
        const std::vector<YAML::Mark>& starts = handler.starts;
        if (starts.size() >= 2 && starts[starts.size() - 1].pos == starts[starts.size() - 2].pos) {
            *problems << error(place(file, starts.back()),
                               tulana::tr("not valid YAML: nothing here can begin a value"));
            return std::nullopt;
        }
    }
    return handler.starts;
}

} // namespace

std::optional<YAML::Node> parse(const QByteArray& bytes, const QString& file, Problems* problems)
{
    // yaml-cpp passes bytes that are not UTF-8 through into the record's
    // text; a record is text, so the file is refused at the first bad line.
    if (const int line = firstLineNotUtf8(bytes); line > 0) {
        *problems << error(file + u':' + QString::number(line),
                           tulana::tr("the text is not valid UTF-8; save the record as UTF-8"));
        return std::nullopt;
    }
    try {
        // Every document is read: a second record after "---" would
        // otherwise be dropped without a word.
        // (Counted first, not with YAML::LoadAll: see documentStarts.)
        const std::string text = bytes.toStdString();
        const std::optional<std::vector<YAML::Mark>> starts = documentStarts(text, file, problems);
        if (!starts)
            return std::nullopt;
        if (starts->size() > 1) {
            *problems << error(place(file, (*starts)[1]),
                               tulana::tr("the file holds %n records (YAML documents separated "
                                          "by ---); give one record per file",
                                          nullptr, int(starts->size())));
            return std::nullopt;
        }
        YAML::Node root = starts->empty() ? YAML::Node() : YAML::Load(text);
        if (!withinLimits(root, bytes.size(), file, problems))
            return std::nullopt;
        return root;
    } catch (const YAML::DeepRecursion& e) {
        // yaml-cpp's own guard, far deeper than kMaxYamlNesting.
        *problems << error(place(file, e.mark), tooDeepMessage());
    } catch (const YAML::ParserException& e) {
        *problems << error(place(file, e.mark),
                           tulana::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)));
    } catch (const YAML::Exception& e) {
        *problems << error(file,
                           tulana::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    return std::nullopt;
}

} // namespace tulana::openness::yaml
