#include "MemoBuilder.h"

#include "MemoText.h"
#include "committee/Disagreement.h"
#include "decision/Departure.h"
#include "decision/JustificationCheck.h"
#include "i18n/Language.h"
#include "i18n/Translate.h"
#include "memo/Fingerprint.h"
#include "memo/MemoMadeWith.h"
#include "report/CostComparison.h"
#include "rulebook/Rulebook.h"
#include "scoring/Evaluator.h"
#include "support/Money.h"

#include <QLocale>

namespace tulana {
namespace memo {

void SectionWriter::paragraph(const QString& text, MemoParagraph::Style style)
{
    m_nextItem = 0;
    m_section.blocks.emplace_back(MemoParagraph{
        m_section.number + QLatin1Char('.') + QString::number(m_next++), text, style, 0});
}

void SectionWriter::item(const QString& text)
{
    const QString label = QStringLiteral("(%1)").arg(QChar(u'a' + char16_t(m_nextItem++)));
    m_section.blocks.emplace_back(MemoParagraph{label, text, MemoParagraph::Style::Body, 1});
}

void SectionWriter::unnumbered(const QString& text, MemoParagraph::Style style)
{
    m_section.blocks.emplace_back(MemoParagraph{QString(), text, style, 0});
}

void SectionWriter::table(MemoTable table)
{
    m_section.blocks.emplace_back(std::move(table));
}

void SectionWriter::chart(MemoChart chart)
{
    m_section.blocks.emplace_back(std::move(chart));
}

MemoSection& addSection(std::vector<MemoSection>& sections, const QString& heading, bool lettered)
{
    MemoSection s;
    s.number = lettered ? QString(QChar(u'A' + char16_t(sections.size())))
                        : QString::number(sections.size() + 1);
    s.heading = heading;
    sections.push_back(std::move(s));
    return sections.back();
}

QString score(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString score(const std::optional<double>& value, int decimals)
{
    return value ? score(*value, decimals) : dash();
}

QString money(const Tender& t, double amount)
{
    return t.currency + QLatin1Char(' ') + formatAmount(amount, t.currency);
}

QString percent(double value)
{
    return QString::number(value) + QLatin1Char('%');
}

QString bidLabel(const Tender& t, int bid)
{
    const Bid& b = t.bids[std::size_t(bid)];
    return tulana::tr("%1 (%2)").arg(b.id, b.bidder);
}

QString printedDate(const QDate& date)
{
    // The month in the memo's language ("20 मार्च 2026").
    return i18n::textLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString dash()
{
    return QStringLiteral("\u2014");
}

QString methodScoreText(const Tender& t, const Evaluation& ev, const BidResult& r)
{
    if (const auto value = methodScore(r, ev.method))
        return tulana::tr("a %1 of %2")
            .arg(methodScoreName(ev.method), score(*value, t.options.decimals));
    if (r.evaluatedPrice)
        return tulana::tr("an evaluated price of %1").arg(money(t, *r.evaluatedPrice));
    return tulana::tr("no score");
}

} // namespace memo

namespace {

using memo::printedDate;
using memo::SectionWriter;

void titleBlock(MemoDocument& m, const Tender& t, const QDate& date)
{
    const Organisation& o = t.organisation;
    m.organisation = o.name.isEmpty() ? t.procuringEntity : o.name;
    m.address = o.address;
    m.fileNumber = o.fileNumber.isEmpty() ? t.reference : o.fileNumber;
    m.date = printedDate(date);
    m.isoDate = date.toString(Qt::ISODate);
    m.documentTitle = tulana::tr("OFFICE NOTE");
    m.subject = tulana::tr("%1: result of the evaluation, and the choice between open-source and "
                           "proprietary AI systems")
                    .arg(t.title);
    m.reference = tulana::tr("Tender No. %1").arg(t.reference);
    m.draft = !t.decision.finalised;
    m.fileLine = tulana::tr("File No. %1").arg(m.fileNumber);
    m.dateLine = tulana::tr("Dated: %1").arg(m.date);
    m.subjectLabel = tulana::tr("Subject:");
    m.draftMark = tulana::tr("DRAFT \u2014 NOT FINALISED");
    m.runningHeader = m.fileLine;
    m.pageLabel = tulana::tr("Page %1 of %2");
}

void tenderInBrief(MemoDocument& m, const Tender& t, const Evaluation& ev)
{
    SectionWriter s(memo::addSection(m.sections, tulana::tr("The tender in brief")));
    QString issued = tulana::tr("Tender No. %1, \u201c%2\u201d, was issued by %3.")
                         .arg(t.reference, t.title,
                              t.procuringEntity.isEmpty() ? m.organisation : t.procuringEntity);
    if (!t.category.isEmpty())
        issued += QLatin1Char(' ') + tulana::tr("Category: %1.").arg(t.category);
    s.paragraph(issued);
    if (!t.context.purpose.isEmpty())
        s.paragraph(tulana::tr("Purpose of the system: %1").arg(t.context.purpose));
    int qualified = 0;
    for (const BidResult& r : ev.results)
        qualified += r.standing == Standing::Qualified ? 1 : 0;
    s.paragraph(tulana::tr("Bids received: %1. Bids that qualified technically: %2.")
                    .arg(t.bids.size())
                    .arg(qualified));
    QStringList members;
    for (const Evaluator& e : t.evaluators)
        members << (e.designation.isEmpty() ? e.name
                                            : tulana::tr("%1, %2").arg(e.name, e.designation));
    // Only what the file records: each member's marks, and their average.
    // That the members marked independently it can say only when every
    // member's marks came from their own signed sheet, received and logged;
    // otherwise one person may have typed every sheet.
    if (committee::everyMemberOnOwnSheet(committee::memberSheets(t)))
        s.paragraph(tulana::tr("The evaluation committee: %1. Each member marked on a sheet of "
                               "their own, which showed no price and no other member's marks, "
                               "and signed it; the committee's mark is the average of the "
                               "members who mark the bid.")
                        .arg(members.join(QStringLiteral("; "))));
    else
        s.paragraph(tulana::tr("The evaluation committee: %1. Each member's marks for each "
                               "criterion are recorded, and the committee's mark is their "
                               "average. This record does not show whether the members marked "
                               "independently of one another.")
                        .arg(members.join(QStringLiteral("; "))));
}

QString rulesSentence(const Tender& t)
{
    QStringList parts;
    parts << tulana::tr("minimum technical score %1 of 100")
                 .arg(QString::number(t.minimumTechnicalScore));
    if (t.method == SelectionMethod::Qcbs)
        parts << tulana::tr("technical %1 : financial %2")
                     .arg(memo::percent(t.technicalWeight), memo::percent(t.financialWeight))
              << tulana::tr("financial score %1").arg(displayName(t.options.priceFormula));
    if (t.method == SelectionMethod::Fbs && t.budget)
        parts << tulana::tr("fixed budget %1").arg(memo::money(t, *t.budget));
    if (t.method != SelectionMethod::Qbs)
        parts << tulana::tr("financial basis: %1").arg(cost::basisText(t.lifecycle));
    parts << (t.options.pricesIncludeTax ? tulana::tr("evaluated price includes taxes")
                                         : tulana::tr("evaluated price excludes taxes"));
    const QString places = t.options.decimals == 1
                               ? tulana::tr("1 decimal place")
                               : tulana::tr("%1 decimal places").arg(t.options.decimals);
    parts << (t.options.roundingPoint == RoundingPoint::EachScore
                  ? tulana::tr("each score rounded to %1").arg(places)
                  : tulana::tr("only the combined score rounded, to %1").arg(places));
    parts << tulana::tr("tie-break: %1").arg(displayName(t.options.tieBreak));
    return parts.join(QStringLiteral("; "));
}

void criteriaRows(const std::vector<Criterion>& nodes, int depth, MemoTable& table)
{
    for (const Criterion& c : nodes) {
        const QString indent(depth * 4, QChar(0x00A0));
        table.rows.push_back({c.id, indent + c.name, QString::number(c.weight),
                              c.isGroup() ? QString() : QString::number(c.maxMarks),
                              c.minMarks ? QString::number(*c.minMarks) : QString()});
        if (c.isGroup())
            table.emphasised.push_back(int(table.rows.size()) - 1);
        criteriaRows(c.children, depth + 1, table);
    }
}

void methodAndWeights(MemoDocument& m, const Tender& t)
{
    SectionWriter s(memo::addSection(m.sections, tulana::tr("Method of evaluation and weights")));
    s.paragraph(tulana::tr("Method: %1. Rules announced in the tender: %2.")
                    .arg(displayName(t.method), rulesSentence(t)));
    if (const Rulebook* book = findRulebook(t.rulebook))
        s.paragraph(
            tulana::tr("The parameters were checked against the rulebook \u201c%1\u201d (%2).")
                .arg(book->name, book->scope));
    MemoTable table;
    table.caption = tulana::tr("Technical criteria and weights (points of 100)");
    table.header = {tulana::tr("No."), tulana::tr("Criterion"), tulana::tr("Weight"),
                    tulana::tr("Maximum marks"), tulana::tr("Minimum marks")};
    table.align = {MemoAlign::Left, MemoAlign::Left, MemoAlign::Right, MemoAlign::Right,
                   MemoAlign::Right};
    table.widths = {8, 56, 12, 12, 12};
    criteriaRows(t.criteria, 0, table);
    table.note =
        tulana::tr("A criterion contributes weight × committee average / maximum marks. A "
                   "committee average below a criterion's minimum marks disqualifies the bid.");
    s.table(std::move(table));
}

void evaluationResult(MemoDocument& m, const Tender& t, const Evaluation& ev)
{
    SectionWriter s(memo::addSection(m.sections, tulana::tr("Result of the evaluation")));
    const int d = t.options.decimals;
    if (!ev.evaluated) {
        s.paragraph(tulana::tr("The tender could not be evaluated: %1").arg(ev.noAwardReason));
        return;
    }
    MemoTable table;
    table.caption = tulana::tr("Ranked evaluation");
    const bool qcbs = t.method == SelectionMethod::Qcbs;
    table.header = {tulana::tr("Rank"),
                    tulana::tr("Bid"),
                    tulana::tr("Bidder"),
                    tulana::tr("Nature"),
                    tulana::tr("Technical score"),
                    tulana::tr("Evaluated price (%1)").arg(t.currency)};
    table.align = {MemoAlign::Centre, MemoAlign::Left,  MemoAlign::Left,
                   MemoAlign::Left,   MemoAlign::Right, MemoAlign::Right};
    table.widths = {8, 7, 30, 14, 13, 18};
    if (qcbs) {
        table.header << tulana::tr("Financial score") << tulana::tr("Combined score");
        table.align.insert(table.align.end(), {MemoAlign::Right, MemoAlign::Right});
        table.widths = {7, 6, 21, 13, 11, 16, 12, 14};
    }
    QStringList notes;
    const auto addRow = [&](const BidResult& r) {
        const Bid& b = t.bids[std::size_t(r.bid)];
        QStringList row{r.rank > 0 ? QString::number(r.rank) : memo::dash(),
                        b.id,
                        b.bidder,
                        displayName(b.nature),
                        r.technicallyScored ? memo::score(r.technical, d) : memo::dash(),
                        r.evaluatedPrice ? formatAmount(*r.evaluatedPrice, t.currency)
                                         : notOpenedText()};
        if (qcbs)
            row << memo::score(r.financial, d) << memo::score(r.combined, d);
        if (r.bid == ev.winner)
            table.emphasised.push_back(int(table.rows.size()));
        table.rows.push_back(row);
        if (r.rank == 0)
            notes << tulana::tr("%1: not ranked, %2.").arg(b.id, r.reason());
    };
    for (int b : ev.ranking)
        addRow(ev.results[std::size_t(b)]);
    for (const BidResult& r : ev.results)
        if (r.rank == 0)
            addRow(r);
    table.note = notes.join(QLatin1Char(' '));
    s.table(std::move(table));

    if (qcbs && !ev.ranking.empty())
        s.paragraph(
            tulana::tr("The lowest evaluated price among technically qualified bids (Fm) is %1. "
                       "Financial proposals of bids that did not qualify were not opened.")
                .arg(memo::money(t, ev.basis.lowestPrice)));
    if (ev.hasWinner()) {
        const BidResult& w = ev.results[std::size_t(ev.winner)];
        const QString best = memo::methodScoreText(t, ev, w);
        s.paragraph(tulana::tr("%1, %2, ranks first with %3.")
                        .arg(memo::bidLabel(t, ev.winner),
                             displayName(t.bids[std::size_t(ev.winner)].nature).toLower(), best),
                    MemoParagraph::Style::Strong);
    } else {
        s.paragraph(tulana::tr("No award results from the evaluation: %1.").arg(ev.noAwardReason),
                    MemoParagraph::Style::Strong);
    }
    if (!ev.tieBreakNote.isEmpty())
        s.paragraph(tulana::tr("Tie: %1.").arg(ev.tieBreakNote));
    for (const RankReversal& rr : ev.rankReversals)
        s.paragraph(tulana::tr("Rank reversal warning: %1").arg(rr.explanation));
}

} // namespace

namespace {

void signOff(MemoDocument& m, const Tender& t)
{
    // A finalised note carries only the signatures; a draft is put up for approval.
    m.signOffHeading = t.decision.finalised ? QString() : tulana::tr("Submitted for approval");
    const Organisation& o = t.organisation;
    const std::pair<QString, const Person*> people[] = {{tulana::tr("Prepared by"), &o.preparedBy},
                                                        {tulana::tr("Reviewed by"), &o.reviewedBy},
                                                        {tulana::tr("Approved by"), &o.approvedBy}};
    for (const auto& [role, person] : people)
        m.signOff.push_back(
            {role, person->name.isEmpty() ? tulana::tr("(name)") : person->name,
             person->designation.isEmpty() ? tulana::tr("(designation)") : person->designation});
}

void fingerprint(MemoDocument& m, const Tender& t, const MemoOptions& options)
{
    m.fingerprint = evaluationFingerprint(t);
    m.fingerprintGrouped = groupFingerprint(m.fingerprint);
    // The label is not translated: verify-memo finds the fingerprint by it.
    m.fingerprintLine = tulana::tr("Fingerprint of the evaluation data") + QStringLiteral(" (") +
                        QLatin1String(kFingerprintLabel) + QLatin1Char(' ') + m.fingerprintGrouped +
                        QLatin1Char(')');
    m.fingerprintShort = tulana::tr("Evaluation fingerprint %1\u2026").arg(m.fingerprint.left(8));
    m.generatedBy =
        options.sourceFile.isEmpty()
            ? tulana::tr(
                  "Prepared with Tulana %1. To check that this note matches an evaluation file, "
                  "run: tulana-cli verify-memo FILE MEMO")
                  .arg(QStringLiteral(TULANA_VERSION))
            : tulana::tr("Prepared with Tulana %1 from %2. To check that this note matches the "
                         "evaluation file, run: tulana-cli verify-memo %2 MEMO")
                  .arg(QStringLiteral(TULANA_VERSION), options.sourceFile);
}

} // namespace

Problems memoProblems(const Tender& tender, const Evaluation& evaluation)
{
    Problems out;
    if (!evaluation.evaluated)
        out << error(
            QStringLiteral("tender"),
            tulana::tr("the tender cannot be evaluated, so there is nothing to put in a memo: %1")
                .arg(evaluation.noAwardReason));
    if (!tender.decision.selectedBid.isEmpty() && bidIndex(tender, tender.decision.selectedBid) < 0)
        out << error(QStringLiteral("decision.selectedBid"),
                     tulana::tr("no bid has the id \"%1\"").arg(tender.decision.selectedBid));
    if (!hasErrors(out))
        out += checkJustification(tender, evaluation, detectDeparture(tender, evaluation));
    return out;
}

QString memoRefusal(const Problems& problems)
{
    for (const Problem& p : problems)
        if (p.isError() && p.where == QLatin1String("tender"))
            return tulana::tr("No memo was written: the tender cannot be evaluated yet.");
    return tulana::tr(
        "No memo was written: the decision departs from the open-source option or from the "
        "evaluation, and its justification is incomplete.");
}

namespace {

QDate memoDate(const Tender& tender, const MemoOptions& options)
{
    return options.date.isValid()           ? options.date
           : tender.decision.date.isValid() ? tender.decision.date
                                            : QDate::currentDate();
}

// The evaluation whose reasons ("technical score 58 is below the minimum of
// 70") are in the current language: in another language than the given
// evaluation's they are worked out again. Evaluating is deterministic, so
// the figures are the same.
Evaluation inCurrentLanguage(const Tender& tender, const Evaluation& given, bool otherLanguage)
{
    return otherLanguage ? evaluate(tender) : given;
}

bool isOtherLanguage(const MemoOptions& options)
{
    return !options.language.isEmpty() && options.language != i18n::currentLanguage();
}

} // namespace

MemoDocument buildMemo(const Tender& tender, const Evaluation& given, const MemoOptions& options)
{
    const QDate date = memoDate(tender, options);
    // Every text below is translated in the memo's language, whatever the
    // screen's; the application's language comes back at the end.
    const bool otherLanguage = isOtherLanguage(options);
    const i18n::ScopedLanguage language(options.language);
    const Evaluation evaluation = inCurrentLanguage(tender, given, otherLanguage);
    MemoDocument m;
    m.language = i18n::currentLanguage();
    titleBlock(m, tender, date);
    tenderInBrief(m, tender, evaluation);
    methodAndWeights(m, tender);
    memo::addEligibilitySection(m, tender, evaluation);
    evaluationResult(m, tender, evaluation);
    memo::addCommitteeSection(m, tender, evaluation);
    memo::addLifecycleSection(m, tender, evaluation);
    memo::addProcessSection(m, tender, options.sourceFile);
    memo::addRobustnessSection(m, tender, evaluation);
    memo::addDecisionSections(m, tender, evaluation);
    signOff(m, tender);
    fingerprint(m, tender, options);
    memo::addAnnex(m, tender, evaluation);
    memo::addLifecycleAnnex(m, tender, evaluation);
    MemoMadeWith made;
    made.options = options;
    made.options.language = m.language;
    made.options.date = date;
    made.version = QStringLiteral(TULANA_VERSION);
    m.madeWith = madeWithRecord(made);
    return m;
}

MemoDocument buildEvaluationSheet(const Tender& tender, const Evaluation& given,
                                  const MemoOptions& options)
{
    const bool otherLanguage = isOtherLanguage(options);
    const i18n::ScopedLanguage language(options.language);
    const Evaluation evaluation = inCurrentLanguage(tender, given, otherLanguage);
    MemoDocument m;
    m.language = i18n::currentLanguage();
    titleBlock(m, tender, memoDate(tender, options));
    m.documentTitle = tulana::tr("EVALUATION SHEET");
    m.subject = tulana::tr("%1: the ranking and scores as evaluated").arg(tender.title);
    // Not a decision: no draft mark, no sign-off; the memo is the record.
    m.draft = false;
    methodAndWeights(m, tender);
    evaluationResult(m, tender, evaluation);
    if (evaluation.evaluated)
        memo::addCharts(m.sections, tender, evaluation, false);
    fingerprint(m, tender, options);
    m.generatedBy =
        tulana::tr("Printed with Tulana %1 as the evaluation stood on %2. This sheet is not the "
                   "decision memo; a memo of this evaluation carries the same fingerprint.")
            .arg(QStringLiteral(TULANA_VERSION), m.date);
    return m;
}

} // namespace tulana
