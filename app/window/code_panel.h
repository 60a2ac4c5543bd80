#pragma once
// View → Show Code: a dock with the Python (NumPy or PyTorch) script that recomputes what the shown lesson
// shows, highlighted, to copy or save as .py. It follows the lesson live: a change marks the script stale
// and it is written again once per pass of the event loop, and only while the panel is visible, so a drag
// stays as fast as without the panel. A lesson with no faithful script shows why instead of code.

#include "codegen/python_script.h"
#include "lessons/lesson.h"

#include <QDockWidget>
#include <QPointer>

class QAbstractButton;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTimer;

namespace gradlab {

class PythonHighlighter;

class CodePanel : public QDockWidget {
    Q_OBJECT
public:
    /// A hidden panel showing no lesson, in the language last chosen (QSettings "code/language").
    explicit CodePanel(QWidget* parent = nullptr);

    /// Shows the script of `lesson` (null: none) and follows its changes.
    void setLesson(Lesson* lesson);
    Lesson* lesson() const { return m_lesson; }
    /// NumPy or PyTorch; a change is remembered for the next start.
    ScriptLanguage language() const { return m_language; }
    void setLanguage(ScriptLanguage language);

    /// The script on screen, or empty when the lesson has none (then problem() says why).
    QString code() const;
    /// Why the lesson has no faithful script, or empty.
    QString problem() const;
    /// How many times a script was generated since the panel was built (a burst of changes makes one).
    int generations() const { return m_generations; }

    /// Puts the script on the clipboard and says so.
    void copyToClipboard();
    /// Asks for a .py file and saves the script there.
    void saveWithDialog();
    /// Writes the script to `path` whole or not at all; false with the reason in the panel and in `error`.
    bool saveTo(const QString& path, QString* error = nullptr);

    QPlainTextEdit* editor() const { return m_editor; }
    QAbstractButton* languageButton(ScriptLanguage language) const;
    QAbstractButton* copyButton() const { return m_copy; }
    QAbstractButton* saveButton() const { return m_save; }
    /// The line under the buttons: "Copied", "Saved …", or why a save failed.
    QLabel* message() const { return m_message; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleUpdate();
    void regenerate();
    void say(const QString& text, bool isError);

    QPointer<Lesson> m_lesson;
    QMetaObject::Connection m_changed;
    ScriptLanguage m_language = ScriptLanguage::NumPy;
    bool m_stale = true;
    int m_generations = 0;
    QTimer* m_update;
    QAbstractButton* m_numpy;
    QAbstractButton* m_torch;
    QAbstractButton* m_copy;
    QAbstractButton* m_save;
    QLabel* m_message;
    QLabel* m_reason;
    QStackedWidget* m_pages;
    QPlainTextEdit* m_editor;
    PythonHighlighter* m_highlighter;
};

} // namespace gradlab
