#include <QtTest>
class Placeholder_test_cli_langevin : public QObject {
  Q_OBJECT
};
QTEST_APPLESS_MAIN(Placeholder_test_cli_langevin)
#include "test_cli_langevin.moc"
