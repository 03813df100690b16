// Off-screen renders of the Lorenz scene: not blank, coloured by speed, both
// wings present, and structurally equal to a stored baseline.
#include <QtTest>

#include <QDir>
#include <QImage>

#include "core/integrate/trajectory.h"
#include "core/systems/catalogue.h"
#include "tests/render/image_checks.h"
#include "widgets/render/image_output.h"
#include "widgets/render/trajectory_scene.h"

using namespace flowscope;

namespace {

constexpr int kWidth = 480, kHeight = 320;
// Chaos amplifies rounding differences (FMA or not, vector width) by about
// e^(0.9 t): over t = 30 they stay near 1e-5, invisible, so the picture does
// not depend on the processor; over t = 100 the strands would differ.
constexpr double kDuration = 30.0;
// Structural similarity below this means the picture changed, not the noise.
constexpr double kBaselineSsim = 0.95;

QImage render_lorenz(double rho, const QString& png_path) {
  Problem problem = default_problem(find_system("lorenz"), kDuration);
  problem.parameters[1] = rho;
  const Trajectory trajectory = integrate(problem, Method::Rk4);
  const std::vector<double> speed = speeds(problem, trajectory);
  TrajectoryScene scene;
  scene.set_trajectory(trajectory.states.data(), trajectory.samples(), 3, speed.data());
  scene.reset_camera();
  write_png(render_offscreen(scene.renderer(), kWidth, kHeight), png_path.toStdString());
  return QImage(png_path);
}

QColor background() {
  const auto rgb = TrajectoryScene::background_rgb();
  return QColor::fromRgbF(rgb[0], rgb[1], rgb[2]);
}

}  // namespace

class TestRender : public QObject {
  Q_OBJECT
  QImage image_;
  const QString output_ = QStringLiteral(FLOWSCOPE_OUTPUT_DIR "/lorenz_render.png");

 private slots:
  void initTestCase() {
    image_ = render_lorenz(28.0, output_);
    QCOMPARE(image_.size(), QSize(kWidth, kHeight));
  }

  void isNotBlankAndCoversPlausibleArea() {
    const double covered = testing::coveredFraction(image_, background());
    qInfo("covered fraction %.3f", covered);
    QVERIFY2(covered > 0.05 && covered < 0.5, qPrintable(QString::number(covered)));
  }

  void backgroundIsTheScenes() {
    QVERIFY(testing::coveredFraction(image_.copy(0, 0, 8, 8), background(), 3) == 0.0);
  }

  void bothWingsAreDrawn() {
    const QImage left = image_.copy(0, 0, kWidth / 2, kHeight);
    const QImage right = image_.copy(kWidth / 2, 0, kWidth / 2, kHeight);
    const double l = testing::coveredFraction(left, background()), r = testing::coveredFraction(right, background());
    qInfo("left %.3f right %.3f", l, r);
    QVERIFY(l > 0.04 && r > 0.04);
  }

  void isColouredBySpeed() {
    // Slow parts take the dark purple end of the map, fast parts the yellow end.
    int purple = 0, yellow = 0;
    for (int y = 0; y < image_.height(); ++y)
      for (int x = 0; x < image_.width() * 85 / 100; ++x) {  // leave out the legend
        const QColor c = image_.pixelColor(x, y);
        if (c.blue() > c.green() + 40 && c.red() > 60 && c.red() < 200) ++purple;
        if (c.red() > 220 && c.green() > 170 && c.blue() < 170) ++yellow;
      }
    qInfo("purple %d yellow %d pixels", purple, yellow);
    QVERIFY(purple > 500);
    QVERIFY(yellow > 50);
  }

  void matchesBaseline() {
    const QString baseline = QStringLiteral(FLOWSCOPE_BASELINE_DIR "/lorenz_t30_480x320.png");
    if (!QFile::exists(baseline)) {
      QDir().mkpath(QStringLiteral(FLOWSCOPE_BASELINE_DIR));
      image_.save(baseline);
      QFAIL(qPrintable("no baseline: wrote " + baseline + "; check it by eye and commit it"));
    }
    const double s = testing::ssim(image_, QImage(baseline));
    qInfo("SSIM against baseline %.4f (output %s)", s, qPrintable(output_));
    QVERIFY2(s >= kBaselineSsim, qPrintable(QString("SSIM %1; output kept at %2").arg(s).arg(output_)));
  }

  void anotherRhoGivesAnotherPicture() {
    const QImage other = render_lorenz(15.0, QStringLiteral(FLOWSCOPE_OUTPUT_DIR "/lorenz_rho15.png"));
    QVERIFY(testing::ssim(image_, other) < kBaselineSsim);
  }

  void geometryIsUpdatedInPlace() {
    TrajectoryScene scene;
    const std::vector<double> a = {0, 0, 0, 1, 2, 3, -1, 5, 2};
    const std::vector<double> speed = {1, 2, 3};
    scene.set_trajectory(a.data(), 3, 3, speed.data());
    QCOMPARE(scene.drawn_points(), std::size_t{3});
    QCOMPARE(scene.bounds(), (std::array<double, 6>{-1, 1, 0, 5, 0, 3}));
    scene.set_trajectory(a.data(), 2, 3, speed.data());
    QCOMPARE(scene.drawn_points(), std::size_t{2});
    QCOMPARE(scene.bounds(), (std::array<double, 6>{0, 1, 0, 2, 0, 3}));
  }
};

QTEST_MAIN(TestRender)
#include "test_render.moc"
