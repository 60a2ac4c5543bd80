#include "window/code_panel.h"

#include "lessons/atomic_write.h"
#include "lessons/lesson.h"
#include "plotting/palette.h"
#include "widgets/appearance.h"
#include "widgets/python_highlighter.h"
#include "window/existing_folder.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIODevice>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace gradlab {

namespace {
const char* const kLanguageKey = "code/language";
const char* const kFolderKey = "code/folder";
} // namespace

CodePanel::CodePanel(QWidget* parent)
    : QDockWidget(tr("Code"), parent) {
    setObjectName(QStringLiteral("codePanel")); // QMainWindow::saveState() names docks by it
    auto* body = new QWidget(this);

    m_numpy = new QRadioButton(tr("&NumPy"), body);
    m_torch = new QRadioButton(tr("P&yTorch"), body);
    m_numpy->setToolTip(tr("Plain Python and NumPy, with the derivative written out"));
    m_torch->setToolTip(tr("PyTorch: tensors with requires_grad, backward(), torch.optim"));
    auto* languages = new QButtonGroup(this);
    languages->addButton(m_numpy);
    languages->addButton(m_torch);
    auto* copy = new QPushButton(tr("&Copy"), body);
    copy->setToolTip(tr("Copy the script to the clipboard"));
    auto* save = new QPushButton(tr("Save &As…"), body);
    save->setToolTip(tr("Save the script as a .py file"));
    m_copy = copy;
    m_save = save;
    // The confirmation or the error sits between the choice and the buttons: the code keeps every line.
    m_message = new QLabel(body);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_numpy);
    buttons->addWidget(m_torch);
    buttons->addSpacing(12);
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);

    m_editor = new QPlainTextEdit(body);
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setAccessibleName(tr("Python script"));
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(std::max(mono.pointSizeF(), font().pointSizeF()));
    m_editor->setFont(mono);
    m_highlighter = new PythonHighlighter(m_editor);

    m_reason = new QLabel(body);
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_reason->setMargin(8);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pages = new QStackedWidget(body);
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_reason);

    auto* layout = new QVBoxLayout(body);
    layout->addLayout(buttons);
    layout->addWidget(m_pages, 1);
    setWidget(body);

    // A burst of changes (a drag) is one regeneration, in the next pass of the event loop.
    m_update = new QTimer(this);
    m_update->setSingleShot(true);
    m_update->setInterval(0);
    connect(m_update, &QTimer::timeout, this, &CodePanel::regenerate);

    ScriptLanguage saved = ScriptLanguage::NumPy;
    readScriptLanguage(QSettings().value(QLatin1String(kLanguageKey)).toString().toStdString(), &saved);
    m_language = saved;
    (saved == ScriptLanguage::Torch ? m_torch : m_numpy)->setChecked(true);
    connect(m_numpy, &QAbstractButton::toggled, this, [this](bool on) {
        if (on) setLanguage(ScriptLanguage::NumPy);
    });
    connect(m_torch, &QAbstractButton::toggled, this, [this](bool on) {
        if (on) setLanguage(ScriptLanguage::Torch);
    });
    connect(m_copy, &QAbstractButton::clicked, this, &CodePanel::copyToClipboard);
    connect(m_save, &QAbstractButton::clicked, this, &CodePanel::saveWithDialog);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale) scheduleUpdate();
    });
    regenerate();
}

void CodePanel::setLesson(Lesson* lesson) {
    if (lesson == m_lesson) return;
    disconnect(m_changed);
    m_lesson = lesson;
    if (lesson) m_changed = connect(lesson, &Lesson::changed, this, &CodePanel::scheduleUpdate);
    m_message->clear();
    // Another lesson's script starts at its top.
    m_stale = true;
    if (isVisible()) regenerate();
    m_editor->verticalScrollBar()->setValue(0);
}

void CodePanel::setLanguage(ScriptLanguage language) {
    (language == ScriptLanguage::Torch ? m_torch : m_numpy)->setChecked(true);
    if (language == m_language) return;
    m_language = language;
    QSettings().setValue(QLatin1String(kLanguageKey), QString::fromLatin1(scriptLanguageName(language)));
    m_message->clear();
    m_stale = true;
    if (isVisible()) regenerate();
}

QString CodePanel::code() const {
    return m_pages->currentWidget() == m_editor ? m_editor->toPlainText() : QString();
}

QString CodePanel::problem() const {
    return m_pages->currentWidget() == m_reason ? m_reason->text() : QString();
}

QAbstractButton* CodePanel::languageButton(ScriptLanguage language) const {
    return language == ScriptLanguage::Torch ? m_torch : m_numpy;
}

void CodePanel::showEvent(QShowEvent* event) {
    QDockWidget::showEvent(event);
    if (m_stale) regenerate();
}

void CodePanel::scheduleUpdate() {
    m_stale = true;
    // Hidden, the script is written when the panel shows again.
    if (isVisible() && !m_update->isActive()) m_update->start();
}

void CodePanel::regenerate() {
    m_update->stop();
    m_stale = false;
    const PythonScript script = m_lesson ? m_lesson->pythonScript(m_language)
                                         : PythonScript::failure(tr("No lesson is shown.").toStdString());
    ++m_generations;
    if (!script.ok()) {
        m_reason->setText(tr("No %1 script: %2")
                              .arg(m_language == ScriptLanguage::Torch ? tr("PyTorch") : tr("NumPy"),
                                   QString::fromStdString(script.problem)));
        m_pages->setCurrentWidget(m_reason);
        m_editor->clear();
    } else {
        const QString text = QString::fromStdString(script.text);
        if (text != m_editor->toPlainText()) {
            m_message->clear(); // "Copied" or "Saved" was about the text before
            // The reader keeps their place in the script while the numbers in it change.
            QScrollBar* vertical = m_editor->verticalScrollBar();
            QScrollBar* horizontal = m_editor->horizontalScrollBar();
            const int top = vertical->value(), left = horizontal->value();
            m_editor->setPlainText(text);
            vertical->setValue(top);
            horizontal->setValue(left);
        }
        m_pages->setCurrentWidget(m_editor);
    }
    m_copy->setEnabled(script.ok());
    m_save->setEnabled(script.ok());
}

void CodePanel::say(const QString& text, bool isError) {
    m_message->setText(isError ? QStringLiteral("<span style='color:%1'>%2</span>")
                                     .arg(htmlColour(palette::error, m_message), text.toHtmlEscaped())
                               : text.toHtmlEscaped());
    m_message->setTextFormat(Qt::RichText);
}

void CodePanel::copyToClipboard() {
    if (m_stale) regenerate();
    const QString text = code();
    if (text.isEmpty()) return;
    QApplication::clipboard()->setText(text);
    say(tr("Copied the %1 script (%n line(s)) to the clipboard.", nullptr, int(text.count(QLatin1Char('\n'))))
            .arg(m_language == ScriptLanguage::Torch ? tr("PyTorch") : tr("NumPy")),
        false);
}

void CodePanel::saveWithDialog() {
    if (code().isEmpty()) return;
    const QString folder = firstExistingFolder(
        {QSettings().value(QLatin1String(kFolderKey)).toString(),
         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath()});
    const QString name = QStringLiteral("%1-%2.py")
                             .arg(m_lesson ? m_lesson->id() : QStringLiteral("lesson"),
                                  QString::fromLatin1(scriptLanguageName(m_language)));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Script"), QDir(folder).filePath(name),
                                                tr("Python scripts (*.py)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".py");
    saveTo(path);
}

bool CodePanel::saveTo(const QString& path, QString* error) {
    if (m_stale) regenerate();
    const QByteArray bytes = code().toUtf8();
    QString why;
    if (bytes.isEmpty()) why = problem();
    const bool written = !bytes.isEmpty() && writeAtomically(
                                                 path,
                                                 [&bytes](QIODevice* device, QString* reason) {
                                                     if (device->write(bytes) == bytes.size()) return true;
                                                     *reason = device->errorString();
                                                     return false;
                                                 },
                                                 &why);
    if (written) {
        QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
        say(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
    } else {
        say(why, true);
    }
    if (error) *error = why;
    return written;
}

} // namespace gradlab
