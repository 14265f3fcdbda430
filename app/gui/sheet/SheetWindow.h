#pragma once

#include "committee/EvaluatorSheet.h"

#include <QMainWindow>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QTableView;

namespace tulana {

class MessageBar;
class SheetMarksModel;

// Evaluator mode (docs/committee.md): a committee member's own sheet, and
// nothing else of the tender. The bids to mark, each with its technical side
// (bidder, system, nature, openness, eligibility finding); for each, first
// the member's declaration (no conflict of interest, or a conflict and what
// it is), then the marks grid with a note per mark and the criterion's text
// beside it. The member saves their progress, fills it from a CSV if they
// prefer a spreadsheet, and signs it with their key to return it. The sheet
// holds no price and no other member's marks, so none can be shown.
class SheetWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit SheetWindow(QWidget* parent = nullptr);

    // Opens a sheet file; false, with the reason shown, when it cannot.
    bool openSheet(const QString& path);
    const committee::EvaluatorSheet& sheet() const { return m_sheet; }
    QString filePath() const { return m_path; }

    // Signs with the key file at `keyPath`, unlocked by `passphrase`, and
    // saves: what the Sign dialog does, callable by tests.
    bool signAndSave(const QString& keyPath, const QString& passphrase, QString* why);
    bool save(QString* why);

    static bool isSheetFile(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showBid(int row);
    void declare();
    void showCriterion();
    void updateProgress();
    void refreshBidList();
    void signDialog();
    void fillFromCsv();
    void saveCsv();

    committee::EvaluatorSheet m_sheet;
    QString m_path;
    bool m_modified = false;
    QLabel* m_heading;
    MessageBar* m_message;
    QListWidget* m_bids;
    QPlainTextEdit* m_bidDetails;
    QRadioButton* m_noConflict;
    QRadioButton* m_conflict;
    QButtonGroup* m_declaration;
    QLineEdit* m_conflictText;
    SheetMarksModel* m_model;
    QTableView* m_marks;
    QLabel* m_criterionText;
    QLabel* m_progress;
};

} // namespace tulana
