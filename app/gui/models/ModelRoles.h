#pragma once

#include <Qt>

namespace tulana {

// Roles shared by Tulana's item models and the delegates that edit them.
enum ModelRole
{
    // The number behind a displayed figure, for sorting and charts.
    NumberRole = Qt::UserRole + 1,
    // Editor limits for a numeric cell.
    MinimumRole,
    MaximumRole,
    // For a cell edited by choosing from a list: a QVariantList whose items
    // are QVariantList{display text, value}.
    ChoicesRole,
    // tulana::Derivation of the number in a cell (RankingModel, MarksModel).
    DerivationRole,
    // The currency of an amount cell, for the editor's label.
    CurrencyRole,
    // A second, quieter figure shown beside the value (the committee
    // average beside one evaluator's mark).
    SecondaryTextRole,
    // The cell's text as simple HTML, where part of it is emphasised (the
    // Table 3 passage that supports a leaning); DisplayRole stays plain.
    RichTextRole,
};

} // namespace tulana
