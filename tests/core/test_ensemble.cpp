#include <QtTest>
class Placeholder_test_ensemble : public QObject {
  Q_OBJECT
};
QTEST_APPLESS_MAIN(Placeholder_test_ensemble)
#include "test_ensemble.moc"
