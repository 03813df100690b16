#pragma once
// The searchable list of systems: type to filter by name, id or description,
// click to read a system's equations, description, parameters and published
// values, double-click (or Enter, or Open) to switch to it.
#include <QWidget>
#include <memory>
#include <vector>

#include "core/systems/system.h"

class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace flowscope {

class SystemGallery : public QWidget {
  Q_OBJECT

 public:
  explicit SystemGallery(QWidget* parent = nullptr);

  // Replaces the listed systems (built-in ones, then user-typed ones).
  void setSystems(std::vector<std::shared_ptr<const System>> systems);
  void setFilter(const QString& text);
  void select(const QString& id);
  QString selectedId() const;
  int visibleCount() const;

  // The HTML shown for one system (tested, and reused by tooltips).
  static QString describe(const System& system);

 signals:
  void systemActivated(const QString& id);

 private:
  void applyFilter();
  void showDetails();

  QLineEdit* search_;
  QListWidget* list_;
  QTextBrowser* details_;
  QPushButton* open_;
  std::vector<std::shared_ptr<const System>> systems_;
};

}  // namespace flowscope
