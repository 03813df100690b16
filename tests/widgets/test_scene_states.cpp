// Every scene window reads and writes its SceneState: a state shown in one
// window and read back from another is the same state; a refused state
// leaves the scene as it was; every preset opens; the main window opens and
// refuses state files the way a user would meet them.
#include <QtTest>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSlider>
#include <QTemporaryDir>
#include <fstream>
#include <memory>

#include "app/gui/main_window.h"
#include "core/scene/scene_json.h"
#include "widgets/panels/parameter_panel.h"
#include "widgets/scenes/common/scene_frame.h"
#include "widgets/scenes/scene_factory.h"

using namespace flowscope;

namespace {

constexpr int kTimeoutMs = 120'000;

// Waits until the window has drawn its state's computation and is idle.
bool waitDrawn(SceneFrame& w, QSignalSpy& drawn) {
  QElapsedTimer clock;
  clock.start();
  while (clock.elapsed() < kTimeoutMs) {
    if (drawn.count() > 0 && !w.isBusy()) return true;
    QTest::qWait(20);
  }
  return false;
}

SceneState withoutCamera(SceneState s) {
  s.camera.reset();
  return s;
}

// A state of each kind that differs from the default in several settings.
SceneState editedState(SceneKind kind) {
  SceneState s = default_scene_state(kind);
  s.name = "edited";
  switch (kind) {
    case SceneKind::Chaotic:
      s.set("system", std::string("rossler"));
      s.parameters = {{"a", 0.2}, {"b", 0.2}, {"c", 6.5}};
      s.set("dt", 0.01);
      s.set("duration", 80.0);
      break;
    case SceneKind::Langevin:
      s.set("potential", std::string("harmonic"));
      s.set("kT", 0.5);
      s.set("gamma", 2.0);
      s.set("particles", 3000LL);
      s.set("view", std::string("map"));
      break;
    case SceneKind::Diffusion:
      s.set("target", std::string("cross"));
      s.set("steps", 40LL);
      s.set("particles", 600LL);
      s.set("eta", 0.5);
      s.set("trails", false);
      s.set("paths", 5LL);
      s.set("frame", 10LL);
      break;
    case SceneKind::Bridge:
      s.set("sigma", 0.5);
      s.set("particles", 120LL);
      s.set("steps", 12LL);
      s.set("space_time", true);
      s.set("frame", 3LL);
      break;
    case SceneKind::Latent:
      s.set("source", std::string("population"));
      s.set("neurons", 12LL);
      s.set("trials", 3LL);
      s.set("bins", 60LL);
      s.set("smoothing", 1.5);
      s.set("axis_x", 1LL);
      s.set("axis_y", 0LL);
      s.set("colour", std::string("trial"));
      s.set("cursor", 7LL);
      break;
  }
  return s;
}

}  // namespace

class TestSceneStates : public QObject {
  Q_OBJECT

 private slots:
  void stateSurvivesAWindow_data() {
    QTest::addColumn<int>("kind");
    for (SceneKind kind : all_scene_kinds()) QTest::newRow(scene_kind_name(kind).data()) << static_cast<int>(kind);
  }
  // state -> window -> state is the identity (camera included, through JSON),
  // and a second window shown the first one's state reports the same state.
  void stateSurvivesAWindow() {
    QFETCH(int, kind);
    const SceneState wanted = editedState(static_cast<SceneKind>(kind));
    std::unique_ptr<SceneFrame> first(create_scene_window(wanted.kind));
    first->show();
    QSignalSpy drawn(first.get(), &SceneFrame::sceneDrawn);
    QString error;
    QVERIFY2(first->applySceneState(wanted, &error), qPrintable(error));
    QVERIFY(waitDrawn(*first, drawn));
    const SceneState shown = first->sceneState();
    QVERIFY2(withoutCamera(shown) == withoutCamera(wanted), scene_state_to_json(shown).c_str());
    QCOMPARE(first->windowTitle(), QString("edited — Flowscope"));

    const SceneState through_json = scene_state_from_json(scene_state_to_json(shown), "json");
    QVERIFY(through_json == shown);
    std::unique_ptr<SceneFrame> second(create_scene_window(wanted.kind));
    second->show();
    QSignalSpy drawn2(second.get(), &SceneFrame::sceneDrawn);
    QVERIFY2(second->applySceneState(through_json, &error), qPrintable(error));
    QVERIFY(waitDrawn(*second, drawn2));
    const SceneState again = second->sceneState();
    QVERIFY2(again == shown, (scene_state_to_json(again) + "\nwanted\n" + scene_state_to_json(shown)).c_str());
  }

  // A state of another kind is refused and the scene keeps its state.
  void wrongKindChangesNothing() {
    std::unique_ptr<SceneFrame> w(create_scene_window(SceneKind::Langevin));
    w->show();
    QSignalSpy drawn(w.get(), &SceneFrame::sceneDrawn);
    QVERIFY(waitDrawn(*w, drawn));
    const SceneState before = w->sceneState();
    QString error;
    QVERIFY(!w->applySceneState(default_scene_state(SceneKind::Bridge), &error));
    QVERIFY2(error.contains("not a Langevin"), qPrintable(error));
    QVERIFY(w->sceneState() == before);
  }

  // Every preset in resources/presets reads, and opens in a window of its kind
  // showing exactly its settings.
  void presetsOpen() {
    const QStringList presets = MainWindow::presetPaths();
    QVERIFY2(presets.size() >= 5, qPrintable(presets.join(", ")));
    MainWindow main;
    for (const QString& path : presets) {
      QString error;
      SceneFrame* w = main.openPreset(path, &error);
      QVERIFY2(w, qPrintable(path + ": " + error));
      QSignalSpy drawn(w, &SceneFrame::sceneDrawn);
      QVERIFY2(waitDrawn(*w, drawn) || drawn.count() > 0 || !w->isBusy(), qPrintable(path));
      QFile file(path);
      QVERIFY(file.open(QIODevice::ReadOnly));
      const QByteArray bytes = file.readAll();
      const SceneState preset = scene_state_from_json(bytes.toStdString(), path.toStdString());
      // Every setting the preset names is on screen as it says (the others
      // are the window's own defaults, such as the frame it opens on).
      const SceneState shown = w->sceneState();
      QCOMPARE(shown.kind, preset.kind);
      const QJsonObject named = QJsonDocument::fromJson(bytes).object()["settings"].toObject();
      QVERIFY(!named.isEmpty());
      for (const QString& key : named.keys())
        QVERIFY2(shown.settings.at(key.toStdString()) == preset.settings.at(key.toStdString()),
                 qPrintable(path + ": " + key));
      for (const auto& [name, value] : preset.parameters) QCOMPARE(shown.parameters.at(name), value);
      QCOMPARE(QString::fromStdString(shown.name), QString::fromStdString(preset.name));
      if (w != &main) w->close();
    }
  }

  // The main window refuses bad state files with the problem named, and the
  // scene on screen stays as it was.
  void badFilesAreRefused() {
    QTemporaryDir dir;
    MainWindow main;
    const SceneState before = main.sceneState();
    auto write = [&](const QString& name, const std::string& text) {
      std::ofstream(dir.filePath(name).toStdString()) << text;
      return dir.filePath(name);
    };
    struct Case {
      QString file;
      QString expected;
    };
    const std::vector<Case> cases = {
        {write("not.json", "this is not JSON"), "not valid JSON"},
        {write("kind.json", R"({"format": "flowscope-scene", "version": 1, "kind": "weather"})"), "kind"},
        {write("newer.json", R"({"format": "flowscope-scene", "version": 99, "kind": "chaotic"})"), "newer"},
        {write("range.json", R"({"format": "flowscope-scene", "version": 1, "kind": "chaotic", "settings": {"dt": -1}})"),
         "settings.dt"},
        {write("missing.json", R"({"format": "flowscope-scene", "version": 1, "kind": "latent",
            "settings": {"source": "file", "file": "/no/such/data.npy"}})"), "does not exist"},
        {dir.filePath("absent.json"), "cannot be read"},
    };
    for (const Case& c : cases) {
      QString error;
      QVERIFY2(!main.openStateFile(c.file, &error), qPrintable(c.file));
      QVERIFY2(error.contains(c.expected), qPrintable(error));
    }
    QVERIFY(main.sceneState() == before);
    QCOMPARE(main.findChildren<SceneFrame*>().size(), 0);  // no window was opened
  }

  // Save and reopen from the main window: the same state.
  void saveAndOpen() {
    QTemporaryDir dir;
    MainWindow main;
    main.show();
    QSignalSpy drawn(&main, &SceneFrame::sceneDrawn);
    QVERIFY(waitDrawn(main, drawn));
    main.findChild<QSlider*>("slider_rho")->setValue(300);
    QTRY_VERIFY_WITH_TIMEOUT(drawn.count() >= 2 && !main.isBusy(), kTimeoutMs);
    const SceneState saved = main.sceneState();
    QString error;
    const QString path = dir.filePath("scene.json");
    QVERIFY2(main.saveStateFile(path, nullptr, &error), qPrintable(error));
    MainWindow other;
    other.show();
    QVERIFY2(other.openStateFile(path, &error) == &other, qPrintable(error));
    QSignalSpy drawn2(&other, &SceneFrame::sceneDrawn);
    QVERIFY(waitDrawn(other, drawn2));
    QVERIFY2(other.sceneState() == saved, scene_state_to_json(other.sceneState()).c_str());
  }
};

QTEST_MAIN(TestSceneStates)
#include "test_scene_states.moc"
