#include "BidCsvImport.h"
#include "i18n/Translate.h"

#include "io/CellReaders.h"
#include "support/Csv.h"
#include "support/ListedProblems.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <utility>

namespace tulana {
namespace {

enum class Field
{
    Id,
    Bidder,
    System,
    Nature,
    Price,
    Tax,
    Status,
    StatusReason
};
constexpr std::size_t fieldCount = 8;

// The canonical name of each field first (the template writes it), then the
// headers officers' spreadsheets use for it, as normalised by headerKey().
constexpr std::array<std::pair<Field, const char*>, 29> fieldNames{{
    {Field::Id, "id"},
    {Field::Bidder, "bidder"},
    {Field::System, "system"},
    {Field::Nature, "nature"},
    {Field::Price, "price"},
    {Field::Tax, "tax"},
    {Field::Status, "status"},
    {Field::StatusReason, "status reason"},
    {Field::StatusReason, "statusreason"},
    {Field::Id, "bid id"},
    {Field::Id, "bid"},
    {Field::Bidder, "bidder name"},
    {Field::Bidder, "vendor"},
    {Field::Bidder, "firm"},
    {Field::Bidder, "company"},
    {Field::System, "system name"},
    {Field::System, "product"},
    {Field::System, "solution"},
    {Field::Nature, "type"},
    {Field::Nature, "nature of system"},
    {Field::Price, "quoted price"},
    {Field::Price, "bid price"},
    {Field::Price, "price excluding tax"},
    {Field::Price, "price excl tax"},
    {Field::Price, "amount"},
    {Field::Tax, "gst"},
    {Field::Tax, "taxes"},
    {Field::Tax, "tax amount"},
    {Field::StatusReason, "reason"},
}};

// A header as officers write it, reduced to what names the field: letter
// case, a unit in brackets ("Price (INR)", "Tax (₹)"), a currency word or
// sign ("Price in Rs.", "GST ₹"), dots and runs of spaces, underscores or
// hyphens ("status_reason") do not matter.
QString headerKey(const QString& header)
{
    static const QRegularExpression bracket(QStringLiteral("[\\(\\[][^\\)\\]]*[\\)\\]]"));
    static const QRegularExpression currency(
        QStringLiteral("(^|\\s)(in\\s+)?(inr|rs|rupees|₹|usd|\\$|eur|€)(?=\\s|$)"));
    static const QRegularExpression separators(QStringLiteral("[\\s_.\\-]+"));
    QString key = header.toLower();
    key.remove(bracket);
    key.replace(separators, QStringLiteral(" "));
    key.replace(currency, QStringLiteral(" "));
    return key.simplified();
}

// A tax above this share of the price is questioned (a warning).
constexpr double kTaxShareToQuestion = 0.5;

std::optional<Field> fieldNamed(const QString& name)
{
    const QString key = headerKey(name);
    for (const auto& [field, spelling] : fieldNames)
        if (key == QLatin1String(spelling))
            return field;
    return std::nullopt;
}

QString canonicalName(Field field)
{
    for (const auto& [f, key] : fieldNames)
        if (f == field)
            return QString::fromLatin1(key);
    return {};
}

const Criterion* findCriterion(const std::vector<Criterion>& nodes, const QString& id,
                               Qt::CaseSensitivity cs)
{
    for (const Criterion& node : nodes) {
        if (node.id.compare(id, cs) == 0)
            return &node;
        if (const Criterion* found = findCriterion(node.children, id, cs))
            return found;
    }
    return nullptr;
}

int findEvaluator(const std::vector<Evaluator>& evaluators, const QString& id)
{
    for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive})
        for (std::size_t i = 0; i < evaluators.size(); ++i)
            if (evaluators[i].id.compare(id, cs) == 0)
                return int(i);
    return -1;
}

struct Column
{
    QString name; // trimmed, as written: problems name the column so
    std::optional<Field> field;
    int leaf = -1;      // marks column: the row of the marks sheet
    int evaluator = -1; // marks column: -1 for a committee mark, given to all
    bool unnamed = false;

    bool isMarks() const { return leaf >= 0; }
};

class Importer
{
public:
    Importer(const Tender& tender, const TablePlaces& places)
        : m_tender(tender)
        , m_places(places)
        , m_leaves(leavesOf(tender.criteria))
    {
        m_fieldColumn.fill(-1);
    }

    BidImport run(const CsvTable& table);
    void fail(const QString& why) { report(m_places.file(), why); }
    BidImport result()
    {
        m_out.problems = std::move(m_problems).take(m_places.file());
        return std::move(m_out);
    }

private:
    QString at(int line) const { return m_places.row(line); }
    QString at(int line, Field field) const
    {
        const int column = m_fieldColumn[std::size_t(field)];
        return m_places.cell(line, column, m_columns[column].name);
    }
    void report(const QString& where, const QString& message)
    {
        m_problems.append(error(where, message));
    }
    // A row's problems are placed, and worded, only if they are listed
    // (support/ListedProblems.h): message() gives the words. Those a cell
    // reader returns (an amount, a mark) it has worded already.
    template <typename Message> void reportRow(int line, Message&& message)
    {
        m_problems.append(
            Problem::Severity::Error, [&] { return at(line); }, message);
    }
    template <typename Message> void reportCell(int line, Field field, Message&& message)
    {
        m_problems.append(
            Problem::Severity::Error, [&] { return at(line, field); }, message);
    }
    bool hasColumn(Field field) const { return m_fieldColumn[std::size_t(field)] >= 0; }
    QString text(const QStringList& cells, Field field) const
    {
        return hasColumn(field) ? cells[m_fieldColumn[std::size_t(field)]].trimmed() : QString();
    }

    void readHeader(const QStringList& header, int line);
    bool resolveMarks(Column& column, const QString& where);
    void checkMarksCoverage(const QString& where);
    void readRow(const QStringList& cells, int line);
    void readMoney(const QStringList& cells, int line, Bid& bid);
    void readId(const QString& id, int line, Bid& bid);
    void assignIds();

    const Tender& m_tender;
    const TablePlaces& m_places;
    std::vector<LeafRef> m_leaves;
    QList<Column> m_columns;
    std::array<int, fieldCount> m_fieldColumn;
    QHash<QString, int> m_givenIds; // id → line
    std::vector<std::size_t> m_needIds;
    ListedProblems m_problems;
    BidImport m_out; // its problems from m_problems, at the end
};

BidImport Importer::run(const CsvTable& table)
{
    if (table.header.isEmpty()) {
        fail(tulana::tr("the file is empty; its first line must name the columns"));
        return result();
    }
    readHeader(table.header, table.lineOfHeader);
    // One allocation for the bids a good file holds, instead of the vector
    // doubling as it grows (the old and new copies both alive at each step).
    m_out.bids.reserve(std::size_t(table.rows.size()));
    for (qsizetype r = 0; r < table.rows.size(); ++r)
        readRow(table.rows[r], table.lineOfRow[r]);
    assignIds();
    if (m_problems.hasErrors())
        m_out.bids.clear();
    else if (m_out.bids.empty())
        m_problems.append(
            warning(at(table.lineOfHeader), tulana::tr("the file has no bids below its header")));
    return result();
}

void Importer::readHeader(const QStringList& header, int line)
{
    const QString where = at(line);
    std::map<std::pair<int, int>, int> marksColumns; // (leaf, evaluator) → column
    for (int i = 0; i < header.size(); ++i) {
        Column column;
        column.name = header[i].trimmed();
        column.unnamed = column.name.isEmpty();
        int first = -1;
        if (column.unnamed) {
            // Spreadsheets export stray empty columns; only values in them matter.
        } else if (const std::optional<Field> field = fieldNamed(column.name)) {
            int& slot = m_fieldColumn[std::size_t(*field)];
            if (slot >= 0) {
                first = slot;
            } else {
                slot = i;
                column.field = field;
            }
        } else if (resolveMarks(column, where)) {
            const auto [it, inserted] =
                marksColumns.try_emplace({column.leaf, column.evaluator}, i);
            if (!inserted) {
                first = it->second;
                column.leaf = -1;
            }
        }
        if (first >= 0)
            report(where,
                   tulana::tr("the column \"%1\" appears twice (columns %2 and %3)")
                       .arg(column.name, QString::number(first + 1), QString::number(i + 1)));
        m_columns.append(column);
    }
    for (Field required : {Field::Bidder, Field::System, Field::Nature, Field::Price})
        if (!hasColumn(required))
            report(
                where,
                tulana::tr("the required column \"%1\" is missing").arg(canonicalName(required)));
    checkMarksCoverage(where);
}

bool Importer::resolveMarks(Column& column, const QString& where)
{
    const qsizetype slash = column.name.indexOf(u'/');
    const QString criterionId = (slash < 0 ? column.name : column.name.left(slash)).trimmed();
    const Criterion* criterion = findCriterion(m_tender.criteria, criterionId, Qt::CaseSensitive);
    if (!criterion)
        criterion = findCriterion(m_tender.criteria, criterionId, Qt::CaseInsensitive);
    if (!criterion && slash < 0) {
        report(where, tulana::tr("unknown column \"%1\": no criterion has that id (the "
                                 "other columns are bidder, system, nature, price, tax, id, "
                                 "status and status reason)")
                          .arg(column.name));
        return false;
    }
    if (!criterion) {
        report(where, tulana::tr("unknown column \"%1\": no criterion has the id \"%2\"")
                          .arg(column.name, criterionId));
        return false;
    }
    if (criterion->isGroup()) {
        QStringList leafIds;
        for (const LeafRef& leaf : leavesOf(criterion->children))
            leafIds << leaf.criterion->id;
        report(where, tulana::tr("the column \"%1\" names a group of "
                                 "criteria; marks go to its criteria %2")
                          .arg(column.name, leafIds.join(QStringLiteral(", "))));
        return false;
    }
    int leaf = 0;
    while (m_leaves[std::size_t(leaf)].criterion != criterion)
        ++leaf;
    if (slash >= 0) {
        const QString evaluatorId = column.name.mid(slash + 1).trimmed();
        column.evaluator = findEvaluator(m_tender.evaluators, evaluatorId);
        if (column.evaluator < 0) {
            report(where, tulana::tr("unknown column \"%1\": no evaluator has the id \"%2\"")
                              .arg(column.name, evaluatorId));
            return false;
        }
    } else if (m_tender.evaluators.empty()) {
        report(where, tulana::tr("the column \"%1\" holds marks, but the tender "
                                 "has no evaluators yet to record them against")
                          .arg(column.name));
        return false;
    }
    column.leaf = leaf;
    return true;
}

void Importer::checkMarksCoverage(const QString& where)
{
    // A file without marks columns is a list of bids to be marked later.
    if (std::none_of(m_columns.cbegin(), m_columns.cend(),
                     [](const Column& c) { return c.isMarks(); }))
        return;
    const std::size_t evaluators = m_tender.evaluators.size();
    QStringList missing;
    QString example; // the first criterion missing a column, to show the two forms
    for (int leaf = 0; leaf < int(m_leaves.size()); ++leaf) {
        bool committee = false;
        std::vector<bool> byEvaluator(evaluators, false);
        for (const Column& c : m_columns)
            if (c.leaf == leaf && c.evaluator < 0)
                committee = true;
            else if (c.leaf == leaf)
                byEvaluator[std::size_t(c.evaluator)] = true;
        const QString& id = m_leaves[std::size_t(leaf)].criterion->id;
        const bool anyEvaluator =
            std::find(byEvaluator.begin(), byEvaluator.end(), true) != byEvaluator.end();
        if (committee && anyEvaluator)
            report(where, tulana::tr("criterion %1 has both a committee column and columns per "
                                     "evaluator; keep one or the other")
                              .arg(id));
        else if (!committee && !anyEvaluator)
            missing << id;
        else
            for (std::size_t e = 0; e < evaluators && !committee; ++e)
                if (!byEvaluator[e])
                    missing << id + QLatin1Char('/') + m_tender.evaluators[e].id;
        if (example.isEmpty() && !missing.isEmpty())
            example = id;
    }
    if (!missing.isEmpty())
        report(where, tulana::tr("marks columns are missing for %1; give each criterion one "
                                 "column, such as \"%2\", or one per evaluator, such as \"%2/%3\"")
                          .arg(missing.join(QStringLiteral(", ")), example,
                               m_tender.evaluators.front().id));
}

void Importer::readRow(const QStringList& cells, int line)
{
    if (std::all_of(cells.cbegin(), cells.cend(), isBlank))
        return; // a spreadsheet's empty row
    const qsizetype width = m_columns.size();
    if (cells.size() < width ||
        std::any_of(cells.cbegin() + std::min(width, cells.size()), cells.cend(),
                    [](const QString& c) { return !isBlank(c); })) {
        reportRow(line, [&] {
            return tulana::tr("this row has %1 fields but the header has %2")
                .arg(cells.size())
                .arg(width);
        });
        return;
    }
    for (qsizetype i = 0; i < width; ++i)
        if (m_columns[i].unnamed && !isBlank(cells[i]))
            reportRow(line, [&] {
                return tulana::tr("column %1 has no name in the header but has a value").arg(i + 1);
            });

    Bid bid = m_tender.newBid();
    if (const QString status = text(cells, Field::Status);
        !status.isEmpty() && !readStatus(status, &bid.status))
        reportCell(line, Field::Status, [&] {
            return tulana::tr("\"%1\" is not a bid status; write responsive, non-responsive or "
                              "withdrawn")
                .arg(status);
        });
    bid.statusReason = text(cells, Field::StatusReason);
    bid.bidder = text(cells, Field::Bidder);
    if (hasColumn(Field::Bidder) && bid.bidder.isEmpty())
        reportCell(line, Field::Bidder, [] { return tulana::tr("the bidder's name is empty"); });
    bid.system = text(cells, Field::System);
    if (hasColumn(Field::System) && bid.system.isEmpty())
        reportCell(line, Field::System,
                   [] { return tulana::tr("the name of the system offered is empty"); });
    if (const QString nature = text(cells, Field::Nature);
        hasColumn(Field::Nature) && !readNature(nature, &bid.nature))
        reportCell(line, Field::Nature, [&] {
            return nature.isEmpty()
                       ? tulana::tr("the nature is empty; write open-source, proprietary or mixed")
                       : tulana::tr("\"%1\" is not a nature of bid; write "
                                    "open-source, proprietary or mixed")
                             .arg(nature);
        });
    readMoney(cells, line, bid);
    readId(text(cells, Field::Id), line, bid);

    for (qsizetype i = 0; i < width; ++i) {
        const Column& column = m_columns[i];
        const QString cell = cells[i].trimmed();
        if (!column.isMarks() || cell.isEmpty())
            continue; // empty: not marked yet
        const Criterion& criterion = *m_leaves[std::size_t(column.leaf)].criterion;
        double marks = 0;
        if (const QString why = readMarks(cell, criterion, &marks); !why.isEmpty())
            m_problems.append(
                Problem::Severity::Error, [&] { return m_places.cell(line, int(i), column.name); },
                [&] { return why; });
        else if (column.evaluator >= 0)
            bid.marks.set(column.leaf, column.evaluator, marks);
        else
            for (int e = 0; e < bid.marks.evaluators(); ++e)
                bid.marks.set(column.leaf, e, marks);
    }
    if (m_problems.hasErrors()) {
        // The file will be refused: the bids read so far are let go rather
        // than kept to the end (a file wrong from its first rows on would
        // otherwise hold every bid, about 0.5 GB at the size limit).
        std::vector<Bid>().swap(m_out.bids);
        return;
    }
    m_out.bids.push_back(std::move(bid));
}

void Importer::readMoney(const QStringList& cells, int line, Bid& bid)
{
    const QString price = text(cells, Field::Price);
    if (!hasColumn(Field::Price)) {
        // reported with the header
    } else if (price.isEmpty()) {
        // A rejected or withdrawn bid may never have had its price opened.
        if (bid.status == BidStatus::Responsive)
            reportCell(line, Field::Price, [] {
                return tulana::tr("the price is empty; only a bid that is not responsive may "
                                  "have none");
            });
    } else if (const QString why = readAmount(price, &bid.price); !why.isEmpty()) {
        reportCell(line, Field::Price, [&] { return why; });
    } else if (!Bid::isValidPrice(bid.price)) {
        reportCell(line, Field::Price, [&] {
            return tulana::tr("the price must be greater than zero, not %1").arg(price);
        });
    }

    const QString tax = text(cells, Field::Tax);
    if (tax.isEmpty())
        bid.tax = 0.0;
    else if (const QString why = readAmount(tax, &bid.tax); !why.isEmpty())
        reportCell(line, Field::Tax, [&] { return why; });
    else if (!Bid::isValidTax(bid.tax))
        reportCell(line, Field::Tax,
                   [&] { return tulana::tr("the tax must be zero or more, not %1").arg(tax); });
    else if (Bid::isValidPrice(bid.price) && bid.tax > kTaxShareToQuestion * bid.price)
        // GST on IT services is 18%: a tax over half the price is more
        // likely the price with tax typed in the tax column. Asked, not refused.
        m_problems.append(
            Problem::Severity::Warning, [&] { return at(line, Field::Tax); },
            [&] {
                return tulana::tr("the tax, %1, is more than half the price, %2: check that it "
                                  "is the tax alone, not the price with tax")
                    .arg(tax, price);
            });
}

void Importer::readId(const QString& id, int line, Bid& bid)
{
    if (id.isEmpty()) {
        m_needIds.push_back(m_out.bids.size());
        return;
    }
    bid.id = id;
    if (const QString why = idControlCharacterProblem(id); !why.isEmpty()) {
        reportCell(line, Field::Id, [&] { return why; });
        return;
    }
    const bool inTender = std::any_of(m_tender.bids.cbegin(), m_tender.bids.cend(),
                                      [&](const Bid& b) { return b.id == id; });
    if (inTender)
        reportCell(line, Field::Id, [&] {
            return tulana::tr("the id \"%1\" is already used by a bid in the tender").arg(id);
        });
    else if (m_givenIds.contains(id))
        reportCell(line, Field::Id, [&] {
            return tulana::tr("the id \"%1\" is already used on line %2")
                .arg(id, QString::number(m_givenIds.value(id)));
        });
    else
        m_givenIds.insert(id, line);
}

// New ids continue after the highest "B<n>" in the tender or the file, so
// they never collide and read in the order the bids were added.
void Importer::assignIds()
{
    static const QRegularExpression numbered(QStringLiteral("^B(\\d+)$"));
    qlonglong highest = 0;
    const auto consider = [&](const QString& id) {
        bool ok = false;
        const QRegularExpressionMatch m = numbered.match(id);
        const qlonglong n = m.hasMatch() ? m.captured(1).toLongLong(&ok) : 0;
        if (ok)
            highest = std::max(highest, n);
    };
    for (const Bid& bid : m_tender.bids)
        consider(bid.id);
    for (auto it = m_givenIds.cbegin(); it != m_givenIds.cend(); ++it)
        consider(it.key());
    // Counting on past the largest number would wrap to "B-9223372036854775808".
    if (qlonglong(m_needIds.size()) > std::numeric_limits<qlonglong>::max() - highest) {
        fail(tulana::tr("the bids without an id cannot be numbered after B%1, the "
                        "highest id in use: give them ids in the id column")
                 .arg(highest));
        return;
    }
    if (m_problems.hasErrors())
        return; // refused, and the bids are no longer kept
    for (std::size_t index : m_needIds)
        m_out.bids[index].id = QLatin1Char('B') + QString::number(++highest);
}

// A CSV's places: its physical lines, and the column by its header's name.
class CsvPlaces : public TablePlaces
{
public:
    explicit CsvPlaces(const QString& fileName)
        : m_fileName(fileName)
    {}
    QString file() const override { return m_fileName; }
    QString row(int line) const override
    {
        return QStringLiteral("%1:%2").arg(m_fileName).arg(line);
    }
    QString cell(int line, int, const QString& columnName) const override
    {
        return row(line) + QLatin1Char(':') + columnName;
    }

private:
    QString m_fileName;
};

} // namespace

BidImport importBids(const Tender& tender, const CsvTable& table, const TablePlaces& places)
{
    return Importer(tender, places).run(table);
}

BidImport importBidsCsv(const Tender& tender, const QByteArray& csv, const QString& fileName)
{
    const CsvPlaces places(fileName);
    QString why;
    const std::optional<CsvTable> table = readCsv(csv, &why);
    if (!table) {
        Importer importer(tender, places);
        importer.fail(why);
        return importer.result();
    }
    return importBids(tender, *table, places);
}

QStringList bidTableHeader(const Tender& tender)
{
    QStringList header;
    for (Field f : {Field::Id, Field::Bidder, Field::System, Field::Nature, Field::Price,
                    Field::Tax, Field::Status, Field::StatusReason})
        header << canonicalName(f);
    for (const LeafRef& leaf : leavesOf(tender.criteria))
        for (const Evaluator& e : tender.evaluators)
            header << leaf.criterion->id + u'/' + e.id;
    return header;
}

QByteArray bidCsvTemplate(const Tender& tender)
{
    QStringList header = bidTableHeader(tender);
    for (QString& h : header)
        h = csvField(h);
    return header.join(u',').toUtf8() + "\r\n";
}

} // namespace tulana
