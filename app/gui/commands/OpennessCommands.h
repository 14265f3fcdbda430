#pragma once

#include "tender/OpennessRecord.h"
#include "tender/OpennessScheme.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace tulana {

class TenderDocument;

// Replaces a bid's whole openness record: an imported record ("Import
// openness record of B1 from OLMo-7B.yml"), a cleared one, or a change of
// what the bid calls its system. The text says which.
class SetOpennessRecordCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetOpennessRecordCommand)
public:
    SetOpennessRecordCommand(TenderDocument* document, int bid,
                             std::optional<openness::OpennessRecord> record, const QString& text,
                             QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TenderDocument* m_document;
    int m_bid;
    std::optional<openness::OpennessRecord> m_old;
    std::optional<openness::OpennessRecord> m_new;
};

// Sets one component of a bid's record: its state and licence ("Set
// training code of B1"); no state (std::nullopt) takes the component out of
// the record (not stated). A bid without a record gets one entered from the
// bid. Consecutive edits of the same component of the same bid merge, so
// typing a licence is one step.
class SetOpennessComponentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetOpennessComponentCommand)
public:
    SetOpennessComponentCommand(TenderDocument* document, int bid, const QString& component,
                                std::optional<openness::ComponentEntry> entry,
                                QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    TenderDocument* m_document;
    int m_bid;
    QString m_component;
    std::optional<openness::OpennessRecord> m_old;
    std::optional<openness::OpennessRecord> m_new;
};

// Changes the tender's openness scheme ("Change openness scheme"). Switching
// it on while the criteria add up to 100 makes room for its marks: every
// criterion's weight is scaled to 100 − maximum in the same step ("Switch on
// openness marks"), and switching it off again scales them back.
class SetOpennessSchemeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetOpennessSchemeCommand)
public:
    SetOpennessSchemeCommand(TenderDocument* document, openness::OpennessScheme scheme,
                             QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

    // The factor the criteria's weights are scaled by (1 when they are not).
    double weightFactor() const { return m_factor; }

private:
    TenderDocument* m_document;
    openness::OpennessScheme m_old;
    openness::OpennessScheme m_new;
    double m_factor = 1.0;
};

} // namespace tulana
