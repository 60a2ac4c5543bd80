#include "diff/forward_ad.h"

namespace gradlab {

double forwardGradient(const Expr& e, int dimension, const double* point, double* gradient) {
    std::vector<Dual> vars(static_cast<std::size_t>(dimension));
    double value = evaluateTree(e, point);
    for (int seed = 0; seed < dimension; ++seed) {
        for (int i = 0; i < dimension; ++i)
            vars[i] = Dual(point[i], i == seed ? 1.0 : 0.0);
        const Dual r = evaluateTree(e, vars.data());
        gradient[seed] = r.derivative;
        value = r.value;
    }
    return value;
}

} // namespace gradlab
