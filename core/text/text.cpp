#include "text/text.h"

#include <utility>

namespace gradlab {

Text::Text(TextPattern pattern, std::vector<Text> args)
    : m_kind(Kind::Sentence)
    , m_pattern(pattern)
    , m_args(std::move(args)) {}

Text Text::counted(TextPattern pattern, long long count, std::vector<Text> args) {
    Text t(pattern, std::move(args));
    t.m_counted = true;
    t.m_count = count;
    return t;
}

const char* Text::englishPattern() const {
    return m_counted && m_count == 1 && *m_pattern.singular ? m_pattern.singular : m_pattern.pattern;
}

Text Text::joined(std::vector<Text> sentences) {
    Text t;
    t.m_kind = Kind::Joined;
    for (Text& s : sentences)
        if (!s.empty()) t.m_args.push_back(std::move(s));
    return t.m_args.empty() ? Text() : t;
}

Text Text::capitalized(Text text) {
    Text t;
    t.m_kind = Kind::Capitalized;
    t.m_args.push_back(std::move(text));
    return t;
}

Text Text::formula(const char* pattern, std::vector<Text> args) {
    return Text(TextPattern{"", pattern, ""}, std::move(args));
}

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
    case Kind::Joined: {
        std::string out;
        for (const Text& a : m_args)
            out += (out.empty() ? "" : " ") + a.english();
        return out;
    }
    case Kind::Capitalized: {
        std::string out = m_args.empty() ? std::string() : m_args[0].english();
        // English sentences begin with an ASCII letter.
        if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
        return out;
    }
    case Kind::Sentence:
        break;
    }
    std::vector<std::string> filled;
    filled.reserve(m_args.size());
    for (const Text& a : m_args)
        filled.push_back(a.english());
    return fill(englishPattern(), filled, m_counted ? std::to_string(m_count) : std::string());
}

std::string Text::fill(std::string_view pattern, const std::vector<std::string>& args,
                       std::string_view count) {
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
        } else if (next == 'n' && !count.empty()) {
            out += count;
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
