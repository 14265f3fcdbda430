#pragma once

#include "diagnostics/Problem.h"
#include "tender/Tender.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QRadioButton;

namespace tulana {

// What an envelope received holds, in the dialog that receives it: the bid
// it is from (among those with no envelope yet), and either the envelope
// file the bidder sealed or the figures received on paper, sealed as soon
// as the act is signed. The figures are never written in clear.
class EnvelopeForm : public QWidget
{
    Q_OBJECT
public:
    EnvelopeForm(const Tender& tender, QWidget* parent = nullptr);

    QString bid() const;
    // The envelope's sealed bytes, or nothing with the problems.
    std::optional<QByteArray> sealedEnvelope(const QByteArray& envelopeKey,
                                             Problems* problems) const;

private:
    void chooseFile();
    void updateEnabled();

    QComboBox* m_bid;
    QRadioButton* m_fromFile;
    QLineEdit* m_file;
    QRadioButton* m_fromFigures;
    QDoubleSpinBox* m_price;
    QDoubleSpinBox* m_tax;
};

} // namespace tulana
