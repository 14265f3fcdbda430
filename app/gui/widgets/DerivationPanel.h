#pragma once

#include "scoring/Derivation.h"

#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QTextBrowser;

namespace tulana {

// "Why this number": the working behind one score, as an auditor would redo
// it by hand (formula, inputs and where each comes from in the tender file,
// the numbers put in, the rounding), and above it a warning box for what an
// officer must read before awarding: rank reversals, a tie-break that
// decided, or why there is no award. Read-only, selectable, and drawn in the
// widget's palette so that it follows a dark theme.
class DerivationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DerivationPanel(QWidget* parent = nullptr);

    void showDerivation(const Derivation& derivation);
    // Fills the warning box from the evaluation; hides it when all is clear.
    void showRankReversals(const Tender& tender, const Evaluation& evaluation);
    void clear();

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void styleWarning();

    QFrame* m_warning;
    QLabel* m_warningIcon;
    QLabel* m_warningText;
    QTextBrowser* m_browser;
    std::optional<Derivation> m_derivation;
};

} // namespace tulana
