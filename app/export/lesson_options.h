#pragma once
// The options with which `gradlab render` and `gradlab code` set a lesson's state: LESSON ["EXPR"] and
// --at, --h, --scheme, --start, --lr, --optimizer, --steps, the schedule, noise and seed, the fitting
// lesson's data, --zoom, --hessian and --overlay. One reader, so both commands accept the same words.

#include "cli/arguments.h"
#include "lessons/render_options.h"

#include <QString>
#include <set>
#include <string>

namespace gradlab {

/// The valued options the lesson's state is read from.
std::set<std::string> lessonOptionNames();
/// Its flags (options without a value).
std::set<std::string> lessonFlagNames();

/// Reads LESSON ["EXPR"] and the lesson options of `a` into `options`, with their checks; returns the
/// lesson's id. Throws cli::UsageError naming what is wrong (an unknown lesson lists the ids).
QString readLessonOptions(const cli::Arguments& a, RenderOptions* options);

} // namespace gradlab
