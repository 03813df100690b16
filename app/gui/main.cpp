// flowscope: the GUI. Opens the main window on the default scene, or on a
// scene state with --state FILE.json; with --screenshot FILE it saves the
// main window once the first frame is drawn and quits.
#include <clocale>
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTimer>
#include <QStatusBar>
#include <QWindow>

#include "app/gui/main_window.h"
#include "app/gui/interactive_bench.h"
#include "app/gui/translations.h"

namespace {

constexpr int kScreenshotTimeoutMs = 60'000;

int saveWindowWhenShown(flowscope::MainWindow& window, const QString& path) {
  QObject::connect(&window, &flowscope::MainWindow::trajectoryShown, &window, [&window, path] {
    // Grab from the X server: it holds what VTK drew into the native child window too.
    const QPixmap shot = window.screen()->grabWindow(window.winId());
    if (shot.isNull() || !shot.save(path, "PNG")) {
      std::fprintf(stderr, "flowscope: cannot write screenshot '%s'\n", qPrintable(path));
      QCoreApplication::exit(1);
      return;
    }
    std::printf("%s\n", qPrintable(path));
    QCoreApplication::exit(0);
  }, Qt::SingleShotConnection);
  QTimer::singleShot(kScreenshotTimeoutMs, &window, [] {
    std::fprintf(stderr, "flowscope: the default scene was not drawn within %d s\n", kScreenshotTimeoutMs / 1000);
    QCoreApplication::exit(1);
  });
  return QApplication::exec();
}

}  // namespace

int main(int argc, char* argv[]) {
  // VtkView hosts VTK in a native X window: under Wayland, run through XWayland.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "xcb");
  QApplication app(argc, argv);
  std::setlocale(LC_NUMERIC, "C");  // number parsing never depends on the user's locale
  QApplication::setApplicationName("Flowscope");
  QApplication::setApplicationVersion(FLOWSCOPE_VERSION);

  QCommandLineParser parser;
  parser.setApplicationDescription("Flowscope: seeing dynamics.");
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption lang_option("lang", "User interface language, e.g. de or fr.", "code");
  const QCommandLineOption shot_option("screenshot", "Save the window to a PNG file once drawn, then quit.",
                                       "file");
  const QCommandLineOption state_option("state", "Open a scene state file (docs/scene-state.md).", "file.json");
  parser.addOption(lang_option);
  parser.addOption(shot_option);
  const QCommandLineOption bench_option("bench", "Measure how interactive the GUI is (JSON on standard output), then quit.");
  parser.addOption(state_option);
  parser.addOption(bench_option);
  parser.process(app);

  if (!flowscope::installTranslations(app, parser.value(lang_option)) && parser.isSet(lang_option))
    std::fprintf(stderr, "flowscope: no translation for '%s'; showing English\n",
                 qPrintable(parser.value(lang_option)));

  if (parser.isSet(bench_option)) {
    std::fputs(flowscope::run_interactive_bench().c_str(), stdout);
    return 0;
  }
  flowscope::MainWindow window;
  window.show();
  if (parser.isSet(state_option)) {
    QString error;
    if (!window.openStateFile(parser.value(state_option), &error)) {
      std::fprintf(stderr, "flowscope: %s\n", qPrintable(error));
      if (parser.isSet(shot_option)) return 2;
      window.statusBar()->showMessage(error);
    }
  }
  if (parser.isSet(shot_option)) return saveWindowWhenShown(window, parser.value(shot_option));
  return QApplication::exec();
}
