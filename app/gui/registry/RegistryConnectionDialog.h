#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tulana {

// File ▸ Registry Connection…: where the registry is (the user's SQLite file,
// another SQLite file, or a department's PostgreSQL server) and, for a
// server, its password. The address goes into the settings; the password
// only into the system keychain (RegistryKeychain), after the server has
// accepted it. Without a keychain the dialog says so and keeps nothing:
// PostgreSQL then reads PGPASSWORD or ~/.pgpass.
class RegistryConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegistryConnectionDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    void updateForAddress();
    void forgetPassword();
    void showProblem(const QString& text);

    QLineEdit* m_address;
    QLineEdit* m_password;
    QPushButton* m_forget;
    QLabel* m_note;
    QLabel* m_problem;
};

} // namespace tulana
