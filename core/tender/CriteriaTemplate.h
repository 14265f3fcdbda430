#pragma once

#include "diagnostics/Problem.h"
#include "tender/Criterion.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace tulana {

// A starting set of technical criteria for a kind of AI system (a
// conversational assistant, a document/OCR system...), offered by the
// new-tender wizard and usable from the command line. Data, not code: the
// files are resources/criteria-templates/*.json, each criterion with the
// source it follows (resources/criteria-templates/README.md).
struct CriteriaTemplate
{
    QString id;    // "conversational-assistant"
    int order = 0; // where it is offered among the others
    QString name;  // in the current language
    QString about;
    std::vector<Criterion> criteria; // top-level weights add up to 100
};

// Reads one template file ({"format": "tulana-criteria-template", ...});
// names and descriptions in `language` where translated. Problems carry the
// file name and JSON path; nothing is returned when the file is unusable.
std::optional<CriteriaTemplate> parseCriteriaTemplate(const QByteArray& bytes,
                                                      const QString& fileName,
                                                      const QString& language, Problems* problems);

// The templates compiled in (:/tulana/criteria-templates), in their order,
// in the current language. Their weights are checked by the tests against
// the tender's own validation.
const std::vector<CriteriaTemplate>& builtInCriteriaTemplates();
const CriteriaTemplate* findCriteriaTemplate(const QString& id);

} // namespace tulana
