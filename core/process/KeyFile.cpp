#include "KeyFile.h"

#include "crypto/Signing.h"
#include "i18n/Translate.h"
#include "support/JsonReader.h"
#include "support/JsonWriter.h"

#include <QStandardPaths>

#include <cmath>

namespace tulana::process {
namespace {

constexpr const char* kKeyFormat = "tulana-key";

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray bytesOf(JsonReader& r, const nlohmann::json& j, const char* key, const QString& path,
                   qsizetype size)
{
    const auto decoded = QByteArray::fromBase64Encoding(r.string(j, key, path, true).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || (size > 0 && decoded.decoded.size() != size)) {
        r.fail(JsonReader::child(path, key), tulana::tr("is not a key written in base64"));
        return {};
    }
    return decoded.decoded;
}

// A cost from the file, a whole number from `least` to `most`, checked
// before it is converted: a double beyond quint64's range does not convert
// (undefined behaviour, found by fuzz_key_file with "memoryBytes": 81e91).
quint64 wholeNumber(JsonReader& r, const nlohmann::json& j, const char* key, const QString& path,
                    quint64 least, quint64 most)
{
    const std::optional<double> value = r.number(j, key, path, true);
    if (!value)
        return 0;
    if (!(*value >= double(least) && *value <= double(most)) || *value != std::floor(*value)) {
        r.fail(JsonReader::child(path, key),
               tulana::tr("must be a whole number from %1 to %2").arg(least).arg(most));
        return 0;
    }
    return quint64(*value);
}

} // namespace

QString keysFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/tulana/keys");
}

QString keyFileName(const KeyFile& key)
{
    return QStringLiteral("%1-%2.tulana-key")
        .arg(key.actor, QString::fromLatin1(key.publicKey.toHex().left(8)));
}

KeyFile newKeyFile(const QString& actor, const QString& name, const QString& passphrase,
                   const crypto::PassphraseCost& cost)
{
    crypto::SigningKeyPair pair = crypto::newSigningKeyPair();
    return {actor, name, pair.publicKey, crypto::lockSecret(pair.secretKey, passphrase, cost)};
}

QByteArray keyFileJson(const KeyFile& key)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", QString::fromLatin1(kKeyFormat));
    w.field("version", 1.0);
    w.field("actor", key.actor);
    w.field("name", key.name);
    w.field("publicKey", b64(key.publicKey));
    w.key("locked");
    w.beginObject();
    w.field("kdf", QStringLiteral("argon2id13"));
    w.field("passes", double(key.locked.cost.passes));
    w.field("memoryBytes", double(key.locked.cost.memoryBytes));
    w.field("salt", b64(key.locked.salt));
    w.field("nonce", b64(key.locked.nonce));
    w.field("ciphertext", b64(key.locked.ciphertext));
    w.endObject();
    w.endObject();
    const std::string out = w.take();
    return QByteArray(out.data(), qsizetype(out.size()));
}

std::optional<KeyFile> readKeyFile(const QByteArray& json, Problems* problems)
{
    Problems found;
    const std::optional<nlohmann::json> doc = parseJson(json, QString(), found);
    KeyFile key;
    if (doc) {
        JsonReader r(found);
        if (r.isObject(*doc, {})) {
            r.rejectUnknownKeys(*doc, {},
                                {"format", "version", "actor", "name", "publicKey", "locked"});
            if (r.string(*doc, "format", {}, true) != QLatin1String(kKeyFormat))
                r.fail(QStringLiteral("format"), tulana::tr("is not a Tulana key file"));
            key.actor = r.string(*doc, "actor", {}, true);
            key.name = r.string(*doc, "name", {}, false);
            key.publicKey = bytesOf(r, *doc, "publicKey", {}, 32);
            const QString locked = QStringLiteral("locked");
            if (doc->contains("locked") && r.isObject((*doc)["locked"], locked)) {
                const nlohmann::json& l = (*doc)["locked"];
                r.rejectUnknownKeys(
                    l, locked, {"kdf", "passes", "memoryBytes", "salt", "nonce", "ciphertext"});
                if (r.string(l, "kdf", locked, true) != QLatin1String("argon2id13"))
                    r.fail(JsonReader::child(locked, "kdf"),
                           tulana::tr("names a key derivation Tulana does not use"));
                key.locked.cost.passes =
                    wholeNumber(r, l, "passes", locked, crypto::minPassphrasePasses(),
                                crypto::kMaxPassphrasePasses);
                key.locked.cost.memoryBytes =
                    wholeNumber(r, l, "memoryBytes", locked, crypto::minPassphraseMemoryBytes(),
                                crypto::kMaxPassphraseMemoryBytes);
                key.locked.salt = bytesOf(r, l, "salt", locked, 16);
                key.locked.nonce = bytesOf(r, l, "nonce", locked, 24);
                key.locked.ciphertext = bytesOf(r, l, "ciphertext", locked, 0);
            } else if (!doc->contains("locked")) {
                r.fail(locked, tulana::tr("the locked secret key is missing"));
            }
        }
    }
    if (problems)
        *problems = found;
    if (hasErrors(found))
        return std::nullopt;
    return key;
}

std::optional<crypto::SecretBytes> unlockKeyFile(const KeyFile& key, const QString& passphrase)
{
    std::optional<crypto::SecretBytes> secret = crypto::unlockSecret(key.locked, passphrase);
    // The secret must be the public key's other half: a file whose public
    // key was swapped for another is refused.
    if (!secret || !crypto::verifySignature(key.publicKey, "tulana-key-check",
                                            crypto::sign(*secret, "tulana-key-check")))
        return std::nullopt;
    return secret;
}

} // namespace tulana::process
