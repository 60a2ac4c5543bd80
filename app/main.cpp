// gradlab: with a subcommand it works headless (no display needed); otherwise it opens the app.

#include "cli/cli.h"
#include "main_window.h"
#include "render_command.h"

#include <QApplication>

int main(int argc, char** argv) {
    gradlab::registerRenderCommand();
    if (gradlab::cli::isCliInvocation(argc, argv)) return gradlab::cli::runCli(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GradLab"));
    QApplication::setOrganizationName(QStringLiteral("GradLab"));
    QApplication::setApplicationVersion(QStringLiteral(GRADLAB_VERSION));
    gradlab::MainWindow window;
    window.show();
    return app.exec();
}
