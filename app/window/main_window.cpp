#include "window/main_window.h"

#include "export/export_dialog.h"
#include "export/figure_writer.h"
#include "lessons/lesson_catalogue.h"
#include "lessons/lesson_set.h"
#include "lessons/number_format.h"
#include "plotting/lesson_plot.h"
#include "undo/lesson_document.h"
#include "views/lesson_registry.h"
#include "views/lesson_view.h"
#include "widgets/appearance.h"
#include "widgets/menu_shortcuts.h"
#include "widgets/text_size.h"
#include "window/code_panel.h"
#include "window/data_actions.h"
#include "window/export_actions.h"
#include "window/file_actions.h"
#include "window/language.h"
#include "window/lesson_page.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace gradlab {

namespace {

/// Where the mouse is on a plot, in the plot's coordinates. The vertical one is named only when its axis
/// is a plain coordinate ("y"): "f(x) = −5.91" for a point off the curve would state a false value of f.
QString pointerText(const LessonPlot* plot, QPointF p) {
    // A label "symbol, name" ("μ, momentum") is a plain coordinate named by its symbol.
    static const QRegularExpression symbolFirst(QStringLiteral("^(\\S+), "));
    const auto coordinate = [](const QString& label) {
        const QRegularExpressionMatch m = symbolFirst.match(label);
        return m.hasMatch() ? m.captured(1) : label;
    };
    const QString x = plot->xAxis->label().isEmpty() ? QStringLiteral("x") : coordinate(plot->xAxis->label());
    const QString y = coordinate(plot->yAxis->label());
    static const QRegularExpression plainName(QStringLiteral("^\\w+$"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    // A strip (the stability map of an optimizer with no second hyperparameter) has no vertical coordinate.
    if (y.isEmpty()) return MainWindow::tr("pointer at %1 = %2").arg(x, formatValue(p.x(), 5));
    if (plainName.match(y).hasMatch())
        return MainWindow::tr("pointer at %1 = %2, %3 = %4")
            .arg(x, formatValue(p.x(), 5), y, formatValue(p.y(), 5));
    return MainWindow::tr("pointer at %1 = %2, height %3")
        .arg(x, formatValue(p.x(), 5), formatValue(p.y(), 5));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(nullptr, parent) {}

MainWindow::MainWindow(MainWindow* predecessor, QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("GradLab"));
    m_navigation = new QListWidget(this);
    m_navigation->setAccessibleName(tr("Lessons"));
    m_navigation->setMaximumWidth(320);
    m_navigation->setMinimumWidth(250);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setWordWrap(true);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    m_stack = new QStackedWidget(this);

    m_coordinates = new QLabel(this);
    m_coordinates->setMinimumWidth(260);
    statusBar()->addPermanentWidget(m_coordinates);

    // The models first (they own the state and outlive the views). A lesson's view, with its plots, is
    // built when it is first shown or asked for (start-up builds only the first): until then the stack
    // holds an empty placeholder in its place.
    // A window that continues another in a new language takes its models as they are: a run in progress
    // stays where it is (a restore from a file would start it again).
    if (predecessor) {
        m_models = predecessor->m_models;
        predecessor->m_models = nullptr;
    } else {
        m_models = createLessons().release();
    }
    m_models->setParent(this);
    int number = 1;
    for (Lesson* model : m_models->lessons()) {
        m_lessons.append(nullptr);
        m_stack->addWidget(new QWidget(m_stack));
        const LessonModelEntry* entry = findLessonModel(model->id());
        auto* item = new QListWidgetItem(
            QStringLiteral("%1. %2").arg(number++).arg(entry ? entry->translatedTitle() : model->id()),
            m_navigation);
        item->setData(Qt::UserRole, model->id());
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) return;
        view(row); // built before it is shown
        m_stack->setCurrentIndex(row);
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        m_exports->lessonShown(activeLesson());
        m_code->setLesson(activeLesson() ? activeLesson()->model() : nullptr);
    });

    // The code panel docks under the lesson (some lessons need the window's whole width for their
    // controls), hidden until View → Show Code or the lesson area's button; it can be moved to a side.
    m_code = new CodePanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_code);
    m_code->hide();
    QAction* showCode = m_code->toggleViewAction();
    showCode->setText(tr("Show &Code"));
    showCode->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    showCode->setToolTip(
        tr("The Python (NumPy or PyTorch) script that recomputes this lesson (Ctrl+Shift+P)"));
    connect(showCode, &QAction::toggled, this, [this](bool on) {
        // At first the panel takes what the lesson leaves of the window's height; later the user's stays.
        if (on && !m_codeSized) {
            m_codeSized = true;
            resizeDocks({m_code}, {height() / 2}, Qt::Vertical);
        }
    });

    // Every lesson shows its code with the button under it: one button for the lesson area.
    auto* lessonArea = new QWidget(this);
    auto* codeButton = new QPushButton(tr("Show Code"), lessonArea);
    codeButton->setObjectName(QStringLiteral("showCodeButton"));
    codeButton->setCheckable(true);
    codeButton->setToolTip(showCode->toolTip());
    connect(codeButton, &QPushButton::clicked, showCode, &QAction::trigger);
    // The button says what pressing it does (a checked tool button looks much like an unchecked one).
    connect(showCode, &QAction::toggled, codeButton, [codeButton](bool on) {
        codeButton->setChecked(on);
        codeButton->setText(on ? tr("Hide Code") : tr("Show Code"));
    });
    auto* buttonRow = new QHBoxLayout;
    buttonRow->setContentsMargins(9, 0, 9, 4);
    buttonRow->addStretch(1);
    buttonRow->addWidget(codeButton);
    auto* areaLayout = new QVBoxLayout(lessonArea);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    areaLayout->setSpacing(0);
    areaLayout->addWidget(m_stack, 1);
    areaLayout->addLayout(buttonRow);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(lessonArea);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    if (predecessor) {
        // Its history and file too; what the old window connected to them goes with it.
        m_document = predecessor->m_document;
        predecessor->m_document = nullptr;
        m_document->disconnect(predecessor);
        m_document->disconnect(predecessor->m_files);
        m_document->undoStack()->disconnect(predecessor);
        m_document->setParent(this);
    } else {
        m_document = new LessonDocument(m_models, this);
    }
    m_files = new FileActions(this, m_document);
    m_exports = new ExportActions(this);
    m_data = new DataActions(this);
    // Undo and redo show the lesson they change.
    connect(m_document, &LessonDocument::restored, this, [this](Lesson* l) { showLesson(l->id()); });
    buildMenus();

    if (predecessor) {
        takeOver(*predecessor);
    } else {
        QSettings settings;
        if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
            resize(1360, 860);
        m_navigation->setCurrentRow(0);
    }
    m_exports->lessonShown(activeLesson());
    m_code->setLesson(activeLesson()->model());
    // What the lesson shown first can be done with: the 3-D surface has no point to drag, it turns.
    statusBar()->showMessage(activeLesson()->id() == QLatin1String("surface3d")
                                 ? tr("Drag to turn the surface; scroll to zoom.")
                                 : tr("Drag a point to move it; scroll to zoom, drag the background to pan."),
                             8000);
}

MainWindow::~MainWindow() {
    // The views go first: they refer to the models; the document next (it is the models' recorder).
    delete centralWidget();
    delete m_document;
    m_document = nullptr;
    delete m_models;
}

LessonView* MainWindow::activeLesson() const {
    return m_stack ? m_lessons.value(m_stack->currentIndex()) : nullptr; // none once replaced
}

LessonView* MainWindow::view(int index) {
    if (index < 0 || index >= m_lessons.size()) return nullptr;
    if (m_lessons[index]) return m_lessons[index];
    // In a scroll area: a window smaller than the lesson needs (a small screen, German, the largest text)
    // scrolls it, where its layout would squeeze the plots flat and lay the words over each other.
    auto* page = new LessonPage(m_stack);
    LessonView* v = createView(m_models->lessons().at(index), page).release();
    page->setWidget(v);
    m_lessons[index] = v;
    // In the placeholder's place (not the current widget: the one shown does not change).
    QWidget* placeholder = m_stack->widget(index);
    m_stack->insertWidget(index, page);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    // The status bar shows where the mouse is on any plot.
    for (LessonPlot* plot : v->findChildren<LessonPlot*>()) {
        connect(plot, &LessonPlot::cursorMoved, this,
                [this, plot](QPointF p) { m_coordinates->setText(pointerText(plot, p)); });
        connect(plot, &LessonPlot::cursorLeft, m_coordinates, &QLabel::clear);
    }
    return v;
}

LessonView* MainWindow::lesson(const QString& id) {
    const QList<Lesson*> models = m_models->lessons();
    for (int i = 0; i < models.size(); ++i)
        if (models[i]->id() == id) return view(i);
    return nullptr;
}

QList<LessonView*> MainWindow::lessons() {
    for (int i = 0; i < m_lessons.size(); ++i)
        view(i);
    return m_lessons;
}

int MainWindow::builtViewCount() const {
    return static_cast<int>(
        std::count_if(m_lessons.begin(), m_lessons.end(), [](LessonView* v) { return v; }));
}

bool MainWindow::showLesson(const QString& id) {
    const QList<Lesson*> models = m_models->lessons();
    for (int i = 0; i < models.size(); ++i) {
        if (models[i]->id() == id) {
            m_navigation->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void MainWindow::restoreSession() {
    m_files->restoreSession();
    // The code panel as it was: shown or not, where it was docked and how large.
    if (restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray())) m_codeSized = true;
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_files->addTo(file);
    file->addSeparator();
    m_exports->addTo(file);
    file->addSeparator();
    m_data->addTo(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // Each model records its actions as commands (a drag is one, from press to release; an edit is one,
    // on Enter).
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack* stack = m_document->undoStack();
    QAction* undo = edit->addAction(tr("&Undo"), stack, &QUndoStack::undo);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = edit->addAction(tr("&Redo"), stack, &QUndoStack::redo);
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    auto syncUndo = [stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, syncUndo);
    connect(stack, &QUndoStack::cleanChanged, this, syncUndo);
    syncUndo();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* reset = view->addAction(tr("&Reset view"), this, [this] {
        if (LessonView* v = activeLesson()) v->resetView();
    });
    reset->setShortcut(QKeySequence(tr("Ctrl+0")));
    view->addAction(m_code->toggleViewAction());
    // Light, dark or high contrast: the system's palette by default; the plots follow whichever is in use.
    QMenu* appearance = view->addMenu(tr("&Appearance"));
    auto* group = new QActionGroup(this);
    const int saved = QSettings().value(QStringLiteral("view/appearance"), 0).toInt();
    const QString names[kAppearanceCount] = {tr("Follow the &system"), tr("&Light"), tr("&Dark"),
                                             tr("&High contrast")};
    for (int i = 0; i < kAppearanceCount; ++i) {
        QAction* a = appearance->addAction(names[i], this, [i] {
            applyAppearance(static_cast<Appearance>(i));
            QSettings().setValue(QStringLiteral("view/appearance"), i);
        });
        a->setCheckable(true);
        a->setChecked(i == saved);
        group->addAction(a);
    }
    if (saved > 0 && saved < kAppearanceCount) applyAppearance(static_cast<Appearance>(saved));

    // Text size: the system's font by default; the interface and the plots' labels scale together, live.
    QMenu* textSize = view->addMenu(tr("&Text Size"));
    auto* sizes = new QActionGroup(this);
    const int savedSize = QSettings().value(QStringLiteral("view/textSize"), 100).toInt();
    const QString sizeNames[kTextSizes.size()] = {tr("&Smaller"), tr("&Normal"), tr("&Larger"),
                                                  tr("L&argest")};
    for (std::size_t i = 0; i < kTextSizes.size(); ++i) {
        const int percent = kTextSizes[i];
        QAction* a = textSize->addAction(tr("%1 (%2 %)").arg(sizeNames[i]).arg(percent), this, [percent] {
            applyTextSize(percent);
            QSettings().setValue(QStringLiteral("view/textSize"), percent);
        });
        a->setCheckable(true);
        a->setChecked(percent == savedSize);
        sizes->addAction(a);
    }
    if (savedSize != 100 && std::find(kTextSizes.begin(), kTextSizes.end(), savedSize) != kTextSizes.end())
        applyTextSize(savedSize);

    // The interface's language: the system's by default; each language named in itself.
    QMenu* language = view->addMenu(tr("La&nguage"));
    auto* languages = new QActionGroup(this);
    const QString chosen = Language::chosen();
    QStringList choices{QString(), QStringLiteral("en")};
    choices += Language::translated();
    for (const QString& choice : choices) {
        const QString name =
            choice.isEmpty()
                ? tr("Follow the &system (%1)").arg(Language::nativeName(Language::resolve(choice)))
                : Language::nativeName(choice);
        QAction* a = language->addAction(name, this, [this, choice] { chooseLanguage(choice); });
        a->setCheckable(true);
        a->setChecked(choice == chosen);
        a->setData(choice);
        languages->addAction(a);
        if (choice.isEmpty()) language->addSeparator();
    }

    // Space plays and pauses the active lesson's animation (a focused text field keeps its spaces).
    auto* space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    connect(space, &QShortcut::activated, this, [this] {
        if (LessonView* v = activeLesson()) v->togglePlay();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About GradLab"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    new MenuShortcuts(menuBar());
}

bool MainWindow::exportActiveLesson(const QString& path, QSize logicalSize, double scale, QString* error,
                                    bool quiet) {
    FigureOptions options;
    options.size = logicalSize;
    options.scale = scale;
    return m_exports->exportFigure(path, options, error, quiet);
}

QString MainWindow::shortcutsText() {
    // The keys as the menus name them, in the interface's language (Qt's own translations: "Ctrl+Maj+C",
    // "Strg+Umschalt+C", "Espacio"), filled into %1, %2, … in the order they appear.
    const QKeySequence keys[] = {QKeySequence(Qt::Key_Tab),
                                 QKeySequence(Qt::SHIFT | Qt::Key_Tab),
                                 QKeySequence(Qt::Key_Escape),
                                 QKeySequence(Qt::SHIFT | Qt::Key_A),
                                 QKeySequence(Qt::CTRL | Qt::Key_A),
                                 QKeySequence(Qt::Key_Space),
                                 QKeySequence(Qt::CTRL | Qt::Key_E),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                 QKeySequence(QKeySequence::Undo),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                 QKeySequence(QKeySequence::New),
                                 QKeySequence(QKeySequence::Open),
                                 QKeySequence(QKeySequence::Save),
                                 QKeySequence(Qt::CTRL | Qt::Key_0),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                 QKeySequence(Qt::CTRL | Qt::Key_Q)};
    //: %1 … %17 are key names filled in by Qt in the interface's language (Tab, Shift+Tab, Esc, Shift,
    //: Ctrl, Space, Ctrl+E, Ctrl+Shift+C, Ctrl+Shift+E, Ctrl+Z, Ctrl+Shift+Z, Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+0,
    //: Ctrl+Shift+P, Ctrl+Q): keep each in its row
    QString text =
        tr("<table cellpadding='3'><tr><td><b>%1</b> / <b>%2</b></td><td>move between controls and "
           "plots</td></tr>"
           "<tr><td><b>←</b> <b>→</b> (<b>↑</b> <b>↓</b> on maps)</td><td>move the point of the focused plot "
           "by 1% of the view</td></tr>"
           "<tr><td><b>←</b> <b>→</b>, <b>%3</b> with a step inspected</td><td>the step before, the step "
           "after; close the step inspector (lessons 7 and 9)</td></tr>"
           "<tr><td><b>%4</b> + arrow</td><td>a step ten times smaller</td></tr>"
           "<tr><td><b>%5</b> + arrow</td><td>a step ten times larger</td></tr>"
           "<tr><td><b>%6</b></td><td>play / pause (Animate, Play; Backward in Autograd)</td></tr>"
           "<tr><td><b>%7</b></td><td>export the figure (PNG, PDF, SVG)</td></tr>"
           "<tr><td><b>%8</b></td><td>copy the figure to the clipboard</td></tr>"
           "<tr><td><b>%9</b></td><td>export the lesson's table as CSV</td></tr>"
           "<tr><td><b>%10</b> / <b>%11</b></td><td>undo / redo</td></tr>"
           "<tr><td><b>%12</b>, <b>%13</b>, <b>%14</b></td><td>new, open, save a lesson file</td></tr>"
           "<tr><td><b>%15</b></td><td>reset the view</td></tr>"
           "<tr><td><b>%16</b></td><td>show or hide the lesson's Python code</td></tr>"
           "<tr><td><b>%17</b></td><td>quit</td></tr>"
           "<tr><td>mouse wheel, drag on the background</td><td>zoom, pan</td></tr>"
           "</table>");
    for (std::size_t i = 0; i < std::size(keys); ++i) {
        QString name = keys[i].toString(QKeySequence::NativeText);
        // Shift and Ctrl alone, as a modifier is named in a shortcut ("Strg", not the key's name
        // "Steuerung"): the name of Shift+A or Ctrl+A without its "+A".
        if (i == 3 || i == 4) name.chop(2);
        text = text.arg(name.toHtmlEscaped());
    }
    return text;
}

void MainWindow::showShortcuts() {
    QMessageBox::information(this, tr("Keyboard Shortcuts"), shortcutsText());
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About GradLab"),
        tr("<h3>GradLab %1</h3><p>See derivatives and gradient descent: slopes, secants, tangents, gradients "
           "and optimizers, with every number computed exactly.</p>"
           "<p>Copyright © 2026 the GradLab developers.</p>"
           "<p>GradLab is free software: you can redistribute it and/or modify it under the terms of the GNU "
           "General Public License as published by the Free Software Foundation, either version 3 of the "
           "License, or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY; see the "
           "GNU General Public License for details.</p>"
           "<p>Built with Qt, QCustomPlot (GPL-3) and Eigen.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

MainWindow* MainWindow::chooseLanguage(const QString& choice) {
    Language::setChosen(choice);
    const QString code = Language::resolve(choice);
    if (code == Language::current() || !Language::install(code)) return this;
    auto* successor = new MainWindow(this, nullptr);
    successor->setAttribute(Qt::WA_DeleteOnClose);
    emit replaced(successor);
    // Not close(): that would ask to save and store the session; the successor carries both on. Hidden
    // before the successor shows: what a hidden view lets go of (a stability map's computing) the shown
    // one takes on.
    hide();
    successor->show();
    successor->continueViews(*this);
    deleteLater();
    return successor;
}

void MainWindow::takeOver(MainWindow& old) {
    // Where the old window is, as large: its geometry, not restoreGeometry(saveGeometry()), which on a
    // window not yet mapped places the frame where the client was (the window moved by its title bar).
    setGeometry(old.normalGeometry());
    setWindowState(old.windowState() & ~Qt::WindowActive);
    m_splitter->restoreState(old.m_splitter->saveState());
    // The views the old window had built (continueViews() continues them once this window is laid out).
    for (LessonView* before : old.m_lessons)
        if (before) before->releaseGraphics();
    for (int i = 0; i < old.m_lessons.size(); ++i)
        if (old.m_lessons[i]) view(i);
    m_navigation->setCurrentRow(std::max(0, old.m_stack->currentIndex()));
    if (restoreState(old.saveState())) m_codeSized = old.m_codeSized;
}

void MainWindow::continueViews(MainWindow& old) {
    // Once shown, so that plots that keep an equal aspect have their own size when given the old ranges.
    for (int i = 0; i < old.m_lessons.size(); ++i)
        if (LessonView* before = old.m_lessons[i]) {
            view(i)->continueFrom(*before);
            // Scrolled as far (a window smaller than the lesson).
            const auto* from = qobject_cast<QScrollArea*>(old.m_stack->widget(i));
            auto* to = qobject_cast<QScrollArea*>(m_stack->widget(i));
            if (from && to) {
                to->horizontalScrollBar()->setValue(from->horizontalScrollBar()->value());
                to->verticalScrollBar()->setValue(from->verticalScrollBar()->value());
            }
        }
    // The old views and code panel let go of the models now, not when the old window is deleted.
    old.m_navigation->disconnect(&old);
    old.m_stack->disconnect(&old);
    delete old.takeCentralWidget();
    old.m_navigation = nullptr;
    old.m_stack = nullptr;
    old.m_splitter = nullptr;
    old.m_lessons.fill(nullptr);
    old.m_code->setLesson(nullptr);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_files->storeSession();
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QSettings().setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace gradlab
