// The latent-trajectory window under Xvfb, driven as a user drives it: a
// generated population is smoothed, projected by PCA and recovers its true
// Lorenz latents; the cursor, the trial average, the raster, the flow field
// and the fitted dynamics show; CSV, NPY and HDF5 files load, a file with
// NaN rows is refused with its location and loads again without them.
#include <QtTest>

#include <QPainter>
#include <QTemporaryDir>
#include <cmath>

#include "widgets/scenes/latent/latent_window.h"
#include "core/io/npy.h"
#include "tests/render/image_checks.h"
#include "widgets/panels/plot_widget.h"
#include "widgets/panels/spike_raster.h"
#include "widgets/render/latent_scene.h"
#include "widgets/view/vtk_view.h"

using namespace flowscope;

namespace {

constexpr int kTimeoutMs = 120'000;

QColor background() {
  const auto rgb = LatentScene::background_rgb();
  return QColor::fromRgbF(rgb[0], rgb[1], rgb[2]);
}

void save(LatentWindow& w, const QString& name) {
  QImage window = w.grab().toImage();
  {
    QPainter painter(&window);
    painter.drawImage(QRect(w.view()->mapTo(&w, QPoint(0, 0)), w.view()->size()), w.view()->grabFrame());
  }
  window.save(QStringLiteral(FLOWSCOPE_OUTPUT_DIR "/") + name + "_window.png");
}

bool idle(LatentWindow& w) { return QTest::qWaitFor([&] { return !w.isBusy(); }, kTimeoutMs); }

}  // namespace

class TestLatentWindow : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

 private slots:
  void populationRecoversItsLatents() {
    LatentWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy projected(&w, &LatentWindow::projected);
    w.generatePopulation(40, 12, 150);
    QVERIFY(projected.wait(kTimeoutMs));
    QVERIFY(idle(w));
    QVERIFY(w.embedding().has_value());
    QCOMPARE(w.scene().trajectoryPoints(), std::size_t{12 * 150});
    QCOMPARE(w.scene().averagePoints(), std::size_t{150});
    QCOMPARE(w.scene().cursorCount(), std::size_t{12});
    QVERIFY(w.latentRecoveryR2().has_value());
    qInfo("population: true Lorenz latents recovered with R^2 = %.3f", *w.latentRecoveryR2());
    QVERIFY(*w.latentRecoveryR2() >= 0.9);  // the bar for smoothed rates + PCA + Procrustes
    QVERIFY(w.infoText().contains("R²"));
    QVERIFY(w.findChild<SpikeRaster*>("latentRaster")->spikeBins() > 500);
    QVERIFY(w.findChild<PlotWidget*>("latentVariancePlot")->pointCount() == 5);
    w.setCursor(80);
    QVERIFY(w.findChild<PlotWidget*>("latentSeriesPlot")->pointCount() > 3 * 150);
    const QImage frame = w.view()->grabFrame();
    QVERIFY(testing::coveredFraction(frame, background()) > 0.05);
    save(w, "latent_population");

    // The flow field in the shown space and a fitted linear system.
    w.setFlowVisible(true);
    QTRY_VERIFY_WITH_TIMEOUT(w.scene().arrowCount() > 20, kTimeoutMs);
    QSignalSpy fitted(&w, &LatentWindow::dynamicsShown);
    w.fitDynamics();
    QCOMPARE(fitted.count(), 1);
    QCOMPARE(w.dynamics()->decay_rate.size(), std::size_t{3});
    qInfo("linear dynamics on PC1-3: increment R^2 %.3f", w.dynamics()->r_squared);
    QVERIFY(w.dynamics()->r_squared > 0.3);
    QCOMPARE(w.findChild<PlotWidget*>("latentEigenPlot")->pointCount(), std::size_t{3});
    save(w, "latent_flow");
  }

  void filesLoadAndNanRowsAreOffered() {
    LatentWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // A CSV with two trials, a label column and one NaN row.
    const QString csv = dir_.filePath("traj.csv");
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("trial,time,label,a,b,c\n");
    for (int r = 0; r < 2; ++r)
      for (int i = 0; i < 60; ++i) {
        const double t = 0.1 * i;
        const QString a = (r == 1 && i == 17) ? "nan" : QString::number(std::cos(t + r));
        f.write(QString("%1,%2,%3,%4,%5,%6\n").arg(r).arg(t).arg(i < 30 ? "go" : "stop").arg(a).arg(std::sin(t + r)).arg(0.1 * t).toUtf8());
      }
    f.close();
    w.openFile(csv);
    QTRY_VERIFY_WITH_TIMEOUT(w.dropOffered(), kTimeoutMs);
    QVERIFY2(w.statusText().contains("line"), qPrintable(w.statusText()));
    QVERIFY(!w.embedding().has_value());  // nothing loaded yet
    QSignalSpy projected(&w, &LatentWindow::projected);
    w.acceptDrop();
    QVERIFY(projected.wait(kTimeoutMs));
    QVERIFY(idle(w));
    QCOMPARE(w.scene().trajectoryPoints(), std::size_t{119});
    QVERIFY2(w.infoText().contains("dropped"), qPrintable(w.infoText()));
    w.setColour(LatentColour::Label);
    save(w, "latent_csv");

    // NPY: trials x T x D.
    std::vector<double> values(3 * 100 * 4);
    for (int r = 0; r < 3; ++r)
      for (int i = 0; i < 100; ++i)
        for (int j = 0; j < 4; ++j) values[(r * 100 + i) * 4 + j] = std::sin(0.05 * i * (j + 1) + r);
    const QString npy = dir_.filePath("traj.npy");
    write_npy(npy.toStdString(), values.data(), {3, 100, 4});
    w.openFile(npy);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy() && w.scene().trajectoryPoints() == 300, kTimeoutMs);
    QCOMPARE(w.scene().cursorCount(), std::size_t{3});

    // A delay embedding of the first column.
    w.setMethod(EmbedMethod::Delay);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy() && w.embedding() && w.embedding()->method == EmbedMethod::Delay, kTimeoutMs);
    QVERIFY(w.infoText().contains("Delay"));

    // A malformed file keeps what was there.
    const QString bad = dir_.filePath("ragged.csv");
    QFile g(bad);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("a,b\n1,2\n3\n");
    g.close();
    w.openFile(bad);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy() && w.statusText().startsWith("Error"), kTimeoutMs);
    QVERIFY2(w.statusText().contains("line 3"), qPrintable(w.statusText()));
    QVERIFY(w.embedding().has_value());
  }
};

QTEST_MAIN(TestLatentWindow)
#include "test_latent_window.moc"
