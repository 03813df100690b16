#include <QtTest>
class Placeholder_test_catalogue : public QObject {
  Q_OBJECT
};
QTEST_APPLESS_MAIN(Placeholder_test_catalogue)
#include "test_catalogue.moc"
