#include "lessons/atomic_write.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>

namespace gradlab {

bool writeAtomically(const QString& path, const std::function<bool(QIODevice* device, QString* why)>& write,
                     QString* error) {
    auto fail = [&](const QString& why) {
        if (error) *error = QObject::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return fail(
            QObject::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    // The file is written beside its final name and renamed: a folder that takes no new file (read-only,
    // /proc) fails here, with the system's reason.
    if (!file.open(QIODevice::WriteOnly))
        return fail(QObject::tr("the folder %1 does not take a new file (the system says: %2)")
                        .arg(QDir::toNativeSeparators(info.absolutePath()), file.errorString()));
    QString why;
    if (!write(&file, &why) || file.error() != QFileDevice::NoError) {
        if (why.isEmpty()) why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit()) return fail(file.errorString());
    return true;
}

} // namespace gradlab
