#include "TenderSax.h"

#include "i18n/Translate.h"
#include "support/JsonReader.h"
#include "support/JsonTree.h"

#include <limits>

namespace tulana {
namespace {

using nlohmann::json;

// Builds the JSON tree as nlohmann's own DOM parser would (strictly:
// JsonTreeBuilder), except for the contents of bids[i].marks, which go to
// FileMarks.
class TenderSaxHandler : public JsonTreeBuilder
{
public:
    enum class Role
    {
        Other,
        Bids,
        Bid
    };

    std::vector<FileMarks> marks;
    CriterionIds ids;

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
            if (!enter() || !place(json::object()))
                return false;
            current().present = true;
            m_capturing = true;
            return true;
        }
        return openWithRole(json::object());
    }

    bool end_object() override
    {
        if (m_capturing) {
            leave();
            if (m_skip > 0) {
                --m_skip;
                return true;
            }
            m_capturing = false; // the marks object ends
            return true;
        }
        return closeWithRole();
    }

    bool start_array(std::size_t) override
    {
        if (m_capturing) {
            if (m_skip == 0 && m_rowDepth == 0) {
                if (!enter())
                    return false;
                FileMarks& fm = current();
                fm.rows.push_back({ids.number(m_key), std::uint32_t(fm.values.size()), 0, true});
                m_rowDepth = 1;
                return true;
            }
            return startInMarks(QStringLiteral("a list"));
        }
        return openWithRole(json::array());
    }

    bool end_array() override
    {
        if (m_capturing) {
            leave();
            if (m_skip > 0)
                --m_skip;
            else
                m_rowDepth = 0;
            return true;
        }
        return closeWithRole();
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
        if (!m_capturing) {
            noteBid();
            return place(std::move(value)) != nullptr;
        }
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
            fm.rows.push_back({ids.number(m_key), std::uint32_t(fm.values.size()), 0, false});
            fm.notLists.push_back({fm.rows.size() - 1, JsonReader::describe(value)});
        }
        return true;
    }

    // An object or list where a mark or a row should be: note it, skip it.
    bool startInMarks(const QString& what)
    {
        if (!enter())
            return false;
        if (m_skip == 0) {
            FileMarks& fm = current();
            if (m_rowDepth == 1) {
                fm.badMarks.push_back({fm.rows.size() - 1, fm.rows.back().count, what});
                fm.values.push_back(std::numeric_limits<double>::quiet_NaN());
                ++fm.rows.back().count;
            } else {
                fm.rows.push_back({ids.number(m_key), std::uint32_t(fm.values.size()), 0, false});
                fm.notLists.push_back({fm.rows.size() - 1, what});
            }
        }
        ++m_skip;
        return true;
    }

    // One FileMarks per element of "bids", whatever the element is.
    void noteBid()
    {
        if (!m_roles.empty() && m_roles.back() == Role::Bids)
            marks.emplace_back();
    }

    bool openWithRole(json container)
    {
        Role role = Role::Other;
        if (m_stack.size() == 1 && m_key == "bids" && container.is_array())
            role = Role::Bids;
        else if (!m_roles.empty() && m_roles.back() == Role::Bids && container.is_object())
            role = Role::Bid;
        noteBid();
        if (!open(std::move(container)))
            return false;
        m_roles.push_back(role);
        return true;
    }

    bool closeWithRole()
    {
        m_roles.pop_back();
        return close();
    }

    std::vector<Role> m_roles;
    bool m_capturing = false;
    int m_rowDepth = 0; // 1 inside a row of marks
    int m_skip = 0;     // depth inside something skipped within the marks
};

} // namespace

std::uint32_t CriterionIds::number(std::string_view id)
{
    if (m_next < m_ids.size() && m_ids[m_next] == id)
        return m_next++;
    auto it = m_numbers.find(id);
    if (it == m_numbers.end()) {
        m_ids.emplace_back(id);
        it = m_numbers.emplace(m_ids.back(), std::uint32_t(m_ids.size() - 1)).first;
    }
    m_next = it->second + 1;
    return it->second;
}

std::optional<TenderDocumentJson> parseTenderJsonReference(const QByteArray& text,
                                                           Problems& problems)
{
    TenderSaxHandler handler;
    if (!buildJsonTree(text, handler, QString(), problems))
        return std::nullopt;
    return TenderDocumentJson{std::move(handler.root), std::move(handler.marks),
                              std::move(handler.ids)};
}

std::optional<TenderDocumentJson> parseTenderJson(const QByteArray& text, Problems& problems)
{
    if (auto fast = parseTenderJsonFast(text))
        return fast;
    return parseTenderJsonReference(text, problems);
}

} // namespace tulana
