#include "widgets/scenes/diffusion/mixture_editor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/distributions/mixture_json.h"
#include "core/errors.h"
#include "core/io/number_format.h"

namespace flowscope {
namespace {

constexpr double kNewComponentStd = 0.5;

QString number(double v) { return QString::fromStdString(format_double(v)); }

}  // namespace

MixtureEditor::MixtureEditor(QWidget* parent) : QWidget(parent) {
  auto* column = new QVBoxLayout(this);
  column->setContentsMargins(0, 0, 0, 0);
  table_ = new QTableWidget;
  table_->setObjectName("mixtureTable");
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setMinimumHeight(140);
  column->addWidget(table_);
  auto* buttons = new QHBoxLayout;
  auto* add = new QPushButton(tr("Add"));
  add->setObjectName("mixtureAdd");
  add->setToolTip(tr("A new isotropic component at the origin"));
  auto* remove = new QPushButton(tr("Remove"));
  remove->setObjectName("mixtureRemove");
  buttons->addWidget(add);
  buttons->addWidget(remove);
  buttons->addStretch(1);
  column->addLayout(buttons);
  error_ = new QLabel;
  error_->setObjectName("mixtureError");
  error_->setWordWrap(true);
  error_->setStyleSheet("color: #e05050");
  column->addWidget(error_);
  connect(add, &QPushButton::clicked, this, &MixtureEditor::addComponent);
  connect(remove, &QPushButton::clicked, this, &MixtureEditor::removeSelected);
  connect(table_, &QTableWidget::itemChanged, this, [this] {
    if (!filling_) edited();
  });
}

void MixtureEditor::setMixture(const GaussianMixture& mixture) {
  mixture_ = mixture;
  fill();
  setError({});
}

void MixtureEditor::fill() {
  filling_ = true;
  const int d = mixture_.dimension();
  QStringList headers{tr("weight"), "x", "y"};
  if (d == 3) headers << "z";
  headers << tr("σ");
  table_->clear();
  table_->setColumnCount(static_cast<int>(headers.size()));
  table_->setHorizontalHeaderLabels(headers);
  table_->setRowCount(static_cast<int>(mixture_.size()));
  for (std::size_t k = 0; k < mixture_.size(); ++k) {
    const MixtureComponent& c = mixture_.component(k);
    const int row = static_cast<int>(k);
    table_->setItem(row, 0, new QTableWidgetItem(number(c.weight)));
    for (int j = 0; j < d; ++j) table_->setItem(row, 1 + j, new QTableWidgetItem(number(c.mean[static_cast<std::size_t>(j)])));
    auto* spread = new QTableWidgetItem(c.form == CovarianceForm::Isotropic ? number(c.scale)
                                        : c.form == CovarianceForm::Full ? tr("full")
                                                                          : tr("low-rank"));
    if (c.form != CovarianceForm::Isotropic) {
      spread->setFlags(spread->flags() & ~Qt::ItemIsEditable);
      spread->setToolTip(tr("The covariance as loaded; edit it in the JSON file"));
    }
    table_->setItem(row, 1 + d, spread);
  }
  filling_ = false;
}

std::optional<GaussianMixture> MixtureEditor::mixture() {
  const int d = mixture_.dimension();
  std::vector<MixtureComponent> components;
  for (int row = 0; row < table_->rowCount(); ++row) {
    const std::size_t k = static_cast<std::size_t>(row);
    MixtureComponent c = k < mixture_.size() ? mixture_.component(k) : MixtureComponent::isotropic(1.0, std::vector<double>(static_cast<std::size_t>(d), 0.0), kNewComponentStd);
    auto cell = [&](int column) -> std::optional<double> {
      const QTableWidgetItem* item = table_->item(row, column);
      return item ? parse_double(item->text().trimmed().toStdString()) : std::nullopt;
    };
    const auto weight = cell(0);
    if (!weight) {
      setError(tr("Component %1: the weight is not a number").arg(row + 1));
      return std::nullopt;
    }
    c.weight = *weight;
    for (int j = 0; j < d; ++j) {
      const auto m = cell(1 + j);
      if (!m) {
        setError(tr("Component %1: the mean is not a number").arg(row + 1));
        return std::nullopt;
      }
      c.mean[static_cast<std::size_t>(j)] = *m;
    }
    if (c.form == CovarianceForm::Isotropic) {
      const auto s = cell(1 + d);
      if (!s) {
        setError(tr("Component %1: σ is not a number").arg(row + 1));
        return std::nullopt;
      }
      c.scale = *s;
    }
    components.push_back(std::move(c));
  }
  try {
    normalise_weights(components);
    return GaussianMixture(d, std::move(components));
  } catch (const InputError& e) {
    setError(QString::fromStdString(e.what()));
    return std::nullopt;
  }
}

QString MixtureEditor::errorText() const { return error_->text(); }

void MixtureEditor::setError(const QString& text) { error_->setText(text); }

void MixtureEditor::edited() {
  const auto m = mixture();
  if (!m) return;
  setError({});
  mixture_ = *m;
  fill();  // shows the renormalised weights
  emit mixtureEdited(mixture_);
}

void MixtureEditor::addComponent() {
  const int row = table_->rowCount();
  filling_ = true;
  table_->insertRow(row);
  const double weight = 1.0 / static_cast<double>(row + 1);
  table_->setItem(row, 0, new QTableWidgetItem(number(weight)));
  for (int j = 0; j < mixture_.dimension(); ++j) table_->setItem(row, 1 + j, new QTableWidgetItem("0"));
  table_->setItem(row, 1 + mixture_.dimension(), new QTableWidgetItem(number(kNewComponentStd)));
  filling_ = false;
  edited();
}

void MixtureEditor::removeSelected() {
  const int row = table_->currentRow();
  if (row < 0 || table_->rowCount() <= 1) {
    setError(tr("A mixture needs at least one component"));
    return;
  }
  std::vector<MixtureComponent> kept = mixture_.components();
  kept.erase(kept.begin() + row);
  try {
    normalise_weights(kept);
    mixture_ = GaussianMixture(mixture_.dimension(), std::move(kept));
  } catch (const InputError& e) {
    setError(QString::fromStdString(e.what()));
    return;
  }
  fill();
  setError({});
  emit mixtureEdited(mixture_);
}

bool MixtureEditor::saveJson(const QString& path) {
  try {
    write_mixture_json(path.toStdString(), mixture_);
  } catch (const Error& e) {
    setError(QString::fromStdString(e.what()));
    return false;
  }
  return true;
}

bool MixtureEditor::loadJson(const QString& path) {
  try {
    mixture_ = read_mixture_json(path.toStdString());
  } catch (const Error& e) {
    setError(QString::fromStdString(e.what()));
    return false;
  }
  fill();
  setError({});
  emit mixtureEdited(mixture_);
  return true;
}

}  // namespace flowscope
