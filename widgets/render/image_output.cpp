#include "widgets/render/image_output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkPNGWriter.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkWindowToImageFilter.h>

#include "core/errors.h"

namespace flowscope {

vtkSmartPointer<vtkImageData> capture_window(vtkRenderWindow* window) {
  vtkNew<vtkWindowToImageFilter> grab;
  grab->SetInput(window);
  grab->SetInputBufferTypeToRGB();
  grab->ReadFrontBufferOff();
  grab->ShouldRerenderOn();
  grab->Update();
  auto image = vtkSmartPointer<vtkImageData>::New();
  image->DeepCopy(grab->GetOutput());
  return image;
}

vtkSmartPointer<vtkImageData> render_offscreen(vtkRenderer* renderer, int width, int height) {
  vtkNew<vtkRenderWindow> window;
  window->SetOffScreenRendering(1);
  window->SetMultiSamples(0);  // identical pixels on every run
  window->SetSize(width, height);
  window->AddRenderer(renderer);
  window->Render();
  auto image = capture_window(window);
  window->RemoveRenderer(renderer);
  window->Finalize();
  return image;
}

void write_png(vtkImageData* image, const std::string& path) {
  // vtkPNGWriter reports failures only through its error code; test the path first
  // so that the message can say why.
  if (std::FILE* probe = std::fopen(path.c_str(), "wb")) {
    std::fclose(probe);
  } else {
    throw IoError("cannot write '" + path + "': " + std::strerror(errno));
  }
  vtkNew<vtkPNGWriter> writer;
  writer->SetFileName(path.c_str());
  writer->SetInputData(image);
  writer->Write();
  if (writer->GetErrorCode() != 0) throw IoError("writing PNG '" + path + "' failed");
}

}  // namespace flowscope
