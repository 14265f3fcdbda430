// Reading a case.json (docs/training.md, "The case file"): its shape only;
// CaseValidation.cpp checks what refers to what.
#include "training/TrainingJson.h"

#include "i18n/Translate.h"

namespace tulana::training::detail {
namespace {

template <typename Read>
void readList(JsonReader& r, const json& object, const char* key, const QString& path,
              bool required, Read read)
{
    const QString listPath = JsonReader::child(path, key);
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required)
            r.fail(listPath,
                   tulana::tr("the required field \"%1\" is missing").arg(QString::fromUtf8(key)));
        return;
    }
    if (!r.isArray(*it, listPath))
        return;
    for (std::size_t i = 0; i < it->size(); ++i)
        read((*it)[i], JsonReader::index(listPath, i));
}

Goal readGoal(JsonReader& r, const json& j, const QString& path)
{
    Goal g;
    if (!r.isObject(j, path))
        return g;
    r.rejectUnknownKeys(j, path, {"id", "text", "hi"});
    checkTranslationKeys(r, j, path, {"text"});
    g.id = r.string(j, "id", path, true);
    g.text = readTranslated(r, j, "text", path, true);
    return g;
}

Step readStep(JsonReader& r, const json& j, const QString& path)
{
    Step s;
    if (!r.isObject(j, path))
        return s;
    r.rejectUnknownKeys(j, path, {"id", "text", "anchor", "questions", "hi"});
    checkTranslationKeys(r, j, path, {"text"});
    s.id = r.string(j, "id", path, true);
    s.text = readTranslated(r, j, "text", path, true);
    s.anchor = r.string(j, "anchor", path, false);
    s.questions = readStrings(r, j, "questions", path, false);
    return s;
}

Option readOption(JsonReader& r, const json& j, const QString& path)
{
    Option o;
    if (!r.isObject(j, path))
        return o;
    r.rejectUnknownKeys(j, path, {"id", "text", "hi"});
    checkTranslationKeys(r, j, path, {"text"});
    o.id = r.string(j, "id", path, true);
    o.text = readTranslated(r, j, "text", path, true);
    return o;
}

Concept readConcept(JsonReader& r, const json& j, const QString& path)
{
    Concept c;
    if (!r.isObject(j, path))
        return c;
    r.rejectUnknownKeys(j, path, {"concept", "anyOf", "hi"});
    checkTranslationKeys(r, j, path, {"concept"});
    c.name = readTranslated(r, j, "concept", path, true);
    c.anyOf = readStrings(r, j, "anyOf", path, true);
    if (j.contains("anyOf") && j["anyOf"].is_array() && c.anyOf.isEmpty())
        r.fail(JsonReader::child(path, "anyOf"), tulana::tr("list at least one term"));
    for (qsizetype i = 0; i < c.anyOf.size(); ++i)
        if (c.anyOf.at(i).trimmed().isEmpty())
            r.fail(JsonReader::index(JsonReader::child(path, "anyOf"), std::size_t(i)),
                   tulana::tr("an empty term would match any text"));
    return c;
}

AnswerFrom readAnswerFrom(JsonReader& r, const json& j, const QString& path)
{
    AnswerFrom a;
    if (!r.isObject(j, path))
        return a;
    r.rejectUnknownKeys(j, path, {"bid", "value", "basis", "exclude"});
    a.bid = r.string(j, "bid", path, true);
    const QString value = r.string(j, "value", path, true);
    if (const auto v = engineValueFromKey(value))
        a.value = *v;
    else if (!value.isEmpty())
        r.fail(JsonReader::child(path, "value"),
               tulana::tr("\"%1\" is not one of combined, technical, financial, evaluatedPrice, "
                          "lifecycleCost, rank, priceToWin, priceCutToWin, technicalWeightToWin")
                   .arg(value));
    const QString basis = r.string(j, "basis", path, false);
    if (!basis.isEmpty()) {
        a.basis = cost::financialBasisFromKey(basis);
        if (!a.basis)
            r.fail(JsonReader::child(path, "basis"),
                   tulana::tr("\"%1\" is not one of quoted-price, lifecycle-cost").arg(basis));
    }
    a.exclude = readStrings(r, j, "exclude", path, false);
    return a;
}

// "answer" is an option id or Table 3 id (text) or a number, by kind.
void readAnswer(JsonReader& r, const json& j, const QString& path, Question& q)
{
    const QString answerPath = JsonReader::child(path, "answer");
    switch (q.kind) {
    case QuestionKind::Choice:
        if (j.contains("answers")) {
            q.multiple = true;
            q.answers = readStrings(r, j, "answers", path, true);
            if (j.contains("answer"))
                r.fail(answerPath, tulana::tr("give either \"answer\" or \"answers\", not both"));
        } else {
            const QString a = r.string(j, "answer", path, true);
            if (!a.isEmpty())
                q.answers << a;
        }
        break;
    case QuestionKind::Consideration: {
        const QString a = r.string(j, "answer", path, true);
        if (!a.isEmpty())
            q.answers << a;
        break;
    }
    case QuestionKind::Number:
        if (j.contains("answerFrom")) {
            q.answerFrom =
                readAnswerFrom(r, j["answerFrom"], JsonReader::child(path, "answerFrom"));
            if (j.contains("answer"))
                r.fail(answerPath,
                       tulana::tr("give either \"answer\" or \"answerFrom\", not both"));
        } else if (const auto n = r.number(j, "answer", path, false)) {
            q.number = *n;
        } else if (!j.contains("answer")) {
            r.fail(answerPath, tulana::tr("a number question needs \"answer\" or \"answerFrom\""));
        }
        if (const auto t = r.number(j, "tolerance", path, false))
            q.tolerance = *t;
        q.unit = r.string(j, "unit", path, false);
        break;
    case QuestionKind::Justification:
        if (const auto w = r.integer(j, "minimumWords", path, false))
            q.minimumWords = *w;
        readList(r, j, "mustMention", path, false, [&](const json& e, const QString& p) {
            q.mustMention.push_back(readConcept(r, e, p));
        });
        q.modelAnswer = readTranslated(r, j, "modelAnswer", path, true);
        break;
    }
}

// The fields each kind may have beside the common ones.
void rejectKeysOfOtherKinds(JsonReader& r, const json& j, const QString& path, QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::Choice:
        r.rejectUnknownKeys(j, path,
                            {"id", "goal", "kind", "prompt", "options", "answer", "answers",
                             "explanation", "sources", "hints", "points", "hi"});
        break;
    case QuestionKind::Consideration:
        r.rejectUnknownKeys(j, path,
                            {"id", "goal", "kind", "prompt", "answer", "explanation", "sources",
                             "hints", "points", "hi"});
        break;
    case QuestionKind::Number:
        r.rejectUnknownKeys(j, path,
                            {"id", "goal", "kind", "prompt", "answer", "answerFrom", "tolerance",
                             "unit", "explanation", "sources", "hints", "points", "hi"});
        break;
    case QuestionKind::Justification:
        r.rejectUnknownKeys(j, path,
                            {"id", "goal", "kind", "prompt", "minimumWords", "mustMention",
                             "modelAnswer", "explanation", "sources", "hints", "points", "hi"});
        break;
    }
}

Question readQuestion(JsonReader& r, const json& j, const QString& path)
{
    Question q;
    if (!r.isObject(j, path))
        return q;
    q.id = r.string(j, "id", path, true);
    q.goal = r.string(j, "goal", path, true);
    const QString kind = r.string(j, "kind", path, true);
    if (const auto k = questionKindFromKey(kind)) {
        q.kind = *k;
    } else {
        if (!kind.isEmpty())
            r.fail(JsonReader::child(path, "kind"),
                   tulana::tr("\"%1\" is not one of choice, consideration, number, justification")
                       .arg(kind));
        return q; // the other fields depend on the kind
    }
    rejectKeysOfOtherKinds(r, j, path, q.kind);
    checkTranslationKeys(r, j, path, {"prompt", "explanation", "modelAnswer"}, {"hints"});
    q.prompt = readTranslated(r, j, "prompt", path, true);
    q.explanation = readTranslated(r, j, "explanation", path, true);
    if (q.kind == QuestionKind::Choice)
        readList(r, j, "options", path, true, [&](const json& e, const QString& p) {
            q.options.push_back(readOption(r, e, p));
        });
    readAnswer(r, j, path, q);
    q.sources = readStrings(r, j, "sources", path, true);
    const QStringList hints = readStrings(r, j, "hints", path, false);
    QStringList hintsHi;
    if (j.contains("hi") && j["hi"].is_object() && j["hi"].contains("hints") &&
        j["hi"]["hints"].is_array()) {
        for (const json& h : j["hi"]["hints"])
            if (h.is_string())
                hintsHi << QString::fromStdString(h.get<std::string>());
        if (hintsHi.size() != hints.size())
            r.fail(JsonReader::child(JsonReader::child(path, "hi"), "hints"),
                   tulana::tr("%1 translated hints for %2 hints")
                       .arg(hintsHi.size())
                       .arg(hints.size()));
    }
    for (qsizetype i = 0; i < hints.size(); ++i)
        q.hints.push_back({hints.at(i), i < hintsHi.size() ? hintsHi.at(i) : QString()});
    if (const auto p = r.number(j, "points", path, false))
        q.points = *p;
    return q;
}

} // namespace

TrainingCase parseCase(JsonReader& r, const json& root)
{
    TrainingCase c;
    if (!r.isObject(root, {}))
        return c;
    r.rejectUnknownKeys(root, {},
                        {"format", "version", "id", "title", "summary", "minutes", "tender",
                         "goals", "steps", "questions", "hi"});
    checkTranslationKeys(r, root, {}, {"title", "summary"});
    checkFormat(r, root, kCaseFormat);
    c.id = r.string(root, "id", {}, true);
    c.title = readTranslated(r, root, "title", {}, true);
    c.summary = readTranslated(r, root, "summary", {}, true);
    if (const auto m = r.integer(root, "minutes", {}, true))
        c.minutes = *m;
    c.tenderFile = r.string(root, "tender", {}, true);
    readList(r, root, "goals", {}, true,
             [&](const json& e, const QString& p) { c.goals.push_back(readGoal(r, e, p)); });
    readList(r, root, "steps", {}, true,
             [&](const json& e, const QString& p) { c.steps.push_back(readStep(r, e, p)); });
    readList(r, root, "questions", {}, true, [&](const json& e, const QString& p) {
        c.questions.push_back(readQuestion(r, e, p));
    });
    return c;
}

} // namespace tulana::training::detail
