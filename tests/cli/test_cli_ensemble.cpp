#include <QtTest>
class Placeholder_test_cli_ensemble : public QObject {
  Q_OBJECT
};
QTEST_APPLESS_MAIN(Placeholder_test_cli_ensemble)
#include "test_cli_ensemble.moc"
