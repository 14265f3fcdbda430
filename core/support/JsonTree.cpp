#include "JsonTree.h"

#include "i18n/Translate.h"
#include "support/JsonReader.h"

namespace tulana {

QString repeatedKeyMessage(const std::string& key)
{
    return tulana::tr("\"%1\" is given twice here; Tulana will not guess which one is meant: "
                      "keep one of them")
        .arg(QString::fromStdString(key));
}

bool JsonTreeBuilder::key(string_t& k)
{
    m_key.swap(k); // the parser does not need its copy back
    return true;
}

bool JsonTreeBuilder::parse_error(std::size_t byte, const std::string&,
                                  const nlohmann::detail::exception& e)
{
    syntaxErrorByte = byte;
    syntaxError = e.what();
    return false;
}

JsonTreeBuilder::json* JsonTreeBuilder::place(json value)
{
    if (m_stack.empty()) {
        root = std::move(value);
        return &root;
    }
    json& parent = *m_stack.back();
    if (parent.is_array()) {
        parent.push_back(std::move(value));
        return &parent.back();
    }
    const auto [it, added] = parent.get_ref<json::object_t&>().emplace(m_key, std::move(value));
    if (!added) {
        refuse(JsonReader::child(openPath(), m_key.c_str()), repeatedKeyMessage(m_key));
        return nullptr;
    }
    return &it->second;
}

bool JsonTreeBuilder::open(json container)
{
    if (!enter())
        return false;
    json* node = place(std::move(container));
    if (!node)
        return false;
    m_stack.push_back(node);
    return true;
}

bool JsonTreeBuilder::close()
{
    m_stack.pop_back();
    leave();
    return true;
}

bool JsonTreeBuilder::enter()
{
    if (++m_depth <= kMaxJsonNesting)
        return true;
    refuse(openPath(), tulana::tr("lists and objects nest more than %1 deep here, deeper than "
                                  "anything Tulana writes: the file is damaged or is not what "
                                  "it claims to be")
                           .arg(kMaxJsonNesting));
    return false;
}

QString JsonTreeBuilder::openPath() const
{
    QString path;
    for (std::size_t i = 1; i < m_stack.size(); ++i) {
        const json& parent = *m_stack[i - 1];
        const json* child = m_stack[i];
        if (parent.is_array()) {
            path = JsonReader::index(path, std::size_t(child - &parent.front()));
            continue;
        }
        for (auto it = parent.begin(); it != parent.end(); ++it)
            if (&*it == child)
                path = JsonReader::child(path, it.key().c_str());
    }
    return path;
}

void JsonTreeBuilder::refuse(const QString& where, const QString& message)
{
    if (!refusal)
        refusal = error(where, message);
}

bool buildJsonTree(const QByteArray& text, JsonTreeBuilder& builder, const QString& where,
                   Problems& problems)
{
    const bool ok =
        nlohmann::json::sax_parse(text.constData(), text.constData() + text.size(), &builder);
    if (builder.refusal) {
        Problem p = *builder.refusal;
        if (!where.isEmpty())
            p.where = p.where.isEmpty() ? where : where + QStringLiteral(": ") + p.where;
        problems << p;
        return false;
    }
    if (!ok) {
        problems << jsonSyntaxProblem(text, builder.syntaxErrorByte, builder.syntaxError.c_str(),
                                      where);
        return false;
    }
    // nlohmann/json takes a NUL byte for the end of the text and reads no
    // further: a document followed by "\0" and anything at all would load.
    // No JSON text holds one (inside a string it is written \u0000).
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0) {
        Problem p = jsonSyntaxProblem(text, std::size_t(nul) + 1, "", where);
        p.message = tulana::tr("this is not valid JSON: a NUL byte after the end of the document "
                               "(a binary file, or two files run together?)");
        problems << p;
        return false;
    }
    return true;
}

} // namespace tulana
