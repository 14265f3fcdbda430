#include "Amount.h"

#include "i18n/Translate.h"
#include "support/NumberText.h"

namespace tulana {

QString amountCeilingProblem(double amount)
{
    if (isWithinAmountCeiling(amount))
        return {};
    return tulana::tr("%1 is beyond any amount Tulana takes (up to 10^15): check the figure")
        .arg(numberText(amount));
}

} // namespace tulana
