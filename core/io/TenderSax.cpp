#include "TenderSax.h"

#include "i18n/Translate.h"
#include "support/JsonReader.h"

#include <limits>

namespace tulana {
namespace {

using nlohmann::json;

// Builds the JSON tree as nlohmann's own DOM parser would, except for the
// contents of bids[i].marks, which go to FileMarks.
class TenderSaxHandler : public nlohmann::json_sax<json>
{
public:
    enum class Role
    {
        Other,
        Bids,
        Bid
    };

    json root;
    std::vector<FileMarks> marks;
    std::string errorText;
    std::size_t errorByte = 0;

    bool null() override { return scalar(json(nullptr)); }
    bool boolean(bool v) override { return scalar(json(v)); }
    bool number_integer(number_integer_t v) override
    {
        return markValue(double(v)) || scalar(json(v));
    }
    bool number_unsigned(number_unsigned_t v) override
    {
        return markValue(double(v)) || scalar(json(v));
    }
    bool number_float(number_float_t v, const string_t&) override
    {
        return markValue(v) || scalar(json(v));
    }
    bool string(string_t& v) override { return scalar(json(v)); }
    bool binary(binary_t&) override { return scalar(json()); }

    bool key(string_t& k) override
    {
        if (!m_capturing || (m_skip == 0 && m_rowDepth == 0))
            m_key.swap(k); // the parser does not need its copy back
        return true;
    }

    bool start_object(std::size_t) override
    {
        if (m_capturing)
            return startInMarks(QStringLiteral("an object"));
        if (!m_stack.empty() && m_roles.back() == Role::Bid && m_key == "marks") {
            // The object itself stays in the tree, empty, so its presence and
            // type are read as for any other field.
            (*m_stack.back())[m_key] = json::object();
            current().present = true;
            m_capturing = true;
            return true;
        }
        return open(json::object());
    }

    bool end_object() override
    {
        if (m_capturing) {
            if (m_skip > 0) {
                --m_skip;
                return true;
            }
            m_capturing = false; // the marks object ends
            return true;
        }
        return close();
    }

    bool start_array(std::size_t) override
    {
        if (m_capturing) {
            if (m_skip == 0 && m_rowDepth == 0) {
                FileMarks& fm = current();
                fm.rows.push_back({m_key, fm.values.size(), 0, true});
                fm.rowNotArray.emplace_back();
                m_rowDepth = 1;
                return true;
            }
            return startInMarks(QStringLiteral("a list"));
        }
        return open(json::array());
    }

    bool end_array() override
    {
        if (m_capturing) {
            if (m_skip > 0)
                --m_skip;
            else
                m_rowDepth = 0;
            return true;
        }
        return close();
    }

    bool parse_error(std::size_t byte, const std::string&,
                     const nlohmann::detail::exception& e) override
    {
        errorByte = byte;
        errorText = e.what();
        return false;
    }

private:
    FileMarks& current() { return marks.back(); }

    // The hot path: a number inside a row of marks. False when it is not one.
    bool markValue(double value)
    {
        if (!m_capturing || m_skip != 0 || m_rowDepth != 1)
            return false;
        FileMarks& fm = marks.back();
        fm.values.push_back(value);
        ++fm.rows.back().count;
        return true;
    }

    bool scalar(json value)
    {
        if (!m_capturing)
            return place(std::move(value)) != nullptr;
        if (m_skip > 0)
            return true;
        FileMarks& fm = current();
        if (m_rowDepth == 1) { // inside a row: null is "not marked", anything else is wrong
            if (!value.is_null())
                fm.badMarks.push_back(
                    {fm.rows.size() - 1, fm.rows.back().count, JsonReader::describe(value)});
            fm.values.push_back(std::numeric_limits<double>::quiet_NaN());
            ++fm.rows.back().count;
        } else { // a row that is not a list
            fm.rows.push_back({m_key, fm.values.size(), 0, false});
            fm.rowNotArray.push_back(JsonReader::describe(value));
        }
        return true;
    }

    // An object or list where a mark or a row should be: note it, skip it.
    bool startInMarks(const QString& what)
    {
        if (m_skip == 0) {
            FileMarks& fm = current();
            if (m_rowDepth == 1) {
                fm.badMarks.push_back({fm.rows.size() - 1, fm.rows.back().count, what});
                fm.values.push_back(std::numeric_limits<double>::quiet_NaN());
                ++fm.rows.back().count;
            } else {
                fm.rows.push_back({m_key, fm.values.size(), 0, false});
                fm.rowNotArray.push_back(what);
            }
        }
        ++m_skip;
        return true;
    }

    json* place(json value)
    {
        if (m_stack.empty()) {
            root = std::move(value);
            return &root;
        }
        json& parent = *m_stack.back();
        if (parent.is_array()) {
            if (m_roles.back() == Role::Bids)
                marks.emplace_back(); // one FileMarks per element of "bids"
            parent.push_back(std::move(value));
            return &parent.back();
        }
        json& slot = parent[m_key];
        slot = std::move(value);
        return &slot;
    }

    bool open(json container)
    {
        Role role = Role::Other;
        if (m_stack.size() == 1 && m_key == "bids" && container.is_array())
            role = Role::Bids;
        else if (!m_roles.empty() && m_roles.back() == Role::Bids && container.is_object())
            role = Role::Bid;
        json* node = place(std::move(container));
        m_stack.push_back(node);
        m_roles.push_back(role);
        return true;
    }

    bool close()
    {
        m_stack.pop_back();
        m_roles.pop_back();
        return true;
    }

    std::vector<json*> m_stack; // open containers; an open element is never moved
    std::vector<Role> m_roles;
    std::string m_key;
    bool m_capturing = false;
    int m_rowDepth = 0; // 1 inside a row of marks
    int m_skip = 0;     // depth inside something skipped within the marks
};

} // namespace

std::optional<TenderDocumentJson> parseTenderJson(const QByteArray& text, Problems& problems)
{
    TenderSaxHandler handler;
    const bool ok = json::sax_parse(text.constData(), text.constData() + text.size(), &handler);
    if (!ok) {
        problems << jsonSyntaxProblem(text, handler.errorByte, handler.errorText.c_str(),
                                      QString());
        return std::nullopt;
    }
    return TenderDocumentJson{std::move(handler.root), std::move(handler.marks)};
}

} // namespace tulana
