// Test helper: Office files written byte by byte — a ZIP archive of stored
// entries and the relationships that tie its parts together — so that a test's
// XML and what it expects sit together.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace nendiff::test {

using Entries = std::vector<std::pair<std::string, std::string>>;

inline uint32_t crc32(const std::string& data) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char byte : data) {
    crc ^= byte;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

inline void put(std::string& out, uint32_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

// A ZIP archive with stored (uncompressed) entries: what a .docx is.
inline std::string zip_archive(const Entries& entries) {
  std::string out, directory;
  for (const auto& [name, data] : entries) {
    const uint32_t offset = static_cast<uint32_t>(out.size()), crc = crc32(data);
    const uint32_t size = static_cast<uint32_t>(data.size());
    put(out, 0x04034b50, 4), put(out, 20, 2), put(out, 0, 2), put(out, 0, 2);
    put(out, 0, 2), put(out, 0x21, 2), put(out, crc, 4), put(out, size, 4), put(out, size, 4);
    put(out, static_cast<uint32_t>(name.size()), 2), put(out, 0, 2);
    out += name + data;
    put(directory, 0x02014b50, 4), put(directory, 20, 2), put(directory, 20, 2);
    put(directory, 0, 2), put(directory, 0, 2), put(directory, 0, 2), put(directory, 0x21, 2);
    put(directory, crc, 4), put(directory, size, 4), put(directory, size, 4);
    put(directory, static_cast<uint32_t>(name.size()), 2), put(directory, 0, 2);
    put(directory, 0, 2), put(directory, 0, 2), put(directory, 0, 2), put(directory, 0, 4);
    put(directory, offset, 4);
    directory += name;
  }
  const uint32_t start = static_cast<uint32_t>(out.size());
  out += directory;
  put(out, 0x06054b50, 4), put(out, 0, 2), put(out, 0, 2);
  put(out, static_cast<uint32_t>(entries.size()), 2), put(out, static_cast<uint32_t>(entries.size()), 2);
  put(out, static_cast<uint32_t>(directory.size()), 4), put(out, start, 4), put(out, 0, 2);
  return out;
}

inline const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

inline std::string relationships(const std::vector<std::pair<std::string, std::string>>& targets) {
  std::string xml = R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  int id = 0;
  for (const auto& [type, target] : targets)
    xml += "<Relationship Id=\"rId" + std::to_string(++id) + "\" Type=\"" + kRel + type +
           "\" Target=\"" + target + "\"/>";
  return xml + "</Relationships>";
}

}  // namespace nendiff::test
