// The chrome every scene window shares: the time scrubber, the job status
// widget, the scene frame, and the worker runner underneath them.
#include <QtTest>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
#include <atomic>
#include <stdexcept>
#include <thread>

#include "core/errors.h"
#include "widgets/panels/job_runner.h"
#include "widgets/scenes/common/job_status_widget.h"
#include "widgets/scenes/common/time_scrubber.h"

using namespace flowscope;

class TestSceneChrome : public QObject {
  Q_OBJECT

 private slots:
  // Any exception in the work becomes failed(), never the end of the program.
  void runnerReportsEveryException_data() {
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("expected");
    QTest::newRow("project error") << 0 << "bad input";
    QTest::newRow("std::runtime_error") << 1 << "Internal error: from the standard library";
    QTest::newRow("not an exception class") << 2 << "unknown exception";
  }
  void runnerReportsEveryException() {
    QFETCH(int, which);
    QFETCH(QString, expected);
    JobRunner runner;
    QSignalSpy failed(&runner, &JobRunner::failed);
    bool done = false;
    runner.start(
        [which](const RunControl&) {
          if (which == 0) throw InputError("bad input");
          if (which == 1) throw std::runtime_error("from the standard library");
          throw 42;
        },
        [&done] { done = true; });
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(expected), qPrintable(failed.at(0).at(0).toString()));
    QTRY_VERIFY(!runner.isRunning());
  }

  void scrubberPlaysLoopsAndStops() {
    TimeScrubber scrubber("test");
    scrubber.show();
    QSignalSpy frames(&scrubber, &TimeScrubber::frameChanged);
    scrubber.setFrameCount(5);
    QCOMPARE(scrubber.frameCount(), 5);
    scrubber.setFrame(9);  // clamped
    QCOMPARE(scrubber.frame(), 4);
    QVERIFY(scrubber.findChild<QSlider*>("testTime"));
    QVERIFY(scrubber.findChild<QComboBox*>("testSpeed"));
    auto* play = scrubber.findChild<QPushButton*>("testPlay");
    QVERIFY(play);
    play->click();  // from the end it starts again at the first frame
    QVERIFY(scrubber.isPlaying());
    QTRY_VERIFY(scrubber.frame() == 0 || frames.count() > 2);
    QTRY_COMPARE_WITH_TIMEOUT(scrubber.frame(), 4, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(scrubber.frame(), 0, 5000);  // looping
    play->click();
    QVERIFY(!scrubber.isPlaying());
    scrubber.setLooping(false);
    scrubber.setFrame(3);
    play->click();
    QTRY_VERIFY_WITH_TIMEOUT(!scrubber.isPlaying(), 5000);  // stops at the end
    QCOMPARE(scrubber.frame(), 4);
    scrubber.setFrameCount(1);
    QVERIFY(!scrubber.isPlaying());
    QCOMPARE(scrubber.frame(), 0);
  }

  // Visible while a watched job runs; Cancel cancels it; a failure is passed on.
  void jobStatusShowsAndCancels() {
    JobStatusWidget status("test");
    status.show();
    JobRunner a, b;
    status.watch(&a);
    status.watch(&b);
    auto* cancel = status.findChild<QToolButton*>("testCancel");
    QVERIFY(cancel);
    QVERIFY(!status.isBusy());
    QVERIFY(!cancel->isVisible());
    std::atomic<bool> started{false}, saw_cancel{false};
    a.start(
        [&](const RunControl& control) {
          started = true;
          while (!control.cancel->load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
          saw_cancel = true;
        },
        [] {});
    QTRY_VERIFY(started.load());
    QTRY_VERIFY(status.isBusy() && cancel->isVisible() && status.progressBar()->isVisible());
    cancel->click();
    QTRY_VERIFY(saw_cancel.load());
    QTRY_VERIFY(!status.isBusy() && !cancel->isVisible());
    QSignalSpy failed(&status, &JobStatusWidget::failed);
    b.start([](const RunControl&) { throw IoError("disk gone"); }, [] {});
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QString("disk gone"));
  }
};

QTEST_MAIN(TestSceneChrome)
#include "test_scene_chrome.moc"
