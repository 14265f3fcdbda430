#!/usr/bin/env python3
"""Validate OCDS release packages written by tulana-cli export-ocds.

Usage: validate_ocds.py OCDS_DIR TULANA_EXTENSION_DIR PACKAGE.json...

OCDS_DIR holds the vendored OCDS 1.1 schema (standard/schema) and the bids,
lots and award criteria breakdown extensions (tests/data/ocds, Apache-2.0).
Each extension's release-schema.json is applied to the release schema as a
JSON Merge Patch (RFC 7386), as OCDS extensions are; Tulana's own extension
(TULANA_EXTENSION_DIR) last. Each package is then checked against the
package schema, each release against the patched release schema (draft 4),
and with the checks the OCDS review tool adds: no empty strings, objects or
arrays; every codelist field's value in its codelist; unique ids in arrays.
Prints one line per problem with its JSON path; exits 0 only if there is
none. Needs only python3-jsonschema (Debian package).
"""

import csv
import json
import os
import sys

from jsonschema import Draft4Validator, FormatChecker


def merge_patch(target, patch):
    if not isinstance(patch, dict):
        return patch
    if not isinstance(target, dict):
        target = {}
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        else:
            target[key] = merge_patch(target.get(key), value)
    return target


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def codelists(dirs):
    codes = {}
    for d in dirs:
        if not os.path.isdir(d):
            continue
        for name in os.listdir(d):
            if name.endswith(".csv"):
                with open(os.path.join(d, name), encoding="utf-8") as f:
                    codes[name] = {row["Code"] for row in csv.DictReader(f)}
    return codes


def path_of(parts):
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


class Review:
    def __init__(self, schema, codes):
        self.schema = schema
        self.codes = codes
        self.problems = []

    def resolve(self, node):
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/definitions/"):
                return {}
            node = self.schema["definitions"][ref.split("/")[-1]]
        return node

    def walk(self, value, node, where):
        node = self.resolve(node) or {}
        if value in ("", {}, []):
            self.problems.append(f"{path_of(where)}: empty")
        name = node.get("codelist")
        if name and value is not None:
            allowed = self.codes.get(name)
            values = value if isinstance(value, list) else [value]
            for v in values:
                if allowed is not None and v not in allowed:
                    self.problems.append(f"{path_of(where)}: '{v}' is not in {name}")
        if isinstance(value, dict):
            props = node.get("properties", {})
            for key, item in value.items():
                self.walk(item, props.get(key, {}), where + [key])
        elif isinstance(value, list):
            ids = [item.get("id") for item in value if isinstance(item, dict) and "id" in item]
            if len(ids) != len(set(ids)):
                self.problems.append(f"{path_of(where)}: ids are not unique")
            items = node.get("items", {})
            for i, item in enumerate(value):
                self.walk(item, items, where + [i])


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    ocds, tulana, packages = argv[1], argv[2], argv[3:]
    release = load(os.path.join(ocds, "standard/schema/release-schema.json"))
    package = load(os.path.join(ocds, "standard/schema/release-package-schema.json"))
    extensions = [
        os.path.join(ocds, "ocds_bid_extension"),
        os.path.join(ocds, "ocds_lots_extension"),
        os.path.join(ocds, "ocds_awardCriteriaBreakdown_extension"),
        tulana,
    ]
    for ext in extensions:
        release = merge_patch(release, load(os.path.join(ext, "release-schema.json")))
    Draft4Validator.check_schema(release)
    package["properties"]["releases"]["items"] = {"type": "object"}
    codes = codelists([os.path.join(ocds, "standard/schema/codelists")] +
                      [os.path.join(ext, "codelists") for ext in extensions])
    checker = FormatChecker()
    ok = True
    for path in packages:
        doc = load(path)
        errors = [f"{path_of(e.absolute_path)}: {e.message}"
                  for e in Draft4Validator(package, format_checker=checker).iter_errors(doc)]
        for i, rel in enumerate(doc.get("releases", [])):
            for e in Draft4Validator(release, format_checker=checker).iter_errors(rel):
                errors.append(f"{path_of(['releases', i] + list(e.absolute_path))}: {e.message}")
        review = Review(release, codes)
        review.walk(doc.get("releases"), {"items": release}, ["releases"])
        errors += review.problems
        for line in errors:
            print(f"{path}: {line}")
        ok = ok and not errors
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
