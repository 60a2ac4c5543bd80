#pragma once
// Assembles the lessons from the registry (a model and a view each), the menus and the status bar. It
// holds no lesson state: the models do.

#include <QMainWindow>

class QLabel;
class QListWidget;
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
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    LessonView* activeLesson() const;
    LessonView* lesson(const QString& id) const;
    /// Shows the lesson with this id (false if there is none).
    bool showLesson(const QString& id);
    QListWidget* navigation() const { return m_navigation; }
    QList<LessonView*> lessons() const { return m_lessons; }
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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void showAbout();
    void showShortcuts();

    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QLabel* m_coordinates;
    QList<LessonView*> m_lessons;
    LessonSet* m_models;
    LessonDocument* m_document;
    FileActions* m_files;
    ExportActions* m_exports;
    DataActions* m_data;
    CodePanel* m_code;
    bool m_codeSized = false; ///< the code panel was given its first width
};

} // namespace gradlab
