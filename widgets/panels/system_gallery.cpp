#include "widgets/panels/system_gallery.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "widgets/panels/catalogue_texts.h"

namespace flowscope {
namespace {

constexpr int kIdRole = Qt::UserRole;

QString quantityName(const std::string& quantity) {
  if (quantity == "max_lyapunov") return SystemGallery::tr("Largest Lyapunov exponent");
  if (quantity == "lyapunov_spectrum") return SystemGallery::tr("Lyapunov spectrum");
  if (quantity == "kaplan_yorke") return SystemGallery::tr("Kaplan–Yorke dimension");
  return QString::fromStdString(quantity);
}

QString html(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<int>(text.size())).toHtmlEscaped(); }

}  // namespace

SystemGallery::SystemGallery(QWidget* parent)
    : QWidget(parent), search_(new QLineEdit(this)), list_(new QListWidget(this)),
      details_(new QTextBrowser(this)), open_(new QPushButton(tr("Open"), this)) {
  search_->setObjectName("gallerySearch");
  list_->setObjectName("galleryList");
  details_->setObjectName("galleryDetails");
  search_->setPlaceholderText(tr("Search systems…"));
  search_->setClearButtonEnabled(true);
  details_->setOpenExternalLinks(false);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(search_);
  layout->addWidget(list_, 2);
  layout->addWidget(details_, 3);
  layout->addWidget(open_);

  connect(search_, &QLineEdit::textChanged, this, &SystemGallery::applyFilter);
  connect(list_, &QListWidget::currentItemChanged, this, &SystemGallery::showDetails);
  connect(list_, &QListWidget::itemActivated, this,
          [this](QListWidgetItem* item) { emit systemActivated(item->data(kIdRole).toString()); });
  connect(open_, &QPushButton::clicked, this, [this] {
    if (!selectedId().isEmpty()) emit systemActivated(selectedId());
  });
  connect(search_, &QLineEdit::returnPressed, this, [this] {
    if (!selectedId().isEmpty()) emit systemActivated(selectedId());
  });
}

void SystemGallery::setSystems(std::vector<std::shared_ptr<const System>> systems) {
  const QString keep = selectedId();
  systems_ = std::move(systems);
  list_->clear();
  for (const auto& system : systems_) {
    auto* item = new QListWidgetItem(QString("%1  (%2D)").arg(translatedSystemName(*system)).arg(system->dimension()),
                                     list_);
    item->setData(kIdRole, QString::fromUtf8(system->id().data(), static_cast<int>(system->id().size())));
    item->setToolTip(translatedDescriptionOf(*system));
  }
  applyFilter();
  if (!keep.isEmpty()) select(keep);
}

void SystemGallery::setFilter(const QString& text) { search_->setText(text); }

void SystemGallery::applyFilter() {
  const QString needle = search_->text().trimmed();
  for (int row = 0; row < list_->count(); ++row) {
    QListWidgetItem* item = list_->item(row);
    const System& system = *systems_[row];
    const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive) ||
                       item->data(kIdRole).toString().contains(needle, Qt::CaseInsensitive) ||
                       translatedDescriptionOf(system).contains(needle, Qt::CaseInsensitive);
    item->setHidden(!match);
  }
  if (!list_->currentItem() || list_->currentItem()->isHidden()) {
    for (int row = 0; row < list_->count(); ++row)
      if (!list_->item(row)->isHidden()) {
        list_->setCurrentRow(row);
        break;
      }
  }
}

void SystemGallery::select(const QString& id) {
  for (int row = 0; row < list_->count(); ++row)
    if (list_->item(row)->data(kIdRole).toString() == id) list_->setCurrentRow(row);
}

QString SystemGallery::selectedId() const {
  const QListWidgetItem* item = list_->currentItem();
  return item && !item->isHidden() ? item->data(kIdRole).toString() : QString();
}

int SystemGallery::visibleCount() const {
  int count = 0;
  for (int row = 0; row < list_->count(); ++row) count += list_->item(row)->isHidden() ? 0 : 1;
  return count;
}

void SystemGallery::showDetails() {
  const int row = list_->currentRow();
  details_->setHtml(row >= 0 && row < static_cast<int>(systems_.size()) ? describe(*systems_[row]) : QString());
}

QString SystemGallery::describe(const System& system) {
  QString text = QString("<h3>%1</h3>").arg(translatedSystemName(system).toHtmlEscaped());
  text += QString("<pre>%1</pre>").arg(html(system.equations()));
  text += QString("<p>%1</p>").arg(translatedDescriptionOf(system).toHtmlEscaped());
  if (!system.parameters().empty()) {
    text += "<table cellspacing='4'>";
    for (const ParameterSpec& p : system.parameters())
      text += QString("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                  .arg(QString::fromStdString(p.symbol).toHtmlEscaped())
                  .arg(p.default_value)
                  .arg(translatedDescription(p).toHtmlEscaped());
    text += "</table>";
  }
  for (const ReferenceValue& r : system.references()) {
    QStringList values;
    for (double v : r.values) values << QString::number(v);
    text += QString("<p><i>%1</i>: %2 <small>(%3)</small></p>")
                .arg(quantityName(r.quantity).toHtmlEscaped(), values.join(", "),
                     QString::fromStdString(r.source).toHtmlEscaped());
  }
  if (!system.citation().empty()) text += QString("<p><small>%1</small></p>").arg(html(system.citation()));
  return text;
}

}  // namespace flowscope
