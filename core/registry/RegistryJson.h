#pragma once

#include "RegistryRecord.h"

#include <nlohmann/json.hpp>

namespace tulana::registry {

// The record as JSON ("tulana-registry-record", version 1), the document
// resources/schema/tulana-registry-record-1.schema.json describes. Figures a
// record lacks (a price not opened, no lifecycle cost) are null, never zero.
nlohmann::ordered_json recordToJson(const RegistryRecord& record);

// The status history alone, as the record's "status" member holds it: the
// registry keeps it apart from the record, since an office updates it.
nlohmann::ordered_json statusToJson(const std::vector<StatusChange>& status);

} // namespace tulana::registry
