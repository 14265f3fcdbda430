#pragma once

#include "commands/ChangeValue.h"
#include "document/TenderPlaces.h"

#include "document/DocumentTypes.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

namespace tulana {

class TenderDocument;

// Changes one field of the tender ("Change title"). Consecutive changes of
// the same field merge, so typing a title is one undo step.
class SetTenderFieldCommand : public ChangeValue<place::TenderField>
{
    Q_DECLARE_TR_FUNCTIONS(SetTenderFieldCommand)
public:
    SetTenderFieldCommand(TenderDocument* document, TenderField field, QVariant value,
                          QUndoCommand* parent = nullptr);
};

// Sets the QCBS technical and financial weights together ("Set weights to
// 80:20"); a slider drag merges into one step.
class SetQcbsWeightsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetQcbsWeightsCommand)
public:
    SetQcbsWeightsCommand(TenderDocument* document, double technical, double financial,
                          QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void updateText();

    TenderDocument* m_document;
    double m_oldTechnical;
    double m_oldFinancial;
    double m_technical;
    double m_financial;
};

} // namespace tulana
