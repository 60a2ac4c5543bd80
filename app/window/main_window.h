#pragma once
// Assembles the lessons from the registry (a model and a view each), the menus and the status bar. It
// holds no lesson state: the models do.

#include <QMainWindow>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace gradlab {

class CodePanel;
class DataActions;
class ExportActions;
class FileActions;
class LessonSet;
class LessonDocument;
class LessonView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Help → Keyboard Shortcuts: a table of the keys, named as the menus name them in the interface's
    /// language.
    static QString shortcutsText();
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    LessonView* activeLesson() const;
    /// The view of the lesson with this id, built now if it was not yet (null if there is none).
    LessonView* lesson(const QString& id);
    /// Shows the lesson with this id (false if there is none).
    bool showLesson(const QString& id);
    QListWidget* navigation() const { return m_navigation; }
    /// Every lesson's view, in the catalogue's order: builds those not yet built.
    QList<LessonView*> lessons();
    /// How many views are built (start-up builds the first lesson's only).
    int builtViewCount() const;
    LessonDocument* document() const { return m_document; }
    LessonSet* models() const { return m_models; }
    FileActions* files() const { return m_files; }
    ExportActions* exports() const { return m_exports; }
    DataActions* data() const { return m_data; }
    /// View → Show Code: the shown lesson's Python script.
    CodePanel* codePanel() const { return m_code; }

    /// Restores the last session (lessons, file, active lesson). Not done by the constructor, so that
    /// tests start from the defaults.
    void restoreSession();

    /// Renders the active lesson's figure and saves it; on failure shows a message box (unless `quiet`)
    /// and returns false with the reason in `error`.
    bool exportActiveLesson(const QString& path, QSize logicalSize, double scale, QString* error = nullptr,
                            bool quiet = false);

    /// View → Language: remembers `choice` ("" for the system's language, else a code such as "fr") and, if
    /// that changes the language, builds a new window in it that continues this one and closes this one.
    /// The new window takes this one's models and document as they are (every setting, every run where it
    /// stands, playing or not, the undo history, the file and whether it changed); its views continue
    /// these views' ways of looking (the plots' ranges, the step inspected); the window keeps its place,
    /// size, splitter, docks and active lesson. Returns the window now in use.
    MainWindow* chooseLanguage(const QString& choice);

signals:
    /// This window was replaced by `successor` (a change of language) and is about to be deleted.
    void replaced(gradlab::MainWindow* successor);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// A window over `predecessor`'s models and document (taken from it), continuing it; a new set of
    /// models at their defaults without one.
    explicit MainWindow(MainWindow* predecessor, QWidget* parent);
    /// The view of the index-th lesson, built (in its placeholder's place in the stack) if it was not yet.
    LessonView* view(int index);
    void buildMenus();
    /// Continues `old`, whose models and document this window has taken: its active lesson, the views it
    /// had built, its geometry, splitter and docks.
    void takeOver(MainWindow& old);
    /// Once shown: each view continues its predecessor in `old` (continueFrom()), and the old views go.
    void continueViews(MainWindow& old);
    void showAbout();
    void showShortcuts();

    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QSplitter* m_splitter; ///< the lesson list beside the lesson
    QLabel* m_coordinates;
    QList<LessonView*> m_lessons; ///< one per model, null until built
    LessonSet* m_models;
    LessonDocument* m_document;
    FileActions* m_files;
    ExportActions* m_exports;
    DataActions* m_data;
    CodePanel* m_code;
    bool m_codeSized = false; ///< the code panel was given its first width
};

} // namespace gradlab
