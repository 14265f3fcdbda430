// The line of each value of a JSON text, by the JSON path JsonReader uses,
// so that a problem at "questions[2].answer" can also say "line 41".
#include "training/TrainingJson.h"

#include "i18n/Translate.h"

namespace tulana::training::detail {
namespace {

// A scanner for text nlohmann::json has already parsed: it only has to find
// where each value starts, not to check the syntax.
class LineScanner
{
public:
    LineScanner(const QByteArray& text, std::map<QString, int>& lines)
        : m_text(text)
        , m_lines(lines)
    {}

    void value(const QString& path)
    {
        skipSpace();
        if (atEnd())
            return;
        m_lines.emplace(path, m_line);
        const char c = m_text.at(m_at);
        if (c == '{') {
            ++m_at;
            while (true) {
                skipSpace();
                if (atEnd() || m_text.at(m_at) == '}')
                    break;
                const QString key = string();
                skipSpace();
                if (!atEnd() && m_text.at(m_at) == ':')
                    ++m_at;
                value(JsonReader::child(path, key.toUtf8().constData()));
                skipSpace();
                if (!atEnd() && m_text.at(m_at) == ',')
                    ++m_at;
                else
                    break;
            }
            ++m_at;
        } else if (c == '[') {
            ++m_at;
            for (std::size_t i = 0;; ++i) {
                skipSpace();
                if (atEnd() || m_text.at(m_at) == ']')
                    break;
                value(JsonReader::index(path, i));
                skipSpace();
                if (!atEnd() && m_text.at(m_at) == ',')
                    ++m_at;
                else
                    break;
            }
            ++m_at;
        } else if (c == '"') {
            string();
        } else {
            while (!atEnd() && !QByteArrayView(",}] \t\r\n").contains(m_text.at(m_at)))
                ++m_at;
        }
    }

private:
    bool atEnd() const { return m_at >= m_text.size(); }

    void skipSpace()
    {
        while (!atEnd() && QByteArrayView(" \t\r\n").contains(m_text.at(m_at))) {
            if (m_text.at(m_at) == '\n')
                ++m_line;
            ++m_at;
        }
    }

    QString string()
    {
        ++m_at; // the opening quote
        const qsizetype start = m_at;
        while (!atEnd() && m_text.at(m_at) != '"') {
            if (m_text.at(m_at) == '\\')
                ++m_at;
            ++m_at;
        }
        const QString s = QString::fromUtf8(m_text.mid(start, m_at - start));
        ++m_at;
        return s;
    }

    const QByteArray& m_text;
    std::map<QString, int>& m_lines;
    qsizetype m_at = 0;
    int m_line = 1;
};

// "questions[2].answer" -> "questions[2]" -> "questions" -> "".
QString parentPath(const QString& path)
{
    const qsizetype cut =
        std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
    return cut < 0 ? QString() : path.left(cut);
}

} // namespace

std::map<QString, int> jsonLines(const QByteArray& text)
{
    std::map<QString, int> lines;
    LineScanner(text, lines).value({});
    return lines;
}

void addLines(Problems& problems, const std::map<QString, int>& lines)
{
    for (Problem& p : problems) {
        // A missing field has no line of its own: take its object's.
        QString path = p.where;
        auto it = lines.find(path);
        while (it == lines.end() && !path.isEmpty()) {
            path = parentPath(path);
            it = lines.find(path);
        }
        if (it != lines.end() && !p.where.isEmpty())
            p.message += QLatin1Char(' ') + tulana::tr("(line %1)").arg(it->second);
    }
}

} // namespace tulana::training::detail
