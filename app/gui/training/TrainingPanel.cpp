#include "training/TrainingPanel.h"

#include "training/QuestionCard.h"
#include "training/TrainingSession.h"
#include "util/Format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tulana::training {
namespace {

QLabel* wrapped(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TrainingPanel::TrainingPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(wrapped("caseTitle", this))
    , m_goals(wrapped("caseGoals", this))
    , m_progress(wrapped("trainingProgress", this))
    , m_stepTitle(wrapped("stepTitle", this))
    , m_stepText(wrapped("stepText", this))
    , m_scroll(new QScrollArea(this))
    , m_questions(new QWidget)
    , m_questionsLayout(new QVBoxLayout(m_questions))
    , m_back(new QPushButton(tr("Back"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_finish(new QPushButton(tr("Finish case"), this))
{
    setObjectName(QStringLiteral("trainingPanel"));
    m_back->setObjectName(QStringLiteral("stepBackButton"));
    m_next->setObjectName(QStringLiteral("stepNextButton"));
    m_finish->setObjectName(QStringLiteral("finishCaseButton"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_back->setToolTip(tr("The step before (Alt+Left)"));
    m_next->setToolTip(tr("The next step (Alt+Right)"));
    m_finish->setToolTip(tr("See your scores and what to review"));

    // The step's text and its questions scroll; the title, the progress and
    // the buttons stay in view.
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->addWidget(m_stepTitle);
    contentLayout->addWidget(m_stepText);
    contentLayout->addWidget(m_questions);
    contentLayout->addStretch(1);
    m_questionsLayout->setContentsMargins(0, 0, 0, 0);
    m_scroll->setObjectName(QStringLiteral("stepScroll"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_finish);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_goals);
    layout->addWidget(m_progress);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &TrainingPanel::goBack);
    connect(m_next, &QPushButton::clicked, this, &TrainingPanel::goNext);
    connect(m_finish, &QPushButton::clicked, this, &TrainingPanel::finishRequested);
    setMinimumWidth(300);
    setSession(nullptr, {});
}

void TrainingPanel::setSession(TrainingSession* session, const std::map<QString, Source>& sources)
{
    m_session = session;
    m_sources = sources;
    if (!session) {
        m_title->setText(tr("<b>No case started</b>"));
        m_goals->setText(tr("Training ▸ Start a case… lists the cases."));
        m_goals->setTextFormat(Qt::PlainText);
        m_progress->clear();
        m_stepTitle->clear();
        m_stepText->clear();
        for (QuestionCard* card : questionCards())
            delete card;
        for (QPushButton* b : {m_back, m_next, m_finish})
            b->setEnabled(false);
        return;
    }
    const TrainingCase& c = session->trainingCase();
    m_title->setText(QStringLiteral("<span style=\"font-size:large; font-weight:bold\">%1</span>")
                         .arg(c.title.text().toHtmlEscaped()));
    QString goals = tr("<b>You will learn to:</b>") + QStringLiteral("<ul style=\"margin:0\">");
    for (const Goal& g : c.goals)
        goals += QStringLiteral("<li>%1</li>").arg(g.text.text().toHtmlEscaped());
    goals += QStringLiteral("</ul>");
    m_goals->setTextFormat(Qt::RichText);
    m_goals->setText(goals);
    m_finish->setEnabled(true);
    showStep();
}

QList<QuestionCard*> TrainingPanel::questionCards() const
{
    return m_questions->findChildren<QuestionCard*>(Qt::FindDirectChildrenOnly);
}

void TrainingPanel::showStep()
{
    for (QuestionCard* card : questionCards())
        delete card;
    const Step* step = m_session ? m_session->step() : nullptr;
    if (!step)
        return;
    const int index = m_session->currentStep();
    m_stepTitle->setText(QStringLiteral("<b>%1</b>")
                             .arg(tr("Step %1 of %2").arg(index + 1).arg(m_session->stepCount())));
    m_stepText->setText(step->text.text().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    const TrainingCase& c = m_session->trainingCase();
    for (const QString& id : step->questions) {
        const Question* q = c.question(id);
        if (!q)
            continue;
        auto* card = new QuestionCard(m_session, *q, m_sources, m_questions);
        connect(card, &QuestionCard::answered, this, [this] {
            updateProgress();
            emit answered();
        });
        m_questionsLayout->addWidget(card);
    }
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_session->stepCount());
    m_scroll->ensureVisible(0, 0);
    updateProgress();
    emit stepShown(step->anchor);
}

void TrainingPanel::updateProgress()
{
    if (!m_session)
        return;
    int total = 0;
    for (const Question& q : m_session->trainingCase().questions)
        total += q.id.isEmpty() ? 0 : 1;
    const Score s = m_session->score();
    m_progress->setText(tr("Answered %1 of %2 · score so far %3 of %4 points")
                            .arg(m_session->answeredCount())
                            .arg(total)
                            .arg(formatNumber(s.points), formatNumber(s.max)));
    // The finish button stands out once everything is answered.
    m_finish->setDefault(m_session->isComplete());
}

QString TrainingPanel::progressText() const
{
    return m_progress->text();
}

void TrainingPanel::goNext()
{
    if (m_session && m_session->next())
        showStep();
}

void TrainingPanel::goBack()
{
    if (m_session && m_session->previous())
        showStep();
}

} // namespace tulana::training
