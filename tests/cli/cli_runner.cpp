#include "tests/cli/cli_runner.h"

#include <QProcess>

namespace flowscope::testing {

CliRun run_cli(const QStringList& args, const QMap<QString, QString>& env, int timeout_ms) {
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  for (auto it = env.begin(); it != env.end(); ++it) {
    if (it.value().isEmpty())
      environment.remove(it.key());
    else
      environment.insert(it.key(), it.value());
  }
  process.setProcessEnvironment(environment);
  process.start(QStringLiteral(FLOWSCOPE_CLI), args);
  if (!process.waitForFinished(timeout_ms)) return {-1, {}, "timed out"};
  return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
          QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace flowscope::testing
