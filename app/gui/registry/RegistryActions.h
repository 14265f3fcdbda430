#pragma once

#include "registry/RegistryRecord.h"
#include "registry/RegistryStore.h"

#include <QObject>

#include <memory>
#include <optional>

class QAction;
class QWidget;

namespace tulana {

class TenderDocument;

// The registry as the settings name it: their connection, else the user's
// SQLite file (docs/registry.md).
registry::Connection configuredRegistry(QString* errorMessage);

// Decision page ▸ "Add to Registry…" and "Update Registry Status…": the
// finalised decision's record (core/registry, as tulana-cli registry add
// makes it) put into the registry, and later its system's status. Both are
// enabled only while the decision is finalised.
class RegistryActions : public QObject
{
    Q_OBJECT
public:
    RegistryActions(TenderDocument* document, QWidget* window);

    QAction* addAction() const { return m_add; }
    QAction* statusAction() const { return m_status; }

    // Without dialogs, for the dialogs' own use and for tests: adds the
    // record made with `options` to the registry at `connection`; the
    // record's id, or nothing with `errorMessage`.
    std::optional<registry::AddOutcome> addTo(const registry::Connection& connection,
                                              const registry::RecordOptions& options,
                                              QString* errorMessage) const;

signals:
    void registryChanged();

private:
    void updateEnabled();
    void addWithDialog();
    void updateStatusWithDialog();

    TenderDocument* m_document;
    QWidget* m_window;
    QAction* m_add;
    QAction* m_status;
};

} // namespace tulana
