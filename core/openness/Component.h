#pragma once

#include "diagnostics/Problem.h"
#include "tender/OpennessRecord.h" // ContentType

#include <QString>
#include <QStringList>

#include <vector>

namespace tulana::openness {

// One of the Model Openness Framework's 17 components, as the Model
// Openness Tool defines them (resources/openness/mof.settings.yml): the tool's
// id and name, the class that first requires it, and whether it is required.
struct MofComponent
{
    int id = 0;
    QString name;
    QString description;
    ContentType contentType = ContentType::Code;
    int mofClass = 3; // 1 Open Science, 2 Open Tooling, 3 Open Model
    bool required = true;
};

// One component of Tulana's single list (resources/openness/components.json):
// the framework's components and the rows of the brief's Table 1 it has no
// component for. `mofId` and `table1Rows` are the mapping between the two
// vocabularies.
struct ComponentDef
{
    QString id; // "final-parameters"
    QString name;
    QString description;
    ContentType contentType = ContentType::Code;
    int mofId = 0;          // the framework component it stands for; 0 for none
    QStringList table1Rows; // ids of the Table 1 rows it belongs to
    QString osaidElement;   // "code", "parameters", "data-information" or empty
};

class ComponentCatalogue
{
public:
    // The shipped list, loaded once.
    static const ComponentCatalogue& builtIn();

    const std::vector<ComponentDef>& components() const { return m_components; }
    const std::vector<MofComponent>& mofComponents() const { return m_mof; }
    const ComponentDef* find(const QString& id) const;
    const MofComponent* mofById(int id) const;
    // By the name the tool's YAML uses ("Model parameters (Final)"); case and
    // surrounding spaces do not matter.
    const MofComponent* mofByName(const QString& name) const;
    // Tulana's components that stand for a framework component (two for "Datasets").
    std::vector<const ComponentDef*> forMof(int mofId) const;
    // The framework's required components of one class, in the tool's order.
    std::vector<int> requiredMof(int mofClass) const;

    // What went wrong loading the data files (empty for the shipped ones).
    const Problems& loadProblems() const { return m_problems; }

private:
    ComponentCatalogue();
    std::vector<ComponentDef> m_components;
    std::vector<MofComponent> m_mof;
    Problems m_problems;
};

} // namespace tulana::openness
