// Stage 1 — decode. Every conversion goes through ICU with a converter that
// stops at the first illegal or unmapped sequence, so a wrong guess or a
// damaged file becomes an error naming the byte offset, never mojibake.
#include "nendiff/read.hpp"

#include <dlfcn.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>
#include <unicode/uvernum.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "nendiff/error.hpp"
#include "read/support.hpp"

namespace nendiff {
namespace {

// ICU's Shift_JIS with the NEC/IBM extensions of Windows CP932 (①, Ⅱ, ～, 髙 …),
// which is what Japanese government offices actually produce. "cp932", "sjis"
// and "Shift_JIS" all resolve to it in ICU.
constexpr const char* kShiftJis = "ibm-943_P15A-2003";

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// Opens `name` with callbacks that stop instead of substituting U+FFFD.
Converter open_strict(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter c(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status) || !c || name.empty())
    throw Error("unknown encoding '" + name + "'");
  ucnv_setToUCallBack(c.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  ucnv_setFromUCallBack(c.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  return c;
}

// The name users know: Shift_JIS for every CP932 flavour, MIME names otherwise.
std::string canonical_name(UConverter* c) {
  UErrorCode status = U_ZERO_ERROR;
  const char* icu = ucnv_getName(c, &status);
  const std::string name = icu ? icu : "";
  if (name.rfind("ibm-943", 0) == 0 || name.rfind("ibm-942", 0) == 0) return "Shift_JIS";
  if (name.rfind("euc-jp", 0) == 0 || name.rfind("ibm-33722", 0) == 0 ||
      name.rfind("ibm-954", 0) == 0)
    return "EUC-JP";
  for (const char* standard : {"MIME", "IANA"}) {
    status = U_ZERO_ERROR;
    const char* n = ucnv_getStandardName(name.c_str(), standard, &status);
    if (n && U_SUCCESS(status)) return n;
  }
  return name;
}

// The encoding a byte order mark announces, or nullopt.
std::optional<std::string> bom_encoding(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return "UTF-8";
  if (bytes.substr(0, 2) == "\xFF\xFE") return "UTF-16LE";
  if (bytes.substr(0, 2) == "\xFE\xFF") return "UTF-16BE";
  return std::nullopt;
}

// Where a strict conversion stopped, and why.
struct Failure {
  size_t offset = 0;       // byte offset of the bad sequence in the input
  std::string bad_bytes;   // the sequence ICU rejected
  bool truncated = false;  // the input ends inside a character
};

// ICU keeps the rejected bytes; the source pointer has already passed them.
Failure failure_at(UConverter* from, const char* begin, const char* source, UErrorCode error) {
  char bad[32];
  int8_t length = sizeof bad;
  UErrorCode status = U_ZERO_ERROR;
  ucnv_getInvalidChars(from, bad, &length, &status);
  if (U_FAILURE(status)) length = 0;
  Failure f;
  f.bad_bytes.assign(bad, length);
  f.offset = static_cast<size_t>(source - begin) - f.bad_bytes.size();
  f.truncated = error == U_TRUNCATED_CHAR_FOUND;
  return f;
}

// Converts all of `bytes` to UTF-8 in `out`, or returns where it failed.
std::optional<Failure> convert(UConverter* from, std::string_view bytes, std::string& out) {
  out.clear();
  if (bytes.empty()) return std::nullopt;  // ICU refuses a null source
  Converter to = open_strict("UTF-8");
  std::vector<UChar> pivot(16 * 1024);
  UChar *pivot_source = pivot.data(), *pivot_target = pivot.data();
  const char* source = bytes.data();
  out.assign(bytes.size() + bytes.size() / 2 + 16, '\0');
  char* target = out.data();
  for (bool reset = true;; reset = false) {
    UErrorCode status = U_ZERO_ERROR;
    ucnv_convertEx(to.get(), from, &target, out.data() + out.size(), &source,
                   bytes.data() + bytes.size(), pivot.data(), &pivot_source, &pivot_target,
                   pivot.data() + pivot.size(), reset, true, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR) {
      if (U_FAILURE(status)) return failure_at(from, bytes.data(), source, status);
      break;
    }
    const size_t used = target - out.data();  // grow the output and continue
    out.resize(out.size() * 2);
    target = out.data() + used;
  }
  out.resize(target - out.data());
  return std::nullopt;
}

std::string hex(std::string_view bytes) {
  std::string s;
  for (unsigned char b : bytes) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%s%02X", s.empty() ? "" : " ", b);
    s += buf;
  }
  return s;
}

std::string describe(const Failure& f, const std::string& encoding) {
  const std::string what = f.truncated ? "truncated " : "invalid ";
  return what + encoding + " byte sequence at byte offset " + std::to_string(f.offset) +
         (f.bad_bytes.empty() ? "" : " (" + hex(f.bad_bytes) + ")") +
         (f.truncated ? ": the text ends inside a character" : "");
}

// A leading U+FEFF is a byte order mark, never content.
// Every one of them: tools that prepend a mark to text that already had one
// leave two, and a U+FEFF left before the title hides it from the parser.
void drop_bom(std::string& utf8) {
  size_t marks = 0;
  while (utf8.compare(marks, 3, "\xEF\xBB\xBF") == 0) marks += 3;
  utf8.erase(0, marks);
}

// An explicit encoding; a byte order mark that contradicts it is an error,
// since decoding on would only produce mojibake.
DecodedText decode_as(std::string_view bytes, const std::string& name) {
  Converter from = open_strict(name);
  std::string encoding = canonical_name(from.get());
  if (auto bom = bom_encoding(bytes)) {
    if (bom->rfind(encoding, 0) != 0)  // "UTF-16" agrees with a UTF-16LE mark
      throw Error("the text starts with a " + *bom + " byte order mark, not " + encoding);
    encoding = *bom;
  }
  DecodedText text{"", encoding};
  if (auto failure = convert(from.get(), bytes, text.utf8)) throw Error(describe(*failure, encoding));
  drop_bom(text.utf8);
  return text;
}

// One guess of the detector: an encoding and ICU's confidence (0–100).
struct Candidate {
  std::string name;
  int confidence = 0;
};

// ICU's charset detector is all nendiff uses of libicui18n: the library is
// opened the first time a text is neither UTF-8 nor marked by a BOM, rather
// than relocated at every start (about half of the start-up's dynamic linking).
#define NENDIFF_STRING(x) NENDIFF_STRING_(x)
#define NENDIFF_STRING_(x) #x  // of ICU's versioned name: ucsdet_open → "ucsdet_open_72"

struct Detector {
  decltype(&ucsdet_open) open;
  decltype(&ucsdet_setText) set_text;
  decltype(&ucsdet_detectAll) detect_all;
  decltype(&ucsdet_getName) name;
  decltype(&ucsdet_getConfidence) confidence;
  decltype(&ucsdet_close) close;
};

const Detector& detector() {
  static const Detector d = [] {
    constexpr const char* kLibrary = "libicui18n.so." U_ICU_VERSION_SHORT;
    void* library = ::dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);  // never closed, as ICU's own data
    auto find = [&](auto& function, const char* symbol) {
      void* found = library ? ::dlsym(library, symbol) : nullptr;
      if (found) {
        function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(found);
        return;
      }
      const char* why = ::dlerror();
      throw Error(std::string("detecting the encoding needs ") + kLibrary + " (" +
                  (why ? why : "not found") + "); give --encoding, or install libicu" U_ICU_VERSION_SHORT);
    };
    Detector f{};
    find(f.open, NENDIFF_STRING(ucsdet_open));
    find(f.set_text, NENDIFF_STRING(ucsdet_setText));
    find(f.detect_all, NENDIFF_STRING(ucsdet_detectAll));
    find(f.name, NENDIFF_STRING(ucsdet_getName));
    find(f.confidence, NENDIFF_STRING(ucsdet_getConfidence));
    find(f.close, NENDIFF_STRING(ucsdet_close));
    return f;
  }();
  return d;
}

// UTF-8 first, then Shift_JIS and EUC-JP in the order ICU's detector ranks them.
// The detector only weighs the start of the text, so it gets no more.
std::vector<Candidate> japanese_candidates(std::string_view bytes) {
  std::vector<Candidate> out = {{"UTF-8"}, {"Shift_JIS"}, {"EUC-JP"}};
  const Detector& icu = detector();
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = icu.open(&status);
  const auto sample = static_cast<int32_t>(std::min<size_t>(bytes.size(), 64 * 1024));
  icu.set_text(detector, bytes.data(), sample, &status);
  int32_t count = 0;
  const UCharsetMatch** matches = icu.detect_all(detector, &count, &status);
  for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
    const std::string name = icu.name(matches[i], &status);
    for (Candidate& c : out)
      if (c.name == name) c.confidence = std::max(c.confidence, icu.confidence(matches[i], &status));
  }
  icu.close(detector);
  std::stable_sort(out.begin() + 1, out.end(),
                   [](const Candidate& a, const Candidate& b) { return a.confidence > b.confidence; });
  return out;
}

// Counts bad sequences and skips them, to measure how badly an encoding fits.
void U_CALLCONV count_and_skip(const void* context, UConverterToUnicodeArgs*, const char*,
                                  int32_t, UConverterCallbackReason reason, UErrorCode* error) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing went wrong
  ++*static_cast<size_t*>(const_cast<void*>(context));
  *error = U_ZERO_ERROR;
}

size_t count_bad_sequences(std::string_view bytes, const std::string& name) {
  Converter from = open_strict(name);
  size_t count = 0;
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(from.get(), count_and_skip, &count, nullptr, nullptr, &status);
  std::vector<UChar> sink(64 * 1024);
  const char* source = bytes.data();
  do {
    status = U_ZERO_ERROR;
    UChar* target = sink.data();
    ucnv_toUnicode(from.get(), &target, sink.data() + sink.size(), &source,
                   bytes.data() + bytes.size(), nullptr, true, &status);
  } while (status == U_BUFFER_OVERFLOW_ERROR);
  return count;
}

// A candidate that failed strict decoding: where first, and how often overall.
struct Misfit {
  std::string name;
  Failure first;
  size_t bad_sequences = 0;
};

// The text fits none: report the first error in the encoding it fits best
// (fewest bad sequences; between equals, the one that decoded further).
Error misfit_error(std::vector<Misfit> misfits) {
  std::stable_sort(misfits.begin(), misfits.end(), [](const Misfit& a, const Misfit& b) {
    if (a.bad_sequences != b.bad_sequences) return a.bad_sequences < b.bad_sequences;
    return a.first.offset > b.first.offset;
  });
  std::string others;
  for (size_t i = 1; i < misfits.size(); ++i)
    others += (i > 1 ? " and " : "") + misfits[i].name;
  return Error(describe(misfits[0].first, misfits[0].name) + "; " + others +
               " fit even less (use --encoding to choose)");
}

const char* converter_for(const std::string& name) {
  return name == "Shift_JIS" ? kShiftJis : name.c_str();
}

DecodedText decode_one_of(std::string_view bytes, const std::vector<Candidate>& candidates) {
  std::vector<Misfit> misfits;
  for (const Candidate& c : candidates) {
    Converter from = open_strict(converter_for(c.name));
    std::string utf8;
    auto failure = convert(from.get(), bytes, utf8);
    if (!failure) return {std::move(utf8), c.name};
    misfits.push_back({c.name, *failure, 0});
  }
  for (Misfit& m : misfits) m.bad_sequences = count_bad_sequences(bytes, converter_for(m.name));
  throw misfit_error(std::move(misfits));
}

}  // namespace

namespace detail {

// The length of the well-formed sequence at s[i], 0 if there is none (ICU's
// tests of a lead byte and the second byte it allows).
size_t sequence_length(const uint8_t* s, size_t i, size_t n) {
  const uint8_t lead = s[i];
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead < 0xE0) return n - i >= 2 && U8_IS_TRAIL(s[i + 1]) ? 2 : 0;
  if (lead >= 0xE0 && lead < 0xF0)
    return n - i >= 3 && U8_IS_VALID_LEAD3_AND_T1(lead, s[i + 1]) && U8_IS_TRAIL(s[i + 2]) ? 3 : 0;
  if (lead >= 0xF0 && lead < 0xF5)
    return n - i >= 4 && U8_IS_VALID_LEAD4_AND_T1(lead, s[i + 1]) && U8_IS_TRAIL(s[i + 2]) &&
                   U8_IS_TRAIL(s[i + 3])
               ? 4
               : 0;
  return 0;
}

// Asked of every input in full. A Japanese text is runs of three-byte
// characters between runs of ASCII: each run read in a loop of its own
// (1.2 MB in 0.4 ms; the general step alone, as U8_NEXT takes it, 0.7).
bool is_valid_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  for (size_t i = 0; i < n;) {
    while (n - i >= 3 && (s[i] & 0xF0) == 0xE0) {
      if (!U8_IS_VALID_LEAD3_AND_T1(s[i], s[i + 1]) || !U8_IS_TRAIL(s[i + 2])) return false;
      i += 3;
    }
    while (i < n && s[i] < 0x80) ++i;
    if (i == n) break;
    const size_t length = sequence_length(s, i, n);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

}  // namespace detail

namespace {

// Most editions are valid UTF-8: no converter, no detector needed.
bool plain_utf8(std::string_view bytes, const std::string& encoding) {
  return encoding.empty() && !bom_encoding(bytes) && detail::is_valid_utf8(bytes);
}

}  // namespace

DecodedText decode(std::string_view bytes, const std::string& encoding) {
  if (plain_utf8(bytes, encoding)) return {std::string(bytes), "UTF-8"};
  if (!encoding.empty()) return decode_as(bytes, encoding);
  if (auto bom = bom_encoding(bytes)) return decode_as(bytes, *bom);
  return decode_one_of(bytes, japanese_candidates(bytes));
}

namespace detail {

DecodedText decode_owned(std::string&& bytes, const std::string& encoding) {
  if (plain_utf8(bytes, encoding)) return {std::move(bytes), "UTF-8"};
  return decode(bytes, encoding);
}

}  // namespace detail

}  // namespace nendiff
