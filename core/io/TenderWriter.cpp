// Writing the .tulana format (docs/file-format.md) in its canonical layout.
#include "PlaceNames.h"
#include "TenderFile.h"

#include "i18n/Translate.h"
#include "io/TenderSections.h"
#include "support/InputFile.h"
#include "support/JsonWriter.h"
#include "support/SaveFile.h"
#include "support/VisibleControls.h"

namespace tulana {
namespace {

void writeTenderSection(JsonWriter& w, const Tender& t)
{
    w.key("tender");
    w.beginObject();
    w.field("reference", t.reference);
    w.field("title", t.title);
    w.field("procuringEntity", t.procuringEntity);
    w.field("category", t.category);
    w.field("currency", t.currency);
    w.field("rulebook", t.rulebook);
    w.field("method", toKey(t.method));
    w.field("technicalWeight", t.technicalWeight);
    w.field("financialWeight", t.financialWeight);
    w.field("minimumTechnicalScore", t.minimumTechnicalScore);
    if (t.budget)
        w.field("budget", *t.budget);
    w.key("evaluation");
    w.beginObject();
    w.field("technicalScore", toKey(t.options.technicalBasis));
    w.field("priceFormula", toKey(t.options.priceFormula));
    w.field("decimals", double(t.options.decimals));
    w.field("rounding", toKey(t.options.roundingPoint));
    w.field("tieBreak", toKey(t.options.tieBreak));
    w.field("pricesIncludeTax", t.options.pricesIncludeTax);
    w.endObject();
    writeOpennessScheme(w, t.openness);
    writeLifecycleTerms(w, t.lifecycle);
    writeSpreadBands(w, t.committee.bands);
    writeEligibilityCriteria(w, t.eligibility);
    w.endObject();
}

void writeCriteria(JsonWriter& w, const std::vector<Criterion>& nodes)
{
    w.beginArray();
    for (const Criterion& c : nodes) {
        w.beginObject();
        w.field("id", c.id);
        w.field("name", c.name);
        if (!c.description.isEmpty())
            w.field("description", c.description);
        w.field("weight", c.weight);
        if (c.isGroup()) {
            w.key("children");
            writeCriteria(w, c.children);
        } else {
            w.field("maxMarks", c.maxMarks);
            if (c.minMarks)
                w.field("minMarks", *c.minMarks);
        }
        w.endObject();
    }
    w.endArray();
}

// `leafIds` are the marked criteria's ids in UTF-8, converted once per file.
void writeBid(JsonWriter& w, const Bid& bid, const std::vector<std::string>& leafIds)
{
    w.beginObject();
    w.field("id", bid.id);
    w.field("bidder", bid.bidder);
    w.field("system", bid.system);
    w.field("nature", toKey(bid.nature));
    if (bid.hasPrice())
        w.field("price", bid.price);
    w.field("tax", bid.tax);
    w.field("status", toKey(bid.status));
    if (!bid.statusReason.isEmpty())
        w.field("statusReason", bid.statusReason);
    if (bid.openness)
        writeOpennessRecord(w, *bid.openness);
    writeCostLines(w, bid.costs);
    writeBidEligibility(w, bid.eligibility, bid.enterprise, bid.certifications);
    w.key("marks");
    w.beginObject();
    for (int c = 0; c < bid.marks.criteria() && std::size_t(c) < leafIds.size(); ++c) {
        w.key(std::string_view(leafIds[std::size_t(c)]));
        w.beginInlineArray();
        for (int e = 0; e < bid.marks.evaluators(); ++e) {
            if (bid.marks.isMarked(c, e))
                w.value(bid.marks.at(c, e));
            else
                w.null();
        }
        w.endArray();
    }
    w.endObject();
    w.endObject();
}

} // namespace

QByteArray writeTender(const Tender& t)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", QString::fromLatin1(kTenderFormat));
    // Version 2 adds the recorded process, version 3 the committee's record:
    // a file without them keeps the version older Tulana reads.
    const int version = !t.committee.isEmpty() ? 3 : t.process.isRecorded() ? 2 : 1;
    w.field("version", double(version));
    writeTenderSection(w, t);
    writeOrganisation(w, t.organisation);
    w.key("criteria");
    writeCriteria(w, t.criteria);
    w.key("evaluators");
    w.beginArray();
    for (const Evaluator& e : t.evaluators) {
        w.beginObject();
        w.field("id", e.id);
        w.field("name", e.name);
        w.field("designation", e.designation);
        w.endObject();
    }
    w.endArray();
    w.key("bids");
    w.beginArray();
    std::vector<std::string> leafIds;
    for (const LeafRef& leaf : leavesOf(t.criteria))
        leafIds.push_back(leaf.criterion->id.toStdString());
    for (const Bid& bid : t.bids)
        writeBid(w, bid, leafIds);
    w.endArray();
    writeContext(w, t.context);
    writeDecision(w, t.decision);
    writeProcess(w, t.process);
    writeCommittee(w, t.committee);
    w.endObject();
    const std::string out = w.take();
    return QByteArray(out.data(), qsizetype(out.size()));
}

bool saveTenderFile(const Tender& tender, const QString& path, QString* errorMessage)
{
    // Never a file the loader would refuse: with an id used twice, the marks
    // of one of the two criteria would be lost on the next load. The place is
    // named in words, and an id's control character as its picture: this
    // sentence is shown as it is.
    Problems refused = idProblems(tender);
    if (criteriaDepth(tender.criteria) > kMaxCriteriaDepth)
        refused << error(QStringLiteral("criteria"), criteriaTooDeepMessage());
    if (!refused.isEmpty()) {
        if (errorMessage)
            *errorMessage =
                tulana::tr("Could not save %1: %2")
                    .arg(path, controlsShown(describeProblem(tender, refused.first().where,
                                                             refused.first().message)));
        return false;
    }
    const QByteArray bytes = writeTender(tender);
    // Nor one too large to be opened again: written, it would replace a file
    // that opens with one that does not.
    if (bytes.size() > kMaxTenderFileBytes) {
        if (errorMessage)
            *errorMessage =
                tulana::tr("Could not save %1: the tender would take %2 MB, more than "
                           "the %3 MB Tulana opens as a tender (docs/reliability.md, "
                           "\"Limits on input\"); nothing was written")
                    .arg(path, QString::number((bytes.size() + kMebibyte - 1) / kMebibyte),
                         QString::number(kMaxTenderFileBytes / kMebibyte));
        return false;
    }
    return saveFileAtomically(path, bytes, errorMessage);
}

} // namespace tulana
