// Reading and writing the lifecycle-cost parts of the .tulana format:
// "tender.lifecycle" and "bids[i].costs" (docs/file-format.md). Values (a
// negative amount, a year outside the horizon) are the validator's to judge;
// here only the shape is checked, so unfinished work still opens.
#include "TenderSections.h"

#include "i18n/Translate.h"

namespace tulana {

using nlohmann::json;

void readLifecycleTerms(JsonReader& r, const json& j, const QString& path,
                        cost::LifecycleTerms& out)
{
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path, {"horizonYears", "discountRate", "financialBasis"});
    if (const auto h = r.integer(j, "horizonYears", path, false))
        out.horizonYears = *h;
    if (const auto rate = r.number(j, "discountRate", path, false))
        out.discountRate = *rate;
    const QString basis = r.string(j, "financialBasis", path, false);
    if (basis.isEmpty())
        return;
    if (const auto b = cost::financialBasisFromKey(basis))
        out.basis = *b;
    else
        r.fail(JsonReader::child(path, "financialBasis"),
               tulana::tr("\"%1\" is not a financial basis: use quoted-price or lifecycle-cost")
                   .arg(basis));
}

void readCostLines(JsonReader& r, const json& j, const QString& path,
                   std::vector<cost::CostLine>& out)
{
    if (!r.isArray(j, path))
        return;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const QString at = JsonReader::index(path, i);
        if (!r.isObject(j[i], at))
            continue;
        r.rejectUnknownKeys(j[i], at, {"kind", "amount", "fromYear", "toYear", "note"});
        cost::CostLine line;
        line.kind = r.string(j[i], "kind", at, true);
        line.amount = readAmount(r, j[i], "amount", at, true).value_or(line.amount);
        line.fromYear = r.integer(j[i], "fromYear", at, false);
        line.toYear = r.integer(j[i], "toYear", at, false);
        line.note = r.string(j[i], "note", at, false);
        out.push_back(std::move(line));
    }
}

void writeLifecycleTerms(JsonWriter& w, const cost::LifecycleTerms& terms)
{
    if (terms.isDefault())
        return;
    w.key("lifecycle");
    w.beginObject();
    w.field("horizonYears", double(terms.horizonYears));
    w.field("discountRate", terms.discountRate);
    w.field("financialBasis", cost::toKey(terms.basis));
    w.endObject();
}

void writeCostLines(JsonWriter& w, const std::vector<cost::CostLine>& lines)
{
    if (lines.empty())
        return;
    w.key("costs");
    w.beginArray();
    for (const cost::CostLine& line : lines) {
        w.beginObject();
        w.field("kind", line.kind);
        w.field("amount", line.amount);
        if (line.fromYear)
            w.field("fromYear", double(*line.fromYear));
        if (line.toYear)
            w.field("toYear", double(*line.toYear));
        if (!line.note.isEmpty())
            w.field("note", line.note);
        w.endObject();
    }
    w.endArray();
}

} // namespace tulana
