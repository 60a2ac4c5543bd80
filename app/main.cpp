// gradlab: with a subcommand it works headless (no display needed); otherwise it opens the app.

#include "cli/cli.h"
#include "export/code_command.h"
#include "export/render_command.h"
#include "widgets/first_paint_probe.h"
#include "window/file_actions.h"
#include "window/language.h"
#include "window/main_window.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char** argv) {
    Q_INIT_RESOURCE(gradlab); // the resources live in a static library
    gradlab::registerRenderCommand();
    gradlab::registerCodeCommand();
    if (gradlab::cli::isCliInvocation(argc, argv)) return gradlab::cli::runCli(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GradLab"));
    QApplication::setOrganizationName(QStringLiteral("GradLab"));
    QApplication::setApplicationVersion(QStringLiteral(GRADLAB_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gradlab-256.png")));
    QApplication::setDesktopFileName(QStringLiteral("gradlab"));
    gradlab::Language::install(gradlab::Language::resolve(gradlab::Language::chosen()));
    // On the heap: a change of language replaces the window with one built in the new language.
    auto* window = new gradlab::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->restoreSession();
    // Start-up timing (tests/bench/bench_process): print "painted" once the window is on screen, and quit.
    if (qEnvironmentVariableIsSet("GRADLAB_EXIT_AFTER_FIRST_PAINT")) new gradlab::FirstPaintProbe(window);
    window->show();
    // `gradlab FILE.gradlab` opens a lesson file over the restored session.
    const QStringList arguments = QApplication::arguments();
    for (int i = 1; i < arguments.size(); ++i)
        if (arguments[i].endsWith(QLatin1String(".gradlab"))) window->files()->openFile(arguments[i]);
    return app.exec();
}
