#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QLabel;
class QPlainTextEdit;

namespace tulana {

struct Departure;
class TenderDocument;

// The justification of a departure, as the officer writes it: for each
// consideration of Table 3 the decision relies on, a reason tied to it
// (beside the answer and leaning it was given on the Considerations page);
// the reason for departing from the evaluation; the overall statement.
// Each box pushes its own kind of undo command; typing merges.
class JustificationEditor : public QWidget
{
    Q_OBJECT
public:
    explicit JustificationEditor(TenderDocument* document, QWidget* parent = nullptr);

    // Follows the document: the texts, what each box is needed for.
    void update(const Departure& departure);
    void setReadOnly(bool readOnly);

    QPlainTextEdit* reasonEdit(const QString& consideration) const;
    QPlainTextEdit* evaluationEdit() const { return m_evaluation; }
    QPlainTextEdit* statementEdit() const { return m_statement; }

private:
    struct Reason
    {
        QString consideration;
        QLabel* label = nullptr;
        QPlainTextEdit* edit = nullptr;
    };

    QPlainTextEdit* textBox(const QString& objectName, const QString& accessibleName, int lines);

    TenderDocument* m_document;
    QLabel* m_intro;
    std::vector<Reason> m_reasons;
    QLabel* m_evaluationLabel;
    QPlainTextEdit* m_evaluation;
    QPlainTextEdit* m_statement;
    bool m_updating = false;
};

} // namespace tulana
