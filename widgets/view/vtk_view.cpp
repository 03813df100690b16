#include "widgets/view/vtk_view.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>
#include <QWindow>
#include <QtGui/qguiapplication_platform.h>

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkImageData.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkMath.h>
#include <vtkObjectFactory.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkRendererCollection.h>

#include "core/errors.h"
#include "widgets/render/image_output.h"

namespace flowscope {
namespace {

// Trackball rotation, pan and zoom with the mouse; keys are handled by
// VtkView itself, because VTK's defaults ('3' stereo, 'e' exit, 'w' wireframe)
// would surprise a user of a desktop application.
class MouseOnlyTrackballStyle : public vtkInteractorStyleTrackballCamera {
 public:
  static MouseOnlyTrackballStyle* New();
  vtkTypeMacro(MouseOnlyTrackballStyle, vtkInteractorStyleTrackballCamera);
  void OnChar() override {}
  void OnKeyPress() override {}
};
vtkStandardNewMacro(MouseOnlyTrackballStyle);

constexpr double kKeyRotationDegrees = 5.0;
constexpr double kKeyZoomFactor = 1.15;

}  // namespace

VtkView::VtkView(QWidget* parent) : QWidget(parent) {
  // A native X window of our own that Qt never paints into.
  setAttribute(Qt::WA_NativeWindow);
  setAttribute(Qt::WA_PaintOnScreen);
  setAttribute(Qt::WA_NoSystemBackground);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  setMinimumSize(200, 150);

  window_->SetMultiSamples(0);
  interactor_->SetRenderWindow(window_);
  interactor_->SetInteractorStyle(vtkNew<MouseOnlyTrackballStyle>());
  // The interactor renders after each camera change; EndEvent tells Qt.
  vtkNew<vtkCallbackCommand> on_render_end;
  on_render_end->SetClientData(this);
  on_render_end->SetCallback([](vtkObject*, unsigned long, void* self, void*) {
    emit static_cast<VtkView*>(self)->frameRendered();
  });
  window_->AddObserver(vtkCommand::EndEvent, on_render_end);
}

VtkView::~VtkView() {
  window_->RemoveAllObservers();
  if (initialized_) window_->Finalize();
}

vtkRenderWindow* VtkView::renderWindow() const { return window_; }

vtkRenderer* VtkView::renderer() const { return renderer_; }

void VtkView::setRenderer(vtkRenderer* renderer) {
  if (renderer_) window_->RemoveRenderer(renderer_);
  renderer_ = renderer;
  if (renderer_) window_->AddRenderer(renderer_);
  requestRender();
}

void VtkView::setHomeCamera() {
  if (!renderer_) return;
  home_camera_->DeepCopy(renderer_->GetActiveCamera());
  has_home_camera_ = true;
}

void VtkView::followBounds(const std::array<double, 6>& bounds) {
  if (!renderer_) return;
  if (has_fitted_bounds_) {
    const auto& f = fitted_bounds_;
    const double diagonal = std::hypot(f[1] - f[0], f[3] - f[2], f[5] - f[4]);
    double drift = 0.0;
    for (int i = 0; i < 6; ++i) drift = std::max(drift, std::fabs(bounds[i] - f[i]));
    if (drift <= kRefitFraction * diagonal) return;
    renderer_->ResetCamera(bounds.data());
    renderer_->ResetCameraClippingRange();
    requestRender();
  }
  fitted_bounds_ = bounds;
  has_fitted_bounds_ = true;
}

void VtkView::resetCamera() {
  if (!renderer_) return;
  vtkCamera* camera = renderer_->GetActiveCamera();
  if (has_home_camera_) {
    camera->SetPosition(home_camera_->GetPosition());
    camera->SetFocalPoint(home_camera_->GetFocalPoint());
    camera->SetViewUp(home_camera_->GetViewUp());
  }
  renderer_->ResetCamera();
  renderer_->ResetCameraClippingRange();
  double bounds[6];
  renderer_->ComputeVisiblePropBounds(bounds);
  if (vtkMath::AreBoundsInitialized(bounds)) {
    std::copy(bounds, bounds + 6, fitted_bounds_.begin());
    has_fitted_bounds_ = true;
  }
  requestRender();
}

void VtkView::requestRender() { update(); }

bool VtkView::ensureInitialized() {
  if (initialized_) return true;
  if (!isVisible() || !windowHandle()) return false;
  // VTK draws through Qt's own X connection into our native window; without a
  // display id, VTK's first resize of a foreign window dereferences null.
  auto* x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
  if (!x11) {
    qWarning("VtkView needs the X11 (xcb) platform; 3-D views stay empty");
    return false;
  }
  window_->SetDisplayId(x11->display());
  window_->SetWindowId(reinterpret_cast<void*>(winId()));
  syncSize();
  interactor_->Initialize();
  initialized_ = true;
  return true;
}

void VtkView::syncSize() {
  // VTK works in device pixels; Qt gives logical ones.
  const double ratio = devicePixelRatioF();
  const int w = std::max(1, static_cast<int>(std::lround(width() * ratio)));
  const int h = std::max(1, static_cast<int>(std::lround(height() * ratio)));
  const int* current = window_->GetSize();
  if (current[0] != w || current[1] != h) {
    window_->SetSize(w, h);
    interactor_->UpdateSize(w, h);
  }
}

void VtkView::render() {
  if (!ensureInitialized()) return;
  syncSize();  // also catches a devicePixelRatio change on moving screens
  window_->Render();
}

QImage VtkView::grabFrame() {
  if (!ensureInitialized()) return {};
  syncSize();
  vtkSmartPointer<vtkImageData> image = capture_window(window_);
  int dims[3];
  image->GetDimensions(dims);
  QImage frame(dims[0], dims[1], QImage::Format_RGB888);
  const auto* pixels = static_cast<const unsigned char*>(image->GetScalarPointer());
  for (int row = 0; row < dims[1]; ++row)  // VTK's first row is the bottom one
    std::memcpy(frame.scanLine(dims[1] - 1 - row), pixels + std::size_t(row) * dims[0] * 3,
                std::size_t(dims[0]) * 3);
  return frame;
}

bool VtkView::saveScreenshot(const QString& path, QString* error) {
  if (!ensureInitialized()) {
    if (error) *error = tr("The view is not visible, so there is nothing to save.");
    return false;
  }
  try {
    syncSize();
    write_png(capture_window(window_), path.toStdString());
    return true;
  } catch (const Error& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
}

void VtkView::paintEvent(QPaintEvent*) { render(); }

void VtkView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  if (initialized_) syncSize();
  requestRender();
}

void VtkView::setEventPosition(QPointF position, Qt::KeyboardModifiers modifiers) {
  const double ratio = devicePixelRatioF();
  interactor_->SetEventInformationFlipY(static_cast<int>(position.x() * ratio),
                                        static_cast<int>(position.y() * ratio),
                                        (modifiers & Qt::ControlModifier) ? 1 : 0,
                                        (modifiers & Qt::ShiftModifier) ? 1 : 0);
  interactor_->SetAltKey((modifiers & Qt::AltModifier) ? 1 : 0);
}

void VtkView::forwardMouse(QMouseEvent* event, unsigned long vtk_event) {
  if (!ensureInitialized()) return;
  setEventPosition(event->position(), event->modifiers());
  interactor_->InvokeEvent(vtk_event);
}

void VtkView::mousePressEvent(QMouseEvent* event) {
  setFocus(Qt::MouseFocusReason);
  switch (event->button()) {
    case Qt::LeftButton: forwardMouse(event, vtkCommand::LeftButtonPressEvent); break;
    case Qt::MiddleButton: forwardMouse(event, vtkCommand::MiddleButtonPressEvent); break;
    case Qt::RightButton: forwardMouse(event, vtkCommand::RightButtonPressEvent); break;
    default: break;
  }
}

void VtkView::mouseReleaseEvent(QMouseEvent* event) {
  switch (event->button()) {
    case Qt::LeftButton: forwardMouse(event, vtkCommand::LeftButtonReleaseEvent); break;
    case Qt::MiddleButton: forwardMouse(event, vtkCommand::MiddleButtonReleaseEvent); break;
    case Qt::RightButton: forwardMouse(event, vtkCommand::RightButtonReleaseEvent); break;
    default: break;
  }
}

void VtkView::mouseMoveEvent(QMouseEvent* event) { forwardMouse(event, vtkCommand::MouseMoveEvent); }

void VtkView::mouseDoubleClickEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) resetCamera();
}

void VtkView::wheelEvent(QWheelEvent* event) {
  if (!ensureInitialized()) return;
  setEventPosition(event->position(), event->modifiers());
  const int delta = event->angleDelta().y();
  if (delta > 0) interactor_->InvokeEvent(vtkCommand::MouseWheelForwardEvent);
  if (delta < 0) interactor_->InvokeEvent(vtkCommand::MouseWheelBackwardEvent);
  event->accept();
}

void VtkView::keyPressEvent(QKeyEvent* event) {
  vtkCamera* camera = renderer_ ? renderer_->GetActiveCamera() : nullptr;
  if (!camera) return QWidget::keyPressEvent(event);
  switch (event->key()) {
    case Qt::Key_R: resetCamera(); return;
    case Qt::Key_Plus: case Qt::Key_Equal: camera->Dolly(kKeyZoomFactor); break;
    case Qt::Key_Minus: camera->Dolly(1.0 / kKeyZoomFactor); break;
    case Qt::Key_Left: camera->Azimuth(-kKeyRotationDegrees); break;
    case Qt::Key_Right: camera->Azimuth(kKeyRotationDegrees); break;
    case Qt::Key_Up: camera->Elevation(kKeyRotationDegrees); break;
    case Qt::Key_Down: camera->Elevation(-kKeyRotationDegrees); break;
    default: return QWidget::keyPressEvent(event);
  }
  camera->OrthogonalizeViewUp();
  renderer_->ResetCameraClippingRange();
  requestRender();
}

void VtkView::enterEvent(QEnterEvent* event) {
  QWidget::enterEvent(event);
  if (initialized_) interactor_->InvokeEvent(vtkCommand::EnterEvent);
}

void VtkView::leaveEvent(QEvent* event) {
  QWidget::leaveEvent(event);
  if (initialized_) interactor_->InvokeEvent(vtkCommand::LeaveEvent);
}

}  // namespace flowscope
