#!/usr/bin/env python3
"""Writes the generated part of Tulana's bad-input corpus (issue 20).

Each case is one small valid input with one thing wrong, and the place and
words the refusal must give. The files go to tender/, csv/ and yaml/ beside
this script, and every case (these and the hand-made files at the top of the
folder) is listed in corpus.tsv, which tests/cli/tst_badcorpus.cpp runs:

    kind  file  place  path  message

kind is the command that reads the file (tender: `validate`; csv:
`import-bids` into the chatbot sample; yaml: `openness --into`); place is
how the message's line on screen must begin, after "error: " and the
tender file's name (words, never a JSON path; %s stands for the file as the
command names it: the CSV file's name, the record's path; empty when the
message stands alone), and it must be followed by ":" or ","; path is the JSON path --format json
must give (tender files only; "-" when there is none); message is a part of
the message. Run it again after changing it: the output is deterministic.
Standard library only.
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
rows = []  # (kind, file, place, path, message)


def tender_base():
    return {
        "format": "tulana-tender",
        "version": 1,
        "tender": {"reference": "BAD/2026/002", "title": "Bad input", "method": "QCBS",
                   "technicalWeight": 70, "financialWeight": 30},
        "criteria": [
            {"id": "T1", "name": "Approach", "weight": 60, "maxMarks": 10},
            {"id": "T2", "name": "Experience", "weight": 40, "maxMarks": 10},
        ],
        "evaluators": [{"id": "E1", "name": "Anjali Deshpande"},
                       {"id": "E2", "name": "Rakesh Verma"}],
        "bids": [
            {"id": "B1", "bidder": "Sahyadri Language Technologies", "nature": "open-source",
             "price": 11850000, "tax": 2133000, "marks": {"T1": [8, 7], "T2": [7, 8]}},
            {"id": "B2", "bidder": "Vistaar AI", "nature": "proprietary",
             "price": 12000000, "marks": {"T1": [9, 9], "T2": [9, 8]}},
        ],
    }


def dump(document):
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write(folder, name, data):
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(HERE, folder, name), mode) as f:
        f.write(data)
    return folder + "/" + name


def tender_case(name, data, place, path, message):
    rows.append(("tender", write("tender", name + ".tulana", data), place, path, message))


def at(document, path):
    """The container and key of a path like ["bids", 0, "price"]."""
    cur = document
    for step in path[:-1]:
        cur = cur[step]
    return cur, path[-1]


def json_path(path):
    out = ""
    for step in path:
        out += "[%d]" % step if isinstance(step, int) else ("." if out else "") + step
    return out


def words(path):
    """The place in words, as tulana-cli prints it for a file that did not load."""
    parts = []
    number = ""
    i = 0
    while i < len(path):
        step = path[i]
        prev = path[i - 1] if i else None
        if isinstance(step, int):
            n = str(step + 1)
            if prev == "bids":
                parts.append("bid no. " + n)
            elif prev in ("criteria", "children"):
                number = n if prev == "criteria" else number + "." + n
                if prev == "children":
                    parts.pop()
                parts.append("criterion no. " + number)
            elif prev == "evaluators":
                parts.append("member no. " + n)
            elif i >= 2 and path[i - 2] == "marks":
                parts[-1] += ", member no. " + n
            else:
                parts[-1] += ", item " + n
        elif prev == "marks":
            parts[-1] = "marks for " + step
        elif not (i + 1 < len(path) and isinstance(path[i + 1], int)
                  and step in ("bids", "criteria", "children", "evaluators")):
            parts.append(step)
        i += 1
    return " › ".join(parts)


# --- tender files: a field of the wrong kind ---------------------------------

EXPECTED = {"text": "expected text", "number": "expected a number",
            "whole": "expected a whole number", "object": "expected an object",
            "list": "expected a list", "mark": "a mark must be a number or null"}
WRONG = {  # the value put instead, and how the message names it
    "a-text": ("TEXT", 'found the text "TEXT"'),
    "a-number": (1.5, "found the number 1.5"),
    "an-object": ({}, "found an object"),
    "a-list": ([], "found a list"),
    "null": (None, "found null"),
    "true": (True, "found true/false"),
}
FIELDS = [  # path, kind of value expected, which wrong values to try
    (["format"], "text", ["a-number", "an-object", "a-list", "null", "true"]),
    (["version"], "whole", ["a-text", "a-number", "an-object", "a-list", "null", "true"]),
    (["tender"], "object", ["a-text", "a-number", "a-list", "null", "true"]),
    (["tender", "reference"], "text", ["a-number", "an-object", "a-list", "null", "true"]),
    (["tender", "title"], "text", ["a-number", "an-object", "a-list", "true"]),
    (["tender", "method"], "text", ["a-number", "an-object", "a-list", "null", "true"]),
    (["tender", "technicalWeight"], "number", ["a-text", "an-object", "a-list", "true"]),
    (["tender", "financialWeight"], "number", ["a-text", "an-object", "a-list", "true"]),
    (["criteria"], "list", ["a-text", "a-number", "an-object", "null", "true"]),
    (["criteria", 0], "object", ["a-text", "a-number", "a-list", "null", "true"]),
    (["criteria", 1, "id"], "text", ["a-number", "an-object", "a-list", "null", "true"]),
    (["criteria", 0, "name"], "text", ["a-number", "an-object", "a-list", "true"]),
    (["criteria", 0, "weight"], "number", ["a-text", "an-object", "a-list", "true"]),
    (["criteria", 1, "maxMarks"], "number", ["a-text", "an-object", "a-list", "true"]),
    (["evaluators"], "list", ["a-text", "a-number", "an-object", "null", "true"]),
    (["evaluators", 1], "object", ["a-text", "a-number", "a-list", "null", "true"]),
    (["evaluators", 0, "id"], "text", ["a-number", "an-object", "a-list", "null", "true"]),
    (["evaluators", 1, "name"], "text", ["a-number", "an-object", "a-list", "null", "true"]),
    (["bids"], "list", ["a-text", "a-number", "an-object", "null", "true"]),
    (["bids", 1], "object", ["a-text", "a-number", "a-list", "null", "true"]),
    (["bids", 0, "id"], "text", ["a-number", "an-object", "a-list", "true"]),
    (["bids", 1, "bidder"], "text", ["a-number", "an-object", "a-list", "true"]),
    (["bids", 0, "nature"], "text", ["a-number", "an-object", "a-list", "null", "true"]),
    (["bids", 1, "price"], "number", ["a-text", "an-object", "a-list", "true"]),
    (["bids", 0, "tax"], "number", ["a-text", "an-object", "a-list", "true"]),
    (["bids", 0, "marks"], "object", ["a-text", "a-number", "a-list", "null", "true"]),
    (["bids", 1, "marks", "T2"], "list", ["a-text", "a-number", "an-object", "null", "true"]),
    (["bids", 0, "marks", "T1", 1], "mark", ["a-text", "an-object", "a-list", "true"]),
]
for path, kind, wrongs in FIELDS:
    for wrong in wrongs:
        value, found = WRONG[wrong]
        doc = tender_base()
        container, key = at(doc, path)
        container[key] = copy.deepcopy(value)
        name = "type-" + json_path(path).replace("[", "-").replace("]", "").replace(".", "-")
        tender_case(name + "-" + wrong, dump(doc), words(path), json_path(path),
                    EXPECTED[kind] + ", " + found)

# --- tender files: a required field missing ----------------------------------

for path in (["tender", "reference"], ["tender", "title"], ["criteria", 0, "id"],
             ["criteria", 1, "name"], ["evaluators", 0, "id"], ["bids", 1, "id"],
             ["bids", 0, "bidder"], ["bids", 0, "nature"], ["format"], ["version"]):
    doc = tender_base()
    container, key = at(doc, path)
    del container[key]
    name = "missing-" + json_path(path).replace("[", "-").replace("]", "").replace(".", "-")
    tender_case(name, dump(doc), words(path), json_path(path),
                'the required field "%s" is missing' % key)

# --- tender files: a key given twice (JSON keeps the last, silently) ---------

base_text = dump(tender_base())
TWICE = [  # the text to find, what to put after it, the path of the key
    ('"title": "Bad input",', ' "title": "Other",', ["tender", "title"]),
    ('"technicalWeight": 70,', ' "technicalWeight": 20,', ["tender", "technicalWeight"]),
    ('"weight": 60,', ' "weight": 100,', ["criteria", 0, "weight"]),
    ('"maxMarks": 10\n    },\n    {\n      "id": "T2"', None, None),
    ('"name": "Rakesh Verma"', ', "name": "Other"', ["evaluators", 1, "name"]),
    ('"nature": "proprietary",', ' "nature": "open-source",', ["bids", 1, "nature"]),
    ('"tax": 2133000,', ' "tax": 0,', ["bids", 0, "tax"]),
    ('"id": "B2",', ' "id": "B3",', ["bids", 1, "id"]),
    ('"bidder": "Vistaar AI",', ' "bidder": "X",', ["bids", 1, "bidder"]),
    ('"format": "tulana-tender",', ' "format": "tulana-tender",', ["format"]),
    ('"version": 1,', ' "version": 1,', ["version"]),
]
for needle, extra, path in TWICE:
    if extra is None:
        continue
    assert base_text.count(needle) == 1, needle
    text = base_text.replace(needle, needle + extra)
    key = path[-1]
    tender_case("twice-" + json_path(path).replace("[", "-").replace("]", "").replace(".", "-"),
                text, words(path), json_path(path),
                '"%s" is given twice here; Tulana will not guess which one is meant' % key)
for section in ("tender", "criteria", "evaluators", "bids"):
    doc = json.loads(base_text)
    text = base_text.rstrip().rstrip("}") + ',\n  "%s": %s\n}\n' % (
        section, json.dumps(doc[section]))
    tender_case("twice-section-" + section, text, section, section,
                '"%s" is given twice here' % section)

# --- tender files: ids used twice ---------------------------------------------

for what, path, list_path, same in (
        ("bid", ["bids", 1, "id"], "bids", "B1"),
        ("criterion", ["criteria", 1, "id"], "criteria", "T1"),
        ("evaluator", ["evaluators", 1, "id"], "evaluators", "E1")):
    doc = tender_base()
    container, key = at(doc, path)
    container[key] = same
    if what == "criterion":  # the marks rows name criteria by id
        for bid in doc["bids"]:
            bid["marks"] = {"T1": [5, 5]}
    tender_case("same-id-" + what, dump(doc), words(path), json_path(path),
                'the id "%s" is used by another %s' % (same, what))

# --- tender files: ids holding a control character -----------------------------

for what, path, control, shown in (
        ("bid-escape", ["bids", 0, "id"], "\u001b", "\u241b"),
        ("criterion-nul", ["criteria", 0, "id"], "\u0000", "\u2400"),
        ("evaluator-line-feed", ["evaluators", 1, "id"], "\n", "\u240a"),
        ("bid-c1", ["bids", 1, "id"], "\u009b", "\ufffd")):
    doc = tender_base()
    container, key = at(doc, path)
    old = container[key]
    container[key] = old[0] + control + old[1:]
    if path[0] == "criteria":  # the marks rows name criteria by id
        for bid in doc["bids"]:
            bid["marks"][container[key]] = bid["marks"].pop(old)
    tender_case("control-in-id-" + what, dump(doc), words(path), json_path(path),
                'the id "%s" holds a control character (U+%04X) at character 2, '
                'which no screen or memo shows as typed: retype the id'
                % (old[0] + shown + old[1:], ord(control)))

# --- tender files: numbers out of range ----------------------------------------

AMOUNTS = [("1e16", "1e+16"), ("1e300", "1e+300"),
           ("1.7976931348623157e308", "1.79769313486e+308"),
           ("-1e16", "-1e+16")]
for field in (["bids", 0, "price"], ["bids", 1, "price"], ["bids", 0, "tax"]):
    for literal, shown in AMOUNTS:
        doc = tender_base()
        container, key = at(doc, field)
        container[key] = 12345
        text = dump(doc).replace(": 12345", ": " + literal, 1)
        tender_case("amount-" + json_path(field).replace("[", "-").replace("]", "").replace(".", "-")
                    + "-" + literal.replace(".", "_"), text, words(field), json_path(field),
                    "%s is beyond any amount Tulana takes" % shown)
WHOLE = ["4294967297", "9223372036854775808", "18446744073709551616", "-4294967297"]
for field in (["version"], ["tender", "evaluation", "decimals"]):
    for literal in WHOLE:
        doc = tender_base()
        if field[-1] == "decimals":
            doc["tender"]["evaluation"] = {"decimals": 123454321}
        else:
            doc["version"] = 123454321
        text = dump(doc).replace("123454321", literal, 1)
        if literal.startswith("-"):
            message = "is too small a number for this field"
        else:
            message = "is too large a number for this field"
        # Beyond 64 bits JSON readers take a whole number as a decimal one.
        shown = literal + " " + message
        if literal == "18446744073709551616":
            shown = "expected a whole number, found the number 1.8446744073709552e+19"
        tender_case("whole-" + field[-1] + "-" + literal.lstrip("-") + ("-negative" if literal[0] == "-" else ""),
                    text, words(field), json_path(field), shown)

# --- tender files: broken JSON --------------------------------------------------

SYNTAX = [  # name, how to break the text, the line the error is on, a part of the message
    ("trailing-comma", lambda t: t.replace('"maxMarks": 10\n    }\n  ],', '"maxMarks": 10\n    },\n  ],'), 13, ""),
    ("missing-comma", lambda t: t.replace('"title": "Bad input",', '"title": "Bad input"'), 6, ""),
    ("single-quotes", lambda t: t.replace('"title": "Bad input"', "'title': 'Bad input'"), 6, ""),
    ("unquoted-key", lambda t: t.replace('"title":', "title:"), 6, ""),
    ("comment", lambda t: t.replace('"tender": {', '// the tender\n  "tender": {'), 4, ""),
    ("nan", lambda t: t.replace('"price": 12000000', '"price": NaN'), 38, ""),
    ("infinity", lambda t: t.replace('"price": 12000000', '"price": Infinity'), 38, ""),
    ("minus-infinity", lambda t: t.replace('"price": 12000000', '"price": -Infinity'), 38, ""),
    ("hex-number", lambda t: t.replace('"price": 12000000', '"price": 0xB71B00'), 38, ""),
    ("leading-zero", lambda t: t.replace('"price": 12000000', '"price": 012000000'), 38, ""),
    ("plus-sign", lambda t: t.replace('"price": 12000000', '"price": +12000000'), 38, ""),
    ("bare-point", lambda t: t.replace('"price": 12000000', '"price": .5'), 38, ""),
    ("point-no-digits", lambda t: t.replace('"price": 12000000', '"price": 12.'), 38, ""),
    ("exponent-no-digits", lambda t: t.replace('"price": 12000000', '"price": 12e'), 38, ""),
    ("bad-escape", lambda t: t.replace('Vistaar AI', 'Vistaar \\x41I'), 35, ""),
    ("short-unicode-escape", lambda t: t.replace('Vistaar AI', 'Vistaar \\u41'), 35, ""),
    ("lone-surrogate", lambda t: t.replace('Vistaar AI', 'Vistaar \\ud800 AI'), 35, ""),
    ("unterminated-string", lambda t: t.replace('"Vistaar AI",', '"Vistaar AI,'), 35, ""),
    ("tab-in-string", lambda t: t.replace('Vistaar AI', 'Vistaar\tAI'), 35, ""),
    ("newline-in-string", lambda t: t.replace('Vistaar AI', 'Vistaar\nAI'), 35, ""),
    ("true-misspelt", lambda t: t.replace('"price": 12000000', '"price": tru'), 38, ""),
    ("null-misspelt", lambda t: t.replace('"price": 12000000', '"price": nul'), 38, ""),
    ("colon-missing", lambda t: t.replace('"price": 12000000', '"price" 12000000'), 38, ""),
    ("bracket-unclosed", lambda t: t.replace('"T1": [\n          9,', '"T1": [\n          9 9,'), 41, ""),
    ("object-closed-as-list", lambda t: t.replace('"financialWeight": 30\n  },', '"financialWeight": 30\n  ],'), 10, ""),
    ("second-document", lambda t: t + "{}\n", 54, ""),
    ("trailing-garbage", lambda t: t + "x\n", 54, ""),
]
base_lines = base_text.count("\n")
for name, change, line, fragment in SYNTAX:
    text = change(base_text)
    assert text != base_text, name
    # The line of the first byte that differs, counting from 1.
    first = next(i for i, (a, b) in enumerate(zip(text, base_text + "\0")) if a != b)
    line = text.count("\n", 0, first) + 1
    if name in ("second-document", "trailing-garbage"):
        line = base_lines + 1
    tender_case("syntax-" + name, text, "line %d, column" % line, "-", fragment)
for cut in (1, 30, 100, 250, 500, 700, 900, len(base_text) - 3):
    text = base_text[:cut]
    line = text.count("\n") + 1
    tender_case("truncated-at-%d" % cut, text, "line %d, column" % line, "-", "")
RAW = [  # name, bytes, place, message
    ("empty", b"", "line 1, column", ""),
    ("only-spaces", b"   \n\n  ", "line 3, column", ""),
    ("nul-bytes", b"\0" * 64, "line 1, column", ""),
    ("binary", bytes(range(256)) * 4, "line 1, column", ""),
    ("invalid-utf8", base_text.replace("Vistaar AI", "Vistaar \xffAI").encode("latin-1", "replace")
     if False else base_text.encode().replace(b"Vistaar AI", b"Vistaar \xff AI"), "line 35, column", ""),
    ("overlong-utf8", base_text.encode().replace(b"Vistaar AI", b"Vistaar \xc0\xafAI"), "line 35, column", ""),
    ("utf16", base_text.encode("utf-16"), "line 1, column", ""),
    ("bom-utf8", b"\xef\xbb\xbf" + b"[", "line 1, column", ""),
]
for name, data, place, fragment in RAW:
    tender_case("raw-" + name, data, place, "-", fragment)
for name, top, shown in (("null", "null", "null"), ("list", "[]", "a list"),
                         ("number", "42", "the number 42"),
                         ("text", '"tulana-tender"', 'the text "tulana-tender"'),
                         ("true", "true", "true/false")):
    tender_case("top-level-" + name, top + "\n", "", "-",
                "expected an object, found " + shown)

# --- tender files: the file format -------------------------------------------

for value, message in (("tulana-training-case", 'this is a "tulana-training-case" file'),
                       ("", 'this is a "" file'), ("TULANA-TENDER", 'this is a "TULANA-TENDER" file')):
    doc = tender_base()
    doc["format"] = value
    tender_case("format-" + (value or "empty"), dump(doc), "format", "format", message)
for value in (0, -1, 4, 99):
    doc = tender_base()
    doc["version"] = value
    message = ("%d is not a valid format version" % value if value < 1 else
               "written by a newer version of Tulana (file format version %d;" % value)
    tender_case("version-%d" % value, dump(doc), "version", "version", message)

# --- tender files: nesting -------------------------------------------------------

for depth in (65, 200, 5000):
    doc_text = base_text.replace('"title": "Bad input"',
                                 '"title": "Bad input", "notes": ' + "[" * depth + "]" * depth)
    tender_case("deep-list-%d" % depth, doc_text, "", "-", "nest more than 64 deep")
    doc_text = base_text.replace('"title": "Bad input"', '"title": "Bad input", "notes": ' +
                                 '{"a": ' * depth + "1" + "}" * depth)
    tender_case("deep-object-%d" % depth, doc_text, "", "-", "nest more than 64 deep")


def criteria_chain(depth):
    leaf = {"id": "L", "name": "Leaf", "weight": 100, "maxMarks": 10}
    for i in range(depth - 1, 0, -1):
        leaf = {"id": "G%d" % i, "name": "Group", "weight": 100, "children": [leaf]}
    return leaf


for depth in (9, 12, 40):
    doc = tender_base()
    doc["criteria"] = [criteria_chain(depth)]
    for bid in doc["bids"]:
        bid["marks"] = {"L": [5, 5]}
    place = "criterion no. " + ".".join(["1"] * 8) + " › children"
    message = "the criteria go more than 8 levels deep here"
    if depth == 40:  # the JSON itself nests more than 64 deep before that
        place = "criterion no. " + ".".join(["1"] * 31) + " › children"
        message = "lists and objects nest more than 64 deep here"
    tender_case("criteria-%d-deep" % depth, dump(doc), place, "-", message)

# --- bid CSV files (imported into the chatbot sample) -----------------------------

HEADER = "bidder,system,nature,price,tax,T1.1,T1.2,T1.3,T1.4,T2.1,T2.2,T2.3,T3.1,T3.2"
GOOD = 'Beta Systems,Mitra,mixed,"1,25,00,000",0,16,7,6,7.5,8.5,9.5,4,11,13'


def csv_case(name, text, place, message):
    data = text if isinstance(text, bytes) else text.encode()
    rows.append(("csv", write("csv", name + ".csv", data), place, "-", message))


def with_cell(column, value):
    cells = ["Beta Systems", "Mitra", "mixed", '"1,25,00,000"', "0",
             "16", "7", "6", "7.5", "8.5", "9.5", "4", "11", "13"]
    cells[HEADER.split(",").index(column)] = value
    return HEADER + "\n" + ",".join(cells) + "\n"


for value in ("abc", "12 lakh", "1e17", "-5", "1,2,3", "₹", "1.2.3", "NaN", "inf", "0x10",
              '"1,00,00,00,00,00,00,00,000"'):
    csv_case("price-" + value.strip('"').replace(",", "c").replace(" ", "_").replace(".", "_")
             .replace("₹", "rupee-sign"), with_cell("price", value), "%s:2:price", "")
for value in ("abc", "-1", "1e20"):
    csv_case("tax-" + value.replace(".", "_"), with_cell("tax", value), "%s:2:tax", "")
for value in ("licensed", "", "OPEN SOURCE?", "1"):
    csv_case("nature-" + (value.replace(" ", "_").replace("?", "") or "empty"),
             with_cell("nature", value), "%s:2:nature", "")
for column in ("T1.1", "T2.3", "T3.2"):
    for value in ("abc", "-1", "999", "1e400"):
        csv_case("mark-%s-%s" % (column.replace(".", "_"), value.replace(".", "_")),
                 with_cell(column, value), "%s:2:" + column, "")
csv_case("bidder-empty", with_cell("bidder", ""), "%s:2:bidder", "")
csv_case("header-missing-price", HEADER.replace(",price", "") + "\n" +
         GOOD.replace(',"1,25,00,000"', "") + "\n", "%s:1", "price")
csv_case("header-missing-bidder", HEADER.replace("bidder,", "") + "\n" +
         GOOD.replace("Beta Systems,", "") + "\n", "%s:1", "bidder")
csv_case("header-unknown-criterion", HEADER.replace("T3.2", "T9.9") + "\n" + GOOD + "\n",
         "%s:1:T9.9", "")
csv_case("header-unknown-member", HEADER.replace("T3.2", "T3.2/E9") + "\n" + GOOD + "\n",
         "%s:1:T3.2/E9", "")
csv_case("header-twice", HEADER + ",price\n" + GOOD + ",5\n", "%s:1:price", "")
csv_case("empty", "", "%s", "")
csv_case("only-newlines", "\n\n\n", "%s", "")
csv_case("too-many-cells", HEADER + "\n" + GOOD + ",1,2,3\n", "%s:2", "")
csv_case("too-few-cells", HEADER + "\n" + "Beta Systems,Mitra,mixed\n", "%s:2", "")
csv_case("unclosed-quote", HEADER + "\n" + GOOD.replace('"1,25,00,000"', '"1,25,00,000') + "\n",
         "%s:2", "")
csv_case("quote-in-middle", HEADER + "\n" + GOOD.replace("Mitra", 'Mi"tra') + "\n", "%s:2", "")
csv_case("semicolons", HEADER.replace(",", ";") + "\n" + GOOD.replace(",", ";") + "\n", "%s:1", "")
csv_case("tabs", HEADER.replace(",", "\t") + "\n" + GOOD.replace(",", "\t") + "\n", "%s:1", "")
csv_case("invalid-utf8", (HEADER + "\n" + GOOD + "\n").encode().replace(b"Mitra", b"Mi\xfftra"),
         "%s:2", "")
csv_case("utf16", (HEADER + "\n" + GOOD + "\n").encode("utf-16"), "%s", "")
csv_case("binary", bytes(range(256)) * 8, "%s", "")
csv_case("bad-second-row", HEADER + "\n" + GOOD + "\n" + GOOD.replace("mixed", "closed") + "\n",
         "%s:3:nature", "")
csv_case("status-unknown", HEADER + ",status\n" + GOOD + ",maybe\n", "%s:2:status", "")
csv_case("id-taken", HEADER + ",id\n" + GOOD + ",B1\n", "%s:2:id", "")
csv_case("id-twice", HEADER + ",id\n" + GOOD + ",B9\n" + GOOD + ",B9\n", "%s:3:id", "")
csv_case("many-columns", HEADER + "," + ",".join("x%d" % i for i in range(5000)) + "\n", "%s:1",
         "")

# --- openness records (YAML) ------------------------------------------------------

MOT = """framework:
  name: Model Openness Framework
  version: '1.0'
  date: '2024-12-15'
release:
  name: Example-Model
  version: '1.0'
  date: '2025-01-20'
  type: language
  architecture: transformer
  origin: none
  producer: Example Labs
  contact: https://example.invalid
  license: {}
  components:
    - name: Model architecture
      description: Well commented code for the model's architecture
      license: Apache-2.0
    - name: Model parameters (Final)
      description: Trained model parameters, weights and biases
      license: Apache-2.0
"""


def yaml_case(name, text, place, message):
    data = text if isinstance(text, bytes) else text.encode()
    rows.append(("yaml", write("yaml", name + ".yml", data), place, "-", message))


# (A licence that is not a valid expression is not refused: the assessment
# reports it as not recognised, which is what the record says.)
for depth in (17, 40, 1000):
    yaml_case("licence-%d-deep" % depth,
              MOT.replace("license: Apache-2.0", "license: '" + "(" * depth + "MIT" + ")" * depth
                          + "'", 1), "%s:16:7", "nest more than 16 deep")
yaml_case("tabs", MOT.replace("  name: Example-Model", "\tname: Example-Model"), "%s:6", "")
yaml_case("unclosed-quote", MOT.replace("version: '1.0'", "version: '1.0", 1), "%s:", "")
yaml_case("unclosed-bracket", MOT.replace("license: {}", "license: {"), "%s:", "")
yaml_case("bad-indent", MOT.replace("    - name: Model architecture", "  - name: Model architecture\n"
                                    "      - broken"), "%s:", "")
yaml_case("components-not-a-list", MOT.split("  components:")[0] + "  components: 5\n",
          "%s:", "")
yaml_case("component-not-a-map", MOT.split("  components:")[0] + "  components:\n    - 5\n",
          "%s:", "")
yaml_case("release-a-list", "framework:\n  name: Model Openness Framework\nrelease: [1, 2]\n",
          "%s:", "")
yaml_case("top-level-list", "- 1\n- 2\n", "%s", "")
yaml_case("top-level-text", "just some text\n", "%s", "")
yaml_case("empty", "", "%s", "")
yaml_case("binary", bytes(range(1, 256)) * 4, "%s", "")
yaml_case("nul-bytes", b"\0" * 64, "%s", "")
yaml_case("invalid-utf8", MOT.encode().replace(b"Example Labs", b"Example \xff Labs"), "%s", "")
yaml_case("two-documents", MOT + "---\n" + MOT, "%s", "")
# yaml-cpp 0.7's LoadAll() never returns on these (jbeder/yaml-cpp#1319):
# a comma outside brackets starts no value. Found by fuzz_openness_yaml.
yaml_case("stray-comma", ",\n", "%s:1:1", "nothing here can begin a value")
yaml_case("comma-after-a-list", "- a\n, 2\n", "%s:2:1", "nothing here can begin a value")
yaml_case("comma-in-a-record", MOT.replace("  name: Example-Model", "  name: Example-Model\n, x"),
          "%s:", "")
yaml_case("aliases", "a: &a [x, x, x, x, x, x, x, x, x, x]\n" +
          "".join("%s: &%s [*%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s]\n" %
                  ((chr(98 + i), chr(98 + i)) + (chr(97 + i),) * 10) for i in range(9)) +
          "release:\n  name: X\n  components: *j\n", "%s:1:8", "aliases (*name) repeat")
for depth in (33, 100, 3000):
    yaml_case("deep-lists-%d" % depth, "release:\n  name: X\n  components: " + "[" * depth +
              "]" * depth + "\n", "%s:3", "nest more than 32")
yaml_case("deep-maps", "release:\n  name: X\n  extra: " + "{a: " * 40 + "1" + "}" * 40 + "\n",
          "%s:3", "nest more than 32")
yaml_case("no-release", MOT.split("release:")[0], "%s", "")
yaml_case("huge-key", "release:\n  " + "k" * 200000 + ": 1\n", "%s", "")
yaml_case("licence-a-map", MOT.replace("license: Apache-2.0", "license: {a: 1}", 1), "%s:18", "")
yaml_case("licence-a-list", MOT.replace("license: Apache-2.0", "license: [MIT]", 1), "%s:18", "")
yaml_case("name-a-map", MOT.replace("- name: Model architecture", "- name: {a: 1}"), "%s:16", "")

# --- the hand-made files at the top of the folder ---------------------------------

HAND = [
    ("tender", "duplicate-price.tulana", "bid no. 1 › price", "bids[0].price",
     '"price" is given twice here'),
    ("tender", "duplicate-marks-row.tulana", "bid no. 1 › marks for T1", "bids[0].marks.T1",
     '"T1" is given twice here'),
    ("tender", "duplicate-criterion-id.tulana", "criterion no. 2 › id", "criteria[1].id",
     'the id "T1" is used by another criterion'),
    ("tender", "duplicate-bid-id.tulana", "bid no. 2 › id", "bids[1].id",
     'the id "B1" is used by another bid'),
    ("tender", "duplicate-evaluator-id.tulana", "member no. 2 › id", "evaluators[1].id",
     'the id "E1" is used by another evaluator'),
    ("tender", "version-wraps.tulana", "version", "version",
     "4294967297 is too large a number for this field"),
    ("tender", "decimals-wraps.tulana", "tender › evaluation › decimals",
     "tender.evaluation.decimals", "4294967297 is too large a number for this field"),
    ("tender", "price-too-large.tulana", "bid no. 1 › price", "bids[0].price",
     "1e+308 is beyond any amount Tulana takes"),
    ("tender", "price-and-tax-too-large.tulana", "bid no. 1 › tax", "bids[0].tax",
     "1e+308 is beyond any amount"),
    ("tender", "price-overflows.tulana", "line 13, column 19", "-",
     "the number 1e400 is too large to be read"),
    ("tender", "budget-too-large.tulana", "tender › budget", "tender.budget",
     "1e+16 is beyond any amount Tulana takes"),
    ("tender", "cost-line-too-large.tulana", "bid no. 2 › costs, item 1 › amount",
     "bids[1].costs[0].amount", "1e+300 is beyond any amount"),
    ("tender", "criteria-too-deep.tulana", "criterion no. 1.1.1.1.1.1.1.1 › children", "-",
     "the criteria go more than 8 levels deep here"),
    ("tender", "licence-too-deep.tulana", "bid no. 1 › openness › components, item 1 › licence",
     "bids[0].openness.components[0].licence", "the licence's parentheses nest more than 16 deep"),
    ("yaml", "licence-too-deep.yml", "%s:12:7", "-", "the licence's parentheses nest more than 16 deep"),
    ("yaml", "yaml-too-deep.yml", "%s:10:40", "-", "mappings and lists nest more than 32"),
    ("yaml", "yaml-aliases.yml", "%s:6:27", "-", "aliases (*name) repeat more of the record"),
    ("csv", "price-too-large.csv", "%s:2:price", "-", "1e+17 is beyond any amount Tulana takes"),
    ("csv", "id-overflows.csv", "%s", "-", "cannot be numbered after B9223372036854775807"),
]
rows.extend(HAND)

# Where a case above gives no message (syntax errors, CSV and YAML files),
# its place and message are those in reviewed.tsv: what Tulana said when the
# case was added, read and judged right (file, place, message).
reviewed = {}
if os.path.exists(os.path.join(HERE, "reviewed.tsv")):
    for line in open(os.path.join(HERE, "reviewed.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            name, place, message = line.rstrip("\n").split("\t")
            reviewed[name] = (place, message)
for i, (kind, name, place, path, message) in enumerate(rows):
    if not message and name in reviewed:
        rows[i] = (kind, name, reviewed[name][0], path, reviewed[name][1])
    elif not message:
        print("no message yet for " + name, file=sys.stderr)

with open(os.path.join(HERE, "corpus.tsv"), "w") as f:
    f.write("# Written by make-corpus.py; see its docstring for the columns.\n")
    for row in rows:
        for cell in row:
            assert "\t" not in cell and "\n" not in cell, row
        f.write("\t".join(row) + "\n")
print("%d cases" % len(rows), file=sys.stderr)
