#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace tulana {

// An amount of money with its currency shown beside it ("₹ 1,72,28,000").
// Keys other than figures, grouping commas, a decimal point and a sign are
// refused as typed; whether the amount is acceptable (a price above zero) is
// for the model to say, with a message.
class AmountEdit : public QWidget
{
    Q_OBJECT
public:
    explicit AmountEdit(QWidget* parent = nullptr);

    void setCurrency(const QString& currency);
    QString text() const;
    void setText(const QString& text);
    QLineEdit* lineEdit() const { return m_edit; }

private:
    QLabel* m_currency;
    QLineEdit* m_edit;
};

} // namespace tulana
