#include "widgets/python_highlighter.h"

#include "plotting/palette.h"
#include "widgets/appearance.h"

#include <QPlainTextEdit>

namespace gradlab {

namespace {

QString wordsPattern(const char* const* words, int count) {
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QString::fromLatin1(words[i]);
    return QStringLiteral("\\b(?:%1)\\b").arg(list.join(QLatin1Char('|')));
}

} // namespace

PythonHighlighter::PythonHighlighter(QPlainTextEdit* editor)
    : QSyntaxHighlighter(editor->document())
    , m_editor(editor) {
    // l10n: not shown (Python's own keywords, highlighted in the script)
    static const char* const keywords[] = {
        "and",    "as",     "assert", "break",   "class",    "continue", "def",    "del",  "elif",
        "else",   "except", "False",  "finally", "for",      "from",     "global", "if",   "import",
        "in",     "is",     "lambda", "None",    "nonlocal", "not",      "or",     "pass", "raise",
        "return", "True",   "try",    "while",   "with",     "yield"};
    static const char* const builtins[] = {"abs",  "bool",  "dict", "enumerate", "float", "int",
                                           "len",  "list",  "max",  "min",       "print", "range",
                                           "repr", "round", "str",  "sum",       "tuple", "zip"};
    // Later rules win where they overlap: a number inside a string or a comment is coloured as the
    // string or the comment.
    m_rules.push_back({QRegularExpression(wordsPattern(keywords, int(std::size(keywords)))), Role::Keyword});
    m_rules.push_back({QRegularExpression(wordsPattern(builtins, int(std::size(builtins)))), Role::Builtin});
    m_rules.push_back({QRegularExpression(QStringLiteral("\\b(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?\\b")),
                       Role::Number});
    m_rules.push_back(
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'")), Role::String});
    updateFormats();
    onPaletteChange(editor, [this] {
        updateFormats();
        rehighlight();
    });
}

QTextCharFormat PythonHighlighter::format(Role role) const {
    return m_formats[static_cast<int>(role)];
}

void PythonHighlighter::updateFormats() {
    // Colours of common editors' Python themes, each brought to text contrast on this background.
    const QColor base = m_editor->palette().color(QPalette::Base);
    for (int i = 0; i < 5; ++i) {
        QTextCharFormat f;
        f.setForeground(readableOn(palette::pythonColours[i], base));
        m_formats[i] = f;
    }
    m_formats[static_cast<int>(Role::Keyword)].setFontWeight(QFont::Bold);
    m_formats[static_cast<int>(Role::Comment)].setFontItalic(true);
}

void PythonHighlighter::highlightBlock(const QString& text) {
    for (const Rule& rule : m_rules) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format(rule.role));
        }
    }
    // A comment runs from a '#' outside a string to the end of the line.
    QChar quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#')) {
            setFormat(i, int(text.size()) - i, format(Role::Comment));
            break;
        }
    }
}

} // namespace gradlab
