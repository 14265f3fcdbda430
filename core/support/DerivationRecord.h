#pragma once

// The working of one number (a score, a price, openness marks): a plain
// record that the layers computing numbers fill in and the screens, the CLI
// and the memo show. scoring/Derivation.h builds them for an evaluation.
#include <QList>
#include <QString>

namespace tulana {

// One input of a formula and where it comes from in the project file.
struct Term
{
    QString name;
    double value = 0;
    QString source; // JSON path in the .tulana file, or "evaluation" for a derived value
};

// How a number of the evaluation was obtained, so the screen, the CLI and
// the memo can show the working an auditor would redo by hand.
struct Derivation
{
    bool available = false; // false when the number does not exist for this bid
    QString quantity;       // "Financial score of B2"
    QString formula;        // "Sf = 100 × Fm / F"
    QList<Term> inputs;
    QString working; // the formula with the numbers put in
    double exact = 0;
    double value = 0; // as used (after rounding, when rounded)
    QString rounding; // "rounded half away from zero to 2 decimals", or why not
    QString note;     // why the number is absent, or anything else worth saying
};

} // namespace tulana
