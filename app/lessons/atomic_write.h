#pragma once
// Every file GradLab writes goes through here: into a temporary file beside the target that replaces it
// only when complete, so a failure or a cancel leaves the old file whole and nothing else behind.

#include <QString>
#include <functional>

class QIODevice;

namespace gradlab {

/// Writes `path` with `write`, which fills the device and returns false with a reason (or "cancelled")
/// to give up. False with "Cannot write PATH: REASON." in `error` on any failure.
bool writeAtomically(const QString& path, const std::function<bool(QIODevice* device, QString* why)>& write,
                     QString* error);

} // namespace gradlab
