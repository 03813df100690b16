#include <QtTest>
class Placeholder_test_cli_analysis : public QObject {
  Q_OBJECT
};
QTEST_APPLESS_MAIN(Placeholder_test_cli_analysis)
#include "test_cli_analysis.moc"
