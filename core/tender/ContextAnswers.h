#pragma once

#include <QString>

#include <map>

namespace tulana {

// The officer's answer to one context question (docs/considerations.md).
struct ContextAnswer
{
    QString option; // id of one of the question's options; empty while not answered
    QString note;   // free text: the facts behind the answer

    friend bool operator==(const ContextAnswer&, const ContextAnswer&) = default;
};

// The tender's context, asked once per consideration of Table 3. A plain
// value stored in the tender file ("context"); what the answers mean is
// worked out by assessContext() against the shipped questions.
struct ContextAnswers
{
    QString purpose; // the defined purpose of the system, in the officer's words
    std::map<QString, ContextAnswer> answers; // consideration id → answer

    const ContextAnswer* find(const QString& consideration) const
    {
        const auto it = answers.find(consideration);
        return it == answers.end() ? nullptr : &it->second;
    }
    bool isEmpty() const { return purpose.isEmpty() && answers.empty(); }

    friend bool operator==(const ContextAnswers&, const ContextAnswers&) = default;
};

} // namespace tulana
