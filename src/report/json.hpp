// Internal: the pieces of the model the JSON reports share (json_model.cpp),
// written through the one JsonWriter in sorted key order.
#pragma once

#include <optional>
#include <ostream>

#include "nendiff/check.hpp"
#include "nendiff/compare.hpp"
#include "nendiff/model.hpp"
#include "report/json_writer.hpp"

namespace nendiff::detail {

// {"lead": […], "others": […]}, both empty without a tag.
void write_ministries(JsonWriter& w, const SharedValue<MinistryTag>& tag);
// A stale finding; `measure` where the report gives it (check: -1 for front
// matter), `page` where it is known (0: none).
void write_finding(JsonWriter& w, const StaleFinding& f,
                   std::optional<long long> measure = std::nullopt, int page = 0);
void write_summary(JsonWriter& w, const Summary& s);
// How an edition was read: {"coverage", "description", "generic", "largest_unit",
// "name", "rolls_years"}, the shares rounded to three decimals.
void write_profile(JsonWriter& w, const Layout& l);
// A share or a similarity rounded to three decimals.
double rounded(double x);

// `nendiff parse --format json`: the whole edition, measure by measure.
void write_document_json(const Document& d, std::ostream& out);

}  // namespace nendiff::detail
