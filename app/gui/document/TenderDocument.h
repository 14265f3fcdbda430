#pragma once

#include "diagnostics/Problem.h"
#include "document/DecisionSeal.h"
#include "document/DocumentTypes.h"
#include "document/TenderChange.h"
#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <functional>
#include <vector>

class QUndoCommand;
class QUndoStack;

namespace tulana {

// One open tender: the tender itself, its undo stack, its file and its latest
// evaluation.
//
// Every change goes through the mutators below, which are called by the undo
// commands (commands/) and by nothing else: the UI pushes commands through
// push(), the gate of a recorded process. Each mutator announces the change
// before and after it, the way item models need (the "about to" signals come
// before the tender changes, the others after), then re-evaluates the tender synchronously, so that
// by the time a "changed" signal is delivered evaluation() already matches tender(). Evaluating a
// thousand bids takes a few milliseconds, which keeps every edit live.
class TenderDocument : public QObject
{
    Q_OBJECT
public:
    explicit TenderDocument(QObject* parent = nullptr);
    ~TenderDocument() override;

    const Tender& tender() const { return m_tender; }
    const Evaluation& evaluation() const { return m_evaluation; }
    QUndoStack* undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    // The file name, or "Untitled" for a tender not saved yet.
    QString displayName() const;
    // Nothing entered yet: the empty tender Tulana starts with.
    bool isBlank() const { return m_tender == Tender{}; }
    // Modified follows the undo stack's clean state; a tender made by the
    // new-tender wizard is modified until it is first saved.
    bool isModified() const;

    // Replaces the whole tender (new tender, open): clears the undo stack.
    void reset(Tender tender, const QString& filePath = {}, bool modified = false);
    // Opens a .tulana file. On failure the current tender stays as it was and
    // `problems` says why, each problem located by its JSON path.
    bool load(const QString& path, Problems* problems);
    // Writes through the core's atomic save; the old file is kept whole on
    // failure and `errorMessage` says why.
    bool save(QString* errorMessage);
    bool saveAs(const QString& path, QString* errorMessage);

    // The gate of every edit from the GUI: pushes `command` on the undo
    // stack, unless the tender records its process and the command would
    // change a part an act has fixed (document/ProcessLocks.h). Then the
    // command is deleted unrun, editRefused() says why, and the places it
    // would have changed are announced again so that editors showing the
    // refused value go back to the tender's. True when pushed.
    bool push(QUndoCommand* command);
    // The changes `command` would make, found by a dry run of its redo()
    // during which the mutators note their change and make none.
    std::vector<TenderChange> changesOf(QUndoCommand* command);

    // What process::verifyProcess found when the tender was opened: nothing
    // when its log is intact or it records no process. Edits cannot change
    // it: the gate keeps every fixed part as it is.
    const Problems& processProblems() const { return m_processProblems; }

    // --- Acts of a recorded process (core/process, docs/process.md) ------
    // Does `act` on a copy of the tender and, when it succeeds, writes the
    // copy to the tender's file at once and makes it the tender: an act is
    // dated and signed when it is done, the file is its record, and it is
    // not undone. The undo stack is cleared, since the act fixed what the
    // edits before it made. False, with the tender and its file unchanged,
    // when the act is refused, the tender has no file yet, or the file
    // cannot be written; `problems` says why.
    bool doAct(const std::function<Problems(Tender&)>& act, Problems* problems);
    // A corrigendum being prepared: the announced rules can be edited (and
    // the edits undone) until the corrigendum is recorded with its reason
    // (an act, through doAct) or abandoned, which undoes its edits.
    void beginCorrection();
    void abandonCorrection();
    bool isCorrecting() const { return m_correctionStart >= 0; }

    // What the committee must fix before scoring: values and rulebook.
    Problems problems() const;
    // The tender's breaches of its rulebook only, each with the rule's text
    // and source.
    Problems rulebookProblems() const;

    // --- Mutators, for undo commands -------------------------------------
    // Replaces one value of the tender (a place of document/TenderPlaces.h:
    // a field of the tender, a criterion, a bid or an evaluator, a bid's cost
    // lines, the openness scheme...): the one mutator of every edit that
    // changes a value and no structure. Announced by changed().
    // `rows`: for a list, the rows the edit touched (TenderChange::Rows).
    template <typename Place>
    void setValue(const Place& place, const typename Place::Value& value,
                  std::optional<TenderChange::Rows> rows = std::nullopt)
    {
        TenderChange change = place.change();
        change.rows = rows;
        if (probed(change))
            return;
        if (rows) // a list model moves the rows: it must hear before they change
            emit aboutToChange(change);
        place.set(m_tender, value);
        finishChange(change);
    }
    void setQcbsWeights(double technical, double financial);

    void insertCriterion(const CriterionPath& parent, int position, Criterion node);
    Criterion removeCriterion(const CriterionPath& path);

    void insertBids(int position, std::vector<Bid> bids);
    std::vector<Bid> removeBids(int position, int count);

    void setMark(int bid, int leaf, int evaluator, double value);
    MarksBand marksBand(int firstLeaf, int leaves) const;
    void setMarksBand(const MarksBand& band);

    void insertEvaluator(int position, Evaluator evaluator, const MarksColumn& marks = {});
    MarksColumn marksOfEvaluator(int position) const;
    Evaluator removeEvaluator(int position);

    // The context of Table 3: one consideration's answer (an answer with
    // neither option nor note is removed from the file), or the purpose.
    void setContextAnswer(const QString& consideration, const ContextAnswer& answer);
    void setContextPurpose(const QString& purpose);

    // The decision and what it was finalised on (document/DecisionSeal.h).
    // After this and after every other edit, decision.finalised is true
    // exactly when the tender still matches the seal.
    DecisionState decisionState() const { return {m_tender.decision, m_seal}; }
    void setDecisionState(const DecisionState& state);

signals:
    void tenderReset();
    // Every edit that changes a value and no structure, after the tender
    // and its evaluation are up to date (document/TenderChange.h).
    void changed(const tulana::TenderChange& change);
    // Before a change that names the rows of a list it touches (only those),
    // for item models' begin/end pairs.
    void aboutToChange(const tulana::TenderChange& change);
    // An edit refused by push(), with the reason in plain words.
    void editRefused(const QString& reason);

    void criteriaAboutToBeInserted(const tulana::CriterionPath& parent, int first, int last);
    void criteriaInserted(const tulana::CriterionPath& parent, int first, int last);
    void criteriaAboutToBeRemoved(const tulana::CriterionPath& parent, int first, int last);
    void criteriaRemoved(const tulana::CriterionPath& parent, int first, int last);

    // The marks rows (marked criteria in depth-first order), for sheets.
    // A marked criterion that becomes a group, or the reverse, reshapes the
    // rows in a way no insert or remove describes: that is a leaves reset.
    void leavesAboutToBeInserted(int first, int last);
    void leavesInserted(int first, int last);
    void leavesAboutToBeRemoved(int first, int last);
    void leavesRemoved(int first, int last);
    void leavesAboutToBeReset();
    void leavesReset();

    void bidsAboutToBeInserted(int first, int last);
    void bidsInserted(int first, int last);
    void bidsAboutToBeRemoved(int first, int last);
    void bidsRemoved(int first, int last);

    void evaluatorsAboutToBeInserted(int first, int last);
    void evaluatorsInserted(int first, int last);
    void evaluatorsAboutToBeRemoved(int first, int last);
    void evaluatorsRemoved(int first, int last);

    // After every change, once evaluation() is up to date.
    void evaluated();
    void modifiedChanged(bool modified);
    void correctingChanged(bool correcting);
    void filePathChanged(const QString& path);

private:
    // While push() dry-runs a command: notes `change` and says so, and the
    // mutator then returns without changing anything.
    bool probed(const TenderChange& change);
    void reevaluate();
    // Re-evaluates (unless the change cannot change a score), announces the
    // change, and finishes the edit.
    void finishChange(const TenderChange& change);
    void finishEdit();
    void setNewUntilSaved(bool isNew);
    void applySeal();

    Tender m_tender;
    Evaluation m_evaluation;
    std::optional<DecisionSeal> m_seal;
    QUndoStack* m_undoStack;
    QString m_filePath;
    bool m_newUntilSaved = false;
    Problems m_processProblems;
    std::optional<std::vector<TenderChange>> m_probe; // set during a dry run
    int m_correctionStart = -1; // the undo index a corrigendum's edits began at
};

} // namespace tulana
