#include "YamlSupport.h"

#include "i18n/Translate.h"

namespace tulana::openness::yaml {

QString place(const QString& file, const YAML::Mark& mark)
{
    if (mark.is_null() || mark.line < 0)
        return file;
    return QStringLiteral("%1:%2:%3").arg(file).arg(mark.line + 1).arg(mark.column + 1);
}

QString place(const QString& file, const YAML::Node& node)
{
    return node.IsDefined() ? place(file, node.Mark()) : file;
}

QString text(const YAML::Node& node)
{
    if (!node.IsDefined() || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

bool isPresent(const YAML::Node& node)
{
    return node.IsDefined() && !node.IsNull();
}

bool isMap(const YAML::Node& node)
{
    return node.IsDefined() && node.IsMap();
}

bool isSequence(const YAML::Node& node)
{
    return node.IsDefined() && node.IsSequence();
}

bool isScalar(const YAML::Node& node)
{
    return node.IsDefined() && node.IsScalar();
}

std::optional<YAML::Node> parse(const QByteArray& bytes, const QString& file, Problems* problems)
{
    try {
        return YAML::Load(bytes.toStdString());
    } catch (const YAML::ParserException& e) {
        *problems << error(place(file, e.mark),
                           tulana::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)));
    } catch (const YAML::Exception& e) {
        *problems << error(file,
                           tulana::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    return std::nullopt;
}

} // namespace tulana::openness::yaml
