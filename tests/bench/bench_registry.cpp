// The registry's search and filters over 100,000 records on SQLite (issue 21:
// ≤ 50 ms). The records are the sample chatbot's, varied over 50 entities,
// ten years, the three natures, four MOF classes, departures and statuses,
// written once into a temporary database before the first benchmark. Each
// benchmark asks what the Registry window asks: the first page of 200 rows
// in the chosen order, and how many rows match in all.
#include "io/TenderFile.h"
#include "registry/RegistryStore.h"
#include "scoring/Evaluator.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <chrono>

namespace {

using namespace tulana;
using namespace tulana::registry;

constexpr int kRecords = 100'000;

RegistryRecord sampleRecord()
{
    const TenderLoad load =
        loadTenderFile(QStringLiteral(TULANA_SAMPLES_DIR "/citizen-services-chatbot.tulana"));
    if (!load.tender)
        std::abort();
    const RecordBuild build = buildRegistryRecord(*load.tender, evaluate(*load.tender), {});
    if (!build.record)
        std::abort();
    return *build.record;
}

RegistryRecord varied(const RegistryRecord& base, int i)
{
    RegistryRecord r = base;
    r.reference = QStringLiteral("BENCH/%1").arg(i);
    r.entity = QStringLiteral("Department %1").arg(i % 50);
    // "north" and "south": each in half the records, never both in one.
    r.title = QStringLiteral("AI system %1 for service %2, %3")
                  .arg(i)
                  .arg(i % 997)
                  .arg(i % 2 ? QStringLiteral("north") : QStringLiteral("south"));
    r.decisionDate = QDate(2020 + i % 10, 1 + i % 12, 1 + i % 28);
    r.selected.nature = static_cast<BidNature>(i % 3);
    r.selected.opennessRecorded = i % 5 != 0;
    r.selected.mofClass = static_cast<openness::MofClass>(i / 7 % 4);
    r.departsFromOpenSource = i % 4 == 0;
    r.selected.lifecycleNpv = i % 2 ? std::optional<double>(1e6 + i) : std::nullopt;
    r.status = {{static_cast<SystemStatus>(i % 3), r.decisionDate}};
    return r;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<RegistryStore> store;
};

RegistryStore& store()
{
    static Fixture fixture = [] {
        Fixture f;
        Connection connection;
        connection.path = f.dir.filePath(QStringLiteral("registry.sqlite"));
        QString why;
        f.store = RegistryStore::open(connection, &why);
        if (!f.store)
            std::abort();
        const RegistryRecord base = sampleRecord();
        std::vector<RegistryRecord> batch;
        for (int i = 0; i < kRecords; ++i) {
            batch.push_back(varied(base, i));
            if (batch.size() == 10'000) {
                if (!f.store->addAll(batch, &why))
                    std::abort();
                batch.clear();
            }
        }
        // Closed and opened again, as the app and tulana-cli do between uses
        // (closing lets SQLite gather its planner's statistics).
        f.store.reset();
        f.store = RegistryStore::open(connection, &why);
        if (!f.store)
            std::abort();
        return f;
    }();
    return *fixture.store;
}

void run(benchmark::State& state, RegistryFilter filter)
{
    RegistryStore& s = store();
    filter.limit = 200;
    QString why;
    std::size_t rows = 0;
    int matching = 0;
    // Wall time of each part, to tell which one a slow case spends it in.
    double listSeconds = 0;
    double countSeconds = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const auto page = s.list(filter, &why);
        const auto listed = std::chrono::steady_clock::now();
        const auto count = s.count(filter, &why);
        listSeconds += std::chrono::duration<double>(listed - start).count();
        countSeconds +=
            std::chrono::duration<double>(std::chrono::steady_clock::now() - listed).count();
        if (!page || !count)
            state.SkipWithError("the registry could not be read");
        rows = page ? page->size() : 0;
        matching = count.value_or(0);
        benchmark::DoNotOptimize(rows);
    }
    state.counters["page"] = double(rows);
    state.counters["matching"] = matching;
    const double iterations = double(std::max<benchmark::IterationCount>(state.iterations(), 1));
    state.counters["list_ms"] = 1000 * listSeconds / iterations;
    state.counters["count_ms"] = 1000 * countSeconds / iterations;
}

void BM_RegistryNoFilterByDate(benchmark::State& state)
{
    run(state, {});
}

void BM_RegistryEntityAndYear(benchmark::State& state)
{
    RegistryFilter f;
    f.entity = QStringLiteral("Department 7");
    f.year = 2027;
    run(state, f);
}

void BM_RegistryDepartureMofStatus(benchmark::State& state)
{
    RegistryFilter f;
    f.departure = true;
    f.mofClass = QStringLiteral("class-2");
    f.status = SystemStatus::InUse;
    run(state, f);
}

void BM_RegistryNatureSortedByNpv(benchmark::State& state)
{
    RegistryFilter f;
    f.nature = BidNature::OpenSource;
    f.sort = SortColumn::LifecycleNpv;
    run(state, f);
}

void BM_RegistrySearchText(benchmark::State& state)
{
    RegistryFilter f;
    f.text = QStringLiteral("service 42");
    run(state, f);
}

// The worst case: a word every record has.
void BM_RegistrySearchEveryRecordsWord(benchmark::State& state)
{
    RegistryFilter f;
    f.text = QStringLiteral("service");
    run(state, f);
}

// Two words every record has.
void BM_RegistrySearchTwoCommonWords(benchmark::State& state)
{
    RegistryFilter f;
    f.text = QStringLiteral("department service");
    run(state, f);
}

// One letter: the start of several words of every record.
void BM_RegistrySearchOneLetter(benchmark::State& state)
{
    RegistryFilter f;
    f.text = QStringLiteral("s");
    run(state, f);
}

// A common word, with a filter that leaves a thirtieth of the records.
void BM_RegistrySearchCommonWordAndFilters(benchmark::State& state)
{
    RegistryFilter f;
    f.text = QStringLiteral("service");
    f.nature = BidNature::OpenSource;
    f.year = 2024;
    run(state, f);
}

// The case the design leaves slow: two words that every record has between
// them but no record has both of, so that a page never fills and every
// record is checked.
void BM_RegistrySearchCommonWordsNeverTogether(benchmark::State& state)
{
    RegistryFilter f;
    f.text = QStringLiteral("north south");
    run(state, f);
}

void BM_RegistrySearchTextAndEntity(benchmark::State& state)
{
    RegistryFilter f;
    f.text = QStringLiteral("system 12");
    f.entity = QStringLiteral("Department 3");
    run(state, f);
}

BENCHMARK(BM_RegistryNoFilterByDate)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegistryEntityAndYear)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegistryDepartureMofStatus)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegistryNatureSortedByNpv)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegistrySearchText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegistrySearchEveryRecordsWord)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegistrySearchTextAndEntity)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegistrySearchTwoCommonWords)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegistrySearchOneLetter)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegistrySearchCommonWordAndFilters)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegistrySearchCommonWordsNeverTogether)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // Qt SQL's drivers are plugins: they need one
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
