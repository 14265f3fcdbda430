#pragma once

#include "process/KeyFile.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace tulana {

// A person's key file for an act of a recorded process: one of the keys in
// the user's keys folder (process::keysFolder), or any file chosen with the
// button beside them; and, when the act is signed with it, the passphrase
// that unlocks it (typed hidden, never stored). For a member's public key
// at the announcement no passphrase is asked.
class KeyPicker : public QWidget
{
    Q_OBJECT
public:
    enum class Use
    {
        PublicHalf, // the announcement records a member's public key
        Sign,       // the act is signed with the key: its passphrase is asked
    };
    // `actor`: the id whose key is chosen first, if the folder has one.
    KeyPicker(Use use, const QString& actor, QWidget* parent = nullptr);

    QString path() const;
    // Chooses a file (adding it to the list when it is not in the folder).
    void setPath(const QString& path);
    QString passphrase() const;
    void setPassphrase(const QString& passphrase);

    // The chosen key file, read; nothing, with the reason in `why`, when
    // none is chosen or it cannot be read.
    std::optional<process::KeyFile> keyFile(QString* why) const;

private:
    void chooseFile();
    int addKey(const QString& path);

    QComboBox* m_keys;
    QLineEdit* m_passphrase = nullptr;
};

} // namespace tulana
