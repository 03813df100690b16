// The diffusion window under Xvfb, driven as a user drives it: both samplers
// carry the same noise to ring8, the slider scrubs from noise to data, the
// eta dial and a score error change what the right side does (and the
// ODE-SDE distance grows with a wrong score), the views share one camera,
// the space-time view lifts paths into (x, y, t), the mixture table edits,
// saves and reloads the target, and the step sweep fills its plot.
#include <QtTest>

#include <QComboBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <cmath>

#include "widgets/scenes/diffusion/diffusion_window.h"
#include "widgets/scenes/diffusion/mixture_editor.h"
#include "core/diffusion/metrics.h"
#include "core/distributions/mixture_json.h"
#include "tests/render/image_checks.h"
#include "widgets/panels/plot_widget.h"
#include "widgets/render/diffusion_scene.h"
#include "widgets/view/vtk_view.h"

using namespace flowscope;

namespace {

constexpr int kTimeoutMs = 120'000;

QColor background() {
  const auto rgb = DiffusionScene::background_rgb();
  return QColor::fromRgbF(rgb[0], rgb[1], rgb[2]);
}

// The window with both VTK frames painted in (grab() leaves native views out).
void save(DiffusionWindow& w, const QString& name) {
  QImage window = w.grab().toImage();
  {
    QPainter painter(&window);
    for (VtkView* v : {w.odeView(), w.otherView()})
      painter.drawImage(QRect(v->mapTo(&w, QPoint(0, 0)), v->size()), v->grabFrame());
  }
  window.save(QStringLiteral(FLOWSCOPE_OUTPUT_DIR "/") + name + "_window.png");
}

// Waits for the run started by the last change to be on screen.
bool settled(DiffusionWindow& w) {
  return QTest::qWaitFor([&] { return !w.isBusy() && w.recording() != nullptr; }, kTimeoutMs);
}

}  // namespace

class TestDiffusionWindow : public QObject {
  Q_OBJECT

 private slots:
  void ring8BothSamplersReachTheTarget() {
    DiffusionWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(settled(w));
    const auto r = w.recording();
    QCOMPARE(r->ode.count, std::size_t{4000});
    QCOMPARE(r->ode.frameCount(), std::size_t{201});  // 200 steps, every one kept
    QCOMPARE(w.scene(0).particles(), std::size_t{4000});
    QCOMPARE(w.scene(1).particles(), std::size_t{4000});
    QVERIFY(w.scene(0).densityCells() > 10'000);
    QVERIFY(w.scene(0).pathPoints() == 30 * 201);
    qInfo("ring8, 200 steps: sliced W2 ODE %.4f, SDE %.4f, ODE-SDE %.4f; NFE %llu and %llu",
          r->ode.metrics.sliced_w2, r->other.metrics.sliced_w2, r->ode_other_sliced_w2,
          static_cast<unsigned long long>(r->ode.nfe), static_cast<unsigned long long>(r->other.nfe));
    // Exact score: both reach the eight modes (equal weights 1/8 each), as
    // close as two independent samples of the target are to each other (the
    // floor of sliced W2 at 4,000 points), up to the discretisation of 200 steps.
    const GaussianMixture& target = r->ode.spec.target;
    const std::vector<double> a = target.sample(4000, 101), b = target.sample(4000, 202);
    const double floor = sliced_w2(a.data(), 4000, b.data(), 4000, 2);
    qInfo("sliced W2 between two target samples of 4,000: %.4f", floor);
    QVERIFY(r->ode.metrics.sliced_w2 < floor + 0.1 && r->other.metrics.sliced_w2 < floor + 0.15);
    for (double m : r->ode.metrics.mode_weights) QVERIFY(std::fabs(m - 0.125) < 0.03);
    QCOMPARE(r->ode.nfe, std::uint64_t{400});  // Heun
    QCOMPARE(r->other.nfe, std::uint64_t{200});
    QVERIFY(w.metricsText().contains("sliced W2"));
    // Both started from the same noise.
    for (std::size_t i = 0; i < 100; ++i) QCOMPARE(r->ode.frame(0)[i], r->other.frame(0)[i]);

    const QImage ode = w.odeView()->grabFrame(), other = w.otherView()->grabFrame();
    QVERIFY(testing::coveredFraction(ode, background()) > 0.2);
    QVERIFY(testing::coveredFraction(other, background()) > 0.2);
    save(w, "diffusion_ring8");

    // The slider at the noise end: the particles are the prior's (std 1 under VP).
    w.setFrame(0);
    double spread = 0.0;
    for (std::size_t i = 0; i < 4000; ++i) spread += std::hypot(r->ode.frame(0)[2 * i], r->ode.frame(0)[2 * i + 1]);
    QVERIFY(spread / 4000 < 2.0);  // a 2-D standard normal: mean radius 1.25; ring8's is 4
    save(w, "diffusion_noise_end");
  }

  void wrongScoreDrivesOdeAndSdeApart() {
    DiffusionWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(settled(w));
    const double exact = w.recording()->ode_other_sliced_w2;
    QVERIFY(w.setScoreError("scale:0.5"));
    QTRY_VERIFY_WITH_TIMEOUT(w.recording()->other.spec.score_error.kind == ScoreError::Kind::Scale && !w.isBusy(),
                             kTimeoutMs);
    const double wrong = w.recording()->ode_other_sliced_w2;
    qInfo("ODE-SDE sliced W2: exact score %.4f, score x 0.5 %.4f", exact, wrong);
    QVERIFY(wrong > 3 * exact);
    save(w, "diffusion_score_error");
    // Weights that do not match the eight components are refused, the last run kept.
    QVERIFY(w.setScoreError("weights:1,2,3"));
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), kTimeoutMs);
    QVERIFY2(w.statusText().startsWith("Score error"), qPrintable(w.statusText()));
    QCOMPARE(w.recording()->other.spec.score_error.kind, ScoreError::Kind::Scale);

    // The dial: eta = 0 makes the right side an (Euler) ODE too.
    QVERIFY(w.setScoreError("none"));
    w.setEta(0.0);
    QTRY_VERIFY_WITH_TIMEOUT(w.recording()->other.spec.eta == 0.0 && !w.isBusy(), kTimeoutMs);
    qInfo("eta = 0: ODE (Heun) vs eta-ODE (Euler) sliced W2 %.4f", w.recording()->ode_other_sliced_w2);
    QVERIFY(w.recording()->ode_other_sliced_w2 < 0.2);
  }

  void camerasAreLinkedAndSpaceTimeLiftsPaths() {
    DiffusionWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(settled(w));
    QSignalSpy other_frames(w.otherView(), &VtkView::frameRendered);
    // Drag in the ODE view: the right view redraws with the same camera.
    VtkView* left = w.odeView();
    const QPoint c = left->rect().center();
    QTest::mousePress(left, Qt::LeftButton, {}, c);
    for (int i = 1; i <= 10; ++i) {
      QMouseEvent move(QEvent::MouseMove, QPointF(c + QPoint(8 * i, 3 * i)), left->mapToGlobal(QPointF(c + QPoint(8 * i, 3 * i))),
                       Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
      QApplication::sendEvent(left, &move);
    }
    QTest::mouseRelease(left, Qt::LeftButton, {}, c + QPoint(80, 30));
    QTRY_VERIFY_WITH_TIMEOUT(other_frames.count() > 0, 5000);

    w.setSpaceTime(true);
    QTRY_VERIFY(w.scene(0).pathPoints() > 0);
    w.setFrame(w.frameCount() / 2);
    const QImage frame = w.otherView()->grabFrame();
    QVERIFY(testing::coveredFraction(frame, background()) > 0.05);
    save(w, "diffusion_space_time");
  }

  void mixtureEditsSavesAndReloads() {
    DiffusionWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(settled(w));
    MixtureEditor* editor = w.mixtureEditor();
    QTableWidget* table = editor->table();
    QCOMPARE(table->rowCount(), 8);
    editor->addComponent();
    QCOMPARE(table->rowCount(), 9);
    QTRY_VERIFY_WITH_TIMEOUT(w.recording() && w.recording()->ode.spec.target.size() == 9 && !w.isBusy(), kTimeoutMs);
    // A typo is named and the last valid mixture stays.
    table->item(2, 0)->setText("abc");
    QVERIFY2(editor->errorText().contains("Component 3"), qPrintable(editor->errorText()));
    table->item(2, 0)->setText("0.5");
    QVERIFY(editor->errorText().isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath("edited.json");
    QVERIFY(w.saveMixture(path));
    const GaussianMixture saved = read_mixture_json(path.toStdString());
    QCOMPARE(saved.size(), std::size_t{9});
    QVERIFY(w.setTarget("two-moons"));
    QVERIFY(!editor->isEnabled());  // a smoothed point set is not a table
    QVERIFY(settled(w));
    QVERIFY(w.loadMixture(path));
    QTRY_VERIFY_WITH_TIMEOUT(w.recording() && w.recording()->ode.spec.target.size() == 9 && !w.isBusy(), kTimeoutMs);
    // A broken file is refused with its reason; the target stays.
    const QString bad = dir.filePath("bad.json");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"dimension\": 2, \"components\": [{\"weight\": 1, \"mean\": [0, 0], \"std\": -1}]}");
    f.close();
    QVERIFY(!w.loadMixture(bad));
    QVERIFY2(w.statusText().contains("bad.json"), qPrintable(w.statusText()));
    QCOMPARE(w.recording()->ode.spec.target.size(), std::size_t{9});

    // A point set from CSV becomes the target; a malformed one is named.
    const QString csv = dir.filePath("points.csv");
    QFile p(csv);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write("x,y\n");
    for (int i = 0; i < 200; ++i) p.write(QString("%1,%2\n").arg(std::cos(i * 0.1) * 3).arg(std::sin(i * 0.1) * 3).toUtf8());
    p.close();
    QVERIFY(w.loadPoints(csv));
    QTRY_VERIFY_WITH_TIMEOUT(w.recording() && w.recording()->ode.spec.target.size() == 200 && !w.isBusy(), kTimeoutMs);
    QFile broken(dir.filePath("broken.csv"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("x,y\n1,2\n3,oops\n");
    broken.close();
    QVERIFY(!w.loadPoints(broken.fileName()));
    QVERIFY2(w.statusText().contains("broken.csv"), qPrintable(w.statusText()));
  }

  void interpolantEpsilonKeepsTheMarginals() {
    // From N(0, I) to ring8 with the linear interpolant: epsilon = 0 (ODE) on
    // the left, epsilon = 1 on the right; both end on the target, and at the
    // middle time both clouds have the same law (the exact rho_1/2 is drawn).
    DiffusionWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(settled(w));
    QVERIFY(w.setInterpolantMode(true, "normal", 1.0));
    QTRY_VERIFY_WITH_TIMEOUT(w.recording() && w.recording()->other.interpolant && !w.isBusy(), kTimeoutMs);
    const auto r = w.recording();
    QCOMPARE(r->other.interpolant_spec.epsilon, 1.0);
    QCOMPARE(r->ode.nfe, std::uint64_t{400});  // stochastic Heun: two field evaluations per step
    const GaussianMixture& target = r->ode.target();
    const std::vector<double> a = target.sample(4000, 101), b = target.sample(4000, 202);
    const double floor = sliced_w2(a.data(), 4000, b.data(), 4000, 2);
    qInfo("interpolant: sliced W2 to ring8 eps=0 %.4f, eps=1 %.4f (floor %.4f); between them %.4f",
          r->ode.metrics.sliced_w2, r->other.metrics.sliced_w2, floor, r->ode_other_sliced_w2);
    QVERIFY(r->ode.metrics.sliced_w2 < floor + 0.15 && r->other.metrics.sliced_w2 < floor + 0.15);  // 200 steps
    // Middle frame: the two clouds against each other.
    const std::size_t mid = r->ode.frameCount() / 2;
    std::vector<double> left(2 * 4000), right(2 * 4000);
    for (std::size_t i = 0; i < 4000; ++i)
      for (int j = 0; j < 2; ++j) {
        left[j * 4000 + i] = r->ode.frame(mid)[2 * i + j];
        right[j * 4000 + i] = r->other.frame(mid)[2 * i + j];
      }
    const double middle = sliced_w2(left.data(), 4000, right.data(), 4000, 2);
    qInfo("interpolant at t = %.2f: sliced W2 between eps = 0 and eps = 1 clouds %.4f", r->ode.times[mid], middle);
    QVERIFY(middle < floor + 0.05);
    w.setFrame(static_cast<int>(mid));
    w.setSpaceTime(true);
    QTRY_VERIFY(w.scene(1).pathPoints() > 0);
    save(w, "diffusion_interpolant");
  }

  void sweepPlotsMetricsAgainstSteps() {
    DiffusionWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(settled(w));
    QSignalSpy shown(&w, &DiffusionWindow::sweepShown);
    w.sweep();
    QVERIFY(shown.wait(kTimeoutMs));
    QCOMPARE(w.sweepRows(0).size(), std::size_t{8});
    const auto& ode = w.sweepRows(0);
    qInfo("ODE sliced W2: 2 steps %.3f, 500 steps %.3f", ode.front().metrics.sliced_w2, ode.back().metrics.sliced_w2);
    QVERIFY(ode.back().metrics.sliced_w2 < 0.5 * ode.front().metrics.sliced_w2);
    QVERIFY(w.findChild<PlotWidget*>("diffusionSweepPlot")->pointCount() == 16);
    save(w, "diffusion_sweep");
  }
};

QTEST_MAIN(TestDiffusionWindow)
#include "test_diffusion_window.moc"
