#pragma once

#include <QMenu>

class QActionGroup;

namespace tulana {

// View > Language: the system's language, English or हिन्दी. The choice is
// saved in the settings and takes effect the next time Tulana starts; the
// menu says so, and a message repeats it when the choice changes.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // The language to start in: the saved choice, else the system's.
    static QString startupLanguage();

signals:
    void languageChosen(const QString& setting);

private:
    void choose(const QString& setting);

    QActionGroup* m_group;
};

} // namespace tulana
