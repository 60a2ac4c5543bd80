#include "expression/lexer.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace gradlab {

namespace {

struct CodePoint {
    char32_t value;
    std::size_t byteOffset;
    std::size_t byteLength;
};

// Decodes UTF-8 strictly (no overlongs, no surrogates). On failure returns the 1-based column of the bad
// byte.
bool decodeUtf8(std::string_view s, std::vector<CodePoint>& out, int& badColumn, unsigned& badByte) {
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t len = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            len = 1;
            cp = c;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        }
        bool ok = len != 0 && i + len <= s.size();
        for (std::size_t k = 1; ok && k < len; ++k) {
            const unsigned char cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (cc & 0x3F);
        }
        if (ok) {
            const char32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
            if (cp < minimum[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) ok = false;
        }
        if (!ok) {
            badColumn = static_cast<int>(out.size()) + 1;
            badByte = c;
            return false;
        }
        out.push_back({cp, i, len});
        i += len;
    }
    return true;
}

bool isSpace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 || c == 0x202F ||
           c == 0x2002 || c == 0x2003;
}
bool isAsciiLetter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isDigit(char32_t c) {
    return c >= '0' && c <= '9';
}
// Greek letters other than π may be used in variable names (θ, α, …).
bool isGreekLetter(char32_t c) {
    return c >= 0x0391 && c <= 0x03C9 && c != 0x03C0 && c != 0x03A2;
}
bool startsIdentifier(char32_t c) {
    return isAsciiLetter(c) || c == '_' || isGreekLetter(c);
}
bool continuesIdentifier(char32_t c) {
    return startsIdentifier(c) || isDigit(c);
}

// Maps a superscript character to its ASCII meaning, or 0 if it is not one.
char superscriptChar(char32_t c) {
    switch (c) {
    case 0x2070:
        return '0';
    case 0x00B9:
        return '1';
    case 0x00B2:
        return '2';
    case 0x00B3:
        return '3';
    case 0x2074:
        return '4';
    case 0x2075:
        return '5';
    case 0x2076:
        return '6';
    case 0x2077:
        return '7';
    case 0x2078:
        return '8';
    case 0x2079:
        return '9';
    case 0x207A:
        return '+';
    case 0x207B:
        return '-';
    case 0x207D:
        return '(';
    case 0x207E:
        return ')';
    case 0x02E3:
        return 'x';
    case 0x02B8:
        return 'y';
    case 0x02B7:
        return 'w';
    case 0x207F:
        return 'n';
    case 0x1D57:
        return 't';
    default:
        return 0;
    }
}

std::string encodeUtf8(char32_t c) {
    std::string s;
    if (c < 0x80)
        s += static_cast<char>(c);
    else if (c < 0x800) {
        s += static_cast<char>(0xC0 | (c >> 6));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        s += static_cast<char>(0xE0 | (c >> 12));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (c >> 18));
        s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    }
    return s;
}

std::string describeCharacter(char32_t c) {
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
        return buf;
    }
    return "'" + encodeUtf8(c) + "'";
}

class Scanner {
public:
    Scanner(const std::vector<CodePoint>& cps, std::string_view text, std::vector<Token>& out, LexError& err)
        : m_cps(cps)
        , m_text(text)
        , m_out(out)
        , m_err(err) {}

    bool run() {
        std::size_t i = 0;
        while (i < m_cps.size()) {
            const char32_t c = m_cps[i].value;
            const int column = static_cast<int>(i) + 1;
            if (isSpace(c)) {
                ++i;
            } else if (isDigit(c) || (c == '.' && i + 1 < m_cps.size() && isDigit(m_cps[i + 1].value))) {
                if (!scanNumber(i)) return false;
            } else if (c == 0x03C0) {
                push(TokenKind::Identifier, "pi", source(i, i + 1), column);
                ++i;
            } else if (startsIdentifier(c)) {
                std::size_t j = i;
                while (j < m_cps.size() && continuesIdentifier(m_cps[j].value))
                    ++j;
                const std::string name = source(i, j);
                push(TokenKind::Identifier, name, name, column);
                i = j;
            } else if (superscriptChar(c)) {
                if (!scanSuperscript(i)) return false;
            } else {
                TokenKind kind;
                if (!operatorKind(c, kind)) {
                    fail(Text(GRADLAB_TEXT("gradlab::parser", "unexpected character %1"),
                              {Text::verbatim(describeCharacter(c))}),
                         column, encodeUtf8(c));
                    return false;
                }
                const char* ascii[] = {"", "", "+", "-", "*", "/", "^", "(", ")"};
                push(kind, ascii[static_cast<int>(kind)], source(i, i + 1), column);
                ++i;
            }
        }
        Token end;
        end.kind = TokenKind::End;
        end.column = static_cast<int>(m_cps.size()) + 1;
        m_out.push_back(end);
        return true;
    }

private:
    static bool operatorKind(char32_t c, TokenKind& kind) {
        switch (c) {
        case '+':
            kind = TokenKind::Plus;
            return true;
        case '-':
        case 0x2212: // minus sign
        case 0x2013: // en dash, as pasted from slides
            kind = TokenKind::Minus;
            return true;
        case '*':
        case 0x00B7: // middle dot
        case 0x22C5: // dot operator
        case 0x00D7: // multiplication sign
        case 0x2217: // asterisk operator
        case 0x2219: // bullet operator
            kind = TokenKind::Star;
            return true;
        case '/':
        case 0x00F7: // division sign
        case 0x2215: // division slash
            kind = TokenKind::Slash;
            return true;
        case '^':
            kind = TokenKind::Caret;
            return true;
        case '(':
            kind = TokenKind::LeftParen;
            return true;
        case ')':
            kind = TokenKind::RightParen;
            return true;
        default:
            return false;
        }
    }

    std::string source(std::size_t from, std::size_t to) const {
        if (from >= to) return {};
        const std::size_t begin = m_cps[from].byteOffset;
        const std::size_t end = m_cps[to - 1].byteOffset + m_cps[to - 1].byteLength;
        return std::string(m_text.substr(begin, end - begin));
    }

    void push(TokenKind kind, std::string text, std::string src, int column, bool superscript = false) {
        Token t;
        t.kind = kind;
        t.text = std::move(text);
        t.source = std::move(src);
        t.column = column;
        t.superscript = superscript;
        m_out.push_back(std::move(t));
    }

    void fail(Text message, int column, std::string token) {
        m_err.text = Text(GRADLAB_TEXT("gradlab::parser", "%1 at column %2"),
                          {std::move(message), Text::number(std::to_string(column))});
        m_err.message = m_err.text.english();
        m_err.column = column;
        m_err.token = std::move(token);
    }

    bool scanNumber(std::size_t& i) {
        const std::size_t start = i;
        std::size_t j = i;
        while (j < m_cps.size() && isDigit(m_cps[j].value))
            ++j;
        if (j < m_cps.size() && m_cps[j].value == '.') {
            ++j;
            while (j < m_cps.size() && isDigit(m_cps[j].value))
                ++j;
        }
        // An exponent only if digits follow: "2e" is 2 times the constant e, "1e-3" is a number.
        if (j < m_cps.size() && (m_cps[j].value == 'e' || m_cps[j].value == 'E')) {
            std::size_t k = j + 1;
            if (k < m_cps.size() && (m_cps[k].value == '+' || m_cps[k].value == '-')) ++k;
            if (k < m_cps.size() && isDigit(m_cps[k].value)) {
                while (k < m_cps.size() && isDigit(m_cps[k].value))
                    ++k;
                j = k;
            }
        }
        const std::string text = source(start, j);
        double value = 0.0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        const int column = static_cast<int>(start) + 1;
        if (ec == std::errc::result_out_of_range) {
            // from_chars reports both overflow and underflow; tell them apart by the exponent's sign.
            const bool tiny = text.find("e-") != std::string::npos || text.find("E-") != std::string::npos;
            fail(Text(tiny ? GRADLAB_TEXT("gradlab::parser", "number '%1' is too small to represent")
                           : GRADLAB_TEXT("gradlab::parser", "number '%1' is too large to represent"),
                      {Text::verbatim(text)}),
                 column, text);
            return false;
        }
        if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(value)) {
            fail(Text(GRADLAB_TEXT("gradlab::parser", "malformed number '%1'"), {Text::verbatim(text)}),
                 column, text);
            return false;
        }
        Token t;
        t.kind = TokenKind::Number;
        t.text = text;
        t.source = text;
        t.number = value;
        t.column = column;
        m_out.push_back(std::move(t));
        i = j;
        return true;
    }

    // A run of superscript characters is read as "^(" + its ASCII + ")".
    bool scanSuperscript(std::size_t& i) {
        const std::size_t start = i;
        const int column = static_cast<int>(i) + 1;
        push(TokenKind::Caret, "^", source(i, i + 1), column, true);
        push(TokenKind::LeftParen, "(", source(i, i + 1), column, true);
        std::size_t j = i;
        while (j < m_cps.size() && superscriptChar(m_cps[j].value)) {
            const char a = superscriptChar(m_cps[j].value);
            const int col = static_cast<int>(j) + 1;
            if (a >= '0' && a <= '9') {
                std::size_t k = j;
                std::string digits;
                while (k < m_cps.size()) {
                    const char d = superscriptChar(m_cps[k].value);
                    if (d < '0' || d > '9') break;
                    digits += d;
                    ++k;
                }
                Token t;
                t.kind = TokenKind::Number;
                t.text = digits;
                t.source = source(j, k);
                t.column = col;
                t.superscript = true;
                std::from_chars(digits.data(), digits.data() + digits.size(), t.number);
                if (!std::isfinite(t.number)) {
                    fail(Text(GRADLAB_TEXT("gradlab::parser", "number '%1' is too large to represent"),
                              {Text::verbatim(digits)}),
                         col, digits);
                    return false;
                }
                m_out.push_back(std::move(t));
                j = k;
                continue;
            }
            TokenKind kind = TokenKind::Identifier;
            switch (a) {
            case '+':
                kind = TokenKind::Plus;
                break;
            case '-':
                kind = TokenKind::Minus;
                break;
            case '(':
                kind = TokenKind::LeftParen;
                break;
            case ')':
                kind = TokenKind::RightParen;
                break;
            default:
                break;
            }
            push(kind, std::string(1, a), source(j, j + 1), col, true);
            ++j;
        }
        push(TokenKind::RightParen, ")", source(j - 1, j), static_cast<int>(j), true);
        (void)start;
        i = j;
        return true;
    }

    const std::vector<CodePoint>& m_cps;
    std::string_view m_text;
    std::vector<Token>& m_out;
    LexError& m_err;
};

} // namespace

bool tokenize(std::string_view text, std::vector<Token>& tokens, LexError& error) {
    tokens.clear();
    std::vector<CodePoint> cps;
    cps.reserve(text.size());
    int badColumn = 0;
    unsigned badByte = 0;
    if (!decodeUtf8(text, cps, badColumn, badByte)) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "0x%02X", badByte);
        error.text = Text(GRADLAB_TEXT("gradlab::parser", "invalid UTF-8 (byte %1) at column %2"),
                          {Text::verbatim(buf), Text::number(std::to_string(badColumn))});
        error.message = error.text.english();
        error.column = badColumn;
        error.token = buf;
        return false;
    }
    return Scanner(cps, text, tokens, error).run();
}

Text describeToken(const Token& t) {
    if (t.kind == TokenKind::End) return Text(GRADLAB_TEXT("gradlab::parser", "end of formula"));
    return Text::verbatim("'" + t.source + "'");
}

} // namespace gradlab
