// A case's tender: it must load, be free of errors, and give every answer
// computed from it (docs/training.md, "The case's tender").
#include "training/TrainingJson.h"

#include "i18n/Translate.h"
#include "io/TenderFile.h"
#include "training/Grading.h"
#include "validation/TenderValidator.h"

#include <QFileInfo>

#include <algorithm>

namespace tulana::training::detail {

void loadAndCheckTender(JsonReader& r, Problems& tenderProblems, TrainingCase& c,
                        const QString& tenderDisplay)
{
    if (c.tenderFile.isEmpty())
        return; // reported as missing
    if (!QFileInfo::exists(c.tenderFile)) {
        r.fail(QStringLiteral("tender"),
               tulana::tr("the tender file \"%1\" does not exist").arg(tenderDisplay));
        return;
    }
    TenderLoad load = loadTenderFile(c.tenderFile);
    Problems found = load.problems;
    if (load.tender)
        found += checkTenderValues(*load.tender);
    for (Problem p : found) {
        // loadTenderFile names the file itself; name it as the pack does.
        if (p.where.startsWith(c.tenderFile))
            p.where = tenderDisplay + p.where.mid(c.tenderFile.size());
        else
            p.where = located(tenderDisplay, p.where);
        p.message += QLatin1Char(' ') + tulana::tr("(the tender of this case)");
        tenderProblems << p;
    }
    if (!load.tender || hasErrors(found)) {
        r.fail(
            QStringLiteral("tender"),
            tulana::tr("the tender \"%1\" has errors (listed with its name)").arg(tenderDisplay));
        return;
    }
    c.tender = std::move(load.tender);

    for (std::size_t i = 0; i < c.questions.size(); ++i) {
        const Question& q = c.questions[i];
        if (!q.answerFrom)
            continue;
        const QString path =
            JsonReader::child(JsonReader::index(QStringLiteral("questions"), i), "answerFrom");
        const auto hasBid = [&](const QString& id) { return bidIndex(*c.tender, id) >= 0; };
        bool known = hasBid(q.answerFrom->bid);
        if (!known)
            r.fail(JsonReader::child(path, "bid"),
                   tulana::tr("no bid of the tender has the id \"%1\"").arg(q.answerFrom->bid));
        for (qsizetype k = 0; k < q.answerFrom->exclude.size(); ++k)
            if (!hasBid(q.answerFrom->exclude.at(k))) {
                known = false;
                r.fail(JsonReader::index(JsonReader::child(path, "exclude"), std::size_t(k)),
                       tulana::tr("no bid of the tender has the id \"%1\"")
                           .arg(q.answerFrom->exclude.at(k)));
            }
        QString why;
        if (known && !expectedNumber(q, *c.tender, &why))
            r.fail(path, why);
    }
}

} // namespace tulana::training::detail
