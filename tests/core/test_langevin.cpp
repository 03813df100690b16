#include <QtTest>
class Placeholder_test_langevin : public QObject {
  Q_OBJECT
};
QTEST_APPLESS_MAIN(Placeholder_test_langevin)
#include "test_langevin.moc"
