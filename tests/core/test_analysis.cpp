#include <QtTest>
class Placeholder_test_analysis : public QObject {
  Q_OBJECT
};
QTEST_APPLESS_MAIN(Placeholder_test_analysis)
#include "test_analysis.moc"
