#include "JustificationCheck.h"

#include "considerations/Assessment.h"
#include "i18n/Translate.h"

namespace tulana {
namespace {

const QString kReasons = QStringLiteral("decision.justification.reasons");
const QString kStatement = QStringLiteral("decision.justification.statement");
const QString kEvaluation = QStringLiteral("decision.justification.evaluation");

bool tooShort(const QString& text)
{
    return text.simplified().size() < kMinimumReasonLength;
}

QString openBidsList(const Tender& t, const Departure& d)
{
    QStringList ids;
    for (const PassedOverBid& p : d.passedOver)
        ids << t.bids[std::size_t(p.bid)].id;
    return ids.join(QStringLiteral(", "));
}

void checkReasons(const Tender& t, const Departure& d, Problems& out)
{
    const Bid& s = t.bids[std::size_t(d.selected)];
    const std::vector<ConsiderationAssessment> assessed = assessContext(t.context);
    int given = 0;
    for (const auto& [id, reason] : t.decision.justification.reasons) {
        const QString at = kReasons + QLatin1Char('.') + id;
        const auto a = std::find_if(
            assessed.begin(), assessed.end(),
            // An init-capture: Clang 14 cannot capture a structured binding.
            [&key = id](const ConsiderationAssessment& x) { return x.consideration == key; });
        if (a == assessed.end()) {
            out << error(at, tulana::tr("no consideration of Table 3 has the id \"%1\"").arg(id));
            continue;
        }
        if (reason.trimmed().isEmpty())
            continue; // an empty box is not relied on
        ++given;
        if (tooShort(reason))
            out << error(
                at, tulana::tr("the reason tied to \"%1\" is too short to be checked: write at "
                               "least %2 characters")
                        .arg(a->name)
                        .arg(kMinimumReasonLength));
        if (!a->answered)
            out << error(
                at, tulana::tr("the decision relies on \"%1\", but its context question is not "
                               "answered: answer it so the reason can be read against it")
                        .arg(a->name));
        else if (a->leaning == Leaning::FavoursOpen)
            out << warning(at, tulana::tr("the answer to \"%1\" favours open source; say how it "
                                          "nevertheless supports selecting %2")
                                   .arg(a->name, s.id));
    }
    if (given == 0)
        out << error(
            kReasons,
            (d.selectedByOfficer
                 ? tulana::tr("%1 (%2) is selected although the open-source bid(s) %3 "
                              "qualified: ")
                 : tulana::tr("%1 (%2), the evaluation's winner, is put forward although the "
                              "open-source bid(s) %3 qualified: "))
                    .arg(s.id, displayName(s.nature).toLower(), openBidsList(t, d)) +
                tulana::tr("give a reason for each consideration of Table 3 the decision "
                           "relies on (at least one)"));
}

} // namespace

Problems checkJustification(const Tender& t, const Evaluation& ev, const Departure& d)
{
    Problems out;
    if (d.selected < 0 || !d.any())
        return out;
    const Justification& j = t.decision.justification;
    const Bid& s = t.bids[std::size_t(d.selected)];
    if (d.fromOpenSource) {
        checkReasons(t, d, out);
        if (j.statement.trimmed().isEmpty())
            out << error(kStatement,
                         tulana::tr("the overall statement justifying the departure from the "
                                    "open-source option (%1) is missing")
                             .arg(openBidsList(t, d)));
        else if (tooShort(j.statement))
            out << error(kStatement,
                         tulana::tr("the overall statement is too short to be checked: write "
                                    "at least %1 characters")
                             .arg(kMinimumReasonLength));
    }
    if (d.fromEvaluation) {
        const QString winner =
            ev.hasWinner() ? t.bids[std::size_t(ev.winner)].id : tulana::tr("(no award)");
        if (j.evaluation.trimmed().isEmpty())
            out << error(kEvaluation,
                         tulana::tr("%1 is selected, not the evaluation's winner %2: the "
                                    "reason for departing from the evaluation is missing")
                             .arg(s.id, winner));
        else if (tooShort(j.evaluation))
            out << error(kEvaluation,
                         tulana::tr("the reason for departing from the evaluation is too "
                                    "short to be checked: write at least %1 characters")
                             .arg(kMinimumReasonLength));
    }
    return out;
}

Problems checkDecision(const Tender& t, const Evaluation& ev)
{
    Problems out;
    const Decision& decision = t.decision;
    const QString at = QStringLiteral("decision.selectedBid");
    if (decision.selectedBid.isEmpty()) {
        out << error(at, ev.hasWinner()
                             ? tulana::tr("no bid is selected (the evaluation's winner is %1)")
                                   .arg(t.bids[std::size_t(ev.winner)].id)
                             : tulana::tr("no bid is selected"));
    } else {
        const int index = bidIndex(t, decision.selectedBid);
        const BidResult* r = ev.resultFor(index);
        if (index < 0)
            out << error(at, tulana::tr("no bid has the id \"%1\"").arg(decision.selectedBid));
        else if (!r || r->standing != Standing::Qualified)
            out << error(at,
                         tulana::tr("%1 cannot be selected: it is not qualified (%2)")
                             .arg(decision.selectedBid,
                                  r && !r->why.isEmpty() ? r->reason() : tulana::tr("not scored")));
    }
    if (decision.finalised && !decision.date.isValid())
        out << error(QStringLiteral("decision.date"),
                     tulana::tr("a finalised decision needs its date"));
    if (!hasErrors(out))
        out += checkJustification(t, ev, detectDeparture(t, ev));
    return out;
}

FinaliseResult finaliseDecision(const Tender& t, const Evaluation& ev)
{
    FinaliseResult result;
    result.decision = t.decision;
    Tender dated = t;
    if (!dated.decision.date.isValid())
        dated.decision.date = QDate::currentDate();
    result.problems = checkDecision(dated, ev);
    if (hasErrors(result.problems))
        return result;
    result.decision = dated.decision;
    result.decision.finalised = true;
    result.finalised = true;
    return result;
}

} // namespace tulana
