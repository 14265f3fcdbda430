#include "training/StartCaseDialog.h"

#include "settings/Settings.h"
#include "training/Certificate.h"
#include "util/StandardButtons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tulana::training {

StartCaseDialog::StartCaseDialog(const TrainingPack& pack, const QStringList& completedCaseIds,
                                 QWidget* parent)
    : QDialog(parent)
    , m_pack(pack)
    , m_cases(new QListWidget(this))
    , m_about(new QTextBrowser(this))
    , m_name(new QLineEdit(settings::traineeName(), this))
    , m_email(new QLineEdit(settings::traineeEmail(), this))
    , m_nameHint(new QLabel(this))
    , m_start(nullptr)
{
    setObjectName(QStringLiteral("startCaseDialog"));
    setWindowTitle(tr("Start a training case"));
    m_cases->setObjectName(QStringLiteral("caseList"));
    m_cases->setAccessibleName(tr("Cases"));
    m_about->setObjectName(QStringLiteral("caseAbout"));
    m_name->setObjectName(QStringLiteral("traineeNameEdit"));
    m_email->setObjectName(QStringLiteral("traineeEmailEdit"));
    m_name->setPlaceholderText(tr("as it should appear on the certificate"));
    m_email->setPlaceholderText(tr("optional: for the trainer's learning records"));
    m_nameHint->setObjectName(QStringLiteral("traineeNameHint"));
    m_nameHint->setWordWrap(true);

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("packIntro"));
    intro->setTextFormat(Qt::RichText);
    intro->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(pack.title.text().toHtmlEscaped(),
                 tr("Each case opens a copy of a real tender in the main window; a panel beside "
                    "it guides you step by step, asks questions and explains the answers. The "
                    "case file itself is never changed, so try anything.")
                     .toHtmlEscaped()));
    intro->setWordWrap(true);
    // Announced before any case starts, as a pass mark must be.
    auto* passMark = new QLabel(passMarkAnnouncement(pack), this);
    passMark->setObjectName(QStringLiteral("passMarkLabel"));
    passMark->setWordWrap(true);

    for (const TrainingCase& c : pack.cases) {
        QString text = tr("%1 (about %n min)", nullptr, c.minutes).arg(c.title.text());
        if (completedCaseIds.contains(c.id))
            text = tr("%1 ✓ done").arg(text);
        auto* item = new QListWidgetItem(text, m_cases);
        item->setData(Qt::UserRole, c.id);
    }
    // Long titles wrap rather than hide behind a scroll bar.
    m_cases->setWordWrap(true);
    m_cases->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cases->setResizeMode(QListView::Adjust);
    m_cases->setSpacing(2);
    m_cases->setMinimumWidth(260);

    auto* lists = new QHBoxLayout;
    lists->addWidget(m_cases, 1);
    lists->addWidget(m_about, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(QString(), m_nameHint);
    form->addRow(tr("E-&mail:"), m_email);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);

    nameStandardButtons(*buttons);
    m_start = buttons->addButton(tr("&Start case"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startCaseButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(passMark);
    layout->addLayout(lists, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_cases, &QListWidget::currentRowChanged, this, &StartCaseDialog::showSelected);
    connect(m_cases, &QListWidget::itemDoubleClicked, this, &StartCaseDialog::accept);
    connect(m_name, &QLineEdit::textChanged, this, &StartCaseDialog::updateStart);
    // The first case not done yet.
    int first = 0;
    for (int i = 0; i < int(pack.cases.size()); ++i)
        if (!completedCaseIds.contains(pack.cases[std::size_t(i)].id)) {
            first = i;
            break;
        }
    m_cases->setCurrentRow(first);
    updateStart();
    resize(760, 480);
}

QString StartCaseDialog::caseId() const
{
    const QListWidgetItem* item = m_cases->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString StartCaseDialog::traineeName() const
{
    return m_name->text().trimmed();
}

QString StartCaseDialog::traineeEmail() const
{
    return m_email->text().trimmed();
}

void StartCaseDialog::selectCase(const QString& id)
{
    for (int i = 0; i < m_cases->count(); ++i)
        if (m_cases->item(i)->data(Qt::UserRole).toString() == id)
            m_cases->setCurrentRow(i);
}

void StartCaseDialog::showSelected()
{
    const TrainingCase* c = m_pack.trainingCase(caseId());
    if (!c) {
        m_about->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(c->title.text().toHtmlEscaped(), c->summary.text().toHtmlEscaped());
    html += QStringLiteral("<p>%1 %2</p>")
                .arg(tr("About %n minute(s).", nullptr, c->minutes),
                     tr("%n question(s).", nullptr, int(c->questions.size())));
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Learning goals").toHtmlEscaped());
    for (const Goal& g : c->goals)
        html += QStringLiteral("<li>%1</li>").arg(g.text.text().toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_about->setHtml(html);
    updateStart();
}

void StartCaseDialog::updateStart()
{
    const bool named = !traineeName().isEmpty();
    m_nameHint->setText(named ? QString() : tr("Your name is printed on the certificate."));
    m_nameHint->setVisible(!named);
    if (m_start)
        m_start->setEnabled(named && !caseId().isEmpty());
}

void StartCaseDialog::accept()
{
    if (traineeName().isEmpty() || caseId().isEmpty())
        return;
    settings::setTraineeName(traineeName());
    settings::setTraineeEmail(traineeEmail());
    QDialog::accept();
}

} // namespace tulana::training
