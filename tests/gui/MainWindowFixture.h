#pragma once

// The main window as the GUI tests that drive it whole need it: one new
// window per test function, shown and active, closed with nothing to ask,
// and the user's own settings never touched. A test class derives from it
// beside QObject and calls isolateSettings() in initTestCase(), open() in
// init() and close() in cleanup().

#include "document/TenderDocument.h"
#include "settings/Settings.h"
#include "views/MainWindow.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace guitest {

class MainWindowFixture
{
protected:
    static void isolateSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        tulana::settings::setRecentFiles({});
    }

    bool open()
    {
        m_window = std::make_unique<tulana::MainWindow>();
        m_window->show();
        return QTest::qWaitForWindowActive(m_window.get());
    }

    void close()
    {
        if (!m_window)
            return;
        m_window->document()->reset(tulana::Tender{}); // nothing to ask on the way out
        m_window.reset();
    }

    tulana::MainWindow* window() const { return m_window.get(); }
    tulana::TenderDocument* doc() const { return m_window->document(); }

    // A widget, action or model of the window by its object name; a missing
    // one ends the run, as every test after it would fail for that reason.
    template <typename T> T* find(const char* objectName) const
    {
        T* found = m_window->findChild<T*>(QLatin1String(objectName));
        if (!found)
            qFatal("no %s named %s", T::staticMetaObject.className(), objectName);
        return found;
    }

private:
    std::unique_ptr<tulana::MainWindow> m_window;
};

} // namespace guitest
