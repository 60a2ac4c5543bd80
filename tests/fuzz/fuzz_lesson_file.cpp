// libFuzzer target: the .gradlab reader and the lesson models on arbitrary bytes, without a window. It must
// never crash or hang; a file it refuses gets a message; a file it accepts holds every lesson of the
// defaults with exactly their keys and value types, and what it read writes out and reads back to the very
// same state, without warnings. Each lesson's merged state then goes to that lesson's model: a state its
// check() accepts is restored, and what the model then saves is accepted by check() and restores to itself.
//
// The defaults are the models' own (save() of every model of the catalogue, as File → New has them).

#include "lessons/lesson_catalogue.h"
#include "lessons/lesson_file.h"
#include "lessons/lesson_set.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace gradlab;

namespace {

QMap<QString, QJsonObject> modelDefaults() {
    QMap<QString, QJsonObject> defaults;
    const std::unique_ptr<LessonSet> lessons = createLessons();
    for (const Lesson* l : lessons->lessons())
        defaults.insert(l->id(), l->save());
    if (defaults.size() != static_cast<int>(lessonCatalogue().size())) std::abort();
    return defaults;
}

void fail(const char* why, const QByteArray& bytes, const QString& detail = {}) {
    std::fprintf(stderr, "fuzz_lesson_file: %s %s\n%.*s\n", why, qPrintable(detail),
                 static_cast<int>(bytes.size()), bytes.constData());
    std::abort();
}

/// Same shape: the same keys, and values of the same type, all the way down; arrays of the same length,
/// except a list of rows (any length, each row shaped like the default's first).
bool sameShape(const QJsonValue& a, const QJsonValue& b) {
    if (a.type() != b.type()) return false;
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys()) return false;
        for (auto it = x.begin(); it != x.end(); ++it)
            if (!sameShape(it.value(), y.value(it.key()))) return false;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (isListOfRows(x)) {
            for (const QJsonValue& row : y)
                if (!sameShape(x.first(), row)) return false;
            return true;
        }
        if (x.size() != y.size()) return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!sameShape(x.at(i), y.at(i))) return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    // The models' timers and the learning-rate sweep's watcher live in a Qt application, as in GradLab.
    static QCoreApplication* app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const QMap<QString, QJsonObject> defaults = modelDefaults();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    LessonFileContents contents;
    QString error;
    if (!decodeLessonFile(bytes, defaults, &contents, &error)) {
        if (error.isEmpty()) fail("refused without a message", bytes);
        return 0;
    }
    if (!error.isEmpty()) fail("accepted with an error message", bytes);
    if (contents.lessons.keys() != defaults.keys()) fail("accepted without every lesson", bytes);
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        if (!sameShape(it.value(), contents.lessons.value(it.key()))) fail("a lesson changed shape", bytes);
    if (!contents.active.isEmpty() && !defaults.contains(contents.active))
        fail("an unknown active lesson", bytes);

    const QByteArray again = encodeLessonFile(contents.lessons, contents.active);
    LessonFileContents reread;
    if (!decodeLessonFile(again, defaults, &reread, &error)) fail("what was read does not read back", bytes);
    if (reread.lessons != contents.lessons || reread.active != contents.active)
        fail("what was read reads back differently", bytes);
    if (!reread.warnings.isEmpty()) fail("what was read reads back with warnings", bytes);

    // Fresh models for each input, so that a crash reproduces from its input alone. Lessons that share
    // state restore in catalogue order (the race before the 3-D view that follows it), as a document does.
    // Destroying the set cancels and waits for the learning-rate sweep that a restore starts.
    const std::unique_ptr<LessonSet> lessons = createLessons();
    for (Lesson* l : lessons->lessons()) {
        const QJsonObject state = contents.lessons.value(l->id());
        if (!l->check(state).isEmpty()) continue;
        l->restore(state);
        const QJsonObject saved = l->save();
        const QString why = l->check(saved);
        if (!why.isEmpty())
            fail("a restored lesson saves a state its check() refuses:", bytes, l->id() + ": " + why);
        l->restore(saved);
        if (l->save() != saved) fail("a lesson restored from its own save() changes:", bytes, l->id());
    }
    return 0;
}
