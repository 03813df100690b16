#pragma once
// How the Langevin scene turns a potential into geometry: the height z of a
// point with energy U (U above its minimum over the box, capped so steep walls
// do not dwarf the wells, scaled to a fraction of the box width), and the
// sampled landscape (a 2-D surface or a 1-D curve) coloured by the Boltzmann
// density exp(-(U - U_min)/kT).
#include <cstddef>
#include <span>
#include <vector>

#include "core/langevin/potential.h"

namespace flowscope {

struct HeightMap {
  double u_min = 0.0;
  double u_cap = 1.0;   // energies above u_min + u_cap are drawn at the cap
  double scale = 1.0;   // height per unit of energy
  double lift = 0.0;    // particles float this far above the landscape
  double ribbon = 0.0;  // 1-D: particles spread over y in [0, ribbon] behind the curve
  float height(double u) const;
};

struct Landscape {
  int dimension = 0;  // 1 or 2 (first two coordinates); 0: nothing drawn
  double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
  std::size_t nx = 0, ny = 0;  // samples per axis (ny = 1 in 1-D)
  std::vector<float> z;        // heights, x-major (ix * ny + iy)
  std::vector<float> density;  // exp(-(U - U_min)/kT), in [0, 1]
  std::vector<float> level;    // (U - U_min) / cap, clamped to [0, 1]: where contour lines go
  HeightMap heights;
};

// The same landscape as a flat map (2-D only): heights 0, particles lifted
// just above it; the colours and contour levels stay.
void flatten(Landscape& land);

// Samples the potential over its default box. For dimension > 2 only the
// height map is set (from a sample of the plane of the first two coordinates,
// the others at 0) and dimension is 0. Throws InputError for a bad kT.
Landscape sample_landscape(const Potential& potential, std::span<const double> parameters, double kT,
                           std::size_t samples_per_axis);

}  // namespace flowscope
