#include "training/QuestionCard.h"

#include "considerations/Table3.h"
#include "training/TrainingSession.h"
#include "util/Format.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace tulana::training {
namespace {

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// An option's text beside its button, wrapped to the dock's width (a
// button's own text never wraps); a click on it is a click on the button.
class OptionLabel : public QLabel
{
public:
    OptionLabel(const QString& text, QAbstractButton* button, QWidget* parent)
        : QLabel(text, parent)
        , m_button(button)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
    }

protected:
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        QLabel::mouseReleaseEvent(event);
        if (m_button->isEnabled())
            m_button->click();
    }

private:
    QAbstractButton* m_button;
};

// "0 of 1 point", "1.5 of 2 points": the plural follows the maximum.
QString pointsText(double points, double max)
{
    const bool whole = max == std::floor(max);
    return whole
               ? QuestionCard::tr("%1 of %n point(s)", nullptr, int(max)).arg(formatNumber(points))
               : QuestionCard::tr("%1 of %2 points").arg(formatNumber(points), formatNumber(max));
}

} // namespace

QuestionCard::QuestionCard(TrainingSession* session, const Question& question,
                           const std::map<QString, Source>& sources, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_question(question)
    , m_sources(sources)
    , m_check(new QPushButton(tr("Check answer"), this))
    , m_hint(new QPushButton(tr("Show hint"), this))
    , m_hints(wrappedLabel(this))
    , m_feedback(wrappedLabel(this))
{
    setObjectName(QStringLiteral("question_") + question.id);
    m_check->setObjectName(QStringLiteral("checkAnswerButton"));
    m_hint->setObjectName(QStringLiteral("showHintButton"));
    m_hints->setObjectName(QStringLiteral("hintText"));
    m_feedback->setObjectName(QStringLiteral("feedbackText"));
    m_hint->setEnabled(!question.hints.empty());
    m_hints->hide();
    m_feedback->hide();

    auto* prompt = wrappedLabel(this);
    prompt->setObjectName(QStringLiteral("promptText"));
    prompt->setText(QStringLiteral("<b>%1</b>").arg(esc(question.prompt.text())));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_hint);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(makeInput());
    layout->addLayout(buttons);
    layout->addWidget(m_hints);
    layout->addWidget(m_feedback);

    connect(m_check, &QPushButton::clicked, this, &QuestionCard::check);
    connect(m_hint, &QPushButton::clicked, this, &QuestionCard::showHint);
    restore();
}

QWidget* QuestionCard::makeInput()
{
    switch (m_question.kind) {
    case QuestionKind::Choice: {
        std::vector<std::pair<QString, QString>> options;
        for (const Option& o : m_question.options)
            options.emplace_back(o.id, o.text.text());
        return makeButtons(!m_question.multiple, options);
    }
    case QuestionKind::Consideration: {
        // Table 3's considerations by the names the brief prints (in Hindi
        // where the table has them), in the table's order.
        std::vector<std::pair<QString, QString>> options;
        for (const Table3Row& row : table3().rows)
            options.emplace_back(row.id, row.name);
        return makeButtons(true, options);
    }
    case QuestionKind::Number: {
        auto* box = new QWidget(this);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        m_number = new QLineEdit(box);
        m_number->setObjectName(QStringLiteral("numberEdit"));
        m_number->setAccessibleName(m_question.prompt.text());
        m_number->setPlaceholderText(tr("a number, such as 84.5 or 1,25,00,000"));
        connect(m_number, &QLineEdit::returnPressed, this, &QuestionCard::check);
        row->addWidget(m_number, 1);
        if (!m_question.unit.isEmpty())
            row->addWidget(new QLabel(m_question.unit, box));
        return box;
    }
    case QuestionKind::Justification: {
        auto* box = new QWidget(this);
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        m_text = new QPlainTextEdit(box);
        m_text->setObjectName(QStringLiteral("justificationEdit"));
        m_text->setAccessibleName(m_question.prompt.text());
        m_text->setTabChangesFocus(true);
        m_text->setMinimumHeight(110);
        // Room for a paragraph; more scrolls, and the feedback stays in view.
        m_text->setMaximumHeight(180);
        m_wordCount = new QLabel(box);
        m_wordCount->setObjectName(QStringLiteral("wordCount"));
        connect(m_text, &QPlainTextEdit::textChanged, this, &QuestionCard::updateWordCount);
        column->addWidget(m_text);
        column->addWidget(m_wordCount);
        updateWordCount();
        return box;
    }
    }
    return new QWidget(this);
}

QWidget* QuestionCard::makeButtons(bool radio,
                                   const std::vector<std::pair<QString, QString>>& options)
{
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    m_buttons = new QButtonGroup(box);
    m_buttons->setExclusive(radio);
    for (const auto& [id, text] : options) {
        QAbstractButton* button = radio ? static_cast<QAbstractButton*>(new QRadioButton(box))
                                        : static_cast<QAbstractButton*>(new QCheckBox(box));
        button->setObjectName(QStringLiteral("option_") + id);
        button->setProperty("optionId", id);
        button->setAccessibleName(text);
        m_buttons->addButton(button);
        auto* row = new QHBoxLayout;
        row->addWidget(button, 0, Qt::AlignTop);
        row->addWidget(new OptionLabel(text, button, box), 1);
        column->addLayout(row);
    }
    return box;
}

void QuestionCard::updateWordCount()
{
    const int words = wordCount(m_text->toPlainText());
    QString text = tr("%n word(s)", nullptr, words);
    if (m_question.minimumWords > 0)
        text = tr("%1 (at least %2)").arg(text).arg(m_question.minimumWords);
    m_wordCount->setText(text);
}

std::optional<Answer> QuestionCard::currentAnswer(QString* why) const
{
    if (m_buttons) {
        QStringList ids;
        for (QAbstractButton* b : m_buttons->buttons())
            if (b->isChecked())
                ids << b->property("optionId").toString();
        if (ids.isEmpty()) {
            *why = m_buttons->exclusive() ? tr("Choose an answer first.")
                                          : tr("Tick the answers that apply first.");
            return std::nullopt;
        }
        if (m_question.kind == QuestionKind::Consideration)
            return Answer::consideration(ids.first());
        return Answer::choice(ids);
    }
    if (m_number) {
        QString text = m_number->text().trimmed();
        // The unit may be typed after the figure ("84.5 %", "12 INR").
        if (!m_question.unit.isEmpty() && text.endsWith(m_question.unit, Qt::CaseInsensitive))
            text = text.chopped(m_question.unit.size()).trimmed();
        if (text.endsWith(u'%'))
            text = text.chopped(1).trimmed();
        double value = 0;
        const QString error = parseAmount(text, &value);
        if (!error.isEmpty()) {
            *why = error;
            return std::nullopt;
        }
        return Answer::value(value);
    }
    if (m_text) {
        if (m_text->toPlainText().trimmed().isEmpty()) {
            *why = tr("Write your justification first.");
            return std::nullopt;
        }
        return Answer::written(m_text->toPlainText());
    }
    *why = tr("This question cannot be answered here.");
    return std::nullopt;
}

void QuestionCard::check()
{
    QString why;
    const std::optional<Answer> answer = currentAnswer(&why);
    if (!answer) {
        m_feedback->setText(QStringLiteral("<i>%1</i>").arg(esc(why)));
        m_feedback->show();
        return;
    }
    const Feedback feedback = m_session->answer(m_question.id, *answer);
    showFeedback(feedback);
    emit answered(m_question.id);
    // The feedback appears below the buttons: scroll the panel to its start
    // once it is laid out, so the verdict is read without looking for it.
    QTimer::singleShot(0, this, [this] {
        for (QWidget* p = parentWidget(); p; p = p->parentWidget()) {
            auto* scroll = qobject_cast<QScrollArea*>(p);
            if (!scroll || !scroll->widget())
                continue;
            const QPoint top = m_feedback->mapTo(scroll->widget(), QPoint(0, 0));
            const int below = std::min(m_feedback->height(), scroll->viewport()->height() / 2);
            scroll->ensureVisible(top.x(), top.y() + below, 0, below);
            break;
        }
    });
}

void QuestionCard::showHint()
{
    const QString hint = m_session->takeHint(m_question.id);
    const int used = m_session->hintsUsed(m_question.id);
    if (!hint.isEmpty()) {
        QString text = m_hints->text();
        if (!text.isEmpty())
            text += QStringLiteral("<br>");
        text += tr("<b>Hint %1:</b> %2").arg(used).arg(esc(hint));
        m_hints->setText(text);
        m_hints->show();
    }
    m_hint->setEnabled(used < int(m_question.hints.size()));
}

void QuestionCard::showFeedback(const Feedback& f)
{
    QStringList parts;
    const QString colour = f.correct ? QStringLiteral("#2b8a3e") : QStringLiteral("#c92a2a");
    const QString mark = f.correct ? tr("Right") : tr("Not right");
    parts << QStringLiteral("<b style=\"color:%1\">%2</b> — %3")
                 .arg(colour, esc(mark), esc(pointsText(f.points, f.maxPoints)));
    if (!f.verdict.isEmpty())
        parts << esc(f.verdict);
    // The verdict may already say what was expected; a justification's
    // model answer has a line of its own below.
    if (!f.correct && !f.expectedText.isEmpty() && !f.verdict.contains(f.expectedText) &&
        m_question.kind != QuestionKind::Justification)
        parts << tr("<b>The answer:</b> %1").arg(esc(f.expectedText));
    if (!f.found.isEmpty())
        parts << tr("<b>Concepts you covered:</b> %1").arg(esc(f.found.join(QStringLiteral(", "))));
    if (!f.missed.isEmpty())
        parts << tr("<b>Concepts missed:</b> %1").arg(esc(f.missed.join(QStringLiteral(", "))));
    if (!f.explanation.isEmpty())
        parts << tr("<b>Why:</b> %1").arg(esc(f.explanation));
    if (m_question.kind == QuestionKind::Justification && !m_question.modelAnswer.isEmpty())
        parts << tr("<b>A model answer:</b> %1").arg(esc(m_question.modelAnswer.text()));
    QStringList titles;
    for (const QString& key : f.sources) {
        const auto it = m_sources.find(key);
        titles << (it != m_sources.end() ? it->second.title.text() : key);
    }
    if (!titles.isEmpty())
        parts << tr("<b>Sources:</b> %1").arg(esc(titles.join(QStringLiteral("; "))));
    const AnswerRecord* record = m_session->record(m_question.id);
    if (record && record->attempts > 1)
        parts << QStringLiteral("<i>%1</i>")
                     .arg(esc(tr("Attempt %1: the first answer is the one scored.")
                                  .arg(record->attempts)));
    m_feedback->setText(parts.join(QStringLiteral("<br>")));
    m_feedback->show();
}

QString QuestionCard::feedbackText() const
{
    return m_feedback->isHidden() ? QString() : m_feedback->text();
}

void QuestionCard::restore()
{
    // Back at a step answered before: the inputs hold the latest attempt
    // and the feedback shows again.
    const AnswerRecord* record = m_session->record(m_question.id);
    if (!record)
        return;
    const Answer& a = record->lastAnswer;
    if (m_buttons)
        for (QAbstractButton* b : m_buttons->buttons())
            b->setChecked(a.choices.contains(b->property("optionId").toString()));
    if (m_number && a.number)
        m_number->setText(formatNumber(*a.number));
    if (m_text)
        m_text->setPlainText(a.text);
    showFeedback(record->lastFeedback);
}

} // namespace tulana::training
