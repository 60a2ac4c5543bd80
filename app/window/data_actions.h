#pragma once
// File → Import Data… and Export Data as CSV…: the data of the "Fitting a line" lesson, the one lesson that
// fits data. Both are always enabled: an import shows that lesson (its data are what changes), and an
// export writes its data whichever lesson is shown. A file that cannot be read changes nothing and a
// message names the line at fault; a file is written whole or not at all.

#include <QObject>

class QMenu;

namespace gradlab {

class FitLesson;
class MainWindow;

class DataActions : public QObject {
    Q_OBJECT
public:
    explicit DataActions(MainWindow* window);

    void addTo(QMenu* menu);
    /// Reads CSV (a header row naming x and y) into the fitting lesson and shows it: one undo step. On
    /// failure nothing changes and, unless `quiet`, a message says why (also in `error`).
    bool importData(const QString& path, QString* error = nullptr, bool quiet = false);
    /// Writes the fitting lesson's data as CSV, atomically.
    bool exportData(const QString& path, QString* error = nullptr, bool quiet = false);

private:
    FitLesson* lesson() const;
    bool report(bool ok, const QString& title, const QString& done, const QString& reason, QString* error,
                bool quiet);

    MainWindow* m_window;
};

} // namespace gradlab
