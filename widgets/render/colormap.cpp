#include "widgets/render/colormap.h"

#include <vtkColorTransferFunction.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>

namespace flowscope {

vtkSmartPointer<vtkLookupTable> make_speed_lookup_table() {
  // Control points sampled from "inferno", starting at 0.15 so that the
  // slowest segments stay visible against the background.
  struct Stop { double x, r, g, b; };
  constexpr Stop stops[] = {
      {0.00, 0.16, 0.04, 0.34}, {0.25, 0.42, 0.09, 0.43}, {0.50, 0.73, 0.22, 0.33},
      {0.75, 0.96, 0.49, 0.08}, {1.00, 0.99, 0.96, 0.55},
  };
  vtkNew<vtkColorTransferFunction> transfer;
  for (const Stop& s : stops) transfer->AddRGBPoint(s.x, s.r, s.g, s.b);

  auto table = vtkSmartPointer<vtkLookupTable>::New();
  constexpr int kColours = 256;
  table->SetNumberOfTableValues(kColours);
  for (int i = 0; i < kColours; ++i) {
    double rgb[3];
    transfer->GetColor(static_cast<double>(i) / (kColours - 1), rgb);
    table->SetTableValue(i, rgb[0], rgb[1], rgb[2], 1.0);
  }
  table->Build();
  return table;
}

}  // namespace flowscope
