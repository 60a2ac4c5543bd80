#pragma once
// Splits a formula as a learner types it (ASCII or the Unicode of a lesson: x², −, ·, π, eˣ) into tokens.

#include "text/text.h"

#include <string>
#include <string_view>
#include <vector>

namespace gradlab {

enum class TokenKind { Number, Identifier, Plus, Minus, Star, Slash, Caret, LeftParen, RightParen, End };

struct Token {
    TokenKind kind = TokenKind::End;
    std::string text;   ///< the token as it reads in ASCII ("2" for "²", "-" for "−", "pi" for "π")
    std::string source; ///< the characters the learner typed, for messages
    double number = 0.0;
    int column = 1;           ///< 1-based, counted in characters (code points), not bytes
    bool superscript = false; ///< produced from a superscript run such as ² or ˣ
};

struct LexError {
    std::string message; ///< text.english()
    Text text;
    int column = 0;
    std::string token;
};

/// Tokenises `text`. A superscript run (x², x⁻¹, eˣ) becomes `^ ( … )` so the parser needs no special case.
/// Returns false and fills `error` on invalid UTF-8, an unknown character or a malformed number.
bool tokenize(std::string_view text, std::vector<Token>& tokens, LexError& error);

/// Describes a token for an error message: "')'", "end of formula", "'sinn'".
Text describeToken(const Token& t);

} // namespace gradlab
