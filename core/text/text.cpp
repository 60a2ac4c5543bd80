#include "text/text.h"

#include <utility>

namespace gradlab {

Text::Text(TextPattern pattern, std::vector<Text> args)
    : m_kind(Kind::Sentence)
    , m_pattern(pattern)
    , m_args(std::move(args)) {}

Text Text::verbatim(std::string text) {
    Text t;
    t.m_kind = Kind::Verbatim;
    t.m_value = std::move(text);
    return t;
}

Text Text::number(std::string english) {
    Text t;
    t.m_kind = Kind::Number;
    t.m_value = std::move(english);
    return t;
}

std::string Text::english() const {
    switch (m_kind) {
    case Kind::Empty:
        return {};
    case Kind::Verbatim:
    case Kind::Number:
        return m_value;
    case Kind::Sentence:
        break;
    }
    std::vector<std::string> filled;
    filled.reserve(m_args.size());
    for (const Text& a : m_args)
        filled.push_back(a.english());
    return fill(m_pattern.pattern, filled);
}

std::string Text::fill(std::string_view pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c != '%' || i + 1 == pattern.size()) {
            out += c;
            continue;
        }
        const char next = pattern[i + 1];
        if (next == '%') {
            out += '%';
            ++i;
        } else if (next >= '1' && next <= '9') {
            const std::size_t n = static_cast<std::size_t>(next - '1');
            if (n < args.size())
                out += args[n];
            else
                out.append(pattern.substr(i, 2)); // no such argument: left in sight, not dropped
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace gradlab
