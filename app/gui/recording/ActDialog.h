#pragma once

#include "crypto/SecretBytes.h"
#include "diagnostics/Problem.h"
#include "process/KeyFile.h"

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <vector>

class QFormLayout;
class QPlainTextEdit;

namespace tulana {

class KeyPicker;
class MessageBar;
namespace process {
struct Actor;
}

// A signer's key, unlocked for one act and wiped when the act is done.
struct UnlockedKey
{
    process::KeyFile file;
    crypto::SecretBytes secret;
};

// The dialog of one act of a recorded process: what the act does and fixes,
// in plain words; the key (or, for the opening, the keys) that sign it with
// their passphrases; a reason where the act must give one; and whatever
// else the act needs. On OK each key is unlocked (about half a second
// each, by design) and the act is run with them; when a key does not
// unlock or the act is refused, the dialog stays open and says why.
class ActDialog : public QDialog
{
    Q_OBJECT
public:
    using Act = std::function<Problems(const std::vector<UnlockedKey>& keys)>;

    ActDialog(const QString& title, const QString& explanation, QWidget* parent = nullptr);

    // A person who signs: their key and passphrase. `actor` is chosen first.
    KeyPicker* addSigner(const QString& label, const QString& actor);
    // A member's key whose public half the act records (no passphrase).
    KeyPicker* addPublicKey(const QString& label, const QString& actor);
    // The reason the act must give (a corrigendum, an unlock).
    void addReason(const QString& label);
    QString reason() const;
    void addRow(const QString& label, QWidget* field);
    void addRow(QWidget* field);

    void setAct(Act act) { m_act = std::move(act); }
    const std::vector<KeyPicker*>& signers() const { return m_signers; }
    const std::vector<KeyPicker*>& publicKeys() const { return m_publicKeys; }

    void accept() override;

private:
    void refuse(const QString& why);

    QFormLayout* m_form;
    MessageBar* m_problems;
    QPlainTextEdit* m_reason = nullptr;
    std::vector<KeyPicker*> m_signers;
    std::vector<KeyPicker*> m_publicKeys;
    Act m_act;
};

// Who signs an act one key signs: the first key's holder, with its secret.
process::Actor signerOf(const std::vector<UnlockedKey>& keys);

// The time an act done now is recorded with, in UTC as the process log
// keeps and shows its times.
QDateTime actTime();

} // namespace tulana
