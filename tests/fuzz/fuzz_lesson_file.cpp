// libFuzzer target: the .gradlab reader on arbitrary bytes. It must never crash or hang; a file it refuses
// gets a message; a file it accepts holds every lesson of the defaults with exactly their keys and value
// types, and what it read writes out and reads back to the very same state, without warnings.
//
// The defaults are those of a fresh GradLab window (tests/fuzz/lesson_defaults.gradlab, saved from the
// app); the per-lesson value checks that need the lesson views are covered by tst_lesson_files.

#include "lessons/lesson_file.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace gradlab;

namespace {

QMap<QString, QJsonObject> loadDefaults() {
    QFile file(QStringLiteral(GRADLAB_LESSON_DEFAULTS));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", GRADLAB_LESSON_DEFAULTS);
        std::abort();
    }
    const QJsonObject lessons = QJsonDocument::fromJson(file.readAll()).object().value("lessons").toObject();
    QMap<QString, QJsonObject> defaults;
    for (auto it = lessons.begin(); it != lessons.end(); ++it)
        defaults.insert(it.key(), it.value().toObject());
    if (defaults.size() < 9) std::abort();
    return defaults;
}

void fail(const char* why, const QByteArray& bytes) {
    std::fprintf(stderr, "fuzz_lesson_file: %s\n%.*s\n", why, static_cast<int>(bytes.size()),
                 bytes.constData());
    std::abort();
}

/// Same shape: the same keys, and values of the same type, arrays of the same length, all the way down.
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
        if (x.size() != y.size()) return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!sameShape(x.at(i), y.at(i))) return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const QMap<QString, QJsonObject> defaults = loadDefaults();
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
    return 0;
}
