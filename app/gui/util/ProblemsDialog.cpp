#include "util/ProblemsDialog.h"

#include "util/Icons.h"
#include "util/StandardButtons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tulana {

ProblemsDialog::ProblemsDialog(const QString& title, const QString& summary,
                               const Problems& problems, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("problemsDialog"));
    setWindowTitle(title);
    setMinimumSize(560, 300);

    auto* label = new QLabel(summary, this);
    label->setObjectName(QStringLiteral("problemsSummary"));
    label->setWordWrap(true);

    auto* list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("problemsList"));
    list->setAccessibleName(tr("Problems"));
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setWordWrap(true);
    list->setHeaderLabels({tr("Where"), tr("Problem")});
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = themedIcon(QStringLiteral("warning"));
    QStringList asText;
    for (const Problem& p : problems) {
        auto* item = new QTreeWidgetItem(list, {p.where, p.message});
        item->setIcon(0, p.isError() ? errorIcon : warningIcon);
        item->setToolTip(1, p.message);
        asText << p.toString();
    }
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    label->setBuddy(list);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    nameStandardButtons(*buttons);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyProblemsButton"));
    connect(copy, &QPushButton::clicked, this,
            [asText] { QApplication::clipboard()->setText(asText.join(QLatin1Char('\n'))); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

void ProblemsDialog::showModal(QWidget* parent, const QString& title, const QString& summary,
                               const Problems& problems)
{
    ProblemsDialog dialog(title, summary, problems, parent);
    dialog.exec();
}

} // namespace tulana
