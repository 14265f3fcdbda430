#pragma once

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace tulana {

// Keeps the parts of a JSON document that a shape names, and drops the rest.
// A shape is itself JSON:
//   true            keep the value whole;
//   {"key": shape}  keep only these keys of an object (of each element, for
//                   an array of objects), each by its own shape;
//   "@name"         the shape given under "name" at the top of the shape
//                   (for trees: criteria whose children are criteria).
// Keys a shape names but the document lacks are skipped, so a section that
// a file leaves out while it is empty is absent from the projection too.
// Used to declare, as data, which fields of a tender file a digest covers.
nlohmann::json project(const nlohmann::json& document, const nlohmann::json& shape);

// One canonical byte form of a JSON value: keys sorted, no spaces, numbers
// in their shortest exact form, UTF-8 as is. Equal values give equal bytes.
QByteArray canonicalJson(const nlohmann::json& value);

} // namespace tulana
