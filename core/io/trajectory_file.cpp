#include "core/io/trajectory_file.h"

#include <algorithm>

#include "core/errors.h"
#include "core/io/csv.h"
#include "core/io/file_name.h"
#include "core/io/npy.h"

namespace flowscope {
bool is_trajectory_file_name(const std::string& path) {
  const std::string ext = lower_extension(path);
  return ext == ".csv" || ext == ".npy";
}

void write_trajectory_file(const std::string& path, const System& system, const Trajectory& trajectory) {
  const std::string ext = lower_extension(path);
  if (!is_trajectory_file_name(path))
    throw InputError("cannot tell the format of '" + path + "': use a .csv or .npy file name");
  const std::size_t columns = 1 + static_cast<std::size_t>(trajectory.dimension);
  std::vector<double> table(trajectory.samples() * columns);
  for (std::size_t i = 0; i < trajectory.samples(); ++i) {
    table[i * columns] = trajectory.times[i];
    std::copy_n(trajectory.state(i), trajectory.dimension, table.begin() + i * columns + 1);
  }
  if (ext == ".npy") {
    write_npy(path, table.data(), {trajectory.samples(), columns});
  } else {
    std::vector<std::string> header{"t"};
    for (const std::string& name : system.variable_names()) header.push_back(name);
    write_csv(path, header, table.data(), trajectory.samples(), columns);
  }
}

}  // namespace flowscope
