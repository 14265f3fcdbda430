#include "JsonProjection.h"

#include <string>
#include <vector>

namespace tulana {
namespace {

using json = nlohmann::json;

std::string jsonString(const std::string& text)
{
    return json(text).dump(-1, ' ', false, json::error_handler_t::replace);
}

// Writes the kept events of a SAX stream as compact JSON.
class Projector : public nlohmann::json_sax<json>
{
public:
    Projector(const json& shape, QByteArray prefix)
        : m_root(shape)
        , m_prefix(std::move(prefix))
    {}

    QByteArray take() { return std::move(m_out); }

    bool null() override { return scalar("null"); }
    bool boolean(bool v) override { return scalar(v ? "true" : "false"); }
    bool number_integer(number_integer_t v) override { return scalar(std::to_string(v)); }
    bool number_unsigned(number_unsigned_t v) override { return scalar(std::to_string(v)); }
    bool number_float(number_float_t, const string_t& text) override { return scalar(text); }
    bool string(string_t& v) override { return keeping() ? scalar(jsonString(v)) : skipScalar(); }
    bool binary(binary_t&) override { return false; }

    bool start_object(std::size_t) override { return open('{', false); }
    bool start_array(std::size_t) override { return open('[', true); }
    bool end_object() override { return close('}'); }
    bool end_array() override { return close(']'); }

    bool key(string_t& k) override
    {
        if (m_skipDepth > 0)
            return true;
        Frame& f = m_frames.back();
        const json* part = nullptr;
        if (!f.shape) {
            part = nullptr; // keep all below
        } else {
            const auto found = f.shape->find(k);
            if (found == f.shape->end()) {
                m_skipNext = true;
                return true;
            }
            part = resolve(&*found);
        }
        separate(f);
        m_out += jsonString(k).c_str();
        m_out += ':';
        m_next = part;
        m_nextKeepsAll = !f.shape || (part && part->is_boolean());
        if (m_nextKeepsAll)
            m_next = nullptr;
        return true;
    }

    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override
    {
        m_out.clear();
        return false;
    }

private:
    struct Frame
    {
        const json* shape; // object shape for this container's members; null: keep all
        bool array;
        bool first = true;
    };

    const json* resolve(const json* part) const
    {
        if (part->is_string()) // "@criteria"
            return &m_root.at(part->get<std::string>().substr(1));
        return part;
    }

    bool keeping() const { return m_skipDepth == 0 && !m_skipNext; }

    // Before a value in an array, the comma; in an object, key() wrote it.
    void separate(Frame& f)
    {
        if (!f.first)
            m_out += ',';
        f.first = false;
    }
    void beforeValue()
    {
        if (!m_frames.empty() && m_frames.back().array)
            separate(m_frames.back());
    }

    bool skipScalar()
    {
        m_skipNext = false;
        return true;
    }

    bool scalar(const std::string& text)
    {
        if (!keeping())
            return skipScalar();
        beforeValue();
        m_out += text.c_str();
        return true;
    }

    // The shape of the value about to open: the top's, a member's (from
    // key()), or, inside an array, that of the array itself.
    const json* shapeOfNext() const
    {
        if (m_frames.empty())
            return &m_root;
        const Frame& f = m_frames.back();
        if (f.array)
            return f.shape;
        return m_nextKeepsAll ? nullptr : m_next;
    }

    bool open(char bracket, bool array)
    {
        if (m_skipDepth > 0 || m_skipNext) {
            m_skipNext = false;
            ++m_skipDepth;
            return true;
        }
        if (m_frames.empty() && array)
            return false; // the text must be an object
        const json* shape = shapeOfNext();
        beforeValue();
        m_out += bracket;
        const bool top = m_frames.empty();
        m_frames.push_back({shape && shape->is_object() ? shape : nullptr, array});
        if (top && !m_prefix.isEmpty()) {
            m_out += m_prefix;
            m_frames.back().first = false;
        }
        return true;
    }

    bool close(char bracket)
    {
        if (m_skipDepth > 0) {
            --m_skipDepth;
            return true;
        }
        m_frames.pop_back();
        m_out += bracket;
        return true;
    }

    const json& m_root;
    QByteArray m_prefix;
    QByteArray m_out;
    std::vector<Frame> m_frames;
    const json* m_next = nullptr;
    bool m_nextKeepsAll = false;
    bool m_skipNext = false;
    int m_skipDepth = 0;
};

} // namespace

QByteArray projectJson(const QByteArray& text, const json& shape, const QByteArray& prefix)
{
    Projector projector(shape, prefix);
    if (!json::sax_parse(text.begin(), text.end(), &projector))
        return {};
    return projector.take();
}

} // namespace tulana
