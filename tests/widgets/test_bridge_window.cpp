// The Schrodinger-bridge window under Xvfb, driven as a user drives it: two
// Gaussians are bridged and the sample agrees with the closed form at mid
// time; the sigma slider moves the coupling from near optimal transport to
// near the independent one; space-time and the time slider move the
// particles; a bad SPEC is named and the last bridge stays; the snapshots
// demo recovers its drift.
#include <QtTest>

#include <QPainter>
#include <cmath>

#include "widgets/scenes/bridge/bridge_window.h"
#include "tests/render/image_checks.h"
#include "widgets/render/bridge_scene.h"
#include "widgets/view/vtk_view.h"

using namespace flowscope;

namespace {

constexpr int kTimeoutMs = 120'000;

QColor background() {
  const auto rgb = BridgeScene::background_rgb();
  return QColor::fromRgbF(rgb[0], rgb[1], rgb[2]);
}

void save(BridgeWindow& w, const QString& name) {
  QImage window = w.grab().toImage();
  {
    QPainter painter(&window);
    painter.drawImage(QRect(w.view()->mapTo(&w, QPoint(0, 0)), w.view()->size()), w.view()->grabFrame());
  }
  window.save(QStringLiteral(FLOWSCOPE_OUTPUT_DIR "/") + name + "_window.png");
}

bool idle(BridgeWindow& w) { return QTest::qWaitFor([&] { return !w.isBusy(); }, kTimeoutMs); }

}  // namespace

class TestBridgeWindow : public QObject {
  Q_OBJECT

 private slots:
  void gaussiansMatchTheClosedForm() {
    BridgeWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY_WITH_TIMEOUT(w.bridge().has_value() && !w.isBusy(), kTimeoutMs);
    const BridgeRun& b = *w.bridge();
    QVERIFY(b.closed_form.has_value());
    QCOMPARE(w.scene().cloudPoints(), std::size_t{800});
    QCOMPARE(w.scene().particleCount(), std::size_t{300});
    QVERIFY(w.scene().couplingCount() == 150 && w.scene().ellipseShown());
    QVERIFY(w.infoText().contains("closed form"));
    // Mid time: the sample of 300 paths against the closed form. Standard
    // error of a mean ~ sqrt(var / 300) < 0.1 here; 0.25 is 2.5 of them at worst.
    const std::size_t mid = b.paths.samples() / 2;
    const Gaussian g = gaussian_bridge_marginal(*b.closed_form, b.paths.times[mid]);
    std::vector<double> rows(b.paths.at(mid), b.paths.at(mid) + 2 * b.paths.count);
    const CloudMoments m = row_moments(rows.data(), b.paths.count, 2);
    qInfo("t = %.2f: mean sample (%.3f, %.3f), closed form (%.3f, %.3f)", b.paths.times[mid], m.mean[0], m.mean[1],
          g.mean[0], g.mean[1]);
    QVERIFY(std::fabs(m.mean[0] - g.mean[0]) < 0.25 && std::fabs(m.mean[1] - g.mean[1]) < 0.25);
    QVERIFY(std::fabs(m.covariance[0] / g.covariance[0] - 1) < 0.35);  // variance: relative error ~ sqrt(2/300) = 8 %
    QVERIFY(testing::coveredFraction(w.view()->grabFrame(), background()) > 0.01);
    save(w, "bridge_gaussians");

    // Sigma from near-OT to near-independent: the pairs' mean squared distance rises.
    w.setSigma(0.05);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy() && std::fabs(w.sigma() - 0.05) < 0.01 && w.bridge(), kTimeoutMs);
    QTest::qWait(50);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), kTimeoutMs);
    const double near_ot = w.bridge()->pair_distance2;
    w.setSigma(5.0);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), kTimeoutMs);
    QTest::qWait(300);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), kTimeoutMs);
    const double near_independent = w.bridge()->pair_distance2, independent = w.bridge()->independent_distance2;
    qInfo("mean |x - y|^2 of coupled pairs: sigma 0.05 %.3f, sigma 5 %.3f, independent %.3f", near_ot, near_independent,
          independent);
    QVERIFY(near_ot < near_independent);
    QVERIFY(std::fabs(near_independent / independent - 1) < 0.2);
    // The OT cost between the two Gaussians (diagonal covariances):
    // |m1 - m0|^2 + sum (sqrt(s0) - sqrt(s1))^2 = 17 + 0.25 + (1 - sqrt 2)^2.
    const double ot = 17.0 + 0.25 + (1 - std::sqrt(2.0)) * (1 - std::sqrt(2.0));
    QVERIFY(std::fabs(near_ot / ot - 1) < 0.05);  // 300 sampled pairs of 400 points per side

    // Space-time, and the slider moves the particles.
    w.setSpaceTime(true);
    w.setFrame(0);
    w.setFrame(w.frameCount() - 1);
    QCOMPARE(w.scene().particleCount(), std::size_t{300});
    save(w, "bridge_space_time");

    // A Langevin potential as the reference: the double well's drift, linearised.
    w.setSpaceTime(false);
    QVERIFY(w.setPotentialReference("double-well"));
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy() && w.bridge() && w.bridge()->langevin_fit_r2 >= 0, kTimeoutMs);
    QCOMPARE(QString::fromStdString(w.bridge()->reference.name), QString("langevin:double-well"));
    QVERIFY(w.infoText().contains("langevin:double-well"));
    save(w, "bridge_langevin_reference");
    QVERIFY(w.setPotentialReference(""));
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy() && w.bridge() && w.bridge()->langevin_fit_r2 < 0, kTimeoutMs);

    // A bad SPEC is named; the last bridge stays.
    w.setSource("gauss:0,0;1,2,2,1");
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy() && w.statusText().startsWith("Cannot"), kTimeoutMs);
    QVERIFY2(w.statusText().contains("positive definite"), qPrintable(w.statusText()));
    QVERIFY(w.bridge().has_value());
  }

  void snapshotsDemoRecoversTheDrift() {
    BridgeWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(idle(w));
    w.setSigma(0.5);  // the demo's own noise
    w.setSnapshotsMode(true);
    QTRY_VERIFY_WITH_TIMEOUT(w.snapshots().has_value() && !w.isBusy(), kTimeoutMs);
    const SnapshotRun& s = *w.snapshots();
    QCOMPARE(s.snapshots.times.size(), std::size_t{4});
    QCOMPARE(w.scene().cloudPoints(), std::size_t{1200});
    QVERIFY(w.scene().arrowCount() == 144);
    const auto& a = s.result.rounds.back().fit.a;
    double error = 0.0;
    for (int k = 0; k < 4; ++k) error += (a[k] - kDemoDriftA[k]) * (a[k] - kDemoDriftA[k]);
    qInfo("snapshots demo: fitted A [[%.3f, %.3f], [%.3f, %.3f]], Frobenius error %.3f", a[0], a[1], a[2], a[3],
          std::sqrt(error));
    // 300 points per time, 4 times: the rotation rate (1) and decay (0.2) within 0.35 in norm.
    QVERIFY(std::sqrt(error) < 0.35);
    QVERIFY(w.infoText().contains("Round 6"));
    save(w, "bridge_snapshots");
  }
};

QTEST_MAIN(TestBridgeWindow)
#include "test_bridge_window.moc"
