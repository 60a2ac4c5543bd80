#include "fit/line_loss.h"

#include <cmath>

namespace gradlab {

LineLoss batchLoss(const DataSet& data, const int* rows, int count, double w, double b) {
    LineLoss out;
    if (count <= 0) return out;
    const double n = count;
    double sum = 0.0, gw = 0.0, gb = 0.0;
    for (int i = 0; i < count; ++i) {
        const DataPoint& p = data[static_cast<std::size_t>(rows[i])];
        const double r = p.y - (w * p.x + b);
        sum += r * r;
        // autograd: d(mean r²)/dr = 2r/n, and dr/dŷ = −1
        const double dPrediction = -(2.0 * r / n);
        gw += dPrediction * p.x;
        gb += dPrediction;
    }
    out.loss = sum / n;
    out.gradient[0] = gw;
    out.gradient[1] = gb;
    return out;
}

LineLoss lineLoss(const DataSet& data, double w, double b) {
    std::vector<int> rows(data.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = static_cast<int>(i);
    return batchLoss(data, rows.data(), static_cast<int>(rows.size()), w, b);
}

void batchHessian(const DataSet& data, const int* rows, int count, double* hessian) {
    double sxx = 0.0, sx = 0.0;
    for (int i = 0; i < count; ++i) {
        const double x = data[static_cast<std::size_t>(rows[i])].x;
        sxx += x * x;
        sx += x;
    }
    const double k = count > 0 ? 2.0 / count : 0.0;
    hessian[0] = k * sxx;
    hessian[1] = hessian[2] = k * sx;
    hessian[3] = count > 0 ? 2.0 : 0.0;
}

LeastSquares leastSquares(const DataSet& data) {
    LeastSquares out;
    if (data.empty()) return out;
    const double n = static_cast<double>(data.size());
    double mx = 0.0, my = 0.0;
    for (const DataPoint& p : data) {
        mx += p.x;
        my += p.y;
    }
    mx /= n;
    my /= n;
    // Centred sums: exact for data far from the origin, where Σx² − n·x̄² would cancel.
    double sxx = 0.0, sxy = 0.0;
    for (const DataPoint& p : data) {
        sxx += (p.x - mx) * (p.x - mx);
        sxy += (p.x - mx) * (p.y - my);
    }
    const double scale = std::fabs(mx) + 1.0;
    out.unique = sxx > 1e-24 * n * scale * scale;
    out.w = out.unique ? sxy / sxx : 0.0;
    out.b = my - out.w * mx;
    out.loss = lineLoss(data, out.w, out.b).loss;
    return out;
}

} // namespace gradlab
