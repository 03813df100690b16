// The chaotic scene's parameter plane: a sweep of the largest Lyapunov
// exponent over two of the system's parameters, drawn cell by cell on a
// worker, checked against the exponent known at the stable origin, and a
// click on the map moving the scene to that point.
#include <QtTest>
#include <QDoubleSpinBox>
#include <cmath>

#include "widgets/panels/parameter_panel.h"
#include "widgets/panels/parameter_plane_view.h"
#include "widgets/scenes/chaotic/chaotic_window.h"
#include "widgets/scenes/chaotic/parameter_plane_panel.h"

using namespace flowscope;

class TestParameterPlanePanel : public QObject {
  Q_OBJECT

 private slots:
  void lorenzPlane() {
    ChaoticWindow w;
    w.show();
    ParameterPlanePanel* plane = w.parameterPlane();
    QVERIFY(plane);
    plane->setResolution(5);  // rho 0, 25, ..., 100 across; sigma 0, 7.5, ..., 30 up
    QSignalSpy finished(plane, &ParameterPlanePanel::mapFinished);
    plane->compute();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 240'000);
    ParameterPlaneView* view = plane->view();
    QCOMPARE(view->computedCells(), 25);
    QCOMPARE(view->xAxis().count, 5);
    // rho = 0, sigma = 15: the origin is a stable node with eigenvalues
    // -sigma, -1, -beta, so lambda_1 = -1 (tolerance 0.05 for 60 time units).
    const auto at_origin = view->cellValue(0, 2);
    QVERIFY(at_origin);
    QVERIFY2(std::fabs(*at_origin + 1.0) < 0.05, qPrintable(QString::number(*at_origin)));
    // At rho = 50, sigma = 15 the Lorenz flow is chaotic (lambda_1 about 1).
    const auto chaotic = view->cellValue(2, 2);
    QVERIFY(chaotic);
    QVERIFY2(*chaotic > 0.3, qPrintable(QString::number(*chaotic)));
    QVERIFY(view->maximum() >= *chaotic);

    // A click on the cell (rho = 25, sigma = 15) moves the scene there.
    QSignalSpy shown(&w, &ChaoticWindow::trajectoryShown);
    QTest::mouseClick(view, Qt::LeftButton, {}, view->cellCentre(1, 2).toPoint());
    QTRY_COMPARE(w.findChild<QDoubleSpinBox*>("spin_rho")->value(), 25.0);
    QCOMPARE(w.findChild<QDoubleSpinBox*>("spin_sigma")->value(), 15.0);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 60'000);
  }
};

QTEST_MAIN(TestParameterPlanePanel)
#include "test_parameter_plane_panel.moc"
