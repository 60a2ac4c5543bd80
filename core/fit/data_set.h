#pragma once
// The data a line is fitted to: points (x, y), read from and written to CSV with a header row naming the
// columns x and y.

#include <string>
#include <vector>

namespace gradlab {

struct DataPoint {
    double x = 0.0;
    double y = 0.0;
};
using DataSet = std::vector<DataPoint>;

/// Reads CSV whose first row names the columns, among them "x" and "y" (in any order; other columns are
/// ignored). Blank lines are skipped; "\r\n" and a UTF-8 byte-order mark are accepted. On a problem, returns
/// false, leaves `out` unchanged and sets `error` to a sentence naming the line ("line 4: 'abc' in column y
/// is not a number"). At least one data row is required; every value must be a finite number.
bool readDataCsv(const std::string& text, DataSet& out, std::string& error);

/// "x,y" and one row per point, numbers with 17 significant digits (they read back exactly).
std::string dataCsv(const DataSet& data);

} // namespace gradlab
