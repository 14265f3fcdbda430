#pragma once

#include <QLineEdit>

class QLabel;

namespace tulana {

// An amount of money with its currency shown before it ("₹ 1,72,28,000").
// Keys other than figures, grouping commas, a decimal point and a sign are
// refused as typed; whether the amount is acceptable (a price above zero) is
// for the model to say, with a message.
//
// It is the line edit itself, with the currency drawn in its margin, not a
// line edit inside a frame: as a table's editor it must be the widget with
// focus, because the table's delegate commits on that widget's Tab,
// Shift+Tab and loss of focus. A frame that passed focus on to a line edit
// inside lost every price left with Tab.
class AmountEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit AmountEdit(QWidget* parent = nullptr);

    void setCurrency(const QString& currency);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeCurrency();

    QLabel* m_currency;
};

} // namespace tulana
