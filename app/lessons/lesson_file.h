#pragma once
// The .gradlab lesson file: JSON with a format name and version, the active lesson and every lesson's
// state. Reading checks the whole file before anything is used: a file that is not JSON, is cut short,
// comes from a newer GradLab or holds a value of the wrong type is refused with a sentence saying so;
// unknown keys are ignored with a warning and missing keys take the lesson's defaults.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gradlab {

/// The version this GradLab writes and the newest it reads.
constexpr int kLessonFileVersion = 1;
/// Files larger than this are refused before parsing (a lesson file is a few kilobytes).
constexpr qint64 kMaxLessonFileSize = 16 * 1024 * 1024;

struct LessonFileContents {
    QMap<QString, QJsonObject> lessons; ///< every lesson of the defaults, merged with the file's values
    QString active;                     ///< the active lesson's id ("" if the file names none we know)
    QStringList warnings;               ///< keys ignored, one sentence each
};

/// The file's bytes: indented JSON, numbers written so that they read back exactly.
QByteArray encodeLessonFile(const QMap<QString, QJsonObject>& lessons, const QString& active);

/// Reads a lesson file against each lesson's default state, which gives the keys, their types and the
/// values of missing keys. False with a sentence in `error` if the file cannot be used.
bool decodeLessonFile(const QByteArray& bytes, const QMap<QString, QJsonObject>& defaults,
                      LessonFileContents* contents, QString* error);

/// Merges `loaded` into `defaults` key by key: a key of `defaults` missing from `loaded` keeps its
/// default, an unknown key adds a warning, a value of another type (or an array of another length) is
/// an error naming its path ("lessons.slope.x"). Exposed for tests.
bool mergeState(const QJsonObject& defaults, const QJsonObject& loaded, const QString& path,
                QJsonObject* merged, QStringList* warnings, QString* error);

/// Whether a default list is a list of rows (the fitting lesson's data points): such a list has any
/// length in a file, each row read like the default's first. Other lists (a range, a point) keep the
/// default's length.
bool isListOfRows(const QJsonArray& defaultList);

/// Reads a lesson file's bytes, refusing one that is unreadable or far too large.
bool readFileBytes(const QString& path, QByteArray* bytes, QString* error);

/// Writes the bytes atomically: the old file stays whole until the new one is complete.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

} // namespace gradlab
