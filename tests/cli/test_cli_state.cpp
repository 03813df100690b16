// flowscope-cli state and render --state, run as a user would: the default
// state of every kind, settings changed from the command line and checked
// against the same descriptions as state files, and every kind rendered
// headless from a state file, twice to the same pixels.
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include "core/scene/scene_json.h"
#include "tests/cli/cli_runner.h"
#include "tests/render/image_checks.h"

using flowscope::testing::run_cli;

class TestCliState : public QObject {
  Q_OBJECT

 private slots:
  void defaultStateOfEveryKind_data() {
    QTest::addColumn<QString>("kind");
    for (const char* k : {"chaotic", "langevin", "diffusion", "bridge", "latent"}) QTest::newRow(k) << QString(k);
  }
  void defaultStateOfEveryKind() {
    QFETCH(QString, kind);
    const auto run = run_cli({"state", "--kind", kind});
    QCOMPARE(run.exit_code, 0);
    const flowscope::SceneState state = flowscope::scene_state_from_json(run.out.toStdString(), "stdout");
    QCOMPARE(QString::fromLatin1(flowscope::scene_kind_name(state.kind).data()), kind);
    QVERIFY(state == flowscope::default_scene_state(state.kind));
  }

  void setAndDescribe() {
    auto run = run_cli({"state", "--kind", "langevin", "--set", "kT=0.5", "--set", "potential=harmonic"});
    QCOMPARE(run.exit_code, 0);
    const auto state = flowscope::scene_state_from_json(run.out.toStdString(), "stdout");
    QCOMPARE(state.number("kT"), 0.5);
    QCOMPARE(state.text("potential"), std::string("harmonic"));

    run = run_cli({"state", "--kind", "langevin", "--set", "kT=50"});
    QCOMPARE(run.exit_code, 2);
    QVERIFY2(run.err.contains("kT is 50, above the maximum 10"), qPrintable(run.err));
    run = run_cli({"state", "--kind", "langevin", "--set", "temperature=1"});
    QCOMPARE(run.exit_code, 2);
    QVERIFY2(run.err.contains("'temperature' is not a setting"), qPrintable(run.err));
    run = run_cli({"state", "--kind", "weather"});
    QCOMPARE(run.exit_code, 2);
    QVERIFY2(run.err.contains("not a kind of scene"), qPrintable(run.err));
    run = run_cli({"state", "--kind", "diffusion", "--describe"});
    QCOMPARE(run.exit_code, 0);
    QVERIFY2(run.out.contains("epsilon") && run.out.contains("when mode is interpolant"), qPrintable(run.out));
  }

  void renderEveryKind_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("settings");
    QTest::newRow("chaotic") << "chaotic" << QStringList{"duration=40"};
    QTest::newRow("langevin") << "langevin" << QStringList{"particles=4000"};
    QTest::newRow("diffusion") << "diffusion" << QStringList{"steps=40", "particles=800"};
    QTest::newRow("bridge") << "bridge" << QStringList{"particles=150", "steps=12"};
    QTest::newRow("latent") << "latent" << QStringList{"neurons=12", "trials=3", "bins=60"};
  }
  // From a state file to a PNG, headless, twice: the same picture, not blank.
  void renderEveryKind() {
    QFETCH(QString, kind);
    QFETCH(QStringList, settings);
    QTemporaryDir dir;
    const QString state = dir.filePath("scene.json");
    QStringList args{"state", "--kind", kind, "--out", state};
    for (const QString& s : settings) args << "--set" << s;
    auto run = run_cli(args);
    QVERIFY2(run.exit_code == 0, qPrintable(run.err));
    QImage images[2];
    for (int i = 0; i < 2; ++i) {
      const QString png = dir.filePath(QString("scene%1.png").arg(i));
      run = run_cli({"render", "--state", state, "--out", png, "--size", "480x320"}, {{"DISPLAY", ""}});
      QVERIFY2(run.exit_code == 0, qPrintable(run.err));
      QVERIFY(images[i].load(png));
    }
    QCOMPARE(images[0].size(), QSize(480, 320));
    const QColor background = images[0].pixelColor(2, 2);
    const double covered = flowscope::testing::coveredFraction(images[0], background);
    QVERIFY2(covered > 0.005, qPrintable(QString("only %1 of the image is drawn").arg(covered)));
    QCOMPARE(flowscope::testing::changedFraction(images[0], images[1], 0), 0.0);
  }

  void renderRefusesBadStates() {
    QTemporaryDir dir;
    const QString bad = dir.filePath("bad.json");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "flowscope-scene", "version": 1, "kind": "bridge", "settings": {"sigma": "large"}})");
    f.close();
    const QString png = dir.filePath("out.png");
    auto run = run_cli({"render", "--state", bad, "--out", png});
    QCOMPARE(run.exit_code, 2);
    QVERIFY2(run.err.contains("settings.sigma: must be a number"), qPrintable(run.err));
    QVERIFY(!QFile::exists(png) || QFileInfo(png).size() == 0);
    run = run_cli({"render", "--state", dir.filePath("none.json"), "--out", png});
    QCOMPARE(run.exit_code, 2);
    QVERIFY2(run.err.contains("cannot be read"), qPrintable(run.err));
  }
};

QTEST_MAIN(TestCliState)
#include "test_cli_state.moc"
