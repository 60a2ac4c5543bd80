#pragma once
// Entry point of the headless command line: `gradlab SUBCOMMAND ...`.

namespace gradlab::cli {

/// True if argv[1] names a subcommand (or --help / --version), so no window should be opened.
bool isCliInvocation(int argc, char** argv);

/// Runs the subcommand named in argv[1]; returns the process exit code (0 ok, 2 bad input).
int runCli(int argc, char** argv);

} // namespace gradlab::cli
