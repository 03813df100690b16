#include <QtTest>
class Placeholder_test_expression_system : public QObject {
  Q_OBJECT
};
QTEST_APPLESS_MAIN(Placeholder_test_expression_system)
#include "test_expression_system.moc"
