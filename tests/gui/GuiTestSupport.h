#pragma once

// Shared by the GUI tests: the sample tenders, and acting on a modal dialog
// from inside its own event loop.

#include "document/TenderDocument.h"
#include "io/TenderFile.h"

#include "Samples.h"

#include <QApplication>
#include <QPointer>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace guitest {

// The samples, through tests/support/Samples.h (which fails loudly).
inline QString samplePath(const char* name = "citizen-services-chatbot")
{
    return tulana::testsupport::samplePath(name);
}

inline tulana::Tender sampleTender(const char* name = "citizen-services-chatbot")
{
    return tulana::testsupport::loadSample(name);
}

// Pushes `command`, checks `changed` on the result, then that undo gives
// back the tender before and redo the tender after, twice over. (A failure
// is recorded by QVERIFY; callers that go on check QTest::currentTestFailed().)
inline void roundTrip(tulana::TenderDocument& doc, QUndoCommand* command,
                      const std::function<void(const tulana::Tender&)>& changed = {})
{
    const tulana::Tender before = doc.tender();
    doc.undoStack()->push(command);
    const tulana::Tender after = doc.tender();
    QVERIFY2(!(after == before), "the command changed nothing");
    if (changed)
        changed(after);
    for (int i = 0; i < 2; ++i) {
        doc.undoStack()->undo();
        QVERIFY(doc.tender() == before);
        doc.undoStack()->redo();
        QVERIFY(doc.tender() == after);
    }
}

// Runs `act` on the next modal dialog once it is shown (by an exec() that
// the caller is about to start), polling so that it does not matter how
// long the dialog takes to appear. Gives up after five seconds.
inline void whenModal(std::function<void(QWidget*)> act)
{
    auto* timer = new QTimer;
    auto started = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, started, act] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal) {
            timer->stop();
            timer->deleteLater();
            act(modal);
            return;
        }
        if (++*started > 500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

// A named child widget, or a fatal error naming it (a renamed field must
// fail the test, not crash it).
template <typename T> T* field(QWidget* w, const char* name)
{
    T* child = w->findChild<T*>(QLatin1String(name));
    if (!child)
        qFatal("no field %s", name);
    return child;
}

} // namespace guitest
