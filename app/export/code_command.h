#pragma once
// `gradlab code LESSON "EXPR" … --lang numpy|torch [-o FILE.py]`: the Python script behind a lesson's
// state, as View → Show Code shows it.

namespace gradlab {

/// Adds `code` to the command line's subcommands.
void registerCodeCommand();

} // namespace gradlab
