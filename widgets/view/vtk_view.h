#pragma once
// VtkView hosts a vtkRenderWindow in a Qt 6 widget. Debian's VTK Qt module is
// built for Qt 5, so this is the bridge: a native child window whose X window
// id VTK draws into, with Qt's mouse, wheel and key events forwarded to a
// vtkGenericRenderWindowInteractor (trackball camera). VTK is touched only on
// the GUI thread.
#include <array>

#include <QImage>
#include <QString>
#include <QWidget>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

class vtkCamera;
class vtkGenericRenderWindowInteractor;
class vtkRenderWindow;
class vtkRenderer;

namespace flowscope {

class VtkView : public QWidget {
  Q_OBJECT

 public:
  explicit VtkView(QWidget* parent = nullptr);
  ~VtkView() override;

  vtkRenderWindow* renderWindow() const;
  void setRenderer(vtkRenderer* renderer);
  vtkRenderer* renderer() const;

  // Remembers the current camera as the one resetCamera() returns to.
  void setHomeCamera();

  // Tells the view that the content now spans bounds (xmin, xmax, ymin, ymax,
  // zmin, zmax). When they moved by more than kRefitFraction of the diagonal
  // since the camera was last fitted, the camera is refitted, keeping the
  // user's viewing direction; small changes leave the camera alone.
  void followBounds(const std::array<double, 6>& bounds);
  static constexpr double kRefitFraction = 0.15;

  // Renders now (if visible) and returns the frame as an image of the
  // widget's size in device pixels.
  QImage grabFrame();

  // Renders and writes the frame as PNG; on failure returns false and sets *error.
  bool saveScreenshot(const QString& path, QString* error = nullptr);

  QPaintEngine* paintEngine() const override { return nullptr; }
  QSize sizeHint() const override { return {800, 600}; }

 public slots:
  // Back to the home camera, refitted to what is on screen.
  void resetCamera();
  // Schedules a render through Qt's paint cycle.
  void requestRender();

 signals:
  // After every completed render, from Qt paints and from interaction alike.
  void frameRendered();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void enterEvent(QEnterEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  bool ensureInitialized();
  void syncSize();
  void render();
  void forwardMouse(QMouseEvent* event, unsigned long vtk_event);
  void setEventPosition(QPointF position, Qt::KeyboardModifiers modifiers);

  vtkNew<vtkRenderWindow> window_;
  vtkNew<vtkGenericRenderWindowInteractor> interactor_;
  vtkSmartPointer<vtkRenderer> renderer_;
  vtkNew<vtkCamera> home_camera_;
  bool has_home_camera_ = false;
  std::array<double, 6> fitted_bounds_{};
  bool has_fitted_bounds_ = false;
  bool initialized_ = false;
};

}  // namespace flowscope
