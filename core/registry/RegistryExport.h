#pragma once

#include "RegistryStore.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

namespace tulana::registry {

// The words a list, an export and the app show for a row's columns, in the
// current language.
QString natureText(const RegistryRow& row);
QString mofClassText(const QString& mofKey);        // "not recorded" for "not-recorded"
QString osaidText(const QString& osaidKey);         // "not recorded" when empty
QString considerationsText(const QStringList& ids); // the brief's names of Table 3's rows

// A plain-text table for the command line.
QString rowsAsTable(const std::vector<RegistryRow>& rows);

// The rows as a JSON array of objects whose names are the CSV's columns
// (figures a record lacks are null).
QByteArray rowsAsJson(const std::vector<RegistryRow>& rows);

// One line per record (RFC 4180, with a header), every text through
// csvField() so no field is taken for a formula.
QByteArray rowsAsCsv(const std::vector<RegistryRow>& rows);

// A static page an office can publish as is: one table with a caption,
// column headers with their scope, every text escaped, in `language` ("en",
// "hi"), the page's lang attribute set to it, and no script or outside file.
QByteArray rowsAsHtml(const std::vector<RegistryRow>& rows, const QString& language,
                      const QDate& madeOn);

} // namespace tulana::registry
