#include "recording/CommitteeActDialogs.h"

#include "committee/EvaluatorSheet.h"
#include "committee/Moderation.h"
#include "committee/SheetReceipt.h"
#include "document/TenderDocument.h"
#include "recording/ActDialog.h"
#include "recording/KeyPicker.h"
#include "support/InputFile.h"
#include "support/SaveFile.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <cmath>

namespace tulana {
namespace {

QComboBox* memberChoice(const Tender& t, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const Evaluator& e : t.evaluators)
        combo->addItem(e.name.isEmpty() ? e.id : QStringLiteral("%1, %2").arg(e.id, e.name), e.id);
    return combo;
}

// A path typed or chosen with a file dialog.
class PathField : public QWidget
{
public:
    PathField(bool saving, const QString& filter, QWidget* parent)
        : QWidget(parent)
        , m_edit(new QLineEdit(this))
    {
        auto* browse = new QPushButton(ActDialog::tr("Choose…"), this);
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_edit, 1);
        layout->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [=, this] {
            const QString path =
                saving ? QFileDialog::getSaveFileName(this, ActDialog::tr("Save the Sheet"),
                                                      m_edit->text(), filter)
                       : QFileDialog::getOpenFileName(this, ActDialog::tr("Open a Sheet"),
                                                      m_edit->text(), filter);
            if (!path.isEmpty())
                m_edit->setText(path);
        });
    }
    QLineEdit* edit() const { return m_edit; }
    QString path() const { return m_edit->text().trimmed(); }

private:
    QLineEdit* m_edit;
};

QString sheetFilter()
{
    return ActDialog::tr("Evaluator sheets (*.tulana-sheet)");
}

} // namespace

void setUpSheetIssue(ActDialog* dialog, TenderDocument* document)
{
    const Tender& t = document->tender();
    dialog->addSigner(ActDialog::tr("Issued by:"), QStringLiteral("officer"));
    QComboBox* member = memberChoice(t, dialog);
    member->setObjectName(QStringLiteral("sheetMember"));
    dialog->addRow(ActDialog::tr("Sheet for:"), member);
    auto* path = new PathField(true, sheetFilter(), dialog);
    path->edit()->setObjectName(QStringLiteral("sheetPath"));
    const QString folder = QFileInfo(document->filePath()).absolutePath();
    const auto suggest = [=] {
        path->edit()->setText(folder + u'/' + member->currentData().toString() +
                              QStringLiteral(".tulana-sheet"));
    };
    suggest();
    QObject::connect(member, &QComboBox::currentIndexChanged, dialog, suggest);
    dialog->addRow(ActDialog::tr("Save it as:"), path);
    dialog->setAct([=](const std::vector<UnlockedKey>& keys) {
        Problems problems;
        const std::optional<committee::EvaluatorSheet> sheet =
            committee::issueSheet(document->tender(), member->currentData().toString(), &problems);
        if (!sheet)
            return problems;
        QString why;
        if (!saveFileAtomically(path->path(), committee::sheetFileBytes(*sheet), &why))
            return Problems{error(QStringLiteral("sheet"), why)};
        document->doAct(
            [&](Tender& tender) {
                return committee::recordSheetIssued(tender, *sheet, signerOf(keys), actTime());
            },
            &problems);
        return problems;
    });
}

void setUpSheetReceipt(ActDialog* dialog, TenderDocument* document)
{
    dialog->addSigner(ActDialog::tr("Received by:"), QStringLiteral("officer"));
    auto* path = new PathField(false, sheetFilter(), dialog);
    path->edit()->setObjectName(QStringLiteral("sheetPath"));
    dialog->addRow(ActDialog::tr("The signed sheet:"), path);
    dialog->setAct([=](const std::vector<UnlockedKey>& keys) {
        QString why;
        const std::optional<QByteArray> bytes = readInputFile(path->path(), 64 * 1024 * 1024, &why);
        if (!bytes)
            return Problems{error(QStringLiteral("sheet"), why)};
        Problems problems;
        document->doAct(
            [&](Tender& tender) {
                return committee::receiveSheet(tender, *bytes, signerOf(keys), actTime());
            },
            &problems);
        return problems;
    });
}

void setUpModeration(ActDialog* dialog, TenderDocument* document)
{
    const Tender& t = document->tender();
    dialog->addSigner(ActDialog::tr("Signed by:"),
                      t.evaluators.empty() ? QStringLiteral("officer") : t.evaluators.front().id);
    auto* bid = new QComboBox(dialog);
    bid->setObjectName(QStringLiteral("moderationBid"));
    for (const Bid& b : t.bids)
        bid->addItem(QStringLiteral("%1, %2").arg(b.id, b.bidder), b.id);
    auto* criterion = new QComboBox(dialog);
    criterion->setObjectName(QStringLiteral("moderationCriterion"));
    for (const LeafRef& leaf : leavesOf(t.criteria))
        criterion->addItem(leaf.criterion->name, leaf.criterion->id);
    QComboBox* member = memberChoice(t, dialog);
    member->setObjectName(QStringLiteral("moderationMember"));
    auto* mark = new QDoubleSpinBox(dialog);
    mark->setObjectName(QStringLiteral("moderationMark"));
    mark->setDecimals(2);
    auto* current = new QLabel(dialog);
    current->setObjectName(QStringLiteral("moderationCurrent"));
    const auto show = [=] {
        const Tender& now = document->tender();
        const int b = bid->currentIndex();
        const int k = criterion->currentIndex();
        const int e = member->currentIndex();
        if (b < 0 || k < 0 || e < 0)
            return;
        const std::vector<LeafRef> leaves = leavesOf(now.criteria);
        mark->setRange(0, leaves[std::size_t(k)].criterion->maxMarks);
        const double m = now.bids[std::size_t(b)].marks.at(k, e);
        current->setText(
            std::isnan(m)
                ? ActDialog::tr("not marked")
                : ActDialog::tr("%1 of %2").arg(m).arg(leaves[std::size_t(k)].criterion->maxMarks));
        if (!std::isnan(m))
            mark->setValue(m);
    };
    for (QComboBox* c : {bid, criterion, member})
        QObject::connect(c, &QComboBox::currentIndexChanged, dialog, show);
    show();
    dialog->addRow(ActDialog::tr("Bid:"), bid);
    dialog->addRow(ActDialog::tr("Criterion:"), criterion);
    dialog->addRow(ActDialog::tr("Member's mark:"), member);
    dialog->addRow(ActDialog::tr("Now:"), current);
    dialog->addRow(ActDialog::tr("Moderated mark:"), mark);
    dialog->addReason(ActDialog::tr("The committee's reason:"));
    dialog->setAct([=](const std::vector<UnlockedKey>& keys) {
        Problems problems;
        const process::Actor actor = signerOf(keys);
        document->doAct(
            [&](Tender& tender) {
                return committee::moderateMark(tender, bid->currentData().toString(),
                                               criterion->currentData().toString(),
                                               member->currentData().toString(), mark->value(),
                                               dialog->reason(), &actor, actTime());
            },
            &problems);
        return problems;
    });
}

} // namespace tulana
