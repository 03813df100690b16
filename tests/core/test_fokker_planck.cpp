#include <QtTest>
class Placeholder_test_fokker_planck : public QObject {
  Q_OBJECT
};
QTEST_APPLESS_MAIN(Placeholder_test_fokker_planck)
#include "test_fokker_planck.moc"
