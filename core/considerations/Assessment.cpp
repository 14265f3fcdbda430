#include "Assessment.h"

#include "i18n/Translate.h"

namespace tulana {

QString cellReference(Side side, CellPart part)
{
    if (side == Side::Open)
        return part == CellPart::Text ? tulana::tr("Table 3, open source AI systems")
                                      : tulana::tr("Table 3, open source AI systems, notes");
    return part == CellPart::Text ? tulana::tr("Table 3, proprietary AI systems")
                                  : tulana::tr("Table 3, proprietary AI systems, notes");
}

std::vector<ConsiderationAssessment>
assessContext(const ContextAnswers& answers, const Table3& table, const ContextQuestions& questions)
{
    std::vector<ConsiderationAssessment> out;
    for (const Table3Row& row : table.rows) {
        ConsiderationAssessment a;
        a.consideration = row.id;
        a.name = row.name;
        const ContextQuestion* q = questions.question(row.id);
        if (q)
            a.question = q->question;
        if (const ContextAnswer* given = answers.find(row.id)) {
            a.note = given->note;
            const ContextOption* o = q ? q->option(given->option) : nullptr;
            if (o) {
                a.answered = true;
                a.option = o->id;
                a.answer = o->label;
                a.leaning = o->leaning;
                a.supportSide = o->supportSide;
                a.supportPart = o->supportPart;
                a.support = row.cell(o->supportSide).part(o->supportPart);
                a.rationale = o->rationale;
            }
        }
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace tulana
