#include "SecretShares.h"

#include "Sodium.h"

#include <sodium.h>

extern "C" {
#include <libgfshare.h>
}

#include <memory>
#include <set>

namespace tulana::crypto {
namespace {

// libgfshare draws its random coefficients through this hook; libsodium's
// generator is the system's cryptographic one.
void sodiumRandom(unsigned char* buffer, unsigned int size)
{
    randombytes_buf(buffer, size);
}

// Set before any context is made: libgfshare also draws from it when it
// frees a context, to overwrite the shares it held.
bool ready()
{
    if (!sodiumReady())
        return false;
    gfshare_fill_rand = sodiumRandom;
    return true;
}

struct FreeContext
{
    void operator()(gfshare_ctx* context) const { gfshare_ctx_free(context); }
};

} // namespace

std::vector<SecretShare> splitSecret(const SecretBytes& secret, int count, int threshold)
{
    if (!ready() || threshold < 2 || count < threshold || count > 255 || secret.isEmpty())
        return {};
    std::vector<unsigned char> numbers;
    for (int i = 1; i <= count; ++i)
        numbers.push_back(static_cast<unsigned char>(i));
    const std::unique_ptr<gfshare_ctx, FreeContext> context(
        gfshare_ctx_init_enc(numbers.data(), unsigned(count), static_cast<unsigned char>(threshold),
                             unsigned(secret.size())));
    if (!context)
        return {};
    SecretBytes copy = secret.copy(); // the library takes a non-const buffer
    gfshare_ctx_enc_setsecret(context.get(), copy.data());
    std::vector<SecretShare> shares;
    for (int i = 0; i < count; ++i) {
        SecretShare share;
        share.number = numbers[std::size_t(i)];
        share.bytes = SecretBytes(secret.size());
        gfshare_ctx_enc_getshare(context.get(), static_cast<unsigned char>(i), share.bytes.data());
        shares.push_back(std::move(share));
    }
    return shares;
}

std::optional<SecretBytes> combineShares(const std::vector<SecretShare>& shares)
{
    if (!ready() || shares.size() < 2 || shares.size() > 255)
        return std::nullopt;
    const qsizetype size = shares.front().bytes.size();
    std::vector<unsigned char> numbers;
    std::set<int> seen;
    for (const SecretShare& s : shares) {
        if (s.number < 1 || s.number > 255 || s.bytes.size() != size || size == 0 ||
            !seen.insert(s.number).second)
            return std::nullopt;
        numbers.push_back(static_cast<unsigned char>(s.number));
    }
    const std::unique_ptr<gfshare_ctx, FreeContext> context(
        gfshare_ctx_init_dec(numbers.data(), unsigned(numbers.size()), unsigned(size)));
    if (!context)
        return std::nullopt;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        SecretBytes copy = shares[i].bytes.copy();
        gfshare_ctx_dec_giveshare(context.get(), static_cast<unsigned char>(i), copy.data());
    }
    SecretBytes secret(size);
    gfshare_ctx_dec_extract(context.get(), secret.data());
    return secret;
}

} // namespace tulana::crypto
