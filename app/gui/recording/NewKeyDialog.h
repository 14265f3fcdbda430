#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLineEdit;

namespace tulana {

class MessageBar;

// Makes a person's key for recorded processes (as `tulana-cli key new`
// does): a new Ed25519 key pair whose secret half is locked under the
// passphrase typed twice, saved in the user's keys folder readable by the
// user alone. The passphrase is not stored anywhere; a forgotten one
// cannot be recovered, and the member then needs a new key for the next
// tender.
class NewKeyDialog : public QDialog
{
    Q_OBJECT
public:
    // `actors`: the ids offered ("officer" and the committee's evaluators).
    NewKeyDialog(const QStringList& actors, QWidget* parent = nullptr);

    // The file written, once accepted.
    QString path() const { return m_path; }

    void accept() override;

private:
    QComboBox* m_actor;
    QLineEdit* m_name;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    MessageBar* m_problem;
    QString m_path;
};

} // namespace tulana
