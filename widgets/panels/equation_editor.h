#pragma once
// The editor for user-typed systems: one "dx/dt = ..." line per variable,
// "param" and "init" lines, "#" comments. Apply compiles the text; a mistake
// is shown with its line and column and the cursor jumps there. Files can be
// opened and saved, so nothing typed is lost.
#include <QWidget>
#include <memory>

#include "core/systems/system.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace flowscope {

class EquationEditor : public QWidget {
  Q_OBJECT

 public:
  explicit EquationEditor(QWidget* parent = nullptr);

  QString text() const;
  void setText(const QString& text);
  QString systemName() const;
  QString errorText() const;

  // Reads or writes the text; returns false and sets *error on failure.
  bool loadFile(const QString& path, QString* error);
  bool saveFile(const QString& path, QString* error) const;

  static QString exampleText();

 public slots:
  // Compiles the text: emits systemCompiled on success, shows the error otherwise.
  bool apply();

 signals:
  void systemCompiled(std::shared_ptr<const flowscope::System> system);

 private:
  void showError(int line, int column, const QString& message);

  QLineEdit* name_;
  QPlainTextEdit* editor_;
  QLabel* status_;
  QPushButton* apply_;
};

}  // namespace flowscope
