#pragma once
// A core sentence (gradlab::Text) in the interface's language: each pattern looked up among the installed
// translations (QCoreApplication::translate, the pattern's own context), the arguments filled in the same
// way, numbers written with the locale's decimal point. In English it equals Text::english().

#include "text/text.h"

#include <QString>

namespace gradlab {

QString translated(const Text& text);

} // namespace gradlab
