#pragma once

// The one undo command for "replace one value of the tender": a place
// (document/TenderPlaces.h) and the value it is to hold. Each kind of edit is
// still its own class (SetCostLineFieldCommand, SetEnterpriseCommand...),
// derived from this template, which says what the edit is called and, for
// the edits that merge, which of them merge; the doing, undoing and merging
// are written here once.

#include "document/TenderDocument.h"

#include <QUndoCommand>

namespace tulana {

template <typename Place> class ChangeValue : public QUndoCommand
{
public:
    using Value = typename Place::Value;

    // `mergeId` -1: every edit is its own undo step.
    ChangeValue(TenderDocument* document, Place place, Value value, const QString& text = {},
                int mergeId = -1, QUndoCommand* parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_place(std::move(place))
        , m_old(m_place.get(document->tender()))
        , m_new(std::move(value))
        , m_mergeId(mergeId)
    {}

    void redo() override { m_document->setValue(m_place, m_new, m_rows); }
    void undo() override
    {
        m_document->setValue(m_place, m_old,
                             m_rows ? std::optional(m_rows->inverse()) : std::nullopt);
    }
    int id() const override { return m_mergeId; }

    // The next edit of the same place by the same kind of command: one step.
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const ChangeValue*>(other);
        if (!next || next->m_document != m_document || !(next->m_place == m_place) ||
            !mergesWith(*next))
            return false;
        m_new = next->m_new;
        setObsolete(Place::same(m_new, m_old));
        return true;
    }

    // Whether the edit changes anything (a no-op need not be pushed).
    bool changesValue() const { return !Place::same(m_new, m_old); }

protected:
    // A kind of edit narrower than its place (one cost line of the bid's
    // lines) says here which of its successors it merges with.
    virtual bool mergesWith(const ChangeValue& /*next*/) const { return true; }

    // For a list: the rows this edit touches (its undo touches the inverse).
    void setRows(TenderChange::Rows::Kind kind, int first, int last)
    {
        m_rows = TenderChange::Rows{kind, first, last};
    }

    TenderDocument* document() const { return m_document; }
    const Place& place() const { return m_place; }
    const Value& oldValue() const { return m_old; }
    const Value& newValue() const { return m_new; }

private:
    TenderDocument* m_document;
    Place m_place;
    Value m_old;
    Value m_new;
    int m_mergeId;
    std::optional<TenderChange::Rows> m_rows;
};

} // namespace tulana
