// Scene states: defaults, JSON round trips for every kind, canonical bytes,
// and every way a state file can be wrong refused with the field named.
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

#include "core/base/sha256.h"
#include "core/errors.h"
#include "core/scene/scene_json.h"
#include "core/scene/scene_schema.h"

using namespace flowscope;

namespace {

std::string refusal(const std::string& json) {
  try {
    scene_state_from_json(json, "state.json");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(accepted)";
}

std::string with_settings(const std::string& kind, const std::string& settings) {
  return "{\"format\": \"flowscope-scene\", \"version\": 1, \"kind\": \"" + kind + "\", \"settings\": {" +
         settings + "}}";
}

void write_text(const QString& path, const std::string& text) {
  std::ofstream out(path.toStdString(), std::ios::binary);
  out << text;
}

}  // namespace

class TestSceneState : public QObject {
  Q_OBJECT

 private slots:
  // FIPS 180-4 examples: "abc", the empty string and the two-block message.
  void sha256KnownVectors() {
    QCOMPARE(sha256_hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(sha256_hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    QCOMPARE(sha256_hex(std::string(1'000'000, 'a')),
             std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
  }

  void roundTrip_data() {
    QTest::addColumn<QString>("kind");
    for (SceneKind kind : all_scene_kinds()) {
      const std::string name(scene_kind_name(kind));
      QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }
  }
  // Defaults and an edited state both come back equal and byte-identical.
  void roundTrip() {
    QFETCH(QString, kind);
    SceneState state = default_scene_state(*find_scene_kind(kind.toStdString()));
    const std::string once = scene_state_to_json(state);
    const SceneState back = scene_state_from_json(once, "x");
    QVERIFY(back == state);
    QCOMPARE(scene_state_to_json(back), once);

    // Change every number to its range's upper end and every flag: still the identity.
    for (const SettingSpec& s : scene_schema(state.kind).settings) {
      if (s.type == SettingType::Number) state.set(s.key, s.max);
      if (s.type == SettingType::Flag) state.set(s.key, !state.flag(s.key));
    }
    state.camera = CameraState{{1.5, -2.25, 3.0 / 7.0}, {0, 0, 0.1}, {0, 0, 1}, 28.5};
    state.name = "edited \"quoted\" name";
    const SceneState edited = scene_state_from_json(scene_state_to_json(state), "x");
    QVERIFY(edited == state);
    QCOMPARE(edited.name, state.name);
    QVERIFY(!(edited == default_scene_state(state.kind)));
  }

  // Equal exactly when the picture is: the name and inactive settings do not count.
  void equalityFollowsThePicture() {
    SceneState a = default_scene_state(SceneKind::Diffusion), b = a;
    b.name = "another name";
    QVERIFY(a == b);
    b.set("epsilon", 3.0);  // only used in interpolant mode
    QVERIFY(a == b);
    a.set("mode", std::string("interpolant"));
    b.set("mode", std::string("interpolant"));
    QVERIFY(!(a == b));
    SceneState c = default_scene_state(SceneKind::Langevin), d = c;
    d.set("kT", 1.5);
    QVERIFY(!(c == d));
    d.set("kT", 1.0);
    d.camera = CameraState{};
    QVERIFY(!(c == d));
  }

  void refusesWithTheFieldNamed_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << "{ this is not json" << "not valid JSON";
    QTest::newRow("array") << "[1, 2]" << "(top level)";
    QTest::newRow("no format") << R"({"version": 1, "kind": "chaotic"})" << "format";
    QTest::newRow("newer version") << R"({"format": "flowscope-scene", "version": 7, "kind": "chaotic"})"
                                   << "version: is 7, newer than this Flowscope reads";
    QTest::newRow("unknown kind") << R"({"format": "flowscope-scene", "version": 1, "kind": "weather"})"
                                  << "kind: 'weather' is not a kind of scene";
    QTest::newRow("unknown top key")
        << R"({"format": "flowscope-scene", "version": 1, "kind": "latent", "colour": "red"})" << "colour: is not a field";
    QTest::newRow("wrong type") << QString::fromStdString(with_settings("langevin", R"("kT": "hot")"))
                                << "settings.kT: must be a number, not a string";
    QTest::newRow("out of range") << QString::fromStdString(with_settings("langevin", R"("kT": 50)"))
                                  << "settings.kT: is 50, above the maximum 10";
    QTest::newRow("not whole") << QString::fromStdString(with_settings("langevin", R"("particles": 10.5)"))
                               << "settings.particles: must be a whole number";
    QTest::newRow("unknown setting") << QString::fromStdString(with_settings("bridge", R"("rho": 28)"))
                                     << "settings.rho: is not a setting of a bridge scene";
    QTest::newRow("bad choice") << QString::fromStdString(with_settings("langevin", R"("method": "rk9")"))
                                << "settings.method: is 'rk9', not one of em, lm, baoab, em-underdamped";
    QTest::newRow("unknown system") << QString::fromStdString(with_settings("chaotic", R"("system": "lorenz9")"))
                                    << "settings.system: 'lorenz9' is not a built-in system";
    QTest::newRow("bad equations")
        << QString::fromStdString(with_settings("chaotic", R"("system": "typed", "equations": "dx/dt = y +")"))
        << "settings.equations:";
    QTest::newRow("foreign parameter")
        << R"({"format": "flowscope-scene", "version": 1, "kind": "chaotic", "parameters": {"kT": 1}})"
        << "parameters.kT: is not a parameter of 'lorenz'";
    QTest::newRow("nan-like parameter")
        << R"({"format": "flowscope-scene", "version": 1, "kind": "chaotic", "parameters": {"rho": "NaN"}})"
        << "parameters.rho: must be a finite number";
    QTest::newRow("camera field")
        << R"({"format": "flowscope-scene", "version": 1, "kind": "chaotic", "camera": {"position": [1, 2]}})"
        << "camera.position: must be an array of three numbers";
    QTest::newRow("deep nesting") << QString(100'000, '[') + QString(100'000, ']') << "nesting deeper than 256";
  }
  void refusesWithTheFieldNamed() {
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const QString message = QString::fromStdString(refusal(json.toStdString()));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.startsWith("state.json"), qPrintable(message));
  }

  // Files: a 100 MB file is refused before it is read, a missing data file is
  // named, a changed data file is reported, and writing is atomic.
  void files() {
    QTemporaryDir dir;
    const QString big = dir.filePath("big.json");
    {
      std::ofstream out(big.toStdString(), std::ios::binary);
      out.seekp(100'000'000 - 1);
      out.put(' ');
    }
    try {
      read_scene_file(big.toStdString());
      QFAIL("a 100 MB state was read");
    } catch (const InputError& e) {
      QVERIFY2(QString(e.what()).contains("at most"), e.what());
    }

    SceneState state = default_scene_state(SceneKind::Diffusion);
    state.set("target", std::string("file"));
    state.set("target_file", dir.filePath("missing.json").toStdString());
    const QString path = dir.filePath("scene.json");
    write_scene_file(state, path.toStdString());
    try {
      read_scene_file(path.toStdString());
      QFAIL("a state naming a missing data file was read");
    } catch (const InputError& e) {
      QVERIFY2(QString(e.what()).contains("missing.json' does not exist"), e.what());
    }

    const QString data = dir.filePath("points.csv");
    write_text(data, "x,y\n0,0\n1,1\n");
    state.set("target_file", std::string("points.csv"));  // relative to the state file
    write_scene_file(state, path.toStdString());
    std::string warning;
    SceneState read = read_scene_file(path.toStdString(), &warning);
    QCOMPARE(read.text("target_file"), data.toStdString());
    QCOMPARE(read.file_hashes.at("target_file"), sha256_file_hex(data.toStdString()));
    QVERIFY(warning.empty());
    write_scene_file(read, path.toStdString());
    write_text(data, "x,y\n0,0\n2,2\n");
    read = read_scene_file(path.toStdString(), &warning);
    QVERIFY2(QString::fromStdString(warning).contains("changed since the state was saved"), warning.c_str());
    QVERIFY(!QFile::exists(path + ".tmp"));
  }

  // Settings described once: set() checks against the same ranges as files.
  void setChecksTheSchema() {
    SceneState s = default_scene_state(SceneKind::Bridge);
    QVERIFY_THROWS_EXCEPTION(InputError, s.set("sigma", 0.0));
    QVERIFY_THROWS_EXCEPTION(InputError, s.set("nonsense", 1.0));
    s.set("sigma", 0.5);
    QCOMPARE(s.number("sigma"), 0.5);
    const SettingSpec* kT = scene_schema(SceneKind::Langevin).find("kT");
    QVERIFY(kT);
    QCOMPARE(std::get<double>(parse_setting(*kT, "2.5")), 2.5);
    QVERIFY_THROWS_EXCEPTION(InputError, parse_setting(*kT, "nan"));
  }
};

QTEST_APPLESS_MAIN(TestSceneState)
#include "test_scene_state.moc"
