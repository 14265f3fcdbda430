#include "document/TenderDocument.h"

#include "document/CriteriaTree.h"
#include "document/FieldAccess.h"
#include "document/ProcessLocks.h"
#include "io/TenderFile.h"
#include "process/ProcessVerify.h"
#include "rulebook/Rulebook.h"
#include "scoring/Evaluator.h"
#include "validation/TenderValidator.h"

#include <QFileInfo>
#include <QUndoStack>

#include <cassert>

namespace tulana {
namespace {

// A criterion, bid or evaluator added or removed: the change of its kind
// with no field (document/ProcessLocks.h).
TenderChange structureChange(TenderChange::What what)
{
    return TenderChange::of(what);
}

} // namespace

TenderDocument::TenderDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this] { emit modifiedChanged(isModified()); });
    reevaluate();
}

TenderDocument::~TenderDocument() = default;

QString TenderDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool TenderDocument::isModified() const
{
    return m_newUntilSaved || !m_undoStack->isClean();
}

void TenderDocument::setNewUntilSaved(bool isNew)
{
    const bool wasModified = isModified();
    m_newUntilSaved = isNew;
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

void TenderDocument::reset(Tender tender, const QString& filePath, bool modified)
{
    m_tender = std::move(tender);
    // A decision opened finalised is final for what the file holds.
    m_seal.reset();
    if (m_tender.decision.finalised)
        m_seal = DecisionSeal::of(m_tender);
    // Clearing the stack first: commands refer to the tender they were made on.
    m_undoStack->clear();
    const bool wasCorrecting = isCorrecting();
    m_correctionStart = -1;
    reevaluate();
    m_processProblems = process::verifyProcess(m_tender);
    const bool pathChanged = filePath != m_filePath;
    m_filePath = filePath;
    emit tenderReset();
    if (pathChanged)
        emit filePathChanged(m_filePath);
    m_newUntilSaved = modified;
    emit modifiedChanged(isModified());
    if (wasCorrecting)
        emit correctingChanged(false);
    emit evaluated();
}

bool TenderDocument::load(const QString& path, Problems* problems)
{
    TenderLoad loaded = loadTenderFile(path);
    if (problems)
        *problems = loaded.problems;
    if (!loaded.tender)
        return false;
    reset(std::move(*loaded.tender), QFileInfo(path).absoluteFilePath());
    return true;
}

bool TenderDocument::save(QString* errorMessage)
{
    if (m_filePath.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("The tender has no file yet: use Save As.");
        return false;
    }
    return saveAs(m_filePath, errorMessage);
}

bool TenderDocument::saveAs(const QString& path, QString* errorMessage)
{
    if (!saveTenderFile(m_tender, path, errorMessage))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        emit filePathChanged(m_filePath);
    }
    m_undoStack->setClean();
    setNewUntilSaved(false);
    return true;
}

// --- Acts of a recorded process ---------------------------------------------

bool TenderDocument::doAct(const std::function<Problems(Tender&)>& act, Problems* problems)
{
    Problems found;
    if (m_filePath.isEmpty())
        found << error(QString(), tr("Save the tender to a file first: each act of a recorded "
                                     "process is written to the tender's file as it is done."));
    Tender after = m_tender;
    if (found.isEmpty())
        found = act(after);
    QString why;
    if (!hasErrors(found) && !saveTenderFile(after, m_filePath, &why))
        found << error(m_filePath, why);
    if (problems)
        *problems = found;
    if (hasErrors(found))
        return false;
    reset(std::move(after), m_filePath);
    return true;
}

void TenderDocument::beginCorrection()
{
    if (isCorrecting())
        return;
    m_correctionStart = m_undoStack->index();
    emit correctingChanged(true);
}

void TenderDocument::abandonCorrection()
{
    if (!isCorrecting())
        return;
    m_undoStack->setIndex(m_correctionStart);
    // Redoing an abandoned edit would change the rules outside a
    // corrigendum (undo and redo pass no gate): a marker pushed on top
    // discards them.
    if (m_undoStack->canRedo())
        m_undoStack->push(new QUndoCommand(tr("Abandon the corrigendum")));
    m_correctionStart = -1;
    emit correctingChanged(false);
}

// --- The gate of a recorded process ----------------------------------------

namespace {

// A criterion, bid or evaluator added or removed: no editor shows it as a
// value to put back.
bool isStructure(const TenderChange& change)
{
    using What = TenderChange::What;
    return (change.is(What::Criterion) || change.is(What::Bid) || change.is(What::Evaluator)) &&
           std::holds_alternative<std::monostate>(change.field);
}

} // namespace

bool TenderDocument::probed(const TenderChange& change)
{
    if (!m_probe)
        return false;
    m_probe->push_back(change);
    return true;
}

std::vector<TenderChange> TenderDocument::changesOf(QUndoCommand* command)
{
    assert(!m_probe);
    m_probe.emplace();
    command->redo();
    std::vector<TenderChange> changes = std::move(*m_probe);
    m_probe.reset();
    return changes;
}

bool TenderDocument::push(QUndoCommand* command)
{
    // Nothing is locked in a tender that does not record its process: no
    // dry run, the edit goes through as it always did. The lock cannot
    // change while the tender is open (only an act changes it, and acts
    // come with the file), so every command already on the stack was
    // allowed, and undoing or redoing it needs no check.
    if (m_tender.process.isRecorded()) {
        const std::vector<TenderChange> changes = changesOf(command);
        for (const TenderChange& change : changes) {
            const std::optional<QString> why = editLockedBecause(m_tender, change, isCorrecting());
            if (!why)
                continue;
            delete command;
            emit editRefused(*why);
            for (TenderChange shown : changes) {
                if (isStructure(shown))
                    continue;
                shown.rows.reset(); // no row moved
                emit changed(shown);
            }
            return false;
        }
    }
    m_undoStack->push(command);
    return true;
}

Problems TenderDocument::problems() const
{
    return checkTenderValues(m_tender);
}

Problems TenderDocument::rulebookProblems() const
{
    return checkRulebook(m_tender);
}

void TenderDocument::reevaluate()
{
    m_evaluation = evaluate(m_tender);
}

void TenderDocument::applySeal()
{
    const bool finalised = m_seal && m_seal->matches(m_tender);
    if (finalised == m_tender.decision.finalised)
        return;
    m_tender.decision.finalised = finalised;
    emit changed(TenderChange::of(TenderChange::What::Decision));
}

void TenderDocument::finishChange(const TenderChange& change)
{
    if (change.canChangeScores())
        reevaluate();
    emit changed(change);
    finishEdit();
}

void TenderDocument::finishEdit()
{
    // Any edit may take the tender away from what its decision was
    // finalised on, or (undone) back to it.
    if (m_seal)
        applySeal();
    emit evaluated();
}

// --- Tender fields ----------------------------------------------------------

void TenderDocument::setQcbsWeights(double technical, double financial)
{
    if (probed(TenderChange::of(TenderChange::What::Weights)))
        return;
    m_tender.technicalWeight = technical;
    m_tender.financialWeight = financial;
    finishChange(TenderChange::of(TenderChange::What::Weights));
}

// --- Criteria -----------------------------------------------------------------

void TenderDocument::insertCriterion(const CriterionPath& parent, int position, Criterion node)
{
    if (probed(structureChange(TenderChange::What::Criterion)))
        return;
    const std::vector<Criterion>* siblings = childrenAt(m_tender.criteria, parent);
    assert(siblings && position >= 0 && std::size_t(position) <= siblings->size());
    // A marked criterion that receives its first child becomes a group: its
    // marks row gives way to the rows of the new node.
    const bool reshapes = !parent.empty() && siblings->empty();
    const int firstLeaf = leavesBefore(m_tender.criteria, childOf(parent, position));
    const int lastLeaf = firstLeaf + leafCount(node) - 1;

    emit criteriaAboutToBeInserted(parent, position, position);
    if (reshapes)
        emit leavesAboutToBeReset();
    else
        emit leavesAboutToBeInserted(firstLeaf, lastLeaf);
    m_tender.insertCriterion(parent, position, std::move(node));
    reevaluate();
    emit criteriaInserted(parent, position, position);
    if (reshapes)
        emit leavesReset();
    else
        emit leavesInserted(firstLeaf, lastLeaf);
    finishEdit();
}

Criterion TenderDocument::removeCriterion(const CriterionPath& path)
{
    if (probed(structureChange(TenderChange::What::Criterion)))
        return *m_tender.criterionAt(path);
    const Criterion* node = m_tender.criterionAt(path);
    assert(node);
    const CriterionPath parent = parentOf(path);
    const int row = path.back();
    // A group that loses its last child is a marked criterion again.
    const bool reshapes = !parent.empty() && childrenAt(m_tender.criteria, parent)->size() == 1;
    const int firstLeaf = leavesBefore(m_tender.criteria, path);
    const int lastLeaf = firstLeaf + leafCount(*node) - 1;

    emit criteriaAboutToBeRemoved(parent, row, row);
    if (reshapes)
        emit leavesAboutToBeReset();
    else
        emit leavesAboutToBeRemoved(firstLeaf, lastLeaf);
    Criterion removed = m_tender.removeCriterion(path);
    reevaluate();
    emit criteriaRemoved(parent, row, row);
    if (reshapes)
        emit leavesReset();
    else
        emit leavesRemoved(firstLeaf, lastLeaf);
    finishEdit();
    return removed;
}

// --- Bids ---------------------------------------------------------------------

void TenderDocument::insertBids(int position, std::vector<Bid> bids)
{
    if (bids.empty() || probed(structureChange(TenderChange::What::Bid)))
        return;
    assert(position >= 0 && std::size_t(position) <= m_tender.bids.size());
    const int last = position + int(bids.size()) - 1;
    emit bidsAboutToBeInserted(position, last);
    m_tender.bids.insert(m_tender.bids.begin() + position, std::make_move_iterator(bids.begin()),
                         std::make_move_iterator(bids.end()));
    reevaluate();
    emit bidsInserted(position, last);
    finishEdit();
}

std::vector<Bid> TenderDocument::removeBids(int position, int count)
{
    assert(position >= 0 && count > 0 && std::size_t(position + count) <= m_tender.bids.size());
    const auto first = m_tender.bids.begin() + position;
    if (probed(structureChange(TenderChange::What::Bid)))
        return std::vector<Bid>(first, first + count);
    emit bidsAboutToBeRemoved(position, position + count - 1);
    std::vector<Bid> removed(std::make_move_iterator(first),
                             std::make_move_iterator(first + count));
    m_tender.bids.erase(first, first + count);
    reevaluate();
    emit bidsRemoved(position, position + count - 1);
    finishEdit();
    return removed;
}

// --- Marks --------------------------------------------------------------------

void TenderDocument::setMark(int bid, int leaf, int evaluator, double value)
{
    if (probed(TenderChange::marks(bid, leaf, leaf, evaluator)))
        return;
    m_tender.bids.at(std::size_t(bid)).marks.set(leaf, evaluator, value);
    finishChange(TenderChange::marks(bid, leaf, leaf, evaluator));
}

MarksBand TenderDocument::marksBand(int firstLeaf, int leaves) const
{
    MarksBand band;
    band.firstLeaf = firstLeaf;
    band.leaves = leaves;
    band.evaluators = int(m_tender.evaluators.size());
    band.values.reserve(m_tender.bids.size() * std::size_t(leaves * band.evaluators));
    for (const Bid& bid : m_tender.bids)
        for (int e = 0; e < band.evaluators; ++e)
            for (int c = firstLeaf; c < firstLeaf + leaves; ++c)
                band.values.push_back(bid.marks.at(c, e));
    return band;
}

void TenderDocument::setMarksBand(const MarksBand& band)
{
    if (band.isEmpty() ||
        probed(TenderChange::marks(-1, band.firstLeaf, band.firstLeaf + band.leaves - 1, -1)))
        return;
    std::size_t i = 0;
    for (Bid& bid : m_tender.bids)
        for (int e = 0; e < band.evaluators; ++e)
            for (int c = band.firstLeaf; c < band.firstLeaf + band.leaves; ++c)
                bid.marks.set(c, e, band.values.at(i++));
    finishChange(TenderChange::marks(-1, band.firstLeaf, band.firstLeaf + band.leaves - 1, -1));
}

// --- Evaluators -----------------------------------------------------------------

void TenderDocument::insertEvaluator(int position, Evaluator evaluator, const MarksColumn& marks)
{
    if (probed(structureChange(TenderChange::What::Evaluator)))
        return;
    emit evaluatorsAboutToBeInserted(position, position);
    m_tender.insertEvaluator(position, std::move(evaluator));
    if (!marks.values.empty()) {
        std::size_t i = 0;
        for (Bid& bid : m_tender.bids)
            for (int c = 0; c < marks.criteria; ++c)
                bid.marks.set(c, position, marks.values.at(i++));
    }
    reevaluate();
    emit evaluatorsInserted(position, position);
    finishEdit();
}

MarksColumn TenderDocument::marksOfEvaluator(int position) const
{
    MarksColumn column;
    column.criteria = countLeaves(m_tender.criteria);
    for (const Bid& bid : m_tender.bids)
        for (int c = 0; c < column.criteria; ++c)
            column.values.push_back(bid.marks.at(c, position));
    return column;
}

Evaluator TenderDocument::removeEvaluator(int position)
{
    if (probed(structureChange(TenderChange::What::Evaluator)))
        return m_tender.evaluators.at(std::size_t(position));
    emit evaluatorsAboutToBeRemoved(position, position);
    Evaluator removed = m_tender.evaluators.at(std::size_t(position));
    m_tender.removeEvaluator(position);
    reevaluate();
    emit evaluatorsRemoved(position, position);
    finishEdit();
    return removed;
}

// --- Context and decision -------------------------------------------------------

void TenderDocument::setContextAnswer(const QString& consideration, const ContextAnswer& answer)
{
    if (probed(TenderChange::context(consideration)))
        return;
    if (answer.option.isEmpty() && answer.note.isEmpty())
        m_tender.context.answers.erase(consideration);
    else
        m_tender.context.answers[consideration] = answer;
    finishChange(TenderChange::context(consideration));
}

void TenderDocument::setContextPurpose(const QString& purpose)
{
    if (probed(TenderChange::context(QString())))
        return;
    m_tender.context.purpose = purpose;
    finishChange(TenderChange::context(QString()));
}

void TenderDocument::setDecisionState(const DecisionState& state)
{
    if (probed(TenderChange::of(TenderChange::What::Decision)))
        return;
    m_tender.decision = state.decision;
    m_seal = state.seal;
    m_tender.decision.finalised = m_seal && m_seal->matches(m_tender);
    finishChange(TenderChange::of(TenderChange::What::Decision));
}

} // namespace tulana
