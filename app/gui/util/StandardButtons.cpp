#include "util/StandardButtons.h"
#include "i18n/Translate.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>

namespace tulana {
namespace {

// The text of each standard button Tulana's boxes use, with its mnemonic.
QString textOf(QDialogButtonBox::StandardButton which)
{
    switch (which) {
    case QDialogButtonBox::Ok:
        return tulana::tr("&OK");
    case QDialogButtonBox::Cancel:
        return tulana::tr("&Cancel");
    case QDialogButtonBox::Close:
        return tulana::tr("&Close");
    case QDialogButtonBox::Save:
        return tulana::tr("&Save");
    case QDialogButtonBox::Discard:
        return tulana::tr("&Don't Save");
    case QDialogButtonBox::Yes:
        return tulana::tr("&Yes");
    case QDialogButtonBox::No:
        return tulana::tr("&No");
    case QDialogButtonBox::Apply:
        return tulana::tr("&Apply");
    case QDialogButtonBox::Reset:
        return tulana::tr("&Reset");
    case QDialogButtonBox::Help:
        return tulana::tr("&Help");
    default:
        return {};
    }
}

void show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    nameStandardButtons(box);
    box.exec();
}

} // namespace

void nameStandardButtons(QMessageBox& box)
{
    for (QAbstractButton* button : box.buttons()) {
        const auto which = QDialogButtonBox::StandardButton(int(box.standardButton(button)));
        if (const QString text = textOf(which); !text.isEmpty())
            button->setText(text);
    }
}

void nameStandardButtons(QDialogButtonBox& buttons)
{
    for (QAbstractButton* button : buttons.buttons())
        if (const QString text = textOf(buttons.standardButton(button)); !text.isEmpty())
            button->setText(text);
}

namespace messageBox {

void information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text);
}

void warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text);
}

void critical(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Critical, title, text);
}

} // namespace messageBox
} // namespace tulana
