#pragma once

#include "diagnostics/Problem.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace tulana {

class MessageBar;
struct Tender;

// Shows beside each field what applies to it: the limits of the tender's
// rulebook with their source ("Under QCBS the technical weight may not
// exceed 80%. — GFR 2017, Rule 192"), and, when a limit or a validation
// rule is breached, the core's own message in its place.
class FieldHints : public QObject
{
    Q_OBJECT
public:
    explicit FieldHints(QObject* parent = nullptr);

    // The bar that speaks for the fields at `paths` (JSON paths such as
    // "tender.technicalWeight").
    void add(MessageBar* bar, const QStringList& paths);
    void update(const Tender& tender, const Problems& problems);

private:
    struct Entry
    {
        MessageBar* bar;
        QStringList paths;
    };
    QList<Entry> m_entries;
};

} // namespace tulana
