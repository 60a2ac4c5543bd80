#pragma once
// A sentence for people, kept translatable although core/ has no Qt: its English pattern with %1 … %9 where
// its arguments go, and the arguments (names and formulas verbatim, numbers with their English spelling,
// or sentences of their own). The command line prints english(); the GUI looks the pattern up in the
// interface's language and fills in the same arguments (app/lessons/translated_text), writing numbers with
// the language's decimal separator.
//
// Patterns are written GRADLAB_TEXT("context", "pattern"): lupdate reads that as QT_TRANSLATE_NOOP
// (app/CMakeLists.txt passes -tr-function-alias), so they reach translations/*.ts like the GUI's tr(). Write
// them in .cpp files: lupdate reads the .cpp files that core's CMakeLists.txt lists.

#include <string>
#include <string_view>
#include <vector>

namespace gradlab {

/// Where a pattern is looked up (its translation context) and the English pattern itself.
struct TextPattern {
    const char* context = "";
    const char* pattern = "";
};

} // namespace gradlab

#define GRADLAB_TEXT(context, pattern) (::gradlab::TextPattern{context, pattern})

namespace gradlab {

class Text {
public:
    enum class Kind { Empty, Verbatim, Number, Sentence };

    Text() = default;
    /// A sentence: `pattern` with %1 … %9 replaced by `args` in order.
    Text(TextPattern pattern, std::vector<Text> args = {});
    /// Shown as it is in every language: a name, a formula, an operator.
    static Text verbatim(std::string text);
    /// A number, spelt `english` in English ("0.25", "1e-06"); other languages change only its decimal point.
    static Text number(std::string english);

    Kind kind() const { return m_kind; }
    bool empty() const { return m_kind == Kind::Empty; }
    const TextPattern& pattern() const { return m_pattern; }
    /// The verbatim text or the number's English spelling.
    const std::string& value() const { return m_value; }
    const std::vector<Text>& args() const { return m_args; }

    /// The sentence in English, arguments filled in.
    std::string english() const;

    /// `pattern` with each %1 … %9 replaced by args[0] … args[8], in one pass (an argument that itself holds
    /// "%2" stays as it is); %% is a literal %; a % not followed by a digit, or %n with no n-th
    /// argument, stays as it is.
    static std::string fill(std::string_view pattern, const std::vector<std::string>& args);

private:
    Kind m_kind = Kind::Empty;
    TextPattern m_pattern;
    std::string m_value;
    std::vector<Text> m_args;
};

} // namespace gradlab
