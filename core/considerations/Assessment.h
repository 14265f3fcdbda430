#pragma once

#include "considerations/ContextQuestions.h"
#include "considerations/Table3.h"
#include "tender/ContextAnswers.h"

#include <QString>

#include <vector>

namespace tulana {

// One consideration of Table 3 for this tender: the officer's answer, the
// leaning it gives, and the Table 3 text that supports the leaning.
struct ConsiderationAssessment
{
    QString consideration; // id
    QString name;          // as printed in Table 3
    QString question;
    bool answered = false;
    QString option;                     // the answer's id
    QString answer;                     // the answer's label
    QString note;                       // the officer's note
    Leaning leaning = Leaning::Neutral; // Neutral while unanswered
    Side supportSide = Side::Open;
    CellPart supportPart = CellPart::Text;
    QString support; // the supporting Table 3 text, verbatim; empty while unanswered
    QString rationale;
};

// The six considerations in Table 3's order, answered or not. An answer whose
// option the questions do not know counts as unanswered (the tender loader
// refuses such files, so only a program can make one).
std::vector<ConsiderationAssessment>
assessContext(const ContextAnswers& answers, const Table3& table = table3(),
              const ContextQuestions& questions = contextQuestions());

// "Table 3, open source AI systems, notes" for citing a cell.
QString cellReference(Side side, CellPart part);

} // namespace tulana
