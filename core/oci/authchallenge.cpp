#include "authchallenge.h"

namespace Oci {

namespace {

bool isTokenChar(char c)
{
    static const QByteArray extra("!#$%&'*+-.^_`|~");
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.contains(c);
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }
    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    QByteArray token()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(peek()))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    // token68 may end with '=' padding; callers decide by looking at what follows.
    QByteArray quoted()
    {
        QByteArray value;
        ++m_pos; // opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            value += m_text.at(m_pos++);
        }
        ++m_pos; // closing quote
        return value;
    }
    qsizetype position() const { return m_pos; }
    void setPosition(qsizetype pos) { m_pos = pos; }

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

// After a parameter list comma: is the next item "name=" (a parameter) or a new scheme?
bool nextIsParameter(Scanner &scanner)
{
    const qsizetype saved = scanner.position();
    const QByteArray name = scanner.token();
    const bool parameter = !name.isEmpty() && scanner.take('=');
    scanner.setPosition(saved);
    return parameter;
}

void parseParameters(Scanner &scanner, AuthChallenge &challenge)
{
    for (;;) {
        while (scanner.take(','))
            ;
        if (scanner.atEnd() || !nextIsParameter(scanner))
            return;
        const QByteArray name = scanner.token().toLower();
        scanner.take('=');
        scanner.skipSpace();
        const QByteArray value = scanner.peek() == '"' ? scanner.quoted() : scanner.token();
        challenge.params.insert(QString::fromUtf8(name), QString::fromUtf8(value));
        scanner.skipSpace();
        if (!scanner.take(','))
            return;
        if (!nextIsParameter(scanner))
            return;
    }
}

void parseHeader(const QByteArray &header, QList<AuthChallenge> &out)
{
    Scanner scanner(header);
    for (;;) {
        while (scanner.take(','))
            ;
        const QByteArray scheme = scanner.token();
        if (scheme.isEmpty())
            return;
        AuthChallenge challenge;
        challenge.scheme = QString::fromUtf8(scheme).toLower();
        scanner.skipSpace();
        // A token68 credential ("Negotiate abc==") is kept under an empty name.
        const qsizetype saved = scanner.position();
        const QByteArray word = scanner.token();
        if (!word.isEmpty() && !scanner.take('=') && (scanner.atEnd() || scanner.peek() == ',')) {
            challenge.params.insert(QString(), QString::fromUtf8(word));
        } else {
            scanner.setPosition(saved);
            parseParameters(scanner, challenge);
        }
        out << challenge;
        if (scanner.atEnd())
            return;
    }
}

} // namespace

QList<AuthChallenge> AuthChallenge::parse(const QList<QByteArray> &headerValues)
{
    QList<AuthChallenge> challenges;
    for (const QByteArray &value : headerValues)
        parseHeader(value, challenges);
    return challenges;
}

} // namespace Oci
