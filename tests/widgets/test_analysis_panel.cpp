// The analysis panel under Xvfb, driven through its real widgets next to a
// real 3-D view: the Lyapunov spectrum of Lorenz against the published one,
// a Poincaré section on its plane and drawn in the view, the period-doubling
// cascade of Rössler in an orbit diagram, cancel, bad input, stale results.
#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <cmath>
#include <memory>

#include "widgets/scenes/chaotic/analysis_panel.h"
#include "widgets/scenes/chaotic/lyapunov_tab.h"
#include "widgets/scenes/chaotic/orbit_diagram_tab.h"
#include "widgets/scenes/chaotic/poincare_tab.h"
#include "core/systems/catalogue.h"
#include "tests/render/image_checks.h"
#include "widgets/panels/plot_widget.h"
#include "widgets/render/plane_overlay.h"
#include "widgets/render/trajectory_scene.h"
#include "widgets/view/vtk_view.h"

using namespace flowscope;

namespace {

constexpr int kRunTimeoutMs = 60'000;

// A view showing the problem's trajectory and the panel fed with that problem.
struct Fixture {
  Problem problem;
  TrajectoryScene scene;
  VtkView view;
  std::unique_ptr<AnalysisPanel> panel;

  explicit Fixture(const char* system) : problem(default_problem(find_system(system), 100.0)) {
    const Trajectory trajectory = integrate(problem, Method::Rk4);
    const auto speed = speeds(problem, trajectory);
    scene.set_trajectory(trajectory.states.data(), trajectory.samples(), trajectory.dimension, speed.data());
    scene.reset_camera();
    view.setRenderer(scene.renderer());
    view.setHomeCamera();
    view.resize(480, 360);
    view.show();
    panel = std::make_unique<AnalysisPanel>(&view);
    panel->resize(540, 760);
    panel->show();
    panel->setProblem(problem);
  }
};

void saveTab(AnalysisPanel& panel, int index, const char* name) {
  panel.tabs()->setCurrentIndex(index);
  QCoreApplication::processEvents();
  const QString path = QStringLiteral(FLOWSCOPE_OUTPUT_DIR "/") + QLatin1String(name);
  QVERIFY(panel.grab().save(path));
  qInfo("saved %s", qPrintable(path));
}

// Pixels of the crossings' lime colour (possibly seen through the plane).
int limePixels(const QImage& frame) {
  int count = 0;
  for (int y = 0; y < frame.height(); ++y)
    for (int x = 0; x < frame.width(); ++x) {
      const QColor c = frame.pixelColor(x, y);
      if (c.green() > 180 && c.red() < 150 && c.blue() < 160 && c.green() - c.red() > 80) ++count;
    }
  return count;
}

std::size_t sumOver(const std::vector<std::size_t>& v, std::size_t begin, std::size_t end) {
  std::size_t s = 0;
  for (std::size_t i = begin; i < end; ++i) s += v[i];
  return s;
}

}  // namespace

class TestAnalysisPanel : public QObject {
  Q_OBJECT

 private slots:
  // Averaging over t = 1000 after a transient of 100 (dt 0.002, the defaults
  // for Lorenz) the finite-time exponents lie within about 0.01 of their
  // limits; the tolerances below (0.03, 0.02, 0.05) leave room for that.
  // The sum is the trace of the Jacobian, -(sigma + 1 + beta), at any time.
  void lyapunovMatchesThePublishedSpectrum() {
    Fixture f("lorenz");
    LyapunovTab* tab = f.panel->lyapunovTab();
    QCOMPARE(tab->averagingTime()->value(), 1000.0);
    QCOMPARE(tab->transient()->value(), 100.0);
    QTest::mouseClick(tab->computeButton(), Qt::LeftButton);
    QVERIFY(tab->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasResult(), kRunTimeoutMs);
    const auto& e = tab->result().exponents;
    QCOMPARE(e.size(), std::size_t{3});
    qInfo("exponents %.4f %.4f %.4f, D_KY %.4f", e[0], e[1], e[2], tab->result().kaplan_yorke);
    QVERIFY(std::fabs(e[0] - 0.9056) < 0.03);
    QVERIFY(std::fabs(e[1]) < 0.02);
    QVERIFY(std::fabs(e[2] + 14.5723) < 0.05);
    QVERIFY(std::fabs(e[0] + e[1] + e[2] + (10.0 + 1.0 + 8.0 / 3.0)) < 1e-3);
    QVERIFY(std::fabs(tab->result().kaplan_yorke - 2.0621) < 0.01);
    QCOMPARE(tab->plot()->seriesCount(), 3);
    QVERIFY(tab->plot()->pointCount() >= 3 * 100);
    QVERIFY(tab->findChild<QLabel*>("label_exponents")->text().contains("14."));
    QVERIFY(tab->findChild<QLabel*>("label_summary")->text().contains("2.06"));
    QVERIFY(tab->findChild<QLabel*>("label_caption")->text().contains("Sprott"));
    QVERIFY(!tab->hasError() && !tab->isStale());
    QCOMPARE(tab->progressBar()->value(), tab->progressBar()->maximum());
    saveTab(*f.panel, 0, "analysis_lyapunov.png");
  }

  void poincareCrossingsLieOnThePlaneAndShowInTheView() {
    Fixture f("lorenz");
    PoincareTab* tab = f.panel->poincareTab();
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QImage before = f.view.grabFrame();
    QCOMPARE(limePixels(before), 0);
    QCOMPARE(tab->planeChoice()->currentText(), QStringLiteral("Normal to z"));
    tab->computeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasResult(), kRunTimeoutMs);
    const Trajectory& crossings = tab->crossings();
    const auto& n = tab->resultNormal();
    const double c = tab->resultOffset();
    qInfo("%zu crossings of z = %.4f", crossings.samples(), c);
    QVERIFY(crossings.samples() > 20);
    QVERIFY(c > 15.0 && c < 30.0);                           // the mean height of the attractor
    QVERIFY(std::fabs(tab->offset()->value() - c) <= 1e-4);  // shown with 4 decimals
    double worst = 0.0;
    for (std::size_t i = 0; i < crossings.samples(); ++i) {
      double s = -c;
      for (std::size_t j = 0; j < n.size(); ++j) s += n[j] * crossings.state(i)[j];
      worst = std::max(worst, std::fabs(s));
    }
    qInfo("largest |n.x - c| = %.3g", worst);
    QVERIFY(worst <= 1e-9);
    QCOMPARE(tab->plot()->pointCount(), crossings.samples());
    QVERIFY(tab->findChild<QLabel*>("label_crossings")->text().contains(QString::number(crossings.samples())));

    // In the 3-D view: the plane tints the picture, the crossings are lime.
    QVERIFY(tab->overlay().hasPlane());
    QCOMPARE(tab->overlay().pointCount(), crossings.samples());
    const QImage with = f.view.grabFrame();
    with.save(QStringLiteral(FLOWSCOPE_OUTPUT_DIR "/analysis_poincare_view.png"));
    const int lime = limePixels(with);
    const double changed = testing::changedFraction(before, with, 12);
    qInfo("lime pixels %d, pixels changed by the overlay %.3f", lime, changed);
    QVERIFY(lime > 50);
    QVERIFY(changed > 0.02);  // the default camera sees z = const almost edge-on
    saveTab(*f.panel, 1, "analysis_poincare.png");

    tab->showIn3d()->setChecked(false);
    const QImage without = f.view.grabFrame();
    QCOMPARE(limePixels(without), 0);
    QVERIFY(testing::changedFraction(before, without, 12) < 0.01);
    tab->showIn3d()->setChecked(true);
    QVERIFY(limePixels(f.view.grabFrame()) > 50);

    // Other parameters: the crossings stay, faint, until recomputed.
    Problem other = f.problem;
    other.parameters[1] = 30.0;
    f.panel->setProblem(other);
    QVERIFY(tab->isStale() && tab->overlay().isDimmed());
    QVERIFY(tab->statusLabel()->text().contains("previous parameters"));
    f.panel->setProblem(f.problem);
    QVERIFY(!tab->isStale() && !tab->overlay().isDimmed());
  }

  void poincareFindsCrossingsForRossler() {
    Fixture f("rossler");
    PoincareTab* tab = f.panel->poincareTab();
    tab->computeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasResult(), kRunTimeoutMs);
    qInfo("Rössler: %zu crossings of z = %.4f", tab->crossings().samples(), tab->resultOffset());
    QVERIFY(tab->crossings().samples() > 20);
    // And through a custom normal, the plane x + y = 0.
    tab->planeChoice()->setCurrentIndex(tab->planeChoice()->count() - 1);
    QVERIFY(tab->normalComponent(0)->isEnabled());
    tab->normalComponent(0)->setValue(1.0);
    tab->normalComponent(1)->setValue(1.0);
    tab->normalComponent(2)->setValue(0.0);
    tab->automaticOffset()->setChecked(false);
    tab->offset()->setValue(0.0);
    tab->computeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasResult(), kRunTimeoutMs);
    QVERIFY(tab->crossings().samples() > 20);
    for (std::size_t i = 0; i < tab->crossings().samples(); ++i)
      QVERIFY(std::fabs(tab->crossings().state(i)[0] + tab->crossings().state(i)[1]) <= 1e-9);
  }

  void orbitDiagramShowsPeriodDoubling() {
    Fixture f("rossler");
    OrbitDiagramTab* tab = f.panel->orbitDiagramTab();
    QCOMPARE(tab->parameter()->currentText(), QStringLiteral("c"));  // the widest slider range
    QCOMPARE(tab->count()->value(), 200);
    tab->from()->setValue(2.0);
    tab->to()->setValue(6.0);
    tab->count()->setValue(60);
    tab->variable()->setCurrentIndex(0);  // x
    QTest::mouseClick(tab->computeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasResult(), kRunTimeoutMs);
    const auto& distinct = tab->distinctPerColumn();
    QCOMPARE(distinct.size(), std::size_t{60});
    const std::size_t low = sumOver(distinct, 0, 20), middle = sumOver(distinct, 20, 40),
                      high = sumOver(distinct, 40, 60);
    qInfo("distinct maxima for c in [2, 3.3]: %zu, [3.4, 4.6]: %zu, [4.7, 6]: %zu", low, middle, high);
    QVERIFY(low < middle && middle < high);
    QVERIFY(distinct.front() == 1);  // period 1 at c = 2
    // The points plus the two ends of the marker at the current c = 5.7.
    QCOMPARE(tab->plot()->pointCount(), low + middle + high + 2);
    QCOMPARE(tab->plot()->seriesCount(), 2);
    saveTab(*f.panel, 2, "analysis_orbit_diagram.png");

    // Moving c itself keeps the diagram current; moving a does not.
    Problem moved = f.problem;
    moved.parameters[2] = 4.0;
    f.panel->setProblem(moved);
    QVERIFY(tab->hasResult() && !tab->isStale());
    moved.parameters[0] = 0.1;
    f.panel->setProblem(moved);
    QVERIFY(tab->isStale());
    QVERIFY(tab->statusLabel()->text().contains("previous parameters"));
  }

  void cancelStopsALongRun() {
    Fixture f("lorenz");
    LyapunovTab* lyapunov = f.panel->lyapunovTab();
    lyapunov->averagingTime()->setValue(30'000.0);  // 15 million steps, several seconds
    lyapunov->computeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(lyapunov->progressBar()->value() > 0, kRunTimeoutMs);
    QVERIFY(lyapunov->cancelButton()->isEnabled());
    QTest::mouseClick(lyapunov->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!lyapunov->isRunning(), 5'000);
    QTRY_COMPARE(lyapunov->statusLabel()->text(), QStringLiteral("Cancelled."));
    QVERIFY(!lyapunov->hasResult());
    QCOMPARE(lyapunov->plot()->seriesCount(), 0);
    QVERIFY(lyapunov->findChild<QLabel*>("label_exponents")->text().isEmpty());
    QVERIFY(!lyapunov->cancelButton()->isEnabled());

    OrbitDiagramTab* orbit = f.panel->orbitDiagramTab();
    orbit->count()->setValue(5'000);  // minutes of work
    orbit->computeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(orbit->progressBar()->value() > 0, kRunTimeoutMs);
    orbit->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!orbit->isRunning(), 5'000);
    QTRY_COMPARE(orbit->statusLabel()->text(), QStringLiteral("Cancelled."));
    QVERIFY(!orbit->hasResult());
    QCOMPARE(orbit->plot()->pointCount(), std::size_t{0});
  }

  void badInputShowsAnErrorAndTheAppGoesOn() {
    Fixture f("lorenz");
    PoincareTab* poincare = f.panel->poincareTab();
    poincare->planeChoice()->setCurrentIndex(poincare->planeChoice()->count() - 1);
    for (int i = 0; i < 3; ++i) poincare->normalComponent(i)->setValue(0.0);
    poincare->computeButton()->click();
    QVERIFY(poincare->hasError());
    QVERIFY(!poincare->isRunning());
    QVERIFY(poincare->statusLabel()->text().contains("all zeros"));
    QVERIFY(poincare->statusLabel()->styleSheet().contains("color"));
    saveTab(*f.panel, 1, "analysis_poincare_error.png");
    // Fixed, it runs.
    poincare->normalComponent(2)->setValue(1.0);
    poincare->computeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(poincare->hasResult(), kRunTimeoutMs);
    QVERIFY(!poincare->hasError());
    QVERIFY(poincare->crossings().samples() > 20);

    // A step far too large: the state blows up, reported in the status line.
    Problem unstable = f.problem;
    unstable.dt = 0.2;
    f.panel->setProblem(unstable);
    LyapunovTab* lyapunov = f.panel->lyapunovTab();
    lyapunov->computeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(lyapunov->hasError(), kRunTimeoutMs);
    qInfo("error shown: %s", qPrintable(lyapunov->statusLabel()->text()));
    QVERIFY(lyapunov->statusLabel()->text().contains("blew up"));
    QVERIFY(!lyapunov->hasResult());
    // A range that runs backwards.
    OrbitDiagramTab* orbit = f.panel->orbitDiagramTab();
    orbit->from()->setValue(50.0);
    orbit->to()->setValue(10.0);
    orbit->computeButton()->click();
    QVERIFY(orbit->hasError() && !orbit->isRunning());
    // Back to a sane step: everything works again.
    f.panel->setProblem(f.problem);
    lyapunov->averagingTime()->setValue(50.0);
    lyapunov->computeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(lyapunov->hasResult(), kRunTimeoutMs);
    QVERIFY(!lyapunov->hasError());
  }

  void aResultForOldParametersIsMarkedStale() {
    Fixture f("lorenz");
    LyapunovTab* tab = f.panel->lyapunovTab();
    tab->averagingTime()->setValue(100.0);
    tab->computeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasResult(), kRunTimeoutMs);
    QVERIFY(!tab->isStale());
    Problem other = f.problem;
    other.parameters[1] = 35.0;  // rho
    f.panel->setProblem(other);
    QVERIFY(tab->isStale());
    QVERIFY(tab->statusLabel()->text().contains("previous parameters"));
    QVERIFY(tab->plot()->seriesCount() == 3);  // still on screen, greyed
    f.panel->setProblem(f.problem);            // back: the result is current again
    QVERIFY(!tab->isStale());

    // Parameters that change during a run: the result arrives marked stale.
    tab->averagingTime()->setValue(2'000.0);
    tab->computeButton()->click();
    f.panel->setProblem(other);
    QVERIFY(tab->statusLabel()->text().contains("previous parameters"));
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasResult(), kRunTimeoutMs);
    QVERIFY(tab->isStale());
    // The published lines describe the default parameters: shown here since
    // this run used them, but not for a run at rho = 35.
    QVERIFY(!tab->findChild<QLabel*>("label_caption")->text().isEmpty());
    tab->averagingTime()->setValue(100.0);
    tab->computeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasResult(), kRunTimeoutMs);
    QVERIFY(!tab->isStale());
    QVERIFY(tab->findChild<QLabel*>("label_caption")->text().isEmpty());
  }

  void aNewSystemResetsTheTabs() {
    Fixture f("lorenz");
    PoincareTab* poincare = f.panel->poincareTab();
    poincare->computeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(poincare->hasResult(), kRunTimeoutMs);
    QVERIFY(poincare->overlay().pointCount() > 0);
    OrbitDiagramTab* orbit = f.panel->orbitDiagramTab();
    QCOMPARE(orbit->parameter()->currentText(), QStringLiteral("ρ (rho)"));
    orbit->computeButton()->click();  // still running when the system changes
    f.panel->setProblem(default_problem(find_system("rossler"), 100.0));
    QVERIFY(!poincare->hasResult());
    QCOMPARE(poincare->overlay().pointCount(), std::size_t{0});
    QVERIFY(!poincare->overlay().hasPlane());
    QCOMPARE(orbit->parameter()->count(), 3);
    QCOMPARE(orbit->parameter()->currentText(), QStringLiteral("c"));
    QCOMPARE(orbit->from()->value(), 1.0);
    QTRY_VERIFY_WITH_TIMEOUT(!orbit->isRunning(), 10'000);
    QVERIFY(!orbit->hasResult() && !orbit->hasError());
    QCOMPARE(f.panel->lyapunovTab()->averagingTime()->value(), 5000.0);
  }

  void planeRectangleCoversTheBox() {
    std::array<PlaneOverlay::Vec3, 4> corners;
    QVERIFY(PlaneOverlay::rectangle({0, 0, 2}, 10, {-1, 1, -2, 2, 0, 10}, corners));
    for (const auto& p : corners) QCOMPARE(p[2], 5.0);
    QVERIFY(!PlaneOverlay::rectangle({0, 0, 0}, 1, {-1, 1, -1, 1, -1, 1}, corners));
    QVERIFY(PlaneOverlay::rectangle({1, 1, 1}, 0.5, {-1, 1, -1, 1, -1, 1}, corners));
    for (const auto& p : corners) QVERIFY(std::fabs(p[0] + p[1] + p[2] - 0.5) < 1e-12);
  }
};

QTEST_MAIN(TestAnalysisPanel)
#include "test_analysis_panel.moc"
