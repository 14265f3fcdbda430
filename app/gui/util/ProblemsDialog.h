#pragma once

#include "diagnostics/Problem.h"

#include <QDialog>

namespace tulana {

// Lists located problems (a file that does not open, a CSV file that cannot
// be imported), each with where it is and what is wrong, so the officer can
// go and fix the file. Selectable and copyable as text.
class ProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    ProblemsDialog(const QString& title, const QString& summary, const Problems& problems,
                   QWidget* parent = nullptr);

    // Shows the dialog modally.
    static void showModal(QWidget* parent, const QString& title, const QString& summary,
                          const Problems& problems);
};

} // namespace tulana
