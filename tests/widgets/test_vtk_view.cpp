// VtkView under a real X server: it renders into its native window, follows
// resizes in device pixels, turns mouse and keys into camera moves, and saves
// screenshots. Run twice by CTest: at scale 1 and with QT_SCALE_FACTOR=2.
#include <QtTest>

#include <QTemporaryDir>
#include <cmath>

#include <vtkCamera.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>

#include "core/integrate/trajectory.h"
#include "core/systems/catalogue.h"
#include "widgets/render/trajectory_scene.h"
#include "widgets/view/vtk_view.h"

using namespace flowscope;

namespace {

struct Fixture {
  TrajectoryScene scene;
  VtkView view;
  Fixture() {
    const Problem problem = default_problem(find_system("lorenz"), 30.0);
    const Trajectory trajectory = integrate(problem, Method::Rk4);
    const auto speed = speeds(problem, trajectory);
    scene.set_trajectory(trajectory.states.data(), trajectory.samples(), 3, speed.data());
    scene.reset_camera();
    view.setRenderer(scene.renderer());
    view.setHomeCamera();
    view.resize(400, 300);
    view.show();
  }
  std::array<double, 3> cameraPosition() const {
    std::array<double, 3> p;
    scene.renderer()->GetActiveCamera()->GetPosition(p.data());
    return p;
  }
  double cameraDistance() const { return scene.renderer()->GetActiveCamera()->GetDistance(); }
};

double separation(const std::array<double, 3>& a, const std::array<double, 3>& b) {
  return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

void sendMouse(QWidget* w, QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons held) {
  QMouseEvent event(type, QPointF(at), w->mapToGlobal(QPointF(at)), button, held, Qt::NoModifier);
  QApplication::sendEvent(w, &event);
}

}  // namespace

class TestVtkView : public QObject {
  Q_OBJECT

 private slots:
  void rendersIntoItsWindowAtDevicePixelSize() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QSignalSpy rendered(&f.view, &VtkView::frameRendered);
    f.view.requestRender();
    QTRY_VERIFY(rendered.count() > 0);
    const double ratio = f.view.devicePixelRatioF();
    const QImage frame = f.view.grabFrame();
    qInfo("device pixel ratio %.2f, frame %dx%d", ratio, frame.width(), frame.height());
    QCOMPARE(frame.size(), QSize(std::lround(400 * ratio), std::lround(300 * ratio)));
    QCOMPARE(f.view.renderWindow()->GetSize()[0], frame.width());
    // Something other than background is on screen.
    int lit = 0;
    for (int y = 0; y < frame.height(); y += 2)
      for (int x = 0; x < frame.width(); x += 2)
        if (qGray(frame.pixel(x, y)) > 80) ++lit;
    QVERIFY(lit > 200);
  }

  void followsResize() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.resize(520, 260);
    const int expected = std::lround(520 * f.view.devicePixelRatioF());
    QTRY_COMPARE(f.view.renderWindow()->GetSize()[0], expected);
    QCOMPARE(f.view.grabFrame().width(), expected);
  }

  void leftDragRotatesTheCamera() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const auto before = f.cameraPosition();
    sendMouse(&f.view, QEvent::MouseButtonPress, {200, 150}, Qt::LeftButton, Qt::LeftButton);
    for (int x = 205; x <= 300; x += 5)
      sendMouse(&f.view, QEvent::MouseMove, {x, 150}, Qt::NoButton, Qt::LeftButton);
    sendMouse(&f.view, QEvent::MouseButtonRelease, {300, 150}, Qt::LeftButton, Qt::NoButton);
    const auto after = f.cameraPosition();
    // A rotation about the focal point keeps the distance and moves the eye.
    QVERIFY2(separation(before, after) > 0.2 * f.cameraDistance(), "the camera did not turn");
  }

  void wheelZoomsIn() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const double before = f.cameraDistance();
    QWheelEvent wheel(QPointF(200, 150), f.view.mapToGlobal(QPointF(200, 150)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&f.view, &wheel);
    QVERIFY(f.cameraDistance() < 0.95 * before);
  }

  void keysTurnAndRResets() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const auto home = f.cameraPosition();
    for (int i = 0; i < 6; ++i) QTest::keyClick(&f.view, Qt::Key_Left);
    QVERIFY(separation(home, f.cameraPosition()) > 0.1 * f.cameraDistance());
    QTest::keyClick(&f.view, Qt::Key_R);
    QVERIFY(separation(home, f.cameraPosition()) < 1e-6 * f.cameraDistance());
  }

  void followBoundsRefitsOnlyForLargeChanges() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const auto b = f.scene.bounds();
    f.view.followBounds(b);
    const auto home = f.cameraPosition();
    auto shifted = b;
    shifted[5] += 0.05 * (b[5] - b[4]);
    f.view.followBounds(shifted);
    QCOMPARE(f.cameraPosition(), home);
    shifted[5] = b[5] + 3.0 * (b[5] - b[4]);
    f.view.followBounds(shifted);
    QVERIFY(separation(home, f.cameraPosition()) > 0.5 * (b[5] - b[4]));
  }

  void savesScreenshotAsPng() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QTemporaryDir dir;
    const QString path = dir.filePath("view.png");
    QString error;
    QVERIFY2(f.view.saveScreenshot(path, &error), qPrintable(error));
    const QImage saved(path);
    QCOMPARE(saved.size(), f.view.grabFrame().size());

    QVERIFY(!f.view.saveScreenshot("/nonexistent/folder/view.png", &error));
    QVERIFY2(error.contains("/nonexistent/folder/view.png"), qPrintable(error));
  }
};

QTEST_MAIN(TestVtkView)
#include "test_vtk_view.moc"
