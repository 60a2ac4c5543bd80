#pragma once
// Python syntax colouring for the code panel: keywords, builtins, numbers, strings and comments. Each
// colour is made readable on the editor's background (WCAG 4.5), so the code reads in light and in dark.

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <vector>

class QPlainTextEdit;

namespace gradlab {

class PythonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    /// Colours `editor`'s document, and colours it again when the editor's palette changes (appearance).
    explicit PythonHighlighter(QPlainTextEdit* editor);

    enum class Role { Keyword, Builtin, Number, String, Comment };
    /// The format of `role` on the current background (tests check their contrast).
    QTextCharFormat format(Role role) const;

protected:
    void highlightBlock(const QString& text) override;

private:
    void updateFormats();

    QPlainTextEdit* m_editor;
    struct Rule {
        QRegularExpression pattern;
        Role role;
    };
    std::vector<Rule> m_rules;
    QTextCharFormat m_formats[5];
};

} // namespace gradlab
