#pragma once

#include "SecretBytes.h"

#include <optional>
#include <vector>

namespace tulana::crypto {

// Shamir's secret sharing over GF(2^8) (libgfshare): a secret split into
// `count` shares, any `threshold` of which give it back and fewer of which
// tell nothing about it. The tender's envelope key is split among the
// committee so that no one member can open a financial envelope alone.
struct SecretShare
{
    int number = 0; // 1 to 255: the share's x coordinate
    SecretBytes bytes;
};

// Empty when 2 ≤ threshold ≤ count ≤ 255 does not hold.
std::vector<SecretShare> splitSecret(const SecretBytes& secret, int count, int threshold);

// The secret from shares with distinct numbers. Shares alone cannot tell
// whether there were enough of them, or whether one is wrong: the result
// must be checked against something public (the envelope key's public half).
std::optional<SecretBytes> combineShares(const std::vector<SecretShare>& shares);

} // namespace tulana::crypto
