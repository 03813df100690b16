// The main window under Xvfb, driven as a user drives it: it opens on the
// Lorenz attractor, redraws when the rho slider moves, keeps up with a
// continuous drag, and speaks German and French.
#include <QtTest>
#include <QElapsedTimer>

#include <QCheckBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenuBar>
#include <QSlider>
#include <QStatusBar>
#include <QTranslator>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include "widgets/scenes/chaotic/ensemble_panel.h"
#include "widgets/scenes/langevin/langevin_window.h"
#include "app/gui/main_window.h"
#include "app/gui/translations.h"
#include "tests/render/image_checks.h"
#include "widgets/panels/equation_editor.h"
#include "widgets/panels/system_gallery.h"
#include "widgets/render/trajectory_scene.h"
#include "widgets/view/vtk_view.h"

using namespace flowscope;

namespace {

constexpr int kFirstFrameTimeoutMs = 30'000;
constexpr std::size_t kRhoIndex = 1;

QColor background() {
  const auto rgb = TrajectoryScene::background_rgb();
  return QColor::fromRgbF(rgb[0], rgb[1], rgb[2]);
}

void removeTranslators() {
  for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
    QCoreApplication::removeTranslator(t);
    delete t;
  }
  QLocale::setDefault(QLocale::c());
}

QStringList menuTitles(const MainWindow& w) {
  QStringList titles;
  for (QAction* a : w.menuBar()->actions()) titles << a->text();
  return titles;
}

}  // namespace

class TestMainWindow : public QObject {
  Q_OBJECT

 private slots:
  void opensOnTheLorenzAttractor() {
    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::trajectoryShown);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kFirstFrameTimeoutMs);
    QCOMPARE(w.scene().drawn_points(), std::size_t{50'001});
    QVERIFY2(w.statusBar()->findChild<QLabel*>()->text().contains("ms"), "no computation time shown");
    const double covered = testing::coveredFraction(w.view()->grabFrame(), background());
    qInfo("covered fraction of the view: %.3f", covered);
    QVERIFY(covered > 0.05);
    QCOMPARE(menuTitles(w), (QStringList{"&File", "&View", "&Help"}));
  }

  void movingTheRhoSliderRedrawsTheTrajectory() {
    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::trajectoryShown);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kFirstFrameTimeoutMs);
    const QImage before = w.view()->grabFrame();
    const auto bounds_before = w.scene().bounds();

    auto* slider = w.findChild<QSlider*>("slider_rho");
    auto* spin = w.findChild<QDoubleSpinBox*>("spin_rho");
    QVERIFY(slider && spin);
    slider->setFocus();
    const int shown_so_far = shown.count();
    // A page is a hundredth of the slider: +1 in rho per key press.
    for (int i = 0; i < 5; ++i) QTest::keyClick(slider, Qt::Key_PageUp);
    QCOMPARE(spin->value(), 33.0);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > shown_so_far &&
                                 w.currentResult()->problem.parameters[kRhoIndex] == 33.0,
                             kFirstFrameTimeoutMs);

    const QImage after = w.view()->grabFrame();
    const double changed = testing::changedFraction(before, after);
    qInfo("pixels changed by the new rho: %.3f", changed);
    QVERIFY(changed > 0.02);
    QVERIFY(w.scene().bounds()[5] > bounds_before[5]);  // a larger rho lifts the attractor
  }

  void continuousDragEndsOnTheLastValue() {
    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::trajectoryShown);
    QSignalSpy results(w.controller(), &SimulationController::resultReady);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kFirstFrameTimeoutMs);
    auto* slider = w.findChild<QSlider*>("slider_rho");
    const int first_results = results.count();
    // A drag: a slider move every 4 ms, with the event loop running in between.
    constexpr int kMoves = 80;
    for (int i = 1; i <= kMoves; ++i) {
      slider->setValue(200 + 4 * i);
      QTest::qWait(4);
    }
    const double final_rho = w.findChild<QDoubleSpinBox*>("spin_rho")->value();
    QTRY_VERIFY_WITH_TIMEOUT(!w.controller()->isRunning() &&
                                 w.currentResult()->problem.parameters[kRhoIndex] == final_rho,
                             kFirstFrameTimeoutMs);
    const int runs = results.count() - first_results;
    qInfo("%d slider moves gave %d published runs", kMoves, runs);
    QVERIFY(runs >= 2);       // the picture followed the drag, not only its end
    QVERIFY(runs < kMoves);   // edits were coalesced, stale runs dropped
  }

  void bigChangesRefitTheCameraSmallOnesDoNot() {
    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::trajectoryShown);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kFirstFrameTimeoutMs);
    auto* camera = w.view()->renderer()->GetActiveCamera();
    auto* spin = w.findChild<QDoubleSpinBox*>("spin_rho");
    std::array<double, 3> before;
    camera->GetPosition(before.data());

    spin->setValue(28.5);  // the attractor barely moves: the camera stays
    QTRY_VERIFY_WITH_TIMEOUT(w.currentResult()->problem.parameters[kRhoIndex] == 28.5, kFirstFrameTimeoutMs);
    std::array<double, 3> after_small;
    camera->GetPosition(after_small.data());
    QCOMPARE(after_small, before);

    spin->setValue(80.0);  // z grows to about 140: without a refit it leaves the frame
    QTRY_VERIFY_WITH_TIMEOUT(w.currentResult()->problem.parameters[kRhoIndex] == 80.0, kFirstFrameTimeoutMs);
    const QImage frame = w.view()->grabFrame();
    const double top = testing::coveredFraction(frame.copy(0, 0, frame.width() * 8 / 10, 4), background());
    qInfo("covered fraction of the top rows at rho = 80: %.4f", top);
    QVERIFY(top < 0.01);
    QVERIFY(testing::coveredFraction(frame, background()) > 0.05);
  }

  void ensembleCloudAnimatesOverTheAttractor() {
    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::trajectoryShown);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kFirstFrameTimeoutMs);
    EnsemblePanel* panel = w.ensemblePanel();
    QSignalSpy frames(panel, &EnsemblePanel::frameShown);
    panel->findChild<QCheckBox*>("ensembleActive")->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 20, kFirstFrameTimeoutMs);
    QCOMPARE(panel->cloud().particles(), std::size_t{2000});
    QVERIFY(panel->cloud().framesKept() >= 10);
    // Cyan particles (the cloud's colour) are on screen.
    const QImage frame = w.view()->grabFrame();
    frame.save(QStringLiteral(FLOWSCOPE_OUTPUT_DIR "/ensemble_view.png"));
    int cyan = 0;
    for (int y = 0; y < frame.height(); ++y)
      for (int x = 0; x < frame.width(); ++x) {
        const QColor c = frame.pixelColor(x, y);
        if (c.blue() > 150 && c.green() > 120 && c.red() < 150) ++cyan;
      }
    qInfo("cyan pixels: %d", cyan);
    QVERIFY(cyan > 100);
    // A parameter edit reaches the running cloud without restarting it.
    const int before = frames.count();
    w.findChild<QDoubleSpinBox*>("spin_rho")->setValue(35.0);
    QTRY_VERIFY_WITH_TIMEOUT(frames.count() > before + 5, kFirstFrameTimeoutMs);
    QCOMPARE(panel->cloud().particles(), std::size_t{2000});
    panel->findChild<QCheckBox*>("ensembleActive")->setChecked(false);
  }

  void gallerySwitchesSystems() {
    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::trajectoryShown);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kFirstFrameTimeoutMs);
    SystemGallery* gallery = w.gallery();
    gallery->setFilter("no such system");
    QCOMPARE(gallery->visibleCount(), 0);
    gallery->setFilter("rössler");
    QVERIFY(gallery->visibleCount() >= 1);
    QCOMPARE(gallery->selectedId(), QString("rossler"));  // the first match is selected
    emit gallery->systemActivated("rossler");
    QCOMPARE(QString::fromStdString(std::string(w.system()->id())), QString("rossler"));
    QVERIFY(w.findChild<QDoubleSpinBox*>("spin_c"));
    QTRY_VERIFY(!w.findChild<QDoubleSpinBox*>("spin_rho"));  // the old panel goes with deleteLater
    QTRY_VERIFY_WITH_TIMEOUT(w.currentResult()->problem.system->id() == "rossler", kFirstFrameTimeoutMs);
    QVERIFY(w.windowTitle().contains("Rössler"));
    const QImage frame = w.view()->grabFrame();
    frame.save(QStringLiteral(FLOWSCOPE_OUTPUT_DIR "/rossler_view.png"));
    QVERIFY(testing::coveredFraction(frame, background()) > 0.03);
  }

  void typedEquationsBecomeASystem() {
    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::trajectoryShown);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kFirstFrameTimeoutMs);
    EquationEditor* editor = w.equationEditor();

    // A typo: the error names line and column, the cursor goes there, nothing changes.
    editor->setText("param a = 1\ndx/dt = -a*x + y\ndy/dt = -x - a*yy\n");
    QVERIFY(!editor->apply());
    qInfo("error shown: %s", qPrintable(editor->errorText()));
    QVERIFY(editor->errorText().contains("Line 3, column 16"));
    QVERIFY(editor->errorText().contains("'yy'"));
    QCOMPARE(editor->findChild<QPlainTextEdit*>("equationText")->textCursor().blockNumber(), 2);
    QCOMPARE(QString::fromStdString(std::string(w.system()->id())), QString("lorenz"));

    // Fixed: it becomes the current system, in the gallery, with its own parameter panel.
    editor->findChild<QLineEdit*>("equationName")->setText("spiral");
    editor->setText("param a = 0.1\ndx/dt = -a*x + y\ndy/dt = -x - a*y\ndz/dt = -z\ninit x = 1\n");
    QVERIFY(editor->apply());
    QCOMPARE(QString::fromStdString(std::string(w.system()->id())), QString("spiral"));
    QTRY_VERIFY(w.findChild<QDoubleSpinBox*>("spin_a"));
    QTRY_VERIFY_WITH_TIMEOUT(w.currentResult()->problem.system->id() == "spiral", kFirstFrameTimeoutMs);
    w.gallery()->setFilter("spiral");
    w.gallery()->select("spiral");
    QCOMPARE(w.gallery()->selectedId(), QString("spiral"));  // listed among the matches
    // The damped spiral x = e^{-at} cos t: after t = T the radius is e^{-aT}.
    const Trajectory& t = w.currentResult()->trajectory;
    const double* end = t.state(t.samples() - 1);
    const double expected = std::exp(-0.1 * t.times.back());
    QVERIFY(std::fabs(std::hypot(end[0], end[1]) - expected) < 1e-6);
  }

  void blowUpShowsWhatCameBeforeIt() {
    // dx/dt = x^2 from x = 1 is 1 / (1 - t): it leaves the numbers at t = 1.
    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::trajectoryShown);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kFirstFrameTimeoutMs);
    QSignalSpy failed(w.controller(), &SimulationController::runFailed);
    w.equationEditor()->findChild<QLineEdit*>("equationName")->setText("finite-time");
    w.equationEditor()->setText("dx/dt = x^2\ninit x = 1\n");
    QVERIFY(w.equationEditor()->apply());
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, kFirstFrameTimeoutMs);
    const QString status = w.statusBar()->findChild<QLabel*>()->text();
    qInfo("status: %s", qPrintable(status));
    QVERIFY(status.contains("blew up after t = "));
    const Trajectory& t = w.currentResult()->trajectory;
    QCOMPARE(w.currentResult()->problem.system->id(), std::string_view("finite-time"));
    QVERIFY(t.samples() > 10);
    QVERIFY(t.times.back() < 1.1 && t.times.back() > 0.9);  // RK4 overflows just after the exact t = 1
    QCOMPARE(w.scene().drawn_points(), t.samples());
  }

  void equationFilesRoundTrip() {
    EquationEditor editor;
    QTemporaryDir dir;
    QString error;
    QVERIFY(editor.saveFile(dir.filePath("lorenz.txt"), &error));
    EquationEditor other;
    other.setText("");
    QVERIFY2(other.loadFile(dir.filePath("lorenz.txt"), &error), qPrintable(error));
    QCOMPARE(other.text(), EquationEditor::exampleText());
    QCOMPARE(other.systemName(), QString("lorenz"));
    QVERIFY(!other.loadFile(dir.filePath("missing.txt"), &error));
    QVERIFY(error.contains("missing.txt"));
  }

  void fileMenuOpensALangevinScene() {
    MainWindow w;
    w.show();
    QAction* action = nullptr;
    auto* scenes = w.findChild<QMenu*>("newSceneMenu");
    QVERIFY(scenes);
    QCOMPARE(scenes->actions().size(), 5);  // every kind of scene opens from File → New
    for (QAction* a : scenes->actions())
      if (a->text().contains("Langevin")) action = a;
    QVERIFY(action);
    action->trigger();
    auto* scene = w.findChild<LangevinWindow*>("langevinWindow");
    QVERIFY(scene);
    QVERIFY(QTest::qWaitForWindowExposed(scene));
    QCOMPARE(scene->potentialId(), QString("double-well"));
    scene->close();  // deletes itself; its worker is joined
    QTRY_VERIFY(!w.findChild<LangevinWindow*>("langevinWindow"));
  }

  void durationSetsThePointCount() {
    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::trajectoryShown);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kFirstFrameTimeoutMs);
    w.findChild<QDoubleSpinBox*>("spin_duration")->setValue(20.0);
    QTRY_COMPARE_WITH_TIMEOUT(w.scene().drawn_points(), std::size_t{10'001}, kFirstFrameTimeoutMs);
  }

  // Closing the window while a run is in flight cancels the run and joins
  // the worker promptly: no crash, no hang, no result published afterwards.
  void closingDuringARunIsSafe() {
    auto* w = new MainWindow;
    QSignalSpy shown(w, &MainWindow::trajectoryShown);
    w->show();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kFirstFrameTimeoutMs);
    QTest::qWait(SimulationController::kCoalesceMs + 5);  // quiet, so the next edit starts at once
    w->findChild<QDoubleSpinBox*>("spin_duration")->setValue(1000.0);  // 500,000 steps
    QVERIFY2(w->controller()->isRunning(), "the edit did not start a run");
    const int before = shown.count();
    QElapsedTimer clock;
    clock.start();
    delete w;  // cancels, joins the worker
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString("closing took %1 ms").arg(clock.elapsed())));
    QCOMPARE(shown.count(), before);
  }

  void speaksTheLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("dock");
    QTest::newRow("de") << "de" << QStringList{"&Datei", "&Ansicht", "&Hilfe"} << "Parameter";
    QTest::newRow("fr") << "fr" << QStringList{"&Fichier", "&Affichage", "Aid&e"} << "Paramètres";
  }
  void speaksTheLanguage() {
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, dock);
    QVERIFY(installTranslations(*qApp, language));
    {
      MainWindow w;
      QCOMPARE(menuTitles(w), menus);
      QCOMPARE(w.findChild<QDockWidget*>("parametersDock")->windowTitle(), dock);
    }
    removeTranslators();
  }

  void unknownLanguageFallsBackToEnglish() {
    QVERIFY(!installTranslations(*qApp, "sw"));
    {
      MainWindow w;
      QCOMPARE(menuTitles(w), (QStringList{"&File", "&View", "&Help"}));
    }
    removeTranslators();
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
