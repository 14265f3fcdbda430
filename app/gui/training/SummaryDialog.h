#pragma once

#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace tulana::training {

// The end of a case: its score, the score per learning goal, what to review
// (the questions not answered right), and every case done in this sitting;
// with the way on: the certificate, the results file, another case.
class SummaryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SummaryDialog(const QString& html, QWidget* parent = nullptr);

    void setCertificateAvailable(bool available);
    QString text() const;

signals:
    void certificateRequested();
    void resultsRequested();
    void anotherCaseRequested();

private:
    QTextBrowser* m_text;
    QPushButton* m_certificate;
};

} // namespace tulana::training
