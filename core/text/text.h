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
//
// A sentence with a count ("after %n steps") is written GRADLAB_TEXT_N("context", "English plural with %n",
// "English singular with %n") and built with Text::counted(pattern, n, args). lupdate reads it as
// QT_TRANSLATE_N_NOOP3: the plural is the message's source, the singular its comment (which translators see,
// and which is part of the key the GUI looks it up by), and the message is numerus, so each language gives
// as many forms as its grammar has. english() picks the English form itself (the singular for n = 1 only);
// the GUI asks QCoreApplication::translate(context, plural, singular, n), which chooses the language's form
// and writes n in place of %n.

#include <string>
#include <string_view>
#include <vector>

namespace gradlab {

/// Where a pattern is looked up (its translation context) and the English pattern itself.
struct TextPattern {
    const char* context = "";
    const char* pattern = "";  ///< for a count: the English plural
    const char* singular = ""; ///< for a count: the English singular ("" for a pattern without a count)
};

} // namespace gradlab

#define GRADLAB_TEXT(context, pattern) (::gradlab::TextPattern{context, pattern, ""})
#define GRADLAB_TEXT_N(context, plural, singular) (::gradlab::TextPattern{context, plural, singular})

namespace gradlab {

class Text {
public:
    enum class Kind { Empty, Verbatim, Number, Sentence, Joined, Capitalized };

    Text() = default;
    /// A sentence: `pattern` with %1 … %9 replaced by `args` in order.
    Text(TextPattern pattern, std::vector<Text> args = {});
    /// A sentence with a count: `pattern` (GRADLAB_TEXT_N) in the form for `count`, %n replaced by the count
    /// and %1 … %9 by `args`.
    static Text counted(TextPattern pattern, long long count, std::vector<Text> args = {});
    /// Whole sentences one after another, separated by a space (empty ones left out): what a paragraph
    /// says in several sentences, each translated on its own.
    static Text joined(std::vector<Text> sentences);
    /// `text` with its first letter upper-case, in English and (after translation) in the GUI: a clause that
    /// also opens a sentence.
    static Text capitalized(Text text);
    /// A formula such as "x = %1" or "r = 1 − %1·%2": no words, so lupdate never sees it (no GRADLAB_TEXT)
    /// and every language shows it as written; only its arguments change (numbers take the decimal point).
    static Text formula(const char* pattern, std::vector<Text> args);
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
    /// Whether the sentence carries a count (Text::counted), and the count.
    bool isCounted() const { return m_counted; }
    long long count() const { return m_count; }
    /// The English form of the pattern: for a count of 1 its singular, otherwise the pattern itself.
    const char* englishPattern() const;

    /// The sentence in English, arguments filled in.
    std::string english() const;

    /// `pattern` with each %1 … %9 replaced by args[0] … args[8], in one pass (an argument that itself holds
    /// "%2" stays as it is); %% is a literal %; %n is replaced by `count` unless that is empty; a % not
    /// followed by a digit, or %n with no n-th argument, stays as it is.
    static std::string fill(std::string_view pattern, const std::vector<std::string>& args,
                            std::string_view count = {});

private:
    Kind m_kind = Kind::Empty;
    TextPattern m_pattern;
    std::string m_value;
    std::vector<Text> m_args;
    bool m_counted = false;
    long long m_count = 0;
};

} // namespace gradlab
