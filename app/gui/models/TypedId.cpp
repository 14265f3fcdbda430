#include "TypedId.h"

#include "tender/Tender.h"
#include "util/Format.h"

namespace tulana {

QString typedIdProblem(QString* id, const TypedIdWords& words,
                       const std::function<bool(const QString&)>& takenElsewhere)
{
    *id = id->trimmed();
    if (id->isEmpty())
        return words.empty;
    if (const QString why = idControlCharacterProblem(*id); !why.isEmpty())
        return asSentence(why);
    if (takenElsewhere(*id))
        return words.taken.arg(*id);
    return {};
}

} // namespace tulana
