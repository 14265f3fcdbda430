#pragma once

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace tulana {

// Keeps the parts of a JSON text that a shape names, and drops the rest.
// A shape is itself JSON:
//   true            keep the value whole;
//   {"key": shape}  keep only these keys of an object (of each element, for
//                   an array of objects), each by its own shape;
//   "@name"         the shape given under "name" at the top of the shape
//                   (for trees: criteria whose children are criteria).
// Keys a shape names but the text lacks are skipped, so a section that a
// file leaves out while it is empty is absent from the projection too.
// Used to declare, as data, which fields of a tender file a digest covers.
//
// The result is compact JSON in the text's own order of keys, with numbers
// as the text writes them: the same text gives the same bytes. It is read
// as a stream (nlohmann's SAX interface), never built as a tree, because
// the app recomputes it on every edit of a finalised tender. `prefix`
// (members, e.g. "\"format\":\"x\"", without a trailing comma) is written
// first inside the outer object. Empty when the text is not a JSON object.
QByteArray projectJson(const QByteArray& text, const nlohmann::json& shape,
                       const QByteArray& prefix = {});

} // namespace tulana
