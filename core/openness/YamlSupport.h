#pragma once

// Shared by the YAML importers; not part of the public API (yaml-cpp stays
// private to tulana_core).

#include "diagnostics/Problem.h"

#include <QByteArray>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace tulana::openness::yaml {

// "file.yml:12:5" (1-based), or the file alone when the place is unknown.
QString place(const QString& file, const YAML::Mark& mark);
QString place(const QString& file, const YAML::Node& node);

// The text of a scalar; empty for null or a missing node.
QString text(const YAML::Node& node);
bool isPresent(const YAML::Node& node); // defined and not null
// yaml-cpp throws when a missing node's type is asked; these do not.
bool isMap(const YAML::Node& node);
bool isSequence(const YAML::Node& node);
bool isScalar(const YAML::Node& node);

// The deepest nesting of mappings and sequences read in a YAML record
// (docs/reliability.md, "Limits on input"). A Model Openness Tool record
// nests five levels; yaml-cpp itself stops at 2,000, which every walk over
// the tree would still have to pay for.
inline constexpr int kMaxYamlNesting = 32;

// Parses YAML; a syntax error is recorded with its line and column. Nesting
// deeper than kMaxYamlNesting, and aliases (*name) that repeat more of the
// tree than the file holds, are refused with their place.
std::optional<YAML::Node> parse(const QByteArray& bytes, const QString& file, Problems* problems);

} // namespace tulana::openness::yaml
