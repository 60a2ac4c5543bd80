#include "lessons/lesson_file.h"

#include "lessons/atomic_write.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace gradlab {

namespace {

const QString kFormatName = QStringLiteral("gradlab");

// Translation context LessonFile: lupdate reads the context of LessonFile::tr() from Q_DECLARE_TR_FUNCTIONS,
// as Qt does at run time (a free tr() in a namespace is filed under the namespace's name, which no lookup
// uses).
struct LessonFile {
    Q_DECLARE_TR_FUNCTIONS(LessonFile)
};

QString typeName(QJsonValue::Type t) {
    switch (t) {
    case QJsonValue::Bool:
        return LessonFile::tr("true or false");
    case QJsonValue::Double:
        return LessonFile::tr("a number");
    case QJsonValue::String:
        return LessonFile::tr("text");
    case QJsonValue::Array:
        return LessonFile::tr("a list");
    case QJsonValue::Object:
        return LessonFile::tr("an object");
    case QJsonValue::Null:
        return LessonFile::tr("null");
    default:
        return LessonFile::tr("nothing");
    }
}

bool mergeValue(const QJsonValue& def, const QJsonValue& value, const QString& path, QJsonValue* out,
                QStringList* warnings, QString* error) {
    if (value.type() != def.type()) {
        *error = LessonFile::tr("\"%1\" should be %2, not %3")
                     .arg(path, typeName(def.type()), typeName(value.type()));
        return false;
    }
    if (def.isObject()) {
        QJsonObject merged;
        if (!mergeState(def.toObject(), value.toObject(), path, &merged, warnings, error)) return false;
        *out = merged;
        return true;
    }
    if (def.isArray()) {
        const QJsonArray d = def.toArray(), v = value.toArray();
        if (isListOfRows(d)) {
            QJsonArray merged;
            for (int i = 0; i < v.size(); ++i) {
                QJsonValue element;
                if (!mergeValue(d[0], v[i], QStringLiteral("%1[%2]").arg(path).arg(i), &element, warnings,
                                error))
                    return false;
                merged.append(element);
            }
            *out = merged;
            return true;
        }
        if (d.size() != v.size()) {
            *error = LessonFile::tr("\"%1\" should be a list of %n value(s), not %2", nullptr,
                                    static_cast<int>(d.size()))
                         .arg(path)
                         .arg(v.size());
            return false;
        }
        QJsonArray merged;
        for (int i = 0; i < d.size(); ++i) {
            QJsonValue element;
            if (!mergeValue(d[i], v[i], QStringLiteral("%1[%2]").arg(path).arg(i), &element, warnings, error))
                return false;
            merged.append(element);
        }
        *out = merged;
        return true;
    }
    *out = value;
    return true;
}

} // namespace

QByteArray encodeLessonFile(const QMap<QString, QJsonObject>& lessons, const QString& active) {
    QJsonObject lessonObject;
    for (auto it = lessons.begin(); it != lessons.end(); ++it)
        lessonObject.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("format"), kFormatName},
                           {QStringLiteral("version"), kLessonFileVersion},
                           {QStringLiteral("active"), active},
                           {QStringLiteral("lessons"), lessonObject}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool mergeState(const QJsonObject& defaults, const QJsonObject& loaded, const QString& path,
                QJsonObject* merged, QStringList* warnings, QString* error) {
    *merged = defaults;
    for (auto it = loaded.begin(); it != loaded.end(); ++it) {
        const QString keyPath = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
        if (!defaults.contains(it.key())) {
            warnings->append(LessonFile::tr("unknown key \"%1\" ignored").arg(keyPath));
            continue;
        }
        QJsonValue value;
        if (!mergeValue(defaults.value(it.key()), it.value(), keyPath, &value, warnings, error)) return false;
        merged->insert(it.key(), value);
    }
    return true;
}

bool decodeLessonFile(const QByteArray& bytes, const QMap<QString, QJsonObject>& defaults,
                      LessonFileContents* contents, QString* error) {
    if (bytes.trimmed().isEmpty()) {
        *error = LessonFile::tr("the file is empty");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            LessonFile::tr("it is not a GradLab lesson file, or it is damaged or cut short: %1 at byte %2")
                .arg(parseError.errorString())
                .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != kFormatName) {
        *error = LessonFile::tr("it is not a GradLab lesson file (it has no \"format\": \"gradlab\")");
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt()) {
        *error = LessonFile::tr("its format version is missing or not a whole number");
        return false;
    }
    if (version.toInt() > kLessonFileVersion) {
        *error =
            LessonFile::tr("it was saved by a newer GradLab (format version %1; this version reads up to %2)")
                .arg(version.toInt())
                .arg(kLessonFileVersion);
        return false;
    }
    LessonFileContents result;
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("version") &&
            it.key() != QLatin1String("active") && it.key() != QLatin1String("lessons"))
            result.warnings.append(LessonFile::tr("unknown key \"%1\" ignored").arg(it.key()));
    const QJsonValue lessons = root.value(QStringLiteral("lessons"));
    if (!lessons.isUndefined() && !lessons.isObject()) {
        *error = LessonFile::tr("\"lessons\" should be an object, not %1").arg(typeName(lessons.type()));
        return false;
    }
    const QJsonObject lessonObject = lessons.toObject();
    for (auto it = lessonObject.begin(); it != lessonObject.end(); ++it) {
        if (!defaults.contains(it.key())) {
            result.warnings.append(LessonFile::tr("unknown lesson \"%1\" ignored").arg(it.key()));
            continue;
        }
        if (!it.value().isObject()) {
            *error = LessonFile::tr("\"lessons.%1\" should be an object, not %2")
                         .arg(it.key(), typeName(it.value().type()));
            return false;
        }
    }
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        QJsonObject merged;
        if (!mergeState(it.value(), lessonObject.value(it.key()).toObject(),
                        QStringLiteral("lessons.") + it.key(), &merged, &result.warnings, error))
            return false;
        result.lessons.insert(it.key(), merged);
    }
    const QJsonValue active = root.value(QStringLiteral("active"));
    if (!active.isUndefined() && !active.isString()) {
        *error = LessonFile::tr("\"active\" should be text, not %1").arg(typeName(active.type()));
        return false;
    }
    result.active = active.toString();
    if (!result.active.isEmpty() && !defaults.contains(result.active)) {
        result.warnings.append(LessonFile::tr("unknown active lesson \"%1\" ignored").arg(result.active));
        result.active.clear();
    }
    *contents = result;
    return true;
}

bool isListOfRows(const QJsonArray& defaultList) {
    return !defaultList.isEmpty() && defaultList.first().isArray();
}

bool readFileBytes(const QString& path, QByteArray* bytes, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            LessonFile::tr("Cannot open %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > kMaxLessonFileSize) {
        *error = LessonFile::tr("Cannot open %1: it is %2 MB, far too large for a lesson file.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(file.size() / (qint64(1024) * 1024));
        return false;
    }
    *bytes = file.readAll();
    return true;
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    return writeAtomically(
        path,
        [&bytes](QIODevice* device, QString* why) {
            if (device->write(bytes) == bytes.size()) return true;
            *why = device->errorString();
            return false;
        },
        error);
}

} // namespace gradlab
