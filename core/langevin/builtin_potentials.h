#pragma once
// Shared by the files that define the built-in potentials (potentials.cpp,
// potentials_2d.cpp): a Potential whose documentation is data.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/langevin/potential.h"

namespace flowscope::langevin_detail {

class BuiltinPotential : public Potential {
 public:
  BuiltinPotential(std::string id, std::string name, int dimension, std::vector<ParameterSpec> specs,
                   std::string formula, std::string description)
      : id_(std::move(id)), name_(std::move(name)), dimension_(dimension), specs_(std::move(specs)),
        formula_(std::move(formula)), description_(std::move(description)) {}

  std::string_view id() const override { return id_; }
  std::string_view name() const override { return name_; }
  int dimension() const override { return dimension_; }
  std::span<const ParameterSpec> parameters() const override { return specs_; }
  std::string_view formula() const override { return formula_; }
  std::string_view description() const override { return description_; }

 protected:
  std::string id_, name_;
  int dimension_;
  std::vector<ParameterSpec> specs_;
  std::string formula_, description_;
};

// The 2-D and N-D catalogue entries of potentials_2d.cpp, appended to list.
void add_more_potentials(std::vector<std::shared_ptr<const Potential>>& list);

}  // namespace flowscope::langevin_detail
