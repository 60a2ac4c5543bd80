#pragma once
// A compiled, flat form of one or more expressions: common subexpressions computed once, constants folded
// into instructions, registers reused. Evaluates one point, or a block of points column by column so
// that each instruction becomes a tight loop the compiler vectorises (grids, sweeps).

#include "expression/expr.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace gradlab {

enum class OpCode : std::uint8_t {
    Add,
    Sub,
    Mul,
    Div,
    Neg,
    AddC,   ///< a + c
    MulC,   ///< a * c
    CSub,   ///< c - a
    CDiv,   ///< c / a
    Square, ///< a * a
    PowInt, ///< a ^ n for whole n, by repeated squaring
    PowC,   ///< a ^ c for any other constant c
    CPow,   ///< c ^ a
    Pow,    ///< a ^ b
    Sqrt,
    Call,
};

/// What an instruction does to its result before storing it. Fusing a following square or scaling into
/// the instruction that feeds it saves a pass over memory; the arithmetic (and so the result) is unchanged.
enum class PostOp : std::uint8_t {
    None,
    Square,      ///< r = r * r
    Scale,       ///< r = r * c2
    SquareScale, ///< r = (r * r) * c2
};

struct Instruction {
    OpCode op;
    FunctionKind function = FunctionKind::Sin;
    PostOp post = PostOp::None;
    std::int32_t dst = 0;
    std::int32_t a = 0;
    std::int32_t b = 0;
    double c = 0.0;
    double c2 = 1.0;
};

/// Reusable scratch memory for Program::runBlock, so a sweep over a grid allocates nothing per point.
class BlockWorkspace {
public:
    std::vector<double> storage;
    std::vector<double*> pointers;
    std::vector<double> broadcast; ///< one block of a repeated coordinate (runGridRow's y)
};

class Program {
public:
    /// Points per block in runBlock: small enough that every register stays in the L1 cache.
    static constexpr std::size_t kBlock = 256;

    Program() = default;
    /// Compiles `outputs` (expressions over `dimension` variables) into one program sharing their work.
    static Program compile(const std::vector<Expr>& outputs, int dimension);

    int dimension() const { return m_dimension; }
    int outputCount() const { return static_cast<int>(m_outputs.size()); }
    std::size_t registerCount() const { return m_registerCount; }
    std::size_t instructionCount() const { return m_code.size(); }
    const std::vector<Instruction>& code() const { return m_code; }
    /// Register of output k.
    std::int32_t outputRegister(int k) const { return m_outputs[static_cast<std::size_t>(k)]; }

    /// Evaluates all outputs at one point. `scratch` holds registerCount() doubles.
    void run(const double* point, double* out, double* scratch) const;
    /// Convenience form with an internal per-thread scratch buffer (no allocation after the first call).
    void run(const double* point, double* out) const;
    /// The first output at one point.
    double value(const double* point) const;

    /// Evaluates all outputs at `count` points: coordinate v of point i is columns[v][i]; output k of point
    /// i is written to out[k][i]. Non-finite results are written as they come (NaN, ±inf).
    void runBlock(const double* const* columns, std::size_t count, double* const* out,
                  BlockWorkspace& ws) const;
    /// One row of a grid: point i is (xs[i], y) (or xs[i] alone in one dimension). The same as runBlock with
    /// a y column full of y, without the caller having to write it.
    void runGridRow(const double* xs, double y, std::size_t count, double* const* out,
                    BlockWorkspace& ws) const;

private:
    void runBlockImpl(const double* const* columns, std::size_t count, double* const* out, BlockWorkspace& ws,
                      bool broadcastSecond) const;

    int m_dimension = 0;
    std::size_t m_registerCount = 0;
    std::vector<Instruction> m_code;
    std::vector<std::int32_t> m_outputs;                      ///< register of each output
    std::vector<bool> m_directOutput;                         ///< runBlock writes output k in place
    std::vector<std::pair<std::int32_t, double>> m_constants; ///< registers preloaded with constants
    // Variables live in registers 0 … dimension-1.
};

} // namespace gradlab
