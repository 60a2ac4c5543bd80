#pragma once

#include <QMainWindow>

namespace gradlab {

/// Assembles the lessons, menus and status bar. Until the lesson views land it shows one curve.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace gradlab
