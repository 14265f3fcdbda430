#!/usr/bin/env python3
"""Validate .tulana project files against the Tulana JSON Schema.

Usage: validate_samples.py SCHEMA FILE...

Checks the schema itself (Draft 2020-12), then validates each file and prints
one line per error, prefixed with the file name and the error's JSON path.
Exits 0 only if the schema is valid and every file validates.
Needs only python3-jsonschema (Debian package).
"""

import json
import sys

import jsonschema
from jsonschema import Draft202012Validator


def json_path(error):
    """JSON path of an error's instance in the style of docs/file-format.md,
    e.g. bids[2].marks.T1.1[0]."""
    path = ""
    for part in error.absolute_path:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path or "(top level)"


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2

    schema_path, files = argv[1], argv[2:]
    try:
        schema = load_json(schema_path)
        Draft202012Validator.check_schema(schema)
    except (OSError, ValueError) as e:
        print(f"{schema_path}: cannot read the schema: {e}")
        return 1
    except jsonschema.exceptions.SchemaError as e:
        print(f"{schema_path}: invalid schema at {'/'.join(map(str, e.absolute_path))}: {e.message}")
        return 1

    validator = Draft202012Validator(schema)
    failed = 0
    for path in files:
        try:
            instance = load_json(path)
        except (OSError, ValueError) as e:
            print(f"{path}: cannot read: {e}")
            failed += 1
            continue
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))
        for error in errors:
            print(f"{path}: {json_path(error)}: {error.message}")
        if errors:
            failed += 1
        else:
            print(f"{path}: valid")

    print(f"{len(files) - failed} of {len(files)} file(s) valid")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
