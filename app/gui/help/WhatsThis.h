#pragma once

#include <vector>

class QWidget;

// "What's this?" texts (Shift+F1, Help ▸ What's This?) for the fields whose
// meaning is not plain from their label: one table here rather than a call
// in each page, so that the pages stay as they are and every text can be
// read and translated in one place. A widget is found by its objectName;
// tst_help fails when a name in the table names no widget of the window.
namespace tulana::help {

struct WhatsThisEntry
{
    const char* objectName;
    const char* text; // marked with QT_TRANSLATE_NOOP("tulana", ...)
};

const std::vector<WhatsThisEntry>& whatsThisEntries();

// Sets each entry's text, translated, on the widget of that name in
// `window`. Returns the number of entries that found no widget.
int applyWhatsThis(QWidget* window);

} // namespace tulana::help
