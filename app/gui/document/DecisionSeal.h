#pragma once

#include "tender/ContextAnswers.h"
#include "tender/Decision.h"
#include "tender/Tender.h"

#include <QByteArray>

#include <optional>

namespace tulana {

// What a decision was finalised on: the evaluation inputs (the bytes the
// memo's fingerprint is taken of), the context answers, and the decision
// itself (selected bid, date, justification). The decision stays final for
// as long as the tender still matches its seal: change any of it and the
// finalisation is withdrawn; undo the change and it holds again, because
// the data is once more what the officer finalised (docs/considerations.md,
// "Finalising in the app").
class DecisionSeal
{
public:
    static DecisionSeal of(const Tender& tender);
    bool matches(const Tender& tender) const;

    friend bool operator==(const DecisionSeal&, const DecisionSeal&) = default;

private:
    QByteArray m_inputs;
    ContextAnswers m_context;
    Decision m_decision; // with `finalised` cleared
};

// The decision with its seal, as the decision commands keep it for undo.
// Invariant kept by TenderDocument: decision.finalised is true exactly when
// there is a seal and the tender matches it.
struct DecisionState
{
    Decision decision;
    std::optional<DecisionSeal> seal;

    friend bool operator==(const DecisionState&, const DecisionState&) = default;
};

} // namespace tulana
