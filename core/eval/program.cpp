#include "eval/program.h"

#include "eval/wide_clones.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>

namespace gradlab {

namespace {

enum class ValueKind { Variable, Constant, Operation, Fused };

struct Value {
    ValueKind kind = ValueKind::Operation;
    Instruction ins; // dst/a/b are value ids during compilation
};

std::uint64_t bitsOf(double v) {
    std::uint64_t b;
    std::memcpy(&b, &v, sizeof b);
    return b;
}

inline double powInt(double x, int n) {
    double result = 1.0;
    double base = x;
    unsigned k = static_cast<unsigned>(n);
    while (k) {
        if (k & 1u) result *= base;
        base *= base;
        k >>= 1u;
    }
    return result;
}

bool isWhole(double v) {
    return std::isfinite(v) && std::floor(v) == v;
}

// Lowers expression trees to a list of values in dependency order, numbering equal values once.
class Lowering {
public:
    explicit Lowering(int dimension) {
        for (int v = 0; v < dimension; ++v) {
            Value val;
            val.kind = ValueKind::Variable;
            m_values.push_back(val);
        }
    }

    std::vector<Value>& values() { return m_values; }

    std::int32_t lower(const Expr& e) {
        const auto found = m_memo.find(e.get());
        if (found != m_memo.end()) return found->second.second;
        const std::int32_t id = compute(e);
        // The memo holds the node too: lowering builds temporary nodes, and a freed node's address could
        // otherwise be reused by a different one and hit a stale entry.
        m_memo.emplace(e.get(), std::make_pair(e, id));
        return id;
    }

private:
    using Key = std::tuple<int, int, std::int32_t, std::int32_t, std::uint64_t>;

    std::int32_t constant(double c) {
        const Key key{-1, 0, 0, 0, bitsOf(c)};
        const auto it = m_numbering.find(key);
        if (it != m_numbering.end()) return it->second;
        Value v;
        v.kind = ValueKind::Constant;
        v.ins.c = c;
        m_values.push_back(v);
        const auto id = static_cast<std::int32_t>(m_values.size() - 1);
        m_numbering.emplace(key, id);
        return id;
    }

    std::int32_t emit(OpCode op, std::int32_t a, std::int32_t b = 0, double c = 0.0,
                      FunctionKind f = FunctionKind::Sin) {
        // Commutative operations are numbered with sorted operands, so x*y and y*x are one value.
        if ((op == OpCode::Add || op == OpCode::Mul) && b < a) std::swap(a, b);
        const Key key{static_cast<int>(op), static_cast<int>(f), a, b, bitsOf(c)};
        const auto it = m_numbering.find(key);
        if (it != m_numbering.end()) return it->second;
        Value v;
        v.ins.op = op;
        v.ins.function = f;
        v.ins.a = a;
        v.ins.b = b;
        v.ins.c = c;
        m_values.push_back(v);
        const auto id = static_cast<std::int32_t>(m_values.size() - 1);
        m_numbering.emplace(key, id);
        return id;
    }

    bool isConstantValue(std::int32_t id) const { return m_values[id].kind == ValueKind::Constant; }
    double constantOf(std::int32_t id) const { return m_values[id].ins.c; }

    std::int32_t compute(const Expr& e) {
        switch (e->kind()) {
        case NodeKind::Number:
        case NodeKind::Constant:
            return constant(e->value());
        case NodeKind::Variable:
            return e->variableIndex();
        case NodeKind::Negate:
            return emit(OpCode::Neg, lower(e->child(0)));
        case NodeKind::Divide:
            return divide(lower(e->child(0)), e->child(1));
        case NodeKind::Add:
            return sum(e);
        case NodeKind::Multiply:
            return product(e);
        case NodeKind::Power:
            return power(lower(e->child(0)), e->child(1));
        case NodeKind::Call:
            if (e->function() == FunctionKind::Sqrt) return emit(OpCode::Sqrt, lower(e->child(0)));
            return emit(OpCode::Call, lower(e->child(0)), 0, 0.0, e->function());
        }
        return constant(std::numeric_limits<double>::quiet_NaN());
    }

    std::int32_t divide(std::int32_t a, const Expr& denominator) {
        const std::int32_t b = lower(denominator);
        if (isConstantValue(a)) return emit(OpCode::CDiv, b, 0, constantOf(a));
        return emit(OpCode::Div, a, b);
    }

    // a + b + … - c - … + k, with the constant k folded into one AddC or CSub.
    std::int32_t sum(const Expr& e) {
        double k = 0.0;
        bool haveK = false;
        std::vector<std::int32_t> plus, minus;
        for (const Expr& t : e->children()) {
            if (t->isNumber()) {
                k += t->value();
                haveK = true;
                continue;
            }
            if (t->kind() == NodeKind::Multiply && t->child(0)->isNumber() && t->child(0)->value() < 0) {
                std::vector<Expr> f(t->children());
                const double c = -f[0]->value();
                if (c == 1.0)
                    f.erase(f.begin());
                else
                    f[0] = Node::number(c);
                minus.push_back(lower(Node::multiply(std::move(f))));
            } else if (t->kind() == NodeKind::Negate) {
                minus.push_back(lower(t->child(0)));
            } else {
                plus.push_back(lower(t));
            }
        }
        std::int32_t acc;
        std::size_t firstMinus = 0;
        if (!plus.empty()) {
            acc = plus[0];
            for (std::size_t i = 1; i < plus.size(); ++i)
                acc = emit(OpCode::Add, acc, plus[i]);
        } else if (haveK && !minus.empty()) {
            acc = emit(OpCode::CSub, minus[0], 0, k);
            haveK = false;
            firstMinus = 1;
        } else if (!minus.empty()) {
            // -a - b - c as -(a + b + c): the same result bit for bit (rounding is symmetric), and the
            // final negation folds into the last addition.
            acc = minus[0];
            for (std::size_t i = 1; i < minus.size(); ++i)
                acc = emit(OpCode::Add, acc, minus[i]);
            return emit(OpCode::Neg, acc);
        } else {
            return constant(k);
        }
        for (std::size_t i = firstMinus; i < minus.size(); ++i)
            acc = emit(OpCode::Sub, acc, minus[i]);
        if (haveK && k != 0.0) acc = emit(OpCode::AddC, acc, 0, k);
        return acc;
    }

    // c * a * b * … / (d * …): factors with negative whole exponents go under one division.
    std::int32_t product(const Expr& e) {
        double c = 1.0;
        std::vector<std::int32_t> numerator, denominator;
        for (const Expr& f : e->children()) {
            if (f->isNumber()) {
                c *= f->value();
            } else if (f->kind() == NodeKind::Power && f->child(1)->isNumber() && f->child(1)->value() < 0 &&
                       isWhole(f->child(1)->value())) {
                const double n = -f->child(1)->value();
                denominator.push_back(n == 1.0 ? lower(f->child(0))
                                               : power(lower(f->child(0)), Node::number(n)));
            } else {
                numerator.push_back(lower(f));
            }
        }
        std::int32_t den = -1;
        for (std::int32_t d : denominator)
            den = den < 0 ? d : emit(OpCode::Mul, den, d);
        if (numerator.empty()) {
            if (den < 0) return constant(c);
            return emit(OpCode::CDiv, den, 0, c);
        }
        std::int32_t acc = numerator[0];
        for (std::size_t i = 1; i < numerator.size(); ++i)
            acc = emit(OpCode::Mul, acc, numerator[i]);
        if (den >= 0) acc = emit(OpCode::Div, acc, den);
        if (c == -1.0)
            acc = emit(OpCode::Neg, acc);
        else if (c != 1.0)
            acc = emit(OpCode::MulC, acc, 0, c);
        return acc;
    }

    std::int32_t power(std::int32_t base, const Expr& exponent) {
        if (exponent->isNumber()) {
            const double n = exponent->value();
            if (n == 1.0) return base;
            if (n == 2.0) return emit(OpCode::Square, base);
            if (n == 0.5) return emit(OpCode::Sqrt, base);
            if (isWhole(n) && std::fabs(n) <= 64) {
                if (n > 0) return emit(OpCode::PowInt, base, 0, n);
                if (n == -1.0) return emit(OpCode::CDiv, base, 0, 1.0);
                return emit(OpCode::CDiv, power(base, Node::number(-n)), 0, 1.0);
            }
            return emit(OpCode::PowC, base, 0, n);
        }
        const std::int32_t x = lower(exponent);
        if (isConstantValue(base)) return emit(OpCode::CPow, x, 0, constantOf(base));
        return emit(OpCode::Pow, base, x);
    }

    std::vector<Value> m_values;
    std::unordered_map<const Node*, std::pair<Expr, std::int32_t>> m_memo;
    std::map<Key, std::int32_t> m_numbering;
};

inline double applyOp(const Instruction& ins, double a, double b) {
    switch (ins.op) {
    case OpCode::Add:
        return a + b;
    case OpCode::Sub:
        return a - b;
    case OpCode::Mul:
        return a * b;
    case OpCode::Div:
        return a / b;
    case OpCode::Neg:
        return -a;
    case OpCode::AddC:
        return a + ins.c;
    case OpCode::MulC:
        return a * ins.c;
    case OpCode::CSub:
        return ins.c - a;
    case OpCode::CDiv:
        return ins.c / a;
    case OpCode::Square:
        return a * a;
    case OpCode::PowInt:
        return powInt(a, static_cast<int>(ins.c));
    case OpCode::PowC:
        return std::pow(a, ins.c);
    case OpCode::CPow:
        return std::pow(ins.c, a);
    case OpCode::Pow:
        return std::pow(a, b);
    case OpCode::Sqrt:
        return std::sqrt(a);
    case OpCode::Call:
        return applyFunction(ins.function, a);
    }
    return std::numeric_limits<double>::quiet_NaN();
}

inline double apply(const Instruction& ins, double a, double b) {
    const double r = applyOp(ins, a, b);
    switch (ins.post) {
    case PostOp::None:
        return r;
    case PostOp::Square:
        return r * r;
    case PostOp::Scale:
        return r * ins.c2;
    case PostOp::SquareScale:
        return (r * r) * ins.c2;
    }
    return r;
}

// Runs `op` over a block with the instruction's post-operation; one loop per post-operation so each
// vectorises.
template <typename Op>
inline void loop(Op op, PostOp post, double c2, double* __restrict d, const double* __restrict a,
                 const double* __restrict b, std::size_t n) {
    switch (post) {
    case PostOp::None:
        for (std::size_t i = 0; i < n; ++i)
            d[i] = op(a[i], b[i]);
        return;
    case PostOp::Square:
        for (std::size_t i = 0; i < n; ++i) {
            const double r = op(a[i], b[i]);
            d[i] = r * r;
        }
        return;
    case PostOp::Scale:
        for (std::size_t i = 0; i < n; ++i)
            d[i] = op(a[i], b[i]) * c2;
        return;
    case PostOp::SquareScale:
        for (std::size_t i = 0; i < n; ++i) {
            const double r = op(a[i], b[i]);
            d[i] = (r * r) * c2;
        }
        return;
    }
}

// One instruction over a block. dst never aliases a or b (the allocator guarantees it), so the loops
// vectorise; on processors with AVX2, four lanes at a time (GRADLAB_WIDE_CLONES).
GRADLAB_WIDE_CLONES void runBlockInstruction(const Instruction& ins, double* __restrict d,
                                             const double* __restrict a, const double* __restrict b,
                                             std::size_t n) {
    const double c = ins.c;
    const PostOp post = ins.post;
    const double c2 = ins.c2;
    switch (ins.op) {
    case OpCode::Add:
        return loop([](double x, double y) { return x + y; }, post, c2, d, a, b, n);
    case OpCode::Sub:
        return loop([](double x, double y) { return x - y; }, post, c2, d, a, b, n);
    case OpCode::Mul:
        return loop([](double x, double y) { return x * y; }, post, c2, d, a, b, n);
    case OpCode::Div:
        return loop([](double x, double y) { return x / y; }, post, c2, d, a, b, n);
    case OpCode::Neg:
        return loop([](double x, double) { return -x; }, post, c2, d, a, a, n);
    case OpCode::AddC:
        return loop([c](double x, double) { return x + c; }, post, c2, d, a, a, n);
    case OpCode::MulC:
        return loop([c](double x, double) { return x * c; }, post, c2, d, a, a, n);
    case OpCode::CSub:
        return loop([c](double x, double) { return c - x; }, post, c2, d, a, a, n);
    case OpCode::CDiv:
        return loop([c](double x, double) { return c / x; }, post, c2, d, a, a, n);
    case OpCode::Square:
        return loop([](double x, double) { return x * x; }, post, c2, d, a, a, n);
    case OpCode::Sqrt:
        return loop([](double x, double) { return std::sqrt(x); }, post, c2, d, a, a, n);
    case OpCode::PowInt:
        if (c == 3.0) return loop([](double x, double) { return x * x * x; }, post, c2, d, a, a, n);
        if (c == 4.0)
            return loop(
                [](double x, double) {
                    const double s = x * x;
                    return s * s;
                },
                post, c2, d, a, a, n);
        break;
    default:
        break;
    }
    for (std::size_t i = 0; i < n; ++i)
        d[i] = apply(ins, a[i], b[i]);
}

bool usesB(OpCode op) {
    return op == OpCode::Add || op == OpCode::Sub || op == OpCode::Mul || op == OpCode::Div ||
           op == OpCode::Pow;
}

// Folds a Square, MulC or Neg into the instruction that feeds it when that instruction's result is used
// nowhere else: (y - x²)² * 100 becomes one pass instead of three.
void fusePostOperations(std::vector<Value>& values, const std::vector<std::int32_t>& outputs) {
    std::vector<int> uses(values.size(), 0);
    for (const Value& v : values) {
        if (v.kind != ValueKind::Operation) continue;
        ++uses[v.ins.a];
        if (usesB(v.ins.op)) ++uses[v.ins.b];
    }
    for (std::int32_t o : outputs)
        ++uses[o];
    for (Value& v : values) {
        if (v.kind != ValueKind::Operation || v.ins.post != PostOp::None) continue;
        const OpCode op = v.ins.op;
        if (op != OpCode::Square && op != OpCode::MulC && op != OpCode::Neg) continue;
        Value& feeder = values[v.ins.a];
        if (feeder.kind != ValueKind::Operation || uses[v.ins.a] != 1) continue;
        PostOp post;
        double c2 = 1.0;
        if (op == OpCode::Square) {
            if (feeder.ins.post != PostOp::None) continue;
            post = PostOp::Square;
        } else {
            c2 = op == OpCode::Neg ? -1.0 : v.ins.c;
            if (feeder.ins.post == PostOp::None)
                post = PostOp::Scale;
            else if (feeder.ins.post == PostOp::Square)
                post = PostOp::SquareScale;
            else
                continue;
        }
        Instruction fused = feeder.ins;
        fused.post = post;
        fused.c2 = c2;
        v.ins = fused;
        feeder.kind = ValueKind::Fused;
    }
}

} // namespace

Program Program::compile(const std::vector<Expr>& outputs, int dimension) {
    Lowering lowering(dimension);
    std::vector<std::int32_t> outputValues;
    for (const Expr& e : outputs)
        outputValues.push_back(lowering.lower(e));
    std::vector<Value>& values = lowering.values();

    fusePostOperations(values, outputValues);

    Program p;
    p.m_dimension = dimension;

    // Registers: variables first, then constants (both live throughout), then a pool for the rest.
    std::vector<std::int32_t> reg(values.size(), -1);
    std::int32_t next = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i].kind == ValueKind::Variable) reg[i] = next++;
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i].kind == ValueKind::Constant) {
            reg[i] = next++;
            p.m_constants.emplace_back(reg[i], values[i].ins.c);
        }
    }
    // Last use of each operation value, in instruction order; outputs live to the end.
    const std::size_t never = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> lastUse(values.size(), 0);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i].kind != ValueKind::Operation) continue;
        lastUse[values[i].ins.a] = i;
        if (usesB(values[i].ins.op)) lastUse[values[i].ins.b] = i;
    }
    for (std::int32_t o : outputValues)
        lastUse[o] = never;

    std::vector<std::int32_t> freeList;
    for (std::size_t i = 0; i < values.size(); ++i) {
        Value& v = values[i];
        if (v.kind != ValueKind::Operation) continue;
        Instruction ins = v.ins;
        ins.a = reg[v.ins.a];
        ins.b = usesB(v.ins.op) ? reg[v.ins.b] : 0;
        // Allocate the destination before releasing operands, so it never aliases them.
        std::int32_t dst;
        if (!freeList.empty()) {
            dst = freeList.back();
            freeList.pop_back();
        } else {
            dst = next++;
        }
        reg[i] = dst;
        ins.dst = dst;
        p.m_code.push_back(ins);
        auto release = [&](std::int32_t operand) {
            if (values[operand].kind == ValueKind::Operation && lastUse[operand] == i) {
                freeList.push_back(reg[operand]);
                lastUse[operand] = never - 1; // released once even when used twice (x*x)
            }
        };
        release(v.ins.a);
        if (usesB(v.ins.op) && v.ins.b != v.ins.a) release(v.ins.b);
    }
    p.m_registerCount = static_cast<std::size_t>(next);
    for (std::int32_t o : outputValues)
        p.m_outputs.push_back(reg[o]);
    // An output computed by an instruction can be written straight into the caller's column by runBlock:
    // its register is never handed to a later value. Outputs that are a variable, a constant or a duplicate
    // of another output are copied instead.
    const std::size_t firstComputed = static_cast<std::size_t>(dimension) + p.m_constants.size();
    std::vector<bool> taken(p.m_registerCount, false);
    p.m_directOutput.assign(p.m_outputs.size(), false);
    for (std::size_t k = 0; k < p.m_outputs.size(); ++k) {
        const auto r = static_cast<std::size_t>(p.m_outputs[k]);
        if (r >= firstComputed && !taken[r]) p.m_directOutput[k] = taken[r] = true;
    }
    return p;
}

void Program::run(const double* point, double* out, double* scratch) const {
    for (int v = 0; v < m_dimension; ++v)
        scratch[v] = point[v];
    for (const auto& [r, c] : m_constants)
        scratch[r] = c;
    for (const Instruction& ins : m_code)
        scratch[ins.dst] = apply(ins, scratch[ins.a], scratch[ins.b]);
    for (std::size_t k = 0; k < m_outputs.size(); ++k)
        out[k] = scratch[m_outputs[k]];
}

void Program::run(const double* point, double* out) const {
    thread_local std::vector<double> scratch;
    if (scratch.size() < m_registerCount) scratch.resize(m_registerCount);
    run(point, out, scratch.data());
}

double Program::value(const double* point) const {
    if (m_outputs.empty()) return std::numeric_limits<double>::quiet_NaN();
    thread_local std::vector<double> scratch;
    if (scratch.size() < m_registerCount) scratch.resize(m_registerCount);
    double* s = scratch.data();
    for (int v = 0; v < m_dimension; ++v)
        s[v] = point[v];
    for (const auto& [r, c] : m_constants)
        s[r] = c;
    for (const Instruction& ins : m_code)
        s[ins.dst] = apply(ins, s[ins.a], s[ins.b]);
    return s[m_outputs[0]];
}

void Program::runGridRow(const double* xs, double y, std::size_t count, double* const* out,
                         BlockWorkspace& ws) const {
    // The y column repeats one value: one block of it serves every chunk (runBlock reads kBlock at most).
    ws.broadcast.assign(kBlock, y);
    const double* columns[2] = {xs, ws.broadcast.data()};
    if (m_dimension < 2) {
        runBlock(columns, count, out, ws);
        return;
    }
    runBlockImpl(columns, count, out, ws, true);
}

void Program::runBlock(const double* const* columns, std::size_t count, double* const* out,
                       BlockWorkspace& ws) const {
    runBlockImpl(columns, count, out, ws, false);
}

void Program::runBlockImpl(const double* const* columns, std::size_t count, double* const* out,
                           BlockWorkspace& ws, bool broadcastSecond) const {
    if (ws.storage.size() < m_registerCount * kBlock) ws.storage.assign(m_registerCount * kBlock, 0.0);
    ws.pointers.resize(m_registerCount);
    for (std::size_t r = 0; r < m_registerCount; ++r)
        ws.pointers[r] = ws.storage.data() + r * kBlock;
    for (const auto& [r, c] : m_constants)
        std::fill(ws.pointers[r], ws.pointers[r] + kBlock, c);
    double** regs = ws.pointers.data();
    const std::vector<bool>& direct = m_directOutput;
    for (std::size_t start = 0; start < count; start += kBlock) {
        const std::size_t n = std::min(kBlock, count - start);
        // Variables are read straight from the caller's columns.
        for (int v = 0; v < m_dimension; ++v)
            regs[v] = const_cast<double*>(columns[v] + ((broadcastSecond && v == 1) ? 0 : start));
        for (std::size_t k = 0; k < m_outputs.size(); ++k)
            if (direct[k]) regs[m_outputs[k]] = out[k] + start;
        for (const Instruction& ins : m_code)
            runBlockInstruction(ins, regs[ins.dst], regs[ins.a], regs[ins.b], n);
        for (std::size_t k = 0; k < m_outputs.size(); ++k)
            if (!direct[k]) std::memcpy(out[k] + start, regs[m_outputs[k]], n * sizeof(double));
    }
}

} // namespace gradlab
