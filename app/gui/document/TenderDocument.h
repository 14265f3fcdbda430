#pragma once

#include "diagnostics/Problem.h"
#include "document/DecisionSeal.h"
#include "document/DocumentTypes.h"
#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <vector>

class QUndoStack;

namespace tulana {

// One open tender: the tender itself, its undo stack, its file and its latest
// evaluation.
//
// Every change goes through the mutators below, which are called by the undo
// commands (commands/) and by nothing else: the UI pushes commands. Each
// mutator announces the change before and after it, the way item models need
// (the "about to" signals come before the tender changes, the others after),
// then re-evaluates the tender synchronously, so that by the time a "changed"
// signal is delivered evaluation() already matches tender(). Evaluating a
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

    // What the committee must fix before scoring: values and rulebook.
    Problems problems() const;
    // The tender's breaches of its rulebook only, each with the rule's text
    // and source.
    Problems rulebookProblems() const;

    // --- Mutators, for undo commands -------------------------------------
    void setTenderField(TenderField field, const QVariant& value);
    void setQcbsWeights(double technical, double financial);

    void insertCriterion(const CriterionPath& parent, int position, Criterion node);
    Criterion removeCriterion(const CriterionPath& path);
    void setCriterionField(const CriterionPath& path, CriterionField field, const QVariant& value);

    void insertBids(int position, std::vector<Bid> bids);
    std::vector<Bid> removeBids(int position, int count);
    void setBidField(int bid, BidField field, const QVariant& value);

    void setMark(int bid, int leaf, int evaluator, double value);
    MarksBand marksBand(int firstLeaf, int leaves) const;
    void setMarksBand(const MarksBand& band);

    void insertEvaluator(int position, Evaluator evaluator, const MarksColumn& marks = {});
    MarksColumn marksOfEvaluator(int position) const;
    Evaluator removeEvaluator(int position);
    void setEvaluatorField(int evaluator, EvaluatorField field, const QVariant& value);

    // The context of Table 3: one consideration's answer (an answer with
    // neither option nor note is removed from the file), or the purpose.
    void setContextAnswer(const QString& consideration, const ContextAnswer& answer);
    void setContextPurpose(const QString& purpose);

    // The decision and what it was finalised on (document/DecisionSeal.h).
    // After this and after every other edit, decision.finalised is true
    // exactly when the tender still matches the seal.
    DecisionState decisionState() const { return {m_tender.decision, m_seal}; }
    void setDecisionState(const DecisionState& state);

    // Openness (TenderDocumentOpenness.cpp): the announced scheme, and a
    // bid's record (none: std::nullopt).
    void setOpennessScheme(const openness::OpennessScheme& scheme);
    void setBidOpenness(int bid, const std::optional<openness::OpennessRecord>& record);

    // Eligibility (TenderDocumentEligibility.cpp): the tender's criteria as a
    // whole, and a bid's responses, designation and certifications.
    void setEligibilityCriteria(const std::vector<eligibility::Criterion>& criteria);
    void setBidEligibility(int bid, const std::vector<eligibility::Response>& responses);
    void setBidEnterprise(int bid, const eligibility::Enterprise& enterprise);
    void setBidCertifications(int bid, const std::vector<eligibility::Certification>& list);
    // Lifecycle cost (TenderDocumentCosts.cpp): the tender's terms, and a
    // bid's cost lines replaced whole.
    void setLifecycleTerms(const cost::LifecycleTerms& terms);
    void setBidCosts(int bid, const std::vector<cost::CostLine>& lines);

signals:
    void tenderReset();
    void tenderFieldChanged(tulana::TenderField field);
    void weightsChanged();

    // The tree rows under `parent`, for tree models.
    void criteriaAboutToBeInserted(const tulana::CriterionPath& parent, int first, int last);
    void criteriaInserted(const tulana::CriterionPath& parent, int first, int last);
    void criteriaAboutToBeRemoved(const tulana::CriterionPath& parent, int first, int last);
    void criteriaRemoved(const tulana::CriterionPath& parent, int first, int last);
    void criterionChanged(const tulana::CriterionPath& path, tulana::CriterionField field);

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
    void bidChanged(int bid, tulana::BidField field);

    // One mark, or (bid -1) a band of leaves for every bid and evaluator.
    void marksChanged(int bid, int firstLeaf, int lastLeaf, int evaluator);

    void evaluatorsAboutToBeInserted(int first, int last);
    void evaluatorsInserted(int first, int last);
    void evaluatorsAboutToBeRemoved(int first, int last);
    void evaluatorsRemoved(int first, int last);
    void evaluatorChanged(int evaluator, tulana::EvaluatorField field);

    // One consideration's answer or note; an empty id: the purpose.
    void contextChanged(const QString& consideration);
    // Anything in the decision, its finalisation included (which other
    // edits may withdraw or restore).
    void decisionChanged();
    void opennessSchemeChanged();
    void bidOpennessChanged(int bid);
    void eligibilityCriteriaChanged();
    // A bid's responses, designation or certifications.
    void bidEligibilityChanged(int bid);
    void lifecycleTermsChanged();
    void bidCostsChanged(int bid);

    // After every change, once evaluation() is up to date.
    void evaluated();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void reevaluate();
    void finishEdit();
    void setNewUntilSaved(bool isNew);
    void applySeal();

    Tender m_tender;
    Evaluation m_evaluation;
    std::optional<DecisionSeal> m_seal;
    QUndoStack* m_undoStack;
    QString m_filePath;
    bool m_newUntilSaved = false;
};

} // namespace tulana
