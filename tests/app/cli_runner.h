#pragma once
// Runs the real gradlab executable as a user would, without a display, for the command-line suites.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

struct CliResult {
    int exitCode = -1; ///< -1: it crashed or did not finish within a minute
    QByteArray out;
    QByteArray err;
};

inline CliResult runGradlab(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // the command line must not need a display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GRADLAB_EXECUTABLE), args);
    if (!p.waitForFinished(60000)) return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
