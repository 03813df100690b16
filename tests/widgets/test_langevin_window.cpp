// The Langevin window under Xvfb, driven as a user drives it: particles in the
// 2-D double well relax to the Boltzmann density, kT changes live, Pause,
// Step and Reset do what they say, other potentials and underdamped methods
// work, and a blow-up is reported and stops playing.
#include <QtTest>

#include <QComboBox>
#include <QPainter>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSpinBox>

#include "widgets/scenes/langevin/langevin_window.h"
#include "tests/render/image_checks.h"
#include "widgets/panels/parameter_panel.h"
#include "widgets/panels/plot_widget.h"
#include "widgets/render/potential_map.h"
#include "widgets/view/vtk_view.h"

using namespace flowscope;

namespace {

constexpr int kTimeoutMs = 60'000;

QColor background() {
  const auto rgb = PotentialMap::background_rgb();
  return QColor::fromRgbF(rgb[0], rgb[1], rgb[2]);
}

int cyanPixels(const QImage& frame) {
  int cyan = 0;
  for (int y = 0; y < frame.height(); ++y)
    for (int x = 0; x < frame.width(); ++x) {
      const QColor c = frame.pixelColor(x, y);
      if (c.blue() > 200 && c.green() > 180 && c.red() < 170 && c.red() > 100) ++cyan;
    }
  return cyan;
}

// The window with the VTK frame painted where the view is (grab() leaves the
// native view out), and the view alone.
void save(LangevinWindow& w, const QString& name) {
  const QImage view = w.view()->grabFrame();
  QImage window = w.grab().toImage();
  {
    QPainter painter(&window);
    const QPoint at = w.view()->mapTo(&w, QPoint(0, 0));
    painter.drawImage(QRect(at, w.view()->size()), view);
  }
  window.save(QStringLiteral(FLOWSCOPE_OUTPUT_DIR "/") + name + "_window.png");
  view.save(QStringLiteral(FLOWSCOPE_OUTPUT_DIR "/") + name + "_view.png");
}

void click(LangevinWindow& w, const char* name) {
  auto* b = w.findChild<QPushButton*>(name);
  QVERIFY(b);
  QTest::mouseClick(b, Qt::LeftButton);
}

double time(const LangevinWindow& w) { return w.lastFrame() ? w.lastFrame()->time : -1.0; }

bool opened(LangevinWindow& w) {
  w.show();
  if (!QTest::qWaitForWindowExposed(&w)) return false;
  return QTest::qWaitFor([&] { return w.lastFrame() != nullptr; }, kTimeoutMs);
}

}  // namespace

class TestLangevinWindow : public QObject {
  Q_OBJECT

 private slots:
  void doubleWellRelaxesToBoltzmann() {
    LangevinWindow w;
    QVERIFY(opened(w));
    QCOMPARE(w.potentialId(), QString("double-well"));
    QCOMPARE(w.lastFrame()->count, std::size_t{20'000});
    QCOMPARE(w.scene().particles(), std::size_t{20'000});
    const double tv0 = w.lastFrame()->tv;
    qInfo("TV at t = 0: %.3f", tv0);
    QVERIFY(tv0 > 0.3);
    w.findChild<QSpinBox*>("langevinStepsPerFrame")->setValue(20);
    QElapsedTimer clock;
    clock.start();
    click(w, "langevinPlay");
    QTRY_VERIFY_WITH_TIMEOUT(time(w) > 10.0, kTimeoutMs);
    qInfo("t = %.2f after %.1f s of wall time, TV %.4f", time(w), clock.elapsed() / 1000.0, w.lastFrame()->tv);
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame()->tv < 0.1, kTimeoutMs);
    QVERIFY(w.statusText().contains("TV"));
    QVERIFY(w.findChild<PlotWidget*>("langevinTvPlot")->pointCount() > 10);
    QVERIFY(w.findChild<PlotWidget*>("langevinEnergyPlot")->pointCount() > 10);
    const QImage frame = w.view()->grabFrame();
    save(w, "langevin_double_well");
    qInfo("cyan pixels %d, covered %.3f", cyanPixels(frame), testing::coveredFraction(frame, background()));
    QVERIFY(cyanPixels(frame) > 500);
    QVERIFY(testing::coveredFraction(frame, background()) > 0.15);
    // 20,000 particles leave a sampling floor near 0.07 on 40 x 40 cells; with
    // 100,000 (a restart) the distance drops below 0.05.
    auto* count = w.findChild<QSpinBox*>("langevinCount");
    count->setValue(100'000);
    emit count->editingFinished();
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame() && w.lastFrame()->count == 100'000 && w.lastFrame()->steps == 0, kTimeoutMs);
    QCOMPARE(w.scene().particles(), std::size_t{20'000});  // a subset is drawn
    click(w, "langevinPlay");
    QTRY_VERIFY_WITH_TIMEOUT(time(w) > 6.0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame()->tv < 0.05, kTimeoutMs);
    qInfo("100,000 particles: TV %.4f at t = %.2f", w.lastFrame()->tv, time(w));
    click(w, "langevinPause");
  }

  void kTChangesLiveWithoutRestart() {
    LangevinWindow w;
    QVERIFY(opened(w));
    click(w, "langevinPlay");
    QTRY_VERIFY_WITH_TIMEOUT(time(w) > 0.5, kTimeoutMs);
    const std::uint64_t steps_before = w.lastFrame()->steps;
    w.findChild<QDoubleSpinBox*>("spin_kT")->setValue(2.0);
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame()->settings.kT == 2.0, kTimeoutMs);
    QVERIFY(w.lastFrame()->steps > steps_before);  // no restart: the step count went on
    const double t = time(w);
    QTRY_VERIFY_WITH_TIMEOUT(time(w) > t + 0.5, kTimeoutMs);
    w.findChild<QDoubleSpinBox*>("spin_gamma")->setValue(3.0);
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame()->settings.gamma == 3.0, kTimeoutMs);
    QVERIFY(w.lastFrame()->steps > steps_before);
    click(w, "langevinPause");
  }

  void pauseStepAndReset() {
    LangevinWindow w;
    QVERIFY(opened(w));
    click(w, "langevinPlay");
    QTRY_VERIFY_WITH_TIMEOUT(time(w) > 0.3, kTimeoutMs);
    click(w, "langevinPause");
    QTRY_VERIFY_WITH_TIMEOUT(!w.animator()->isBusy(), kTimeoutMs);
    QTest::qWait(50);
    const std::uint64_t paused = w.lastFrame()->steps;
    QTest::qWait(400);
    QCOMPARE(w.lastFrame()->steps, paused);  // Pause stops time
    const int per_step = w.animator()->stepsPerFrame();
    QVERIFY(w.findChild<QPushButton*>("langevinStep")->toolTip().contains(QString::number(per_step)));
    click(w, "langevinStep");
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame()->steps == paused + static_cast<std::uint64_t>(per_step), kTimeoutMs);
    QTest::qWait(300);
    QCOMPARE(w.lastFrame()->steps, paused + static_cast<std::uint64_t>(per_step));
    click(w, "langevinReset");
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame() && w.lastFrame()->steps == 0, kTimeoutMs);
    QCOMPARE(time(w), 0.0);
    QVERIFY(!w.animator()->isRunning());
  }

  void referencesFollowTheParticles() {
    // 100,000 particles in the double well: two frames in (t = 0.2) the
    // particles are still far from Boltzmann but on the Fokker-Planck density
    // started from the same blob; Kramers' rate is shown with the barrier.
    LangevinWindow w;
    QVERIFY(opened(w));
    auto* count = w.findChild<QSpinBox*>("langevinCount");
    count->setValue(100'000);
    emit count->editingFinished();
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame() && w.lastFrame()->count == 100'000, kTimeoutMs);
    for (int i = 1; i <= 2; ++i) {
      click(w, "langevinStep");
      QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame()->steps == 10u * i, kTimeoutMs);
    }
    const ReferenceReadings& r = w.lastFrame()->references;
    qInfo("t = %.2f: TV to Boltzmann %.3f, to Fokker-Planck %.4f", time(w), w.lastFrame()->tv, r.tv_to_fokker_planck);
    QVERIFY(w.lastFrame()->tv > 0.15);
    // Sampling noise of 100,000 points on 40 x 40 cells is ~0.03.
    QVERIFY(r.tv_to_fokker_planck >= 0 && r.tv_to_fokker_planck < 0.06);
    auto* density = w.findChild<PlotWidget*>("langevinDensityPlot");
    QVERIFY(density->isVisible());
    QCOMPARE(density->seriesCount(), 3);  // particles, Fokker-Planck, Boltzmann
    QCOMPARE(w.findChild<PlotWidget*>("langevinTvPlot")->seriesCount(), 2);
    QVERIFY(!w.findChild<PlotWidget*>("langevinMomentsPlot")->isVisible());
    QVERIFY2(w.referencesText().contains("Kramers"), qPrintable(w.referencesText()));
    QVERIFY(w.referencesText().contains("ΔU/kT = 1.00"));  // a = 1, kT = 1
    save(w, "langevin_references");

    // The harmonic potential: the exact OU variance beside the measured one.
    QVERIFY(w.setPotential("harmonic"));
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame() && w.lastFrame()->steps == 0, kTimeoutMs);
    auto* moments = w.findChild<PlotWidget*>("langevinMomentsPlot");
    QTRY_VERIFY(moments->isVisible());
    click(w, "langevinPlay");
    QTRY_VERIFY_WITH_TIMEOUT(time(w) > 2.0, kTimeoutMs);
    click(w, "langevinPause");
    QTRY_VERIFY_WITH_TIMEOUT(!w.animator()->isBusy(), kTimeoutMs);
    const ReferenceReadings& ou = w.lastFrame()->references;
    QVERIFY(ou.has_ou);
    qInfo("OU at t = %.2f: variance %.4f, exact %.4f", time(w), ou.measured_variance, ou.ou_variance);
    // 100,000 particles: sampling error 0.45 %; EM with dt 0.01 biases the variance by ~k dt/2 = 0.5 %.
    QVERIFY(std::abs(ou.measured_variance / ou.ou_variance - 1) < 0.03);
    QVERIFY(moments->seriesCount() == 2 && moments->pointCount() > 20);
    QVERIFY(w.referencesText().contains("Ornstein"));
    QVERIFY(!w.referencesText().contains("Kramers"));
    save(w, "langevin_ou");
  }

  void mapViewAndLiveForcing() {
    LangevinWindow w;
    QVERIFY(opened(w));
    w.setMapView(true);
    QVERIFY(w.isMapView());
    QVERIFY(w.scene().contoursVisible());
    QVERIFY(const_cast<PotentialMap&>(w.scene()).contourPoints() > 200);
    // Flat: the particles are redrawn just above the map.
    QTRY_VERIFY_WITH_TIMEOUT(w.scene().bounds()[5] - w.scene().bounds()[4] < 0.2 * (w.scene().bounds()[1] - w.scene().bounds()[0]),
                             kTimeoutMs);
    click(w, "langevinPlay");
    QTRY_VERIFY_WITH_TIMEOUT(time(w) > 1.0, kTimeoutMs);
    // A periodic force switched on live: applied without a restart, and the
    // references that assume no force say they are off.
    const auto steps_before = w.lastFrame()->steps;
    w.dynamicsPanel()->setValue(LangevinWindow::kRowForce, 2.0);
    w.dynamicsPanel()->setValue(LangevinWindow::kRowOmega, 3.0);
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame()->settings.force.amplitude == 2.0 && w.lastFrame()->settings.force.omega == 3.0,
                             kTimeoutMs);
    QVERIFY(w.lastFrame()->steps > steps_before);
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame()->references.fokker_planck_density.empty(), kTimeoutMs);
    QVERIFY2(w.referencesText().contains("periodic force"), qPrintable(w.referencesText()));
    click(w, "langevinPause");
    QTRY_VERIFY_WITH_TIMEOUT(!w.animator()->isBusy(), kTimeoutMs);
    const QImage frame = w.view()->grabFrame();
    save(w, "langevin_map");
    QVERIFY(cyanPixels(frame) > 500);
    QVERIFY(testing::coveredFraction(frame, background()) > 0.2);  // the map, seen from above
    w.setMapView(false);
    QVERIFY(!w.scene().contoursVisible());
  }

  void otherPotentials() {
    LangevinWindow w;
    QVERIFY(opened(w));
    QVERIFY(w.setPotential("harmonic"));
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame() && w.lastFrame()->steps == 0, kTimeoutMs);
    QVERIFY(w.findChild<QDoubleSpinBox*>("spin_k"));
    click(w, "langevinPlay");
    QTRY_VERIFY_WITH_TIMEOUT(time(w) > 3.0, kTimeoutMs);
    qInfo("harmonic: TV %.4f at t = %.2f", w.lastFrame()->tv, time(w));
    QVERIFY(w.lastFrame()->tv >= 0.0 && w.lastFrame()->tv < 0.15);
    save(w, "langevin_harmonic");
    QVERIFY(w.setPotential("double-well-1d"));
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame() && w.lastFrame()->steps == 0, kTimeoutMs);
    click(w, "langevinPlay");
    QTRY_VERIFY_WITH_TIMEOUT(time(w) > 3.0, kTimeoutMs);
    QVERIFY(w.scene().landscapePoints() > 10);
    const QImage frame = w.view()->grabFrame();
    save(w, "langevin_1d");
    QVERIFY(cyanPixels(frame) > 50);
    QVERIFY(w.setPotential("oscillator-ring"));  // more than two dimensions: the first two are drawn
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame() && w.lastFrame()->steps == 0, kTimeoutMs);
    click(w, "langevinPlay");
    QTRY_VERIFY_WITH_TIMEOUT(time(w) > 0.5, kTimeoutMs);
    QVERIFY(w.lastFrame()->tv < 0);  // not measured above 2-D
    click(w, "langevinPause");
  }

  void underdampedShowsPhaseSpace() {
    LangevinWindow w;
    QVERIFY(opened(w));
    auto* method = w.findChild<QComboBox*>("langevinMethod");
    method->setCurrentIndex(method->findText("baoab"));
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame() && w.lastFrame()->steps == 0, kTimeoutMs);
    auto* phase = w.findChild<PlotWidget*>("langevinPhasePlot");
    QVERIFY(phase->isVisible());
    w.findChild<QSpinBox*>("langevinStepsPerFrame")->setValue(20);
    click(w, "langevinPlay");
    QTRY_VERIFY_WITH_TIMEOUT(time(w) > 5.0, kTimeoutMs);
    QVERIFY(phase->pointCount() > 1000);
    qInfo("underdamped: <m v^2>/2 per dof %.3f, TV %.4f", w.lastFrame()->kinetic_per_dof, w.lastFrame()->tv);
    QVERIFY(std::abs(w.lastFrame()->kinetic_per_dof - 0.5) < 0.05);
    save(w, "langevin_baoab");
    click(w, "langevinPause");
    method->setCurrentIndex(method->findText("em"));
    QTRY_VERIFY(!phase->isVisible());
  }

  void blowUpIsReportedAndPlayingStops() {
    LangevinWindow w;
    QVERIFY(opened(w));
    w.findChild<QDoubleSpinBox*>("spin_a")->setValue(10.0);  // stiff walls
    auto* dt = w.dynamicsPanel()->slider(LangevinWindow::kRowDt);
    dt->setValue(dt->maximum());
    QCOMPARE(w.dynamicsPanel()->value(LangevinWindow::kRowDt), 1.0);
    click(w, "langevinPlay");
    QTRY_VERIFY_WITH_TIMEOUT(w.statusText().contains("Blow-up"), kTimeoutMs);
    QTRY_VERIFY(!w.animator()->isRunning());
    qInfo("status: %s", qPrintable(w.statusText()));
    save(w, "langevin_blowup");
    // The window keeps working: bad settings are reported, a smaller dt runs on.
    w.dynamicsPanel()->setValue(LangevinWindow::kRowDt, 0.001);
    click(w, "langevinReset");
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame() && w.lastFrame()->steps == 0, kTimeoutMs);
    QVERIFY(!w.statusText().contains("Blow-up"));
    click(w, "langevinPlay");
    QTRY_VERIFY_WITH_TIMEOUT(time(w) > 0.05, kTimeoutMs);
    QVERIFY(!w.statusText().contains("Blow-up"));
    click(w, "langevinPause");
  }

  void typedPotentialIsUsedAndMistakesAreLocated() {
    LangevinWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!w.useTypedPotential("(x^2 - 1)^2 + y^2/2 + sin("));
    qInfo("status: %s", qPrintable(w.statusText()));
    QVERIFY(w.statusText().contains("column"));
    QCOMPARE(w.potentialId(), QString("double-well"));  // nothing changed
    QVERIFY(w.useTypedPotential("0.5*(x^2 + y^2)"));
    QCOMPARE(w.potentialId(), QString("typed"));
    w.play();
    QTRY_VERIFY_WITH_TIMEOUT(w.lastFrame() && w.lastFrame()->time > 1.0, 60'000);
    w.pause();
    QVERIFY(std::isfinite(w.lastFrame()->tv));
  }
};

QTEST_MAIN(TestLangevinWindow)
#include "test_langevin_window.moc"
