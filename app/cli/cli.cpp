#include "cli/cli.h"

#include "cli/command.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#ifndef GRADLAB_VERSION
#define GRADLAB_VERSION "0.0.0"
#endif

namespace gradlab::cli {

namespace {

void printUsage(std::ostream& out) {
    out << "Usage: gradlab [FILE.gradlab]          open the app\n"
           "       gradlab SUBCOMMAND [OPTIONS]    work headless\n\n"
           "Subcommands:\n";
    for (const Command& c : commands()) {
        std::string name = c.name;
        name.resize(10, ' ');
        out << "  " << name << c.summary << "\n";
    }
    out << "\nEvery subcommand has --help. Numbers in --json output have 17 significant digits.\n"
           "Exit codes: 0 success, 2 bad input (the message goes to standard error).\n";
}

const Command* findCommand(const char* name) {
    for (const Command& c : commands())
        if (std::strcmp(c.name, name) == 0) return &c;
    return nullptr;
}

} // namespace

std::string human(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.12g", v + 0.0); // + 0.0: −0 (as in −sin(0)) reads 0
    return buf;
}

std::string humanMeasured(const PointValue& p) {
    switch (p.status) {
    case ValueStatus::Undefined:
        return "is undefined";
    case ValueStatus::Overflow:
        return std::string(p.value > 0 ? "> " : "< ") +
               human(p.value > 0 ? 1.7976931348623157e308 : -1.7976931348623157e308) +
               " (too large for a double)";
    case ValueStatus::Vertical:
        return "is undefined (vertical tangent)";
    case ValueStatus::Finite:
        break;
    }
    if (p.indistinguishableFromZero()) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.2g", p.roundOff);
        return "≈ 0 (computed " + human(p.value) + ", below its round-off of about " + buf + ")";
    }
    return "= " + human(p.value);
}

bool isCliInvocation(int argc, char** argv) {
    if (argc < 2) return false;
    // Anything but an option for Qt (-platform …) or a lesson file is a subcommand, known or not, so a
    // typo gets a message instead of a window.
    const std::string a = argv[1];
    const bool lessonFile = a.size() > 8 && a.compare(a.size() - 8, 8, ".gradlab") == 0;
    if (a == "--help" || a == "-h" || a == "--version") return true;
    return !a.empty() && a[0] != '-' && !lessonFile;
}

int runCli(int argc, char** argv) {
    const std::string first = argc > 1 ? argv[1] : "--help";
    if (first == "--help" || first == "-h" || first == "help") {
        printUsage(std::cout);
        return kExitOk;
    }
    if (first == "--version") {
        std::cout << "gradlab " << GRADLAB_VERSION << "\n";
        return kExitOk;
    }
    const Command* command = findCommand(first.c_str());
    if (!command) {
        std::cerr << "gradlab: unknown subcommand '" << first << "' (see gradlab --help)\n";
        return kExitUsage;
    }
    std::vector<std::string> args(argv + 2, argv + argc);
    for (const std::string& a : args) {
        if (a == "--help" || a == "-h") {
            std::cout << command->help;
            return kExitOk;
        }
    }
    try {
        const int code = command->run(args, std::cout);
        std::cout.flush();
        return code;
    } catch (const UsageError& e) {
        std::cerr << "gradlab " << command->name << ": " << e.message << "\n";
    } catch (const FormulaError& e) {
        std::cerr << "gradlab " << command->name << ": " << e.message << "\n";
    }
    return kExitUsage;
}

} // namespace gradlab::cli
