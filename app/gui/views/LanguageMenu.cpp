#include "views/LanguageMenu.h"

#include "i18n/Language.h"
#include "settings/Settings.h"
#include "util/StandardButtons.h"

#include <QActionGroup>
#include <QMessageBox>

namespace tulana {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("menuLanguage"));
    QAction* note = addAction(tr("Takes effect when Tulana is restarted"));
    note->setEnabled(false);
    addSeparator();

    const QString saved = settings::language();
    const auto add = [&](const QString& text, const QString& setting) {
        QAction* action = addAction(text);
        action->setObjectName(QStringLiteral("actionLanguage_") +
                              (setting.isEmpty() ? QStringLiteral("system") : setting));
        action->setCheckable(true);
        action->setChecked(setting.isEmpty()
                               ? saved.isEmpty()
                               : !saved.isEmpty() && i18n::languageFor(saved) == setting);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, setting] { choose(setting); });
    };
    add(tr("&System language (%1)").arg(i18n::nativeName(i18n::systemLanguage())), QString());
    // Each language under its own name, so that it can be found whatever
    // language the menu is in.
    for (const QString& code : i18n::supportedLanguages())
        add(i18n::nativeName(code), code);
}

QString LanguageMenu::startupLanguage()
{
    const QString saved = settings::language();
    return saved.isEmpty() ? i18n::systemLanguage() : i18n::languageFor(saved);
}

void LanguageMenu::choose(const QString& setting)
{
    if (setting == settings::language())
        return;
    settings::setLanguage(setting);
    emit languageChosen(setting);
    const QString code = setting.isEmpty() ? i18n::systemLanguage() : setting;
    messageBox::information(
        parentWidget(), tr("Language"),
        tr("Tulana will be in %1 the next time it starts.").arg(i18n::nativeName(code)));
}

} // namespace tulana
