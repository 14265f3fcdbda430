#include "SpdxExpression.h"

#include "i18n/Translate.h"

namespace tulana::openness {

SpdxExpression SpdxExpression::licence(const QString& id, bool orLater)
{
    SpdxExpression e;
    e.id = id;
    e.orLater = orLater;
    return e;
}

SpdxExpression SpdxExpression::combine(Kind kind, std::vector<SpdxExpression> operands)
{
    if (operands.size() == 1)
        return std::move(operands.front());
    SpdxExpression e;
    e.kind = kind;
    // A AND (B AND C) is A AND B AND C: keep one level per operator.
    for (SpdxExpression& o : operands) {
        if (o.kind == kind)
            for (SpdxExpression& inner : o.operands)
                e.operands.push_back(std::move(inner));
        else
            e.operands.push_back(std::move(o));
    }
    return e;
}

QString SpdxExpression::toString() const
{
    switch (kind) {
    case Kind::Licence: {
        QString out = documentRef.isEmpty() ? id : documentRef + u':' + id;
        return orLater ? out + u'+' : out;
    }
    case Kind::With:
        return operands.front().toString() + QStringLiteral(" WITH ") + exception;
    case Kind::And:
    case Kind::Or: {
        QStringList parts;
        for (const SpdxExpression& o : operands) {
            // Only an OR inside an AND needs parentheses.
            const bool wrap = kind == Kind::And && o.kind == Kind::Or;
            parts << (wrap ? u'(' + o.toString() + u')' : o.toString());
        }
        return parts.join(kind == Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
    }
    }
    return {};
}

QStringList SpdxExpression::licenceIds() const
{
    if (kind == Kind::Licence)
        return {id};
    QStringList out;
    for (const SpdxExpression& o : operands)
        out << o.licenceIds();
    return out;
}

namespace {

struct Token
{
    enum class Type
    {
        Word,
        Open,
        Close,
        End
    };
    Type type = Type::End;
    QString text;
    int position = 0;
};

bool isIdChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'-' || c == u'.' || c == u':' || c == u'+';
}

class Parser
{
public:
    explicit Parser(const QString& text)
        : m_text(text)
    {
        next();
    }

    SpdxParse run()
    {
        SpdxParse out;
        std::optional<SpdxExpression> e = orExpression();
        if (e && m_token.type != Token::Type::End)
            fail(m_token.type == Token::Type::Close
                     ? tulana::tr("a \")\" without its \"(\"")
                     : tulana::tr("an operator (AND, OR, WITH) is missing "
                                  "before \"%1\"")
                           .arg(m_token.text));
        if (!m_error.isEmpty()) {
            out.error = m_error;
            out.position = m_errorPosition;
            return out;
        }
        out.expression = std::move(e);
        return out;
    }

private:
    void next()
    {
        int i = m_pos;
        while (i < m_text.size() && m_text.at(i).isSpace())
            ++i;
        m_token = Token{};
        m_token.position = i;
        if (i >= m_text.size()) {
            m_pos = i;
            return;
        }
        const QChar c = m_text.at(i);
        if (c == u'(' || c == u')') {
            m_token.type = c == u'(' ? Token::Type::Open : Token::Type::Close;
            m_token.text = c;
            m_pos = i + 1;
            return;
        }
        int end = i;
        while (end < m_text.size() && !m_text.at(end).isSpace() && m_text.at(end) != u'(' &&
               m_text.at(end) != u')')
            ++end;
        m_token.type = Token::Type::Word;
        m_token.text = m_text.mid(i, end - i);
        m_pos = end;
    }

    bool isOperator(const char* upper) const
    {
        const QLatin1String op(upper);
        return m_token.type == Token::Type::Word &&
               (m_token.text == op || m_token.text == QString(op).toLower());
    }

    void fail(const QString& message)
    {
        if (!m_error.isEmpty())
            return;
        m_error = message;
        m_errorPosition = m_token.position;
    }

    std::optional<SpdxExpression> orExpression()
    {
        std::vector<SpdxExpression> operands;
        do {
            if (!operands.empty())
                next();
            std::optional<SpdxExpression> e = andExpression();
            if (!e)
                return std::nullopt;
            operands.push_back(std::move(*e));
        } while (isOperator("OR"));
        return SpdxExpression::combine(SpdxExpression::Kind::Or, std::move(operands));
    }

    std::optional<SpdxExpression> andExpression()
    {
        std::vector<SpdxExpression> operands;
        do {
            if (!operands.empty())
                next();
            std::optional<SpdxExpression> e = withExpression();
            if (!e)
                return std::nullopt;
            operands.push_back(std::move(*e));
        } while (isOperator("AND"));
        return SpdxExpression::combine(SpdxExpression::Kind::And, std::move(operands));
    }

    std::optional<SpdxExpression> withExpression()
    {
        const bool parenthesised = m_token.type == Token::Type::Open;
        std::optional<SpdxExpression> e = primary();
        if (!e || !isOperator("WITH"))
            return e;
        if (parenthesised || e->isLicenceRef()) {
            fail(tulana::tr("WITH must follow a licence id from the SPDX list"));
            return std::nullopt;
        }
        next();
        if (m_token.type != Token::Type::Word || isReserved()) {
            fail(tulana::tr("an exception id must follow WITH"));
            return std::nullopt;
        }
        SpdxExpression with;
        with.kind = SpdxExpression::Kind::With;
        with.exception = m_token.text;
        with.operands.push_back(std::move(*e));
        next();
        return with;
    }

    bool isReserved() const { return isOperator("AND") || isOperator("OR") || isOperator("WITH"); }

    std::optional<SpdxExpression> primary()
    {
        if (m_token.type == Token::Type::Open) {
            if (++m_depth > kMaxSpdxNesting) {
                fail(spdxNestingMessage());
                return std::nullopt;
            }
            next();
            std::optional<SpdxExpression> e = orExpression();
            --m_depth;
            if (!e)
                return std::nullopt;
            if (m_token.type != Token::Type::Close) {
                fail(tulana::tr("a \"(\" is not closed"));
                return std::nullopt;
            }
            next();
            return e;
        }
        if (m_token.type == Token::Type::End) {
            fail(m_text.trimmed().isEmpty() ? tulana::tr("the expression is empty")
                                            : tulana::tr("a licence id is missing at the end"));
            return std::nullopt;
        }
        if (m_token.type == Token::Type::Close || isReserved()) {
            fail(tulana::tr("a licence id is missing before \"%1\"").arg(m_token.text));
            return std::nullopt;
        }
        std::optional<SpdxExpression> e = licenceRef(m_token.text);
        if (e)
            next();
        return e;
    }

    std::optional<SpdxExpression> licenceRef(QString word)
    {
        for (QChar c : word) {
            if (!isIdChar(c)) {
                fail(tulana::tr("\"%1\" is not allowed in a licence id").arg(c));
                return std::nullopt;
            }
        }
        SpdxExpression e;
        const int colon = word.indexOf(u':');
        if (colon >= 0) {
            e.documentRef = word.left(colon);
            word = word.mid(colon + 1);
            if (!e.documentRef.startsWith(QLatin1String("DocumentRef-")) ||
                !word.startsWith(QLatin1String("LicenseRef-"))) {
                fail(tulana::tr("only DocumentRef-…:LicenseRef-… may contain \":\""));
                return std::nullopt;
            }
        }
        if (word.endsWith(u'+')) {
            e.orLater = true;
            word.chop(1);
        }
        if (word.isEmpty() || word.contains(u'+')) {
            fail(tulana::tr("\"+\" may only end a licence id"));
            return std::nullopt;
        }
        if (word == QLatin1String("LicenseRef-")) {
            fail(tulana::tr("LicenseRef- must be followed by a name"));
            return std::nullopt;
        }
        e.id = word;
        return e;
    }

    const QString& m_text;
    int m_pos = 0;
    int m_depth = 0; // parentheses open
    Token m_token;
    QString m_error;
    int m_errorPosition = -1;
};

} // namespace

bool nestsTooDeepForSpdx(const QString& text)
{
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(' && ++depth > kMaxSpdxNesting)
            return true;
        if (c == u')' && depth > 0)
            --depth;
    }
    return false;
}

QString spdxNestingMessage()
{
    return tulana::tr("the licence's parentheses nest more than %1 deep, deeper than any "
                      "licence expression: the text is damaged or not a licence")
        .arg(kMaxSpdxNesting);
}

SpdxParse parseSpdxExpression(const QString& text)
{
    return Parser(text).run();
}

} // namespace tulana::openness
