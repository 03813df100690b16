#pragma once
#include <vtkSmartPointer.h>

class vtkLookupTable;

namespace flowscope {

// A perceptually ordered dark-to-bright map (after matplotlib's "inferno")
// that reads well on the dark background: slow parts dim, fast parts bright.
vtkSmartPointer<vtkLookupTable> make_speed_lookup_table();

}  // namespace flowscope
