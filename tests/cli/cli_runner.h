#pragma once
// Runs flowscope-cli (FLOWSCOPE_CLI) as a user would and collects what it said.
#include <QMap>
#include <QString>
#include <QStringList>

namespace flowscope::testing {

struct CliRun {
  int exit_code;  // -1: timed out, -2: crashed
  QString out;
  QString err;
};

// env entries are set on top of the test's own environment; an empty value removes the variable.
CliRun run_cli(const QStringList& args, const QMap<QString, QString>& env = {}, int timeout_ms = 300'000);

}  // namespace flowscope::testing
