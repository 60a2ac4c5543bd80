#pragma once
// Where a file dialog starts: never a folder that is not there (a fresh account may have no ~/Pictures or
// ~/Documents, and a remembered folder may have been deleted since).

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace gradlab {

/// The first of `candidates` that is an existing folder, else the home folder.
inline QString firstExistingFolder(const QStringList& candidates) {
    for (const QString& folder : candidates)
        if (!folder.isEmpty() && QFileInfo(folder).isDir()) return QFileInfo(folder).absoluteFilePath();
    return QDir::homePath();
}

} // namespace gradlab
