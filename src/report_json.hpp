// Internal: the model as nlohmann::json, shared by the JSON views.
#pragma once

#include <nlohmann/json.hpp>

#include "nendiff/diff.hpp"
#include "nendiff/model.hpp"

namespace nendiff::detail {

nlohmann::json ministries_json(const std::optional<MinistryTag>& tag);
nlohmann::json document_json(const Document& d);
nlohmann::json finding_json(const StaleFinding& f);

}  // namespace nendiff::detail
