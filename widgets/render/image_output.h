#pragma once
// Reading pixels back from a render window, and writing them as PNG.
#include <string>

#include <vtkImageData.h>
#include <vtkSmartPointer.h>

class vtkRenderer;
class vtkRenderWindow;

namespace flowscope {

// The window's current back buffer as RGB, rendering it first.
vtkSmartPointer<vtkImageData> capture_window(vtkRenderWindow* window);

// Renders renderer alone into an off-screen window of width x height pixels
// and returns the image. Needs an X display (Xvfb will do): Debian's VTK has
// no EGL or OSMesa back end.
vtkSmartPointer<vtkImageData> render_offscreen(vtkRenderer* renderer, int width, int height);

// Throws IoError naming the path when the file cannot be written.
void write_png(vtkImageData* image, const std::string& path);

}  // namespace flowscope
