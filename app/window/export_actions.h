#pragma once
// The export entries of the File menu for the active lesson: Export Figure… (PNG, PDF, SVG), Copy Figure,
// Export Table as CSV… and Export Animation… (GIF or PNG frames, with a progress dialog and Cancel).
// Every failure names the path and the reason and leaves no partial file.

#include <QObject>

class QAction;
class QMenu;

namespace gradlab {

class LessonView;
class MainWindow;
struct AnimationOptions;
struct FigureOptions;

class ExportActions : public QObject {
    Q_OBJECT
public:
    explicit ExportActions(MainWindow* window);

    void addTo(QMenu* menu);
    /// Enables what the active lesson offers (a table, an animation).
    void lessonShown(LessonView* view);

    bool exportFigure(const QString& path, const FigureOptions& options, QString* error = nullptr,
                      bool quiet = false);
    bool copyFigure(const FigureOptions& options, QString* error = nullptr);
    bool exportTable(const QString& path, QString* error = nullptr, bool quiet = false);
    /// With a progress dialog (Cancel stops it and leaves nothing) unless `quiet`.
    bool exportAnimation(const QString& path, const AnimationOptions& options, QString* error = nullptr,
                         bool quiet = false);

    QAction* tableAction() const { return m_table; }
    QAction* animationAction() const { return m_animation; }
    /// NAME.SUFFIX in the folder of the last export, or Pictures, or home: the first that exists.
    QString suggestedPath(const QString& name, const QString& suffix) const;

private:
    void figureWithDialog();
    void tableWithDialog();
    void animationWithDialog();
    void remember(const QString& path);
    bool report(bool ok, const QString& path, const QString& done, const QString& reason, QString* error,
                bool quiet);

    MainWindow* m_window;
    QAction* m_table = nullptr;
    QAction* m_animation = nullptr;
};

} // namespace gradlab
