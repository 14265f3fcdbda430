// The core's performance targets (issue 2): evaluating a 10,000 bids × 50
// criteria × 5 evaluators tender in ≤ 10 ms on one core, loading and saving
// its file in ≤ 300 ms each, in ≤ 200 MB of memory. Run one benchmark per
// process (--benchmark_filter) to read its own peak memory.
#include "generate/TenderGenerator.h"
#include "io/TenderFile.h"
#include "io/TenderSax.h" // internal: the load's parts, timed one by one
#include "memo/Fingerprint.h"
#include "report/EvaluationReport.h"
#include "scoring/Evaluator.h"
#include "support/InputFile.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using namespace tulana;

const Tender& largeTender()
{
    static const Tender tender = generateTender({10'000, 50, 5, 42});
    return tender;
}

void reportPeakMemory(benchmark::State& state)
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    state.counters["peak_MB"] = double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

void BM_EvaluateLargeTender(benchmark::State& state)
{
    const Tender& tender = largeTender();
    for (auto _ : state) {
        Evaluation evaluation = evaluate(tender);
        benchmark::DoNotOptimize(evaluation);
    }
    reportPeakMemory(state);
}
BENCHMARK(BM_EvaluateLargeTender)->Unit(benchmark::kMillisecond);

void BM_WriteLargeTender(benchmark::State& state)
{
    const Tender& tender = largeTender();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.tulana"));
    for (auto _ : state) {
        QString message;
        if (!saveTenderFile(tender, path, &message))
            state.SkipWithError(message.toUtf8().constData());
    }
    state.counters["file_MB"] = double(writeTender(tender).size()) / (1024.0 * 1024.0);
    reportPeakMemory(state);
}
BENCHMARK(BM_WriteLargeTender)->Unit(benchmark::kMillisecond);

// The large tender's file, written by a child process, so that this
// process's peak memory (peak_MB) is the load's own and not the generated
// tender's or the save's.
QString largeTenderFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("large.tulana"));
    const pid_t child = fork();
    if (child == 0) {
        QString message;
        _exit(saveTenderFile(largeTender(), path, &message) ? 0 : 1);
    }
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0)
        return {};
    return path;
}

// The whole load, as the app and tulana-cli do it: read the file, parse it
// (simdjson, io/TenderSimdjson.cpp), build the Tender.
void BM_LoadLargeTender(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = largeTenderFile(dir);
    if (path.isEmpty()) {
        state.SkipWithError("the generated tender could not be saved");
        return;
    }
    for (auto _ : state) {
        TenderLoad load = loadTenderFile(path);
        if (!load.tender)
            state.SkipWithError("the generated tender did not load");
        benchmark::DoNotOptimize(load);
    }
    reportPeakMemory(state);
}
BENCHMARK(BM_LoadLargeTender)->Unit(benchmark::kMillisecond);

// The same load through the reference parser (nlohmann's SAX), for comparison.
void BM_LoadLargeTenderReference(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = largeTenderFile(dir);
    QString why;
    for (auto _ : state) {
        const std::optional<QByteArray> bytes = readInputFile(path, kMaxTenderFileBytes, &why);
        TenderLoad load = readTender(bytes.value_or(QByteArray()), TenderJsonParser::Reference);
        if (!load.tender)
            state.SkipWithError("the generated tender did not load");
        benchmark::DoNotOptimize(load);
    }
    reportPeakMemory(state);
}
BENCHMARK(BM_LoadLargeTenderReference)->Unit(benchmark::kMillisecond);

// The load's parts, for where its time goes: reading the file; parsing it
// into the document (the JSON tree without the marks, the marks in flat
// arrays) with simdjson and with nlohmann. Building the Tender is the rest.
void BM_LoadPartReadFile(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = largeTenderFile(dir);
    QString why;
    for (auto _ : state) {
        std::optional<QByteArray> bytes =
            readInputFile(path, kMaxTenderFileBytes, &why, kTenderParserPadding);
        benchmark::DoNotOptimize(bytes);
    }
    reportPeakMemory(state);
}
BENCHMARK(BM_LoadPartReadFile)->Unit(benchmark::kMillisecond);

void BM_LoadPartParseFast(benchmark::State& state)
{
    QTemporaryDir dir;
    QString why;
    const QByteArray bytes =
        readInputFile(largeTenderFile(dir), kMaxTenderFileBytes, &why, kTenderParserPadding)
            .value_or(QByteArray());
    for (auto _ : state) {
        std::optional<TenderDocumentJson> document = parseTenderJsonFast(bytes);
        if (!document)
            state.SkipWithError("simdjson did not read the generated tender");
        benchmark::DoNotOptimize(document);
    }
    reportPeakMemory(state);
}
BENCHMARK(BM_LoadPartParseFast)->Unit(benchmark::kMillisecond);

void BM_LoadPartParseReference(benchmark::State& state)
{
    QTemporaryDir dir;
    QString why;
    const QByteArray bytes =
        readInputFile(largeTenderFile(dir), kMaxTenderFileBytes, &why).value_or(QByteArray());
    for (auto _ : state) {
        Problems problems;
        std::optional<TenderDocumentJson> document = parseTenderJsonReference(bytes, problems);
        if (!document)
            state.SkipWithError("nlohmann did not read the generated tender");
        benchmark::DoNotOptimize(document);
    }
    reportPeakMemory(state);
}
BENCHMARK(BM_LoadPartParseReference)->Unit(benchmark::kMillisecond);

// `tulana-cli score --format json` without the load: the report of the large
// tender (about 120 MB) streamed into a sink that only counts, as it is
// written to standard output (issue 20). Run it on its own for its peak.
void BM_StreamEvaluationJson(benchmark::State& state)
{
    const Tender& tender = largeTender();
    const Evaluation evaluation = evaluate(tender);
    double bytes = 0;
    for (auto _ : state) {
        bytes = 0;
        const bool written = writeEvaluationJson(tender, evaluation, [&](std::string_view piece) {
            bytes += double(piece.size());
            return true;
        });
        if (!written)
            state.SkipWithError("the report was not written");
    }
    state.counters["report_MB"] = bytes / (1024.0 * 1024.0);
    reportPeakMemory(state);
}
BENCHMARK(BM_StreamEvaluationJson)->Unit(benchmark::kMillisecond);

// The same report built whole in memory (evaluationAsJson, as the command
// wrote it before issue 20 less its copies into Qt strings): the peak to
// compare with.
void BM_WholeEvaluationJson(benchmark::State& state)
{
    const Tender& tender = largeTender();
    const Evaluation evaluation = evaluate(tender);
    for (auto _ : state) {
        QByteArray report = evaluationAsJson(tender, evaluation);
        benchmark::DoNotOptimize(report);
    }
    reportPeakMemory(state);
}
BENCHMARK(BM_WholeEvaluationJson)->Unit(benchmark::kMillisecond);

// The memo's evaluation inputs, which the app also recomputes on every edit
// while a decision is finalised (DecisionSeal): the GUI benchmark's size.
void BM_EvaluationInputs(benchmark::State& state)
{
    static const Tender tender = generateTender({1'000, 30, 3, 42});
    for (auto _ : state) {
        QByteArray inputs = evaluationInputs(tender);
        benchmark::DoNotOptimize(inputs);
    }
    state.counters["inputs_MB"] = double(evaluationInputs(tender).size()) / (1024.0 * 1024.0);
}
BENCHMARK(BM_EvaluationInputs)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // QTemporaryDir and resources want an application
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
