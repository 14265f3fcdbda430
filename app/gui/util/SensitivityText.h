#pragma once

#include "sensitivity/Sensitivity.h"

#include <QString>

namespace tulana {

struct Tender;

// The page's lines on the committee (one per member left out, then the
// bootstrap). Every other finding is worded once, in the core's
// sensitivity_words (report/SensitivityReport.h), for the CLI, the memo and
// this page alike.
namespace sensitivitytext {

// The winner without each member's marks, one line each, then the share of
// the bootstrap over members.
QString membersText(const Tender& tender, const sensitivity::Report& report);

} // namespace sensitivitytext
} // namespace tulana
