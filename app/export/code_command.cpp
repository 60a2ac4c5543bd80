#include "export/code_command.h"

#include "cli/command.h"
#include "export/lesson_options.h"
#include "lessons/atomic_write.h"
#include "lessons/lesson.h"
#include "lessons/lesson_catalogue.h"
#include "lessons/lesson_set.h"

#include <QCoreApplication>
#include <QIODevice>
#include <ostream>
#include <string>

namespace gradlab {

namespace {

int runCode(const std::vector<std::string>& args, std::ostream& out) {
    using cli::UsageError;
    std::set<std::string> valued = lessonOptionNames();
    valued.insert({"lang", "output"});
    const cli::Arguments a(args, valued, lessonFlagNames());
    RenderOptions options;
    const QString id = readLessonOptions(a, &options);
    const std::string languageName = a.text("lang").value_or("");
    ScriptLanguage language = ScriptLanguage::NumPy;
    if (languageName.empty()) throw UsageError{"--lang numpy|torch is required"};
    if (!readScriptLanguage(languageName, &language))
        throw UsageError{"--lang must be numpy or torch, not '" + languageName + "'"};

    static int argc = 1;
    static char name[] = "gradlab";
    static char* argv[] = {name, nullptr};
    const QCoreApplication app(argc, argv);
    const std::unique_ptr<LessonSet> lessons = createLessons();
    Lesson* lesson = lessons->lesson(id);
    QString error;
    if (!lesson->applyOptions(options, &error)) throw UsageError{error.toStdString()};
    const PythonScript script = lesson->pythonScript(language);
    if (!script.ok()) throw UsageError{"no " + languageName + " script: " + script.problem};
    const auto output = a.text("output");
    if (output && output->empty()) throw UsageError{"-o needs a file name (FILE.py)"};
    if (!output) {
        out << script.text;
        return cli::kExitOk;
    }
    const QString path = QString::fromStdString(*output);
    const QByteArray bytes = QByteArray::fromStdString(script.text);
    const bool written = writeAtomically(
        path,
        [&bytes](QIODevice* device, QString* why) {
            if (device->write(bytes) == bytes.size()) return true;
            *why = device->errorString();
            return false;
        },
        &error);
    if (!written) throw UsageError{error.toStdString()};
    out << "wrote " << output->c_str() << "\n";
    return cli::kExitOk;
}

} // namespace

void registerCodeCommand() {
    // The lesson list comes from the catalogue; the text lives as long as the program.
    static const std::string help =
        std::string(
            "Usage: gradlab code LESSON \"EXPR\" [--at A[,B]] [--h H] [--scheme forward|backward|central]\n"
            "         [--start A[,B]] [--lr LR] [--optimizer NAME] [--steps N] [--schedule NAME ...]\n"
            "         [--noise SIGMA] [--seed S] [--data FILE.csv] [--epochs E] [--batch-size N]\n"
            "         [--zoom W] --lang numpy|torch [-o FILE.py]\n\n"
            "LESSON: ") +
        lessonIds().join(QStringLiteral(", ")).toStdString() + ".\n" +
        std::string(
            "Writes the Python script that recomputes the lesson's state (the options are render's), as\n"
            "View > Show Code shows it: --lang numpy uses Python and NumPy, with the derivative written out\n"
            "from GradLab's symbolic result; --lang torch uses PyTorch (requires_grad, backward(),\n"
            "torch.optim, torch.optim.lr_scheduler). Run with python3 alone, the script prints one JSON\n"
            "object with the keys and values the matching subcommand prints with --json: diff (slope),\n"
            "limit (secant), taylor (zoom, order 3), descend (descent1d, learning-rate, race with one\n"
            "optimizer), grad (contour), diff or grad (autograd, one or two variables); numeric prints one\n"
            "object {\"forward\", \"backward\", \"central\"} of limit's objects over the lesson's 129 "
            "steps.\n"
            "A race (or surface3d) of several runs prints a list of descend's objects, one per run in the\n"
            "race's order; fit-line prints fit's. Descend's judgement of a run (regime, converged,\n"
            "criterion, minimum, minimum_loss, r, verdict, outcome) is left out: the script only reports.\n"
            "Numbers agree to 9 significant digits or more, except where a value is a small difference of\n"
            "nearly equal numbers (a difference quotient at a tiny h, a gradient next to a minimum): there\n"
            "NumPy's or torch's last bits and GradLab's differ, and dividing by h magnifies them.\n"
            "Runs are scripted whole, as set (all their steps), however far the lesson has played them.\n"
            "Without -o the script goes to standard output; with -o it is written whole or not at all.\n"
            "A formula with no faithful translation into Python is an error (exit 2) that names why.\n");
    cli::registerCommand({"code", "write the Python (NumPy or PyTorch) script behind a lesson's state",
                          help.c_str(), runCode});
}

} // namespace gradlab
