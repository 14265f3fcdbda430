// The recorded process's costs (docs/performance.md): sealing and opening
// financial envelopes, verifying a long log, and unlocking a member's key
// with the cost Tulana locks keys with.
#include "crypto/Passphrase.h"
#include "crypto/SealedBox.h"
#include "crypto/Signing.h"
#include "process/LogChain.h"

#include <benchmark/benchmark.h>

using namespace tulana;

namespace {

const QByteArray kProposal(R"({"format":"tulana-financial-proposal","version":1,"bid":"B3",)"
                           R"("price":15623200,"tax":2812176})");

// 1,000 envelopes sealed to one tender key.
void BM_Seal1000Envelopes(benchmark::State& state)
{
    const crypto::BoxKeyPair key = crypto::newBoxKeyPair();
    for (auto _ : state)
        for (int i = 0; i < 1000; ++i)
            benchmark::DoNotOptimize(crypto::seal(key.publicKey, kProposal));
}
BENCHMARK(BM_Seal1000Envelopes)->Unit(benchmark::kMillisecond);

void BM_Open1000Envelopes(benchmark::State& state)
{
    const crypto::BoxKeyPair key = crypto::newBoxKeyPair();
    std::vector<QByteArray> sealed;
    for (int i = 0; i < 1000; ++i)
        sealed.push_back(crypto::seal(key.publicKey, kProposal));
    for (auto _ : state)
        for (const QByteArray& s : sealed)
            benchmark::DoNotOptimize(crypto::openSealed(key.publicKey, key.secretKey, s));
}
BENCHMARK(BM_Open1000Envelopes)->Unit(benchmark::kMillisecond);

// A log of 10,000 signed entries: the chain and every signature checked,
// as verify() does (without the parts, which depend on the tender's size).
void BM_VerifyLogOf10000Entries(benchmark::State& state)
{
    const crypto::SigningKeyPair actor = crypto::newSigningKeyPair();
    ProcessRecord record;
    for (int i = 0; i < 10000; ++i) {
        ProcessRecord::Entry e;
        e.time = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC).addSecs(i);
        e.actor = QStringLiteral("E1");
        e.kind = QStringLiteral("technical-unlocked");
        e.summary = QStringLiteral("an entry of a long log");
        e.reason = QStringLiteral("measuring");
        process::appendEntry(record, std::move(e), actor.secretKey);
    }
    for (auto _ : state) {
        QByteArray head = process::emptyHead();
        int bad = 0;
        for (const ProcessRecord::Entry& e : record.log) {
            bad += e.previous != head;
            bad += !crypto::verifySignature(actor.publicKey, process::entryBytes(e), e.signature);
            head = process::nextHead(head, process::leafHash(e));
        }
        benchmark::DoNotOptimize(bad);
    }
}
BENCHMARK(BM_VerifyLogOf10000Entries)->Unit(benchmark::kMillisecond);

// One unlock of a member's key file at the cost keys are locked with.
void BM_UnlockMemberKey(benchmark::State& state)
{
    const crypto::SigningKeyPair pair = crypto::newSigningKeyPair();
    const crypto::LockedSecret locked = crypto::lockSecret(
        pair.secretKey, QStringLiteral("a member's passphrase"), crypto::memberKeyCost());
    for (auto _ : state)
        benchmark::DoNotOptimize(
            crypto::unlockSecret(locked, QStringLiteral("a member's passphrase")));
}
BENCHMARK(BM_UnlockMemberKey)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
