// Stage 1 — read: an edition file → its text in UTF-8, whatever its format
// (text in any Japanese encoding, PDF, Word) and encoding.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nendiff {

struct DecodedText {
  std::string utf8;       // valid UTF-8, BOM removed, line endings kept as in the input
  std::string encoding;   // canonical name: UTF-8, UTF-16LE, UTF-16BE, Shift_JIS, EUC-JP
                          // (PDF, DOCX, XML — a law's —, HTML for the text of those formats)
  std::vector<int> line_pages{};  // PDF: page of each line of utf8 (line 1 first); else empty
  // The lines of utf8 that are a table's rows (1-based, ascending), their cells
  // separated by tabs: what the PDF and Word readers know to be a table (a
  // 工程表 set between measures) rather than running text. Empty for plain
  // text, which marks no tables.
  std::vector<int> table_rows{};
};

// Decodes `bytes`. An empty `encoding` means detect: a BOM decides; otherwise
// strict UTF-8 if the bytes are valid UTF-8, else ICU's charset detector among
// the Japanese encodings. An invalid byte sequence throws nendiff::Error whose
// message names the encoding and the byte offset (the caller prefixes the file).
// `encoding` accepts any name ICU knows (cp932, sjis, utf-16le, euc-jp …).
DecodedText decode(std::string_view bytes, const std::string& encoding = "");

struct InputOptions {
  std::string encoding;                        // empty: detect
  std::uintmax_t max_size = 200u * 1024 * 1024;  // refuse larger inputs, and PDF or
                                                 // Word files unpacking to more text
};

// Reads and decodes one edition file: plain text, PDF (by poppler, running
// headers removed) or Word .docx, told apart by their content. "-" reads
// standard input (once a process). Throws nendiff::Error with a one-line
// message that starts with `path` (<stdin> for "-"): missing, not a regular
// file (a FIFO, a device), unreadable, empty, too large, binary, invalid
// encoding, corrupt, out of memory …
DecodedText read_input(const std::string& path, const InputOptions& options = {});

// The same for an edition already in memory (a server's upload, never
// written to disk): `name` stands for its path in refusals, and its
// extension tells a .csv table as a path's does.
DecodedText read_input_bytes(std::string bytes, const std::string& name, const InputOptions& options = {});

}  // namespace nendiff
