#!/usr/bin/env python3
"""Writes the workbooks tst_bidxlsximport reads (run it here to remake them).

bids-ok.xlsx and bids-bad.xlsx are written with openpyxl (python3-openpyxl,
only needed to remake them); the others are put together by hand with
zipfile, to hold what openpyxl does not write (inline strings, a cell typed
as a date, merged header cells, a second sheet) or what no spreadsheet
program writes (a zip bomb, a missing shared string).

The tender they fit: criteria C1 and C2 (maximum 10), members E1 and E2.
"""

import zipfile

from openpyxl import Workbook

HEADER = ["Bidder", "System", "Nature", "Price (INR)", "Tax", "C1/E1", "C1/E2", "C2/E1", "C2/E2"]


def openpyxl_book(path, rows, title="Bids"):
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)


openpyxl_book("bids-ok.xlsx", [
    ["Sahyadri Language Technologies", "Bhasha Bot", "open-source", 11850000, 2133000, 8, 7.5, 9, 8],
    ["Vistaar AI", "Vaani", "proprietary", "1,46,00,000", 0, 9, 9, 7, 8.5],
])
openpyxl_book("bids-bad.xlsx", [
    ["Good Ltd", "Good", "mixed", 100, 0, 8, 8, 8, 8],
    ["Bad Ltd", "Bad", "open-source", 100, 0, 8, 11, 8, 8],
])

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def handmade(path, sheets, shared=None, styles=None, padding=0):
    """sheets: [(name, sheetData XML, extra XML after sheetData)]."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        book = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                       for i, (n, _, _) in enumerate(sheets))
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                   f'<workbook {NS}><sheets>{book}</sheets></workbook>')
        rels = "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/'
                       f'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                       for i in range(len(sheets)))
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships '
                   f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        for i, (_, data, extra) in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                       f'<worksheet {NS}><sheetData>{data}</sheetData>{extra}'
                       + " " * padding + '</worksheet>')
        if shared is not None:
            items = "".join(shared)
            z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                       f'<sst {NS} count="{len(shared)}">{items}</sst>')
        if styles is not None:
            z.writestr("xl/styles.xml", styles)


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def number(ref, value, style=None):
    s = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


header_cells = "".join(inline(f"{chr(65 + i)}1", h) for i, h in enumerate(HEADER))
# A first sheet of notes, then the bids on a sheet named "Bids 2026": inline
# strings, a price written with an exponent, a rich-text shared string, a
# boolean and a date in cells the import ignores (status reason column).
handmade("bids-kinds.xlsx", [
    ("Notes", '<row r="1">' + inline("A1", "Read me first") + "</row>", ""),
    ("Bids 2026",
     f'<row r="1">{header_cells}' + inline("J1", "Status reason") + "</row>"
     '<row r="3">' + '<c r="A3" t="s"><v>0</v></c>' + inline("B3", "Vaani") + inline("C3", "mixed")
     + number("D3", "1.185E7") + number("E3", "0") + number("F3", "8") + number("G3", "7.5")
     + number("H3", "9") + number("I3", "8") + "</row>"
     '<row r="4">' + inline("A4", "Withdrawn Ltd") + inline("B4", "W") + inline("C4", "proprietary")
     + inline("K4", "x") + '<c r="L4" t="b"><v>1</v></c>' + number("M4", "46361", 1)
     + "</row>",
     ""),
], shared=['<si><r><t>Rich </t></r><r><rPr><b/></rPr><t>Text Ltd</t></r><rPh><t>ignored</t></rPh></si>'],
    styles='<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/'
           'spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>'
           '</styleSheet>')
# One mark written once in a cell merged over all four marks columns (the
# committee agreed on 8): every cell of the range reads 8.
handmade("bids-merged.xlsx", [
    ("Sheet1", f'<row r="1">{header_cells}</row>'
     '<row r="2">' + inline("A2", "Merged Ltd") + inline("B2", "M") + inline("C2", "open-source")
     + number("D2", "100") + number("E2", "0") + number("F2", "8") + "</row>",
     '<mergeCells count="1"><mergeCell ref="F2:I2"/></mergeCells>'),
])
handmade("bids-missing-string.xlsx", [
    ("Sheet1", '<row r="1"><c r="A1" t="s"><v>7</v></c></row>', ""),
], shared=[])
# A sheet that unpacks to 70 MB (of spaces) from about 70 KB.
handmade("bids-bomb.xlsx", [("Sheet1", '<row r="1">' + inline("A1", "Bidder") + "</row>", "")],
         padding=70 * 1024 * 1024)
with open("not-a-workbook.xlsx", "w") as f:
    f.write("bidder,system\n")
