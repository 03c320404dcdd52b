// Internal: the model as nlohmann::json, shared by the JSON views.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "nendiff/compare.hpp"
#include "nendiff/model.hpp"

namespace nendiff::detail {

nlohmann::json ministries_json(const std::optional<MinistryTag>& tag);
// `nendiff parse --format json`: the whole edition, streamed.
void write_document_json(const Document& d, std::ostream& out);
nlohmann::json finding_json(const StaleFinding& f);

}  // namespace nendiff::detail
