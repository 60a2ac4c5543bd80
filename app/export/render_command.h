#pragma once
// `gradlab render LESSON "EXPR" … -o FILE.png`: a lesson's figure drawn headless, exactly as File →
// Export PNG draws it.

namespace gradlab {

/// Adds `render` to the command line's subcommands.
void registerRenderCommand();

} // namespace gradlab
