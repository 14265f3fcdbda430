#pragma once

#include "diagnostics/Problem.h"
#include "training/TrainingCase.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace tulana::training {

// What the cases of a pack may refer to: the sources (the bundled
// sources.json plus the pack's own), the anchors of the app and the Table 3
// considerations.
struct References
{
    std::map<QString, Source> sources;
    std::map<QString, Anchor> anchors;
    QStringList considerations; // Table 3 ids
};

// The bundled sources and anchors and Table 3's ids. Problems in the bundled
// files (a broken build) go to `problems` when given.
References bundledReferences(Problems* problems = nullptr);

struct CaseLoad
{
    // Set when the file has the right shape, even if some references are
    // broken: `problems` then holds errors and the case should not be run.
    std::optional<TrainingCase> trainingCase;
    Problems problems; // each located: "cases/x/case.json: questions[2].answer"
};

// Reads and checks a case.json: shape, ids, references (goals, sources,
// anchors, options, Table 3), its tender (loaded, checked, answerFrom
// computed). `displayPath` is how the file is named in problems (relative
// to the pack); empty: the path itself.
CaseLoad loadCase(const QString& caseJsonPath, const References& references,
                  const QString& displayPath = {});
// The same, with the bundled references plus the sources.json of the pack
// the case sits in (cases/<id>/case.json under a directory with pack.json).
CaseLoad loadCase(const QString& caseJsonPath);

struct PackLoad
{
    std::optional<TrainingPack> pack; // set when pack.json has the right shape
    Problems problems;                // of pack.json, sources.json and every case
};

// Reads the pack in `packDir` (pack.json, an optional sources.json, the
// cases it lists) and checks all of it; cases with errors are left out of
// the pack and their problems reported.
PackLoad loadPack(const QString& packDir);

// The pack that ships with Tulana (compiled in: ":/tulana/training").
QString bundledPackDir();

// A fresh copy of the case's tender for a trainee to work on: the case file
// and its tender file are never written.
std::optional<Tender> loadCaseTender(const TrainingCase& trainingCase);

} // namespace tulana::training
