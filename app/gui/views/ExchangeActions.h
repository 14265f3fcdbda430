#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QWidget;

namespace tulana {

class TenderDocument;

// The tender in the formats officers and publishers use (docs/spreadsheets.md,
// docs/ocds.md): File ▸ Export ▸ Evaluation Workbook… (every score a live
// formula), Export ▸ OCDS Release…, and File ▸ New from OCDS…, through the
// same core functions as tulana-cli export-xlsx, export-ocds and import-ocds.
class ExchangeActions : public QObject
{
    Q_OBJECT
public:
    ExchangeActions(TenderDocument* document, QWidget* window);

    QAction* workbookAction() const { return m_workbook; }
    QAction* ocdsAction() const { return m_ocds; }
    QAction* newFromOcdsAction() const { return m_newFromOcds; }

    // Each writes `path` with the one atomic save; false with `why`.
    bool exportWorkbookTo(const QString& path, QString* why) const;
    bool exportOcdsTo(const QString& path, QString* why) const;

    // Reads the release at `path` into the document; false with `why` (the
    // document is then untouched). `notMapped` lists what to complete.
    bool readOcds(const QString& path, QString* why, QStringList* notMapped);

private:
    void chooseWorkbook();
    void chooseOcds();
    QString suggestedName(const QString& extension) const;

    TenderDocument* m_document;
    QWidget* m_window;
    QAction* m_workbook;
    QAction* m_ocds;
    QAction* m_newFromOcds;
};

} // namespace tulana
