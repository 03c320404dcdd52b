// Internal: the government bodies ministry tags name (bodies.cpp holds the table).
#pragma once

#include <string_view>
#include <vector>

#include "nendiff/model.hpp"

namespace nendiff::text {

// Every body nendiff knows, ministries first.
const std::vector<Body>& known_bodies();

// The body a tag's name stands for — 厚, 厚労 and 厚生労働省 are one — looking
// first in `extra` (a profile's own bodies); nullptr when unknown.
const Body* find_body(std::string_view name, const std::vector<Body>& extra = {});

}  // namespace nendiff::text
