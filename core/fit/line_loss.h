#pragma once
// The loss of the line ŷ = w·x + b on data: the mean squared error L(w, b) = mean((y − (w·x + b))²), with
// its gradient and Hessian over (w, b), on all the data or on a batch of rows; and the least-squares line.

#include "fit/data_set.h"

namespace gradlab {

struct LineLoss {
    double loss = 0.0;
    double gradient[2] = {0.0, 0.0}; ///< ∂L/∂w, ∂L/∂b
};

/// L and ∇L over every point (as torch computes ((y - (w*x + b))**2).mean() and its backward pass).
LineLoss lineLoss(const DataSet& data, double w, double b);
/// L and ∇L over the rows `rows[0 … count)` of `data`.
LineLoss batchLoss(const DataSet& data, const int* rows, int count, double w, double b);
/// The Hessian of batchLoss, row-major over (w, b): 2/n · [Σx², Σx; Σx, n]. It does not depend on (w, b).
void batchHessian(const DataSet& data, const int* rows, int count, double* hessian);

/// The line that minimises L.
struct LeastSquares {
    /// False when every x is the same (or there are no points): then every line through (x̄, ȳ) with any
    /// slope is a minimum, and w = 0, b = ȳ is the one given.
    bool unique = false;
    double w = 0.0;
    double b = 0.0;
    double loss = 0.0; ///< L at (w, b)
};
LeastSquares leastSquares(const DataSet& data);

} // namespace gradlab
