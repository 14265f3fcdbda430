#pragma once

namespace tulana {

// The four formats of a memo file (MemoExport.h writes them, MemoReadBack.h
// reads them back).
enum class MemoFormat
{
    Pdf,      // paginated, for signing and filing (through cairo: CairoPdfDevice.h)
    Odt,      // editable in LibreOffice or Word (QTextDocumentWriter)
    Html,     // a standalone page with print CSS
    Markdown, // plain text with tables
};

} // namespace tulana
