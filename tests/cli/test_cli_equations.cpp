#include <QtTest>
class Placeholder_test_cli_equations : public QObject {
  Q_OBJECT
};
QTEST_APPLESS_MAIN(Placeholder_test_cli_equations)
#include "test_cli_equations.moc"
