#include <QtTest>
class Placeholder_test_integrators : public QObject {
  Q_OBJECT
};
QTEST_APPLESS_MAIN(Placeholder_test_integrators)
#include "test_integrators.moc"
