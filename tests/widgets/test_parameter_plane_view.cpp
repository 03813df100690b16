// ParameterPlaneView: cells drawn in their colours at their places (y up),
// 0 white on a diverging map, grey for cells that blew up, a map filled cell
// by cell, a click that emits the grid point under it, the current point
// marked, and maps of the wrong size refused.
#include <QtTest>

#include <cmath>
#include <limits>

#include "widgets/panels/parameter_plane_view.h"

using namespace flowscope;

namespace {

// lambda(ix, iy) = ix - iy - 0.5 on a 4 x 3 grid (x = sigma 5..15, y = rho 20..60):
// negative and positive values, never exactly 0.
std::vector<double> sample_values(int nx, int ny) {
  std::vector<double> values;
  for (int iy = 0; iy < ny; ++iy)
    for (int ix = 0; ix < nx; ++ix) values.push_back(ix - iy - 0.5);
  return values;
}

bool close_colours(QColor a, QColor b) {
  return std::abs(a.red() - b.red()) <= 2 && std::abs(a.green() - b.green()) <= 2 && std::abs(a.blue() - b.blue()) <= 2;
}

}  // namespace

class TestParameterPlaneView : public QObject {
  Q_OBJECT

 private slots:
  void drawsEveryCellInItsColourWithYUp() {
    ParameterPlaneView view;
    const ParameterPlaneView::Axis x{"sigma", 5.0, 15.0, 4}, y{"rho", 20.0, 60.0, 3};
    auto values = sample_values(4, 3);
    values[1 * 4 + 2] = std::numeric_limits<double>::quiet_NaN();  // (ix 2, iy 1) blew up
    QVERIFY(view.setMap(x, y, values));
    view.setValueLabel("λ₁");
    view.resize(480, 380);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Values -2.5..2.5 (one cell NaN) straddle 0: the range is symmetric, so white is exactly 0.
    QCOMPARE(view.minimum(), -2.5);
    QCOMPARE(view.maximum(), 2.5);
    QCOMPARE(view.unstableCells(), 1);
    QVERIFY(close_colours(view.colourFor(0.0), Qt::white));
    QVERIFY(view.colourFor(-1.0).blue() > view.colourFor(-1.0).red());
    QVERIFY(view.colourFor(1.0).red() > view.colourFor(1.0).blue());
    const QImage shot = view.grab().toImage();
    for (int iy = 0; iy < 3; ++iy)
      for (int ix = 0; ix < 4; ++ix) {
        const QPoint at = view.cellCentre(ix, iy).toPoint();
        const double value = values[iy * 4 + ix];
        const QColor seen = shot.pixelColor(at * shot.devicePixelRatio());
        QVERIFY2(close_colours(seen, view.colourFor(value)),
                 qPrintable(QString("cell %1,%2 (%3): %4").arg(ix).arg(iy).arg(value).arg(seen.name())));
      }
    // y grows upwards: the top row of cells is the largest rho.
    QVERIFY(view.cellCentre(0, 2).y() < view.cellCentre(0, 0).y());
    QVERIFY(close_colours(shot.pixelColor(view.cellCentre(2, 1).toPoint() * shot.devicePixelRatio()), QColor(128, 128, 128)));
  }

  void clickEmitsTheGridPointUnderTheMouse() {
    ParameterPlaneView view;
    QVERIFY(view.setMap({"sigma", 5.0, 15.0, 4}, {"rho", 20.0, 60.0, 3}, sample_values(4, 3)));
    view.resize(480, 380);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy points(&view, &ParameterPlaneView::pointClicked);
    QSignalSpy cells(&view, &ParameterPlaneView::cellClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.cellCentre(3, 1).toPoint());
    QCOMPARE(points.count(), 1);
    QCOMPARE(points[0][0].toDouble(), 15.0);
    QCOMPARE(points[0][1].toDouble(), 40.0);
    QCOMPARE(cells[0][0].toInt(), 3);
    QCOMPARE(cells[0][1].toInt(), 1);
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(2, 2));  // outside the plot: nothing
    QCOMPARE(points.count(), 1);
  }

  void currentPointIsMarked() {
    ParameterPlaneView view;
    QVERIFY(view.setMap({"sigma", 5.0, 15.0, 4}, {"rho", 20.0, 60.0, 3}, std::vector<double>(12, -1.0)));
    view.resize(480, 380);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPoint centre = view.cellCentre(1, 1).toPoint();
    const QImage before = view.grab().toImage();
    view.setCurrentPoint(view.xAxis().value(1), view.yAxis().value(1));
    const QImage after = view.grab().toImage();
    const qreal ratio = after.devicePixelRatio();
    QVERIFY(close_colours(before.pixelColor(centre * ratio), view.colourFor(-1.0)));
    QVERIFY(close_colours(after.pixelColor(centre * ratio), Qt::white));  // the cross's centre
  }

  void fillsInCellByCell() {
    ParameterPlaneView view;
    QVERIFY(view.setMap({"a", 0.0, 1.0, 3}, {"b", 0.0, 1.0, 2}));
    QCOMPARE(view.computedCells(), 0);
    QVERIFY(view.setCell(0, 0, 1.0));
    QVERIFY(view.setCell(2, 1, 3.0));
    QVERIFY(!view.setCell(3, 0, 1.0));
    QCOMPARE(view.computedCells(), 2);
    QCOMPARE(view.minimum(), 1.0);
    QCOMPARE(view.maximum(), 3.0);
    view.resize(300, 240);
    const QImage shot = view.grab().toImage();
    const qreal ratio = shot.devicePixelRatio();
    QVERIFY(close_colours(shot.pixelColor(view.cellCentre(1, 0).toPoint() * ratio), QColor(48, 48, 54)));  // not yet
    QVERIFY(close_colours(shot.pixelColor(view.cellCentre(2, 1).toPoint() * ratio), view.colourFor(3.0)));
  }

  void refusesMapsOfTheWrongSize() {
    ParameterPlaneView view;
    QVERIFY(!view.setMap({"a", 0.0, 1.0, 3}, {"b", 0.0, 1.0, 2}, std::vector<double>(5, 0.0)));
    QVERIFY(!view.setMap({"a", 0.0, 1.0, 0}, {"b", 0.0, 1.0, 2}));
    QCOMPARE(view.xAxis().count, 1);  // unchanged
  }
};

QTEST_MAIN(TestParameterPlaneView)
#include "test_parameter_plane_view.moc"
