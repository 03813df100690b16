#include "widgets/panels/equation_editor.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

#include "core/systems/equation_parser.h"
#include "core/systems/expression_system.h"

namespace flowscope {
namespace {

constexpr qint64 kMaxFileBytes = 1 << 20;  // equations, not data: a megabyte is plenty

}  // namespace

EquationEditor::EquationEditor(QWidget* parent)
    : QWidget(parent), name_(new QLineEdit(this)), editor_(new QPlainTextEdit(this)), status_(new QLabel(this)),
      apply_(new QPushButton(tr("Apply"), this)) {
  name_->setObjectName("equationName");
  editor_->setObjectName("equationText");
  status_->setObjectName("equationStatus");
  apply_->setObjectName("equationApply");
  name_->setText("my-system");
  name_->setToolTip(tr("The name the system gets in the gallery"));
  editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  editor_->setPlainText(exampleText());
  editor_->setLineWrapMode(QPlainTextEdit::NoWrap);
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  apply_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
  apply_->setToolTip(tr("Compile the equations and show the system (Ctrl+Enter)"));

  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Name"), this));
  top->addWidget(name_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(editor_, 1);
  layout->addWidget(status_);
  layout->addWidget(apply_);
  connect(apply_, &QPushButton::clicked, this, &EquationEditor::apply);
}

QString EquationEditor::exampleText() {
  return QStringLiteral(
      "# One line dNAME/dt = ... per variable; 'param' and 'init' lines; t is time.\n"
      "param sigma = 10\n"
      "param rho = 28\n"
      "param beta = 8/3\n"
      "dx/dt = sigma*(y - x)\n"
      "dy/dt = x*(rho - z) - y\n"
      "dz/dt = x*y - beta*z\n"
      "init x = 1\n"
      "init y = 1\n"
      "init z = 1\n");
}

QString EquationEditor::text() const { return editor_->toPlainText(); }
void EquationEditor::setText(const QString& text) { editor_->setPlainText(text); }
QString EquationEditor::systemName() const { return name_->text().trimmed(); }
QString EquationEditor::errorText() const { return status_->text(); }

bool EquationEditor::apply() {
  try {
    auto system = compile_equations(text().toStdString(), systemName().toStdString());
    status_->setText(tr("Compiled: %n variable(s).", nullptr, system->dimension()));
    status_->setStyleSheet({});
    emit systemCompiled(system);
    return true;
  } catch (const EquationError& e) {
    showError(e.line(), e.column(), QString::fromStdString(e.message()));
  } catch (const Error& e) {
    showError(0, 0, QString::fromStdString(e.what()));
  }
  return false;
}

void EquationEditor::showError(int line, int column, const QString& message) {
  status_->setStyleSheet("color: #c0392b;");
  status_->setText(line > 0 ? tr("Line %1, column %2: %3").arg(line).arg(column).arg(message) : message);
  if (line <= 0) return;
  // Put the cursor where the mistake is, and select that line.
  const QTextBlock block = editor_->document()->findBlockByNumber(line - 1);
  if (!block.isValid()) return;
  QTextCursor cursor(block);
  cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, column - 1));
  editor_->setTextCursor(cursor);
  QTextEdit::ExtraSelection highlight;
  highlight.cursor = QTextCursor(block);
  highlight.format.setBackground(QColor(255, 220, 215));
  highlight.format.setProperty(QTextFormat::FullWidthSelection, true);
  editor_->setExtraSelections({highlight});
  editor_->setFocus();
}

bool EquationEditor::loadFile(const QString& path, QString* error) {
  QFile file(path);
  if (file.size() > kMaxFileBytes) {
    if (error) *error = tr("%1 is larger than 1 MiB: not an equations file.").arg(path);
    return false;
  }
  if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
    if (error) *error = tr("Cannot read %1: %2").arg(path, file.errorString());
    return false;
  }
  setText(QString::fromUtf8(file.readAll()));
  name_->setText(QFileInfo(path).completeBaseName());
  editor_->setExtraSelections({});
  status_->clear();
  return true;
}

bool EquationEditor::saveFile(const QString& path, QString* error) const {
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) ||
      file.write(text().toUtf8()) < 0 || !file.flush()) {
    if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
  }
  return true;
}

}  // namespace flowscope
