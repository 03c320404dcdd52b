// Internal: reading a user's profile file (TOML; docs/profiles.md).
#pragma once

#include <string>

#include "parse/profile.hpp"

namespace nendiff {

// Reads the profile file at `path`. Throws Error with one line naming the file,
// the line and the key at fault: "my.toml:12: heading[2].form: …".
Profile read_profile_file(const std::string& path);

}  // namespace nendiff
