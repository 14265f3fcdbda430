#pragma once

#include "tender/CostLine.h"
#include "tender/Tender.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

// Training mode (docs/training.md): a pack of guided cases, each a realistic
// tender with learning goals, steps that say where to look, and questions
// with the expected answer, an explanation that cites its sources, and hints.
namespace tulana::training {

inline constexpr const char* kCaseFormat = "tulana-training-case";
inline constexpr const char* kPackFormat = "tulana-training-pack";
inline constexpr const char* kSourcesFormat = "tulana-training-sources";
inline constexpr const char* kAnchorsFormat = "tulana-training-anchors";
inline constexpr int kTrainingFormatVersion = 1;

// A text written in English with an optional Hindi translation, as the other
// data files keep them ({"text": "...", "hi": {"text": "..."}}). Both are
// kept so a running case follows a change of language.
struct Translated
{
    QString en;
    QString hi;
    // The text in the current language (i18n::currentLanguage()), English
    // where there is no translation.
    QString text() const;
    QString in(const QString& language) const;
    bool isEmpty() const { return en.isEmpty(); }
    friend bool operator==(const Translated&, const Translated&) = default;
};

struct Goal
{
    QString id;
    Translated text;
};

// One thing to do in the case: where to look (an anchor of anchors.json, the
// GUI shows the place) and the questions asked there.
struct Step
{
    QString id;
    Translated text;
    QString anchor;        // empty: no particular place
    QStringList questions; // question ids, in the order asked
};

struct Option
{
    QString id;
    Translated text;
};

enum class QuestionKind
{
    Choice,        // pick one option, or all that apply ("answers")
    Consideration, // pick the Table 3 consideration (resources/table3)
    Number,        // enter a figure; right within a tolerance
    Justification  // write a text; graded on a checklist of concepts
};
QString toKey(QuestionKind kind); // "choice", "consideration", "number", "justification"
std::optional<QuestionKind> questionKindFromKey(const QString& key);

// The figures the engine can compute for a bid of the case's tender.
enum class EngineValue
{
    Combined,
    Technical,
    Financial,
    EvaluatedPrice,
    LifecycleCost, // NPV of the bid's cost lines over the tender's horizon
    Rank,
    // From the exact robustness analyses (core/sensitivity), on the
    // unrounded scores:
    PriceToWin,          // the evaluated price below which the bid would win;
                         // for the winner, the price up to which it still wins
    PriceCutToWin,       // that price as a cut from the bid's own, in percent
    TechnicalWeightToWin // the technical weight (percent) nearest the announced
                         // one at which the bid would start to win
};
// "combined", "technical", ..., "evaluatedPrice", "lifecycleCost", "rank",
// "priceToWin", "priceCutToWin", "technicalWeightToWin"
QString toKey(EngineValue value);
std::optional<EngineValue> engineValueFromKey(const QString& key);

// A number question's answer computed from the case's tender, so a figure
// is traceable and never typed twice.
struct AnswerFrom
{
    QString bid; // a bid id of the case's tender
    EngineValue value = EngineValue::Combined;
    std::optional<cost::FinancialBasis> basis; // evaluate on this financial basis
    QStringList exclude;                       // evaluate with these bids disqualified
};

// A justification must mention each concept: any one of its terms, as a
// case-insensitive substring.
struct Concept
{
    Translated name;
    QStringList anyOf; // in any language; one is enough
};

struct Question
{
    QString id;
    QString goal; // a goal id
    QuestionKind kind = QuestionKind::Choice;
    Translated prompt;

    // Choice: the options, and the right option ids (one; several when
    // `multiple`: all and only those must be picked).
    // Consideration: `answers` holds the one right Table 3 id.
    std::vector<Option> options;
    QStringList answers;
    bool multiple = false;

    // Number: the answer typed in the case, or computed (answerFrom).
    std::optional<double> number;
    std::optional<AnswerFrom> answerFrom;
    double tolerance = 0; // absolute: |given - expected| <= tolerance is right
    QString unit;

    // Justification.
    int minimumWords = 0;
    std::vector<Concept> mustMention;
    Translated modelAnswer;

    Translated explanation;
    QStringList sources; // keys of sources.json
    std::vector<Translated> hints;
    double points = 1;

    const Option* option(const QString& optionId) const;
};

struct TrainingCase
{
    QString file;       // the case.json it was read from
    QString tenderFile; // the tender's path, resolved against the case file
    QString id;
    Translated title;
    Translated summary;
    int minutes = 0;
    std::vector<Goal> goals;
    std::vector<Step> steps;
    std::vector<Question> questions;
    // The case's tender as loaded: a copy, never saved back to tenderFile.
    std::optional<Tender> tender;

    const Goal* goal(const QString& goalId) const;
    const Question* question(const QString& questionId) const;
    int stepOf(const QString& questionId) const; // -1 when no step asks it
    double maxPoints() const;
};

// A citable source (sources.json): the brief and its Table 3, the OSI
// definition, the MOF, the GFR...
struct Source
{
    QString key;
    Translated title;
    QString where; // seed / section / URL
    Translated note;
};

// A place in the app a step can point at (anchors.json).
struct Anchor
{
    QString name; // "page.evaluation"
    Translated meaning;
};

struct TrainingPack
{
    QString dir; // the directory holding pack.json
    QString id;
    Translated title;
    Translated about;
    QString licence;
    QString authors;
    // The pack's own version ("2026.1"), changed when its cases or points
    // change, so a certificate names what was taken; may be empty.
    QString packVersion;
    // Who issues the certificate ("Training Division, ..."); may be empty.
    Translated issuer;
    // The percentage of the pack's points (every case, taken or not) a
    // trainee needs to pass, announced before a case starts. An old pack
    // without one still loads: its certificate then says none was announced.
    std::optional<double> passMark;
    std::vector<TrainingCase> cases; // in the pack's order
    std::map<QString, Source> sources;

    const TrainingCase* trainingCase(const QString& caseId) const;
    double maxPoints() const; // of every case of the pack
};

} // namespace tulana::training
