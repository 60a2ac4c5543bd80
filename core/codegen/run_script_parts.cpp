#include "codegen/run_script_parts.h"

#include "codegen/python_expression.h"
#include "expression/printer.h"

namespace gradlab {

std::string fillTemplate(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
    for (const auto& [key, value] : values) {
        const std::string hole = "@" + key + "@";
        for (std::size_t at = text.find(hole); at != std::string::npos;
             at = text.find(hole, at + value.size()))
            text.replace(at, hole.size(), value);
    }
    return text;
}

std::vector<std::string> pythonParameterNames(const std::vector<std::string>& variables) {
    std::vector<std::string> out;
    for (const std::string& v : variables)
        out.push_back(pythonVariableName(v));
    return out;
}

std::string runOptions(OptimizerKind kind, const Hyperparameters& hp, const Schedule& schedule) {
    std::string out;
    const Hyperparameters defaults;
    for (Hyperparameter h : kHyperparameters)
        if (h != Hyperparameter::LearningRate && usesHyperparameter(kind, h) &&
            hyperparameterValue(hp, h) != hyperparameterValue(defaults, h))
            out += std::string(" --") + hyperparameterRange(h).option + " " +
                   formatNumber(hyperparameterValue(hp, h));
    if (schedule.kind != ScheduleKind::Constant) {
        out += std::string(" --schedule ") + scheduleName(schedule.kind);
        for (const auto& [option, value] : scheduleSettings(schedule))
            out += " --" + option + " " + formatNumber(value);
    }
    return out;
}

std::string pythonSeededRandom() {
    return R"PY(
class SeededRandom:
    """GradLab's random numbers, bit for bit: C++'s std::mt19937_64 (the 64-bit Mersenne Twister, written
    out here in pure Python) with GradLab's own uniform, normal, below and shuffle on top of it, so that
    the same seed gives the same draws as in GradLab."""

    MASK = (1 << 64) - 1

    def __init__(self, seed):
        self.words = [seed & self.MASK]
        for i in range(1, 312):
            previous = self.words[-1]
            self.words.append((6364136223846793005 * (previous ^ (previous >> 62)) + i) & self.MASK)
        self.index = 312
        self.spare = None

    def next64(self):
        """The engine's next 64-bit number (std::mt19937_64's operator())."""
        if self.index == 312:  # all 312 words used: twist them into the next 312
            for i in range(312):
                x = (self.words[i] & 0xFFFFFFFF80000000) | (self.words[(i + 1) % 312] & 0x7FFFFFFF)
                twisted = (x >> 1) ^ (0xB5026F5AA96619E9 if x & 1 else 0)
                self.words[i] = self.words[(i + 156) % 312] ^ twisted
            self.index = 0
        y = self.words[self.index]
        self.index += 1
        y ^= (y >> 29) & 0x5555555555555555
        y ^= (y << 17) & 0x71D67FFFEDA60000
        y ^= (y << 37) & 0xFFF7EEE000000000
        y ^= y >> 43
        return y & self.MASK

    def uniform(self):
        """Uniform in [0, 1), from the top 53 bits of a draw."""
        return (self.next64() >> 11) * 2.0**-53

    def normal(self):
        """A standard normal number by Box-Muller: each pair of uniforms gives two, cosine first."""
        if self.spare is not None:
            value, self.spare = self.spare, None
            return value
        u1 = 1.0 - self.uniform()  # in (0, 1]: its logarithm is finite
        u2 = self.uniform()
        r = math.sqrt(-2.0 * math.log(u1))
        self.spare = r * math.sin(2.0 * math.pi * u2)
        return r * math.cos(2.0 * math.pi * u2)

    def below(self, n):
        """A whole number in [0, n) without bias: draws in the top partial block of 2**64 are drawn again."""
        limit = self.MASK - self.MASK % n
        while True:
            x = self.next64()
            if x < limit:
                return x % n

    def shuffle(self, rows):
        """Fisher-Yates, from the end."""
        for i in range(len(rows), 1, -1):
            j = self.below(i)
            rows[i - 1], rows[j] = rows[j], rows[i - 1]
)PY";
}

std::string pythonRunHelpers() {
    return R"PY(
def number(v):
    """A float as GradLab's JSON writes it: null (None) when it is not finite."""
    v = float(v)
    return v if math.isfinite(v) else None


def trouble(point, loss, g):
    """Why a run cannot go on from here, in GradLab's words, or "" when all is well: a value that is not
    finite, or a loss or coordinate past 1e12 (a run that got there is diverging)."""

    def went(what, v):
        if math.isnan(v):
            return what + " is undefined (not a number)"
        return what + " became " + ("+infinite" if v > 0 else "-infinite")

    for v in point:
        if not math.isfinite(v):
            return went("the point", v)
    if not math.isfinite(loss):
        return went("the loss", loss)
    for v in g:
        if not math.isfinite(v):
            return went("the gradient", v)
    if loss > 1e12:
        return "the loss passed 1e12"
    if loss < -1e12:
        return "the loss fell below \u22121e12"
    for v in point:
        if abs(v) > 1e12:
            return "a coordinate passed 1e12"
    return ""
)PY";
}

std::string pythonScheduleObject(const Schedule& s, ScriptLanguage language) {
    std::string out = std::string("{\"kind\": \"") + scheduleName(s.kind) + "\"";
    for (auto [option, value] : scheduleSettings(s)) {
        for (char& c : option)
            if (c == '-') c = '_';
        out += ", \"" + option + "\": " + pythonNumber(value, language);
    }
    return out + "}";
}

std::string pythonSchedule(const Schedule& s, ScriptLanguage language) {
    const std::string summary = scheduleSummary(s);
    const auto n = [language](double v) { return pythonNumber(v, language); };
    const auto i = [](int v) { return std::to_string(v); };
    if (language == ScriptLanguage::NumPy) {
        std::string body;
        switch (s.kind) {
        case ScheduleKind::Constant:
            body = "    return lr\n";
            break;
        case ScheduleKind::Step:
            body = "    step_size, gamma = " + i(s.stepSize) + ", " + n(s.gamma) +
                   "\n    # StepLR: times gamma every step_size updates\n"
                   "    return lr * gamma ** (t // step_size)\n";
            break;
        case ScheduleKind::Exponential:
            body = "    gamma = " + n(s.gamma) +
                   "\n    # ExponentialLR: times gamma every update\n"
                   "    return lr * gamma**t\n";
            break;
        case ScheduleKind::Cosine:
            body = "    t_max, eta_min = " + i(s.tMax) + ", " + n(s.etaMin) +
                   "\n    # CosineAnnealingLR: half a cosine from lr down to eta_min over t_max updates\n"
                   "    return eta_min + (lr - eta_min) * (1.0 + math.cos(math.pi * t / t_max)) / 2.0\n";
            break;
        case ScheduleKind::WarmupCosine:
            body = "    warmup, start_factor = " + i(s.warmup) + ", " + n(s.startFactor) +
                   "\n    t_max, eta_min = " + i(s.tMax) + ", " + n(s.etaMin) +
                   "\n    if t < warmup:  # LinearLR: from start_factor * lr up to lr\n"
                   "        return lr * (start_factor + (1.0 - start_factor) * t / warmup)\n"
                   "    # then CosineAnnealingLR over the t_max - warmup updates left\n"
                   "    return eta_min + (lr - eta_min) * (1.0 + math.cos(math.pi * (t - warmup) / (t_max - "
                   "warmup))) / 2.0\n";
            break;
        }
        return "\n\ndef scheduled_rate(lr, k):\n    \"\"\"The rate of update k = 1, 2, ... for the base rate "
               "lr (schedule: " +
               summary +
               "),\n    in closed form: the rate torch.optim.lr_scheduler has set after k - 1 calls of "
               "scheduler.step().\"\"\"\n" +
               (s.kind == ScheduleKind::Constant ? "" : "    t = k - 1\n") + body;
    }
    std::string body;
    switch (s.kind) {
    case ScheduleKind::Constant:
        body = "    return None  # a constant rate needs no scheduler\n";
        break;
    case ScheduleKind::Step:
        body = "    return torch.optim.lr_scheduler.StepLR(optimizer, step_size=" + i(s.stepSize) +
               ", gamma=" + n(s.gamma) + ")\n";
        break;
    case ScheduleKind::Exponential:
        body = "    return torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=" + n(s.gamma) + ")\n";
        break;
    case ScheduleKind::Cosine:
        body = "    return torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=" + i(s.tMax) +
               ", eta_min=" + n(s.etaMin) + ")\n";
        break;
    case ScheduleKind::WarmupCosine:
        body =
            "    # SequentialLR steps its second scheduler with an epoch number, which torch warns about\n"
            "    warnings.filterwarnings(\"ignore\", category=UserWarning)\n"
            "    warmup = torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=" +
            n(s.startFactor) + ", total_iters=" + i(s.warmup) +
            ")\n    cosine = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=" +
            i(s.tMax - s.warmup) + ", eta_min=" + n(s.etaMin) +
            ")\n    return torch.optim.lr_scheduler.SequentialLR(optimizer, [warmup, cosine], milestones=[" +
            i(s.warmup) + "])\n";
        break;
    }
    return "\n\ndef make_scheduler(optimizer):\n    \"\"\"The schedule (" + summary +
           ") as torch.optim.lr_scheduler's scheduler:\n    scheduler.step() after each optimizer.step() "
           "sets the next update's rate.\"\"\"\n" +
           body;
}

std::string pythonHyperparameters(OptimizerKind kind, const Hyperparameters& hp, ScriptLanguage language) {
    std::string out;
    for (Hyperparameter h : kHyperparameters) {
        if (h == Hyperparameter::LearningRate || !usesHyperparameter(kind, h)) continue;
        const double v = h == Hyperparameter::Eps ? hp.epsilonFor(kind) : hyperparameterValue(hp, h);
        out += (out.empty() ? "" : ", ") + std::string("\"") + hyperparameterRange(h).option +
               "\": " + pythonNumber(v, language);
    }
    return "{" + out + "}";
}

namespace {

bool uses(const std::vector<OptimizerKind>& kinds, OptimizerKind k) {
    for (OptimizerKind x : kinds)
        if (x == k) return true;
    return false;
}

std::string stateNames(const std::vector<OptimizerKind>& kinds) {
    std::string out;
    for (OptimizerKind k : kOptimizers) {
        if (!uses(kinds, k) || *firstStateTorchName(k) == '\0') continue;
        out += (out.empty() ? "" : ", ") + std::string("\"") + optimizerName(k) + "\": [\"" +
               firstStateTorchName(k) + "\"";
        if (*secondStateTorchName(k) != '\0') out += std::string(", \"") + secondStateTorchName(k) + "\"";
        out += "]";
    }
    return "\n\n# The optimizer state each update leaves, under torch.optim's names "
           "(optimizer.state[params]).\n"
           "STATE_NAMES = {" +
           out + "}\n";
}

const char* kNumpyNewton = R"PY(

def newton_direction(g, H):
    """Newton's direction, the solution d of H d = g; None where GradLab takes a gradient step instead: H
    not finite, or not positive definite (f'' <= 0 in 1-D; in 2-D the Cholesky factorisation fails)."""
    if not np.isfinite(H).all():
        return None
    if len(g) == 1:
        return g / H[0, 0] if H[0, 0] > 0 else None
    # H = L L^T with L lower triangular (as Eigen's LLT computes it: a pivot that is not positive fails),
    # then L y = g forwards and L^T d = y backwards.
    if not H[0, 0] > 0:
        return None
    l11 = math.sqrt(H[0, 0])
    l21 = H[1, 0] / l11
    pivot = H[1, 1] - l21 * l21
    if not pivot > 0:
        return None
    l22 = math.sqrt(pivot)
    y0 = g[0] / l11
    y1 = (g[1] - l21 * y0) / l22
    d1 = y1 / l22
    d0 = (y0 - l21 * d1) / l11
    d = np.array([d0, d1])
    return d if np.isfinite(d).all() else None
)PY";

const char* kTorchNewton = R"PY(

def newton_direction(g, H):
    """Newton's direction, the solution d of H d = g; None where GradLab takes a gradient step instead: H
    not finite, or not positive definite (f'' <= 0 in 1-D; in 2-D the Cholesky factorisation fails)."""
    if not bool(torch.isfinite(H).all()):
        return None
    if H.shape[0] == 1:
        return g / H[0, 0] if H[0, 0] > 0 else None
    L, info = torch.linalg.cholesky_ex(H)
    if info != 0:
        return None
    d = torch.cholesky_solve(g.unsqueeze(1), L).squeeze(1)
    return d if bool(torch.isfinite(d).all()) else None
)PY";

} // namespace

std::string pythonOptimizers(const std::vector<OptimizerKind>& kinds, ScriptLanguage language) {
    std::string out = stateNames(kinds);
    const bool newton = uses(kinds, OptimizerKind::Newton);
    if (language == ScriptLanguage::Torch) {
        if (newton) out += kTorchNewton;
        out += "\n\ndef make_optimizer(optimizer, params, lr, hp):\n"
               "    \"\"\"torch.optim's optimizer for GradLab's optimizer `optimizer` over the parameters "
               "params, at "
               "rate lr,\n    with the hyperparameters hp.\"\"\"\n";
        for (OptimizerKind k : kOptimizers) {
            if (!uses(kinds, k)) continue;
            out += std::string("    if optimizer == \"") + optimizerName(k) + "\":\n";
            switch (k) {
            case OptimizerKind::GradientDescent:
                out += "        return torch.optim.SGD([params], lr=lr)\n";
                break;
            case OptimizerKind::Momentum:
                out += "        return torch.optim.SGD([params], lr=lr, momentum=hp[\"momentum\"])\n";
                break;
            case OptimizerKind::Nesterov:
                out += "        return torch.optim.SGD([params], lr=lr, momentum=hp[\"momentum\"], "
                       "nesterov=True)\n";
                break;
            case OptimizerKind::Adagrad:
                out += "        return torch.optim.Adagrad([params], lr=lr, eps=hp[\"eps\"])\n";
                break;
            case OptimizerKind::RMSprop:
                out += "        return torch.optim.RMSprop([params], lr=lr, alpha=hp[\"alpha\"], "
                       "eps=hp[\"eps\"])\n";
                break;
            case OptimizerKind::Adam:
                out +=
                    "        return torch.optim.Adam([params], lr=lr, betas=(hp[\"beta1\"], hp[\"beta2\"]), "
                    "eps=hp[\"eps\"])\n";
                break;
            case OptimizerKind::Newton:
                out +=
                    "        # torch.optim has no Newton's method: SGD only carries the (scheduled) rate,\n"
                    "        # and the Newton step is taken by hand\n"
                    "        return torch.optim.SGD([params], lr=lr)\n";
                break;
            }
        }
        out += "    raise ValueError(optimizer)\n";
        return out;
    }
    if (newton) out += kNumpyNewton;
    out += "\n\ndef update(optimizer, point, g, hessian, lr, t, state, hp):\n"
           "    \"\"\"Update t (1, 2, ...) of the point at rate lr from the gradient g, written out as "
           "torch.optim's\n    single-tensor code computes it, operation for operation; `state` holds the "
           "optimizer's buffers\n    under torch's names. Returns the new point and whether Newton fell back "
           "to a gradient step.\"\"\"\n";
    for (OptimizerKind k : kOptimizers) {
        if (!uses(kinds, k)) continue;
        out += std::string("    if optimizer == \"") + optimizerName(k) + "\":\n";
        switch (k) {
        case OptimizerKind::GradientDescent:
            out += "        # torch.optim.SGD: a step against the gradient\n"
                   "        return point + (-lr) * g, False\n";
            break;
        case OptimizerKind::Momentum:
        case OptimizerKind::Nesterov:
            out += "        # torch.optim.SGD with momentum: the buffer starts as the gradient, then buf = "
                   "mu*buf + g\n"
                   "        mu = hp[\"momentum\"]\n"
                   "        buf = g.copy() if t == 1 else state[\"momentum_buffer\"] * mu + g\n"
                   "        state[\"momentum_buffer\"] = buf\n";
            out += k == OptimizerKind::Momentum
                       ? "        return point + (-lr) * buf, False\n"
                       : "        # nesterov: the step looks ahead along the buffer\n"
                         "        return point + (-lr) * (g + mu * buf), False\n";
            break;
        case OptimizerKind::Adagrad:
            out +=
                "        # torch.optim.Adagrad: each coordinate's rate shrinks with the sum of its squared "
                "gradients\n"
                "        state[\"sum\"] = state[\"sum\"] + g * g\n"
                "        std = np.sqrt(state[\"sum\"]) + hp[\"eps\"]\n"
                "        return point + (-lr) * (g / std), False\n";
            break;
        case OptimizerKind::RMSprop:
            out += "        # torch.optim.RMSprop: a running mean of the squared gradient scales each "
                   "coordinate\n"
                   "        alpha = hp[\"alpha\"]\n"
                   "        state[\"square_avg\"] = state[\"square_avg\"] * alpha + (1.0 - alpha) * (g * g)\n"
                   "        avg = np.sqrt(state[\"square_avg\"]) + hp[\"eps\"]\n"
                   "        return point + (-lr) * (g / avg), False\n";
            break;
        case OptimizerKind::Adam:
            out +=
                "        # torch.optim.Adam: running means of g (exp_avg) and g**2 (exp_avg_sq), corrected "
                "for "
                "their\n        # start at zero\n"
                "        beta1, beta2 = hp[\"beta1\"], hp[\"beta2\"]\n"
                "        bias_correction1 = 1.0 - beta1**t\n"
                "        bias_correction2 = 1.0 - beta2**t\n"
                "        step_size = lr / bias_correction1\n"
                "        # exp_avg moves towards g by the weight 1 - beta1 (torch's lerp, as torch computes "
                "it)\n"
                "        weight = 1.0 - beta1\n"
                "        m = state[\"exp_avg\"]\n"
                "        state[\"exp_avg\"] = m + weight * (g - m) if weight < 0.5 else g - (g - m) * (1.0 - "
                "weight)\n"
                "        state[\"exp_avg_sq\"] = state[\"exp_avg_sq\"] * beta2 + (1.0 - beta2) * (g * g)\n"
                "        denom = np.sqrt(state[\"exp_avg_sq\"]) / math.sqrt(bias_correction2) + hp[\"eps\"]\n"
                "        return point + (-step_size) * (state[\"exp_avg\"] / denom), False\n";
            break;
        case OptimizerKind::Newton:
            out +=
                "        # Newton's method: the step the local parabola (the Hessian) gives, scaled by lr\n"
                "        d = newton_direction(g, hessian)\n"
                "        if d is None:\n"
                "            return point + (-lr) * g, True\n"
                "        return point - lr * d, False\n";
            break;
        }
    }
    out += "    raise ValueError(optimizer)\n";
    return out;
}

} // namespace gradlab
