#pragma once

#include "training/TrainingCase.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace tulana::training {

// Training ▸ Start a case…: the cases of the pack (title and minutes in a
// list; the summary and the goals of the one selected beside it) and the
// trainee's name, which the certificate carries and the settings remember.
class StartCaseDialog : public QDialog
{
    Q_OBJECT
public:
    StartCaseDialog(const TrainingPack& pack, const QStringList& completedCaseIds,
                    QWidget* parent = nullptr);

    QString caseId() const;
    QString traineeName() const;
    QString traineeEmail() const;
    void selectCase(const QString& id);

    void accept() override;

private:
    void showSelected();
    void updateStart();

    const TrainingPack& m_pack;
    QListWidget* m_cases;
    QTextBrowser* m_about;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLabel* m_nameHint;
    QPushButton* m_start;
};

} // namespace tulana::training
