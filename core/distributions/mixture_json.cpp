#include "core/distributions/mixture_json.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>

#include "core/errors.h"
#include "core/io/number_format.h"

namespace flowscope {
namespace {

[[noreturn]] void bad(const std::string& source, const JsonValue& at, const std::string& problem) {
  throw InputError(source + ": " + at.where() + ": " + problem);
}

double number_at(const std::string& source, const JsonValue& v, const std::string& what) {
  if (!v.is_number()) bad(source, v, what + " must be a number");
  return v.number();
}

std::vector<double> vector_at(const std::string& source, const JsonValue& v, const std::string& what,
                              std::size_t size) {
  if (!v.is_array() || v.items().size() != size)
    bad(source, v, what + " must be an array of " + std::to_string(size) + " numbers");
  std::vector<double> out;
  for (const JsonValue& item : v.items()) out.push_back(number_at(source, item, what));
  return out;
}

// A matrix of `rows` rows; columns = 0 takes the first row's length.
std::vector<double> matrix_at(const std::string& source, const JsonValue& v, const std::string& what, int rows,
                              int& columns) {
  if (!v.is_array() || v.items().size() != static_cast<std::size_t>(rows))
    bad(source, v, what + " must be an array of " + std::to_string(rows) + " rows");
  if (columns == 0) {
    if (!v.items()[0].is_array() || v.items()[0].items().empty())
      bad(source, v.items()[0], what + ": each row must be a non-empty array of numbers");
    columns = static_cast<int>(v.items()[0].items().size());
  }
  std::vector<double> out;
  for (const JsonValue& row : v.items()) {
    const std::vector<double> r = vector_at(source, row, what + " (each row)", static_cast<std::size_t>(columns));
    out.insert(out.end(), r.begin(), r.end());
  }
  return out;
}

std::string array_text(const double* v, std::size_t n) {
  std::string s = "[";
  for (std::size_t i = 0; i < n; ++i) {
    if (i) s += ", ";
    s += format_double(v[i]);
  }
  return s + "]";
}

std::string matrix_text(const std::vector<double>& m, int rows, int columns) {
  std::string s = "[";
  for (int r = 0; r < rows; ++r) {
    if (r) s += ", ";
    s += array_text(m.data() + r * columns, columns);
  }
  return s + "]";
}

}  // namespace

GaussianMixture mixture_from_json(const JsonValue& doc, const std::string& source) {
  if (!doc.is_object()) bad(source, doc, "a mixture file holds one object with 'dimension' and 'components'");
  const JsonValue* dim = doc.find("dimension");
  const JsonValue* list = doc.find("components");
  if (!dim) bad(source, doc, "member 'dimension' is missing");
  if (!list) bad(source, doc, "member 'components' is missing");
  const double dv = number_at(source, *dim, "'dimension'");
  if (dv != 1 && dv != 2 && dv != 3) bad(source, *dim, "'dimension' must be 1, 2 or 3");
  const int d = static_cast<int>(dv);
  if (!list->is_array()) bad(source, *list, "'components' must be an array");
  if (list->items().empty()) bad(source, *list, "'components' is empty: a mixture needs at least one component");
  std::vector<MixtureComponent> components;
  for (std::size_t k = 0; k < list->items().size(); ++k) {
    const JsonValue& c = list->items()[k];
    const std::string who = "component " + std::to_string(k + 1);
    if (!c.is_object()) bad(source, c, who + " must be an object");
    for (const auto& [key, value] : c.members())
      if (key != "weight" && key != "mean" && key != "std" && key != "covariance" && key != "factor" && key != "name")
        bad(source, value, who + ": unknown member '" + key + "' (known: weight, mean, std, covariance, factor)");
    const JsonValue* w = c.find("weight");
    const JsonValue* m = c.find("mean");
    if (!w) bad(source, c, who + ": 'weight' is missing");
    if (!m) bad(source, c, who + ": 'mean' is missing");
    const double weight = number_at(source, *w, who + ": 'weight'");
    std::vector<double> mean = vector_at(source, *m, who + ": 'mean'", static_cast<std::size_t>(d));
    const JsonValue* s = c.find("std");
    const JsonValue* cov = c.find("covariance");
    const JsonValue* f = c.find("factor");
    if (cov && (s || f)) bad(source, *cov, who + ": give 'covariance' alone, or 'std' (with 'factor' for low rank)");
    if (cov) {
      int cols = d;
      components.push_back(MixtureComponent::full(weight, mean, matrix_at(source, *cov, who + ": 'covariance'", d, cols)));
    } else if (f) {
      if (!s) bad(source, *f, who + ": a low-rank 'factor' needs 'std' (the std^2 I term, > 0)");
      int rank = 0;
      std::vector<double> factor = matrix_at(source, *f, who + ": 'factor'", d, rank);
      components.push_back(
          MixtureComponent::low_rank(weight, mean, factor, rank, number_at(source, *s, who + ": 'std'")));
    } else if (s) {
      components.push_back(MixtureComponent::isotropic(weight, mean, number_at(source, *s, who + ": 'std'")));
    } else {
      bad(source, c, who + ": give 'std', 'covariance' or 'factor' and 'std'");
    }
  }
  try {
    return GaussianMixture(d, std::move(components));
  } catch (const InputError& e) {
    throw InputError(source + ": " + e.what());
  }
}

GaussianMixture read_mixture_json(const std::string& path) {
  return mixture_from_json(read_json_file(path), "'" + path + "'");
}

std::string mixture_to_json(const GaussianMixture& g) {
  const int d = g.dimension();
  std::string s = "{\n  \"dimension\": " + std::to_string(d) + ",\n  \"components\": [\n";
  for (std::size_t k = 0; k < g.size(); ++k) {
    const MixtureComponent& c = g.component(k);
    s += "    {\"weight\": " + format_double(c.weight) + ", \"mean\": " + array_text(c.mean.data(), c.mean.size());
    switch (c.form) {
      case CovarianceForm::Isotropic: s += ", \"std\": " + format_double(c.scale); break;
      case CovarianceForm::Full: s += ", \"covariance\": " + matrix_text(c.covariance, d, d); break;
      case CovarianceForm::LowRank:
        s += ", \"factor\": " + matrix_text(c.factor, d, c.rank) + ", \"std\": " + format_double(c.scale);
        break;
    }
    s += k + 1 < g.size() ? "},\n" : "}\n";
  }
  return s + "  ]\n}\n";
}

void write_mixture_json(const std::string& path, const GaussianMixture& mixture) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) throw IoError("cannot write '" + path + "': " + std::strerror(errno));
  file << mixture_to_json(mixture);
  file.close();
  if (!file) throw IoError("writing '" + path + "' failed (disk full?)");
}

}  // namespace flowscope
