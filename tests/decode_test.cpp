// Decoding the real 2024 edition after ICU has re-encoded it into each
// encoding these documents circulate in.
#include "nendiff/read.hpp"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <memory>

#include "nendiff/error.hpp"
#include "test_support.hpp"

namespace {

using nendiff::decode;
using nendiff::test::encode;
using nendiff::test::read_bytes;
using nendiff::test::sample_path;

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open_converter(const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter c(ucnv_open(name, &status));
  EXPECT_TRUE(U_SUCCESS(status)) << name;
  ucnv_setFromUCallBack(c.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  return c;
}

// `utf8` without the characters `encoding` has no code for (the sample's
// footnote mark ¹ exists in neither Shift_JIS nor EUC-JP).
std::string representable_part(const std::string& utf8, const char* encoding) {
  Converter c = open_converter(encoding);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeSet codes;
  ucnv_getUnicodeSet(c.get(), codes.toUSet(), UCNV_ROUNDTRIP_SET, &status);
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1))
    if (codes.contains(text.char32At(i))) kept.append(text.char32At(i));
  std::string out;
  return kept.toUTF8String(out);
}

std::string sample() { return read_bytes(sample_path("kenko-iryo-senryaku-2024.txt")); }

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

// The message of the nendiff::Error that decoding throws ("" if none).
std::string decode_error(const std::string& bytes, const std::string& encoding = "") {
  try {
    decode(bytes, encoding);
  } catch (const nendiff::Error& e) {
    return e.what();
  }
  return "";
}

TEST(Decode, Utf8IsDetectedAndKeptByteForByte) {
  const std::string text = sample();
  const auto d = decode(text);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.utf8, text);
}

TEST(Decode, Utf8ByteOrderMarkIsRemoved) {
  const auto d = decode("\xEF\xBB\xBF" + sample());
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.utf8, sample());
}

TEST(Decode, Utf16LittleEndianWithByteOrderMark) {
  const auto d = decode("\xFF\xFE" + encode(sample(), "UTF-16LE"));
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_EQ(d.utf8, sample());
}

TEST(Decode, Utf16BigEndianWithByteOrderMark) {
  const auto d = decode("\xFE\xFF" + encode(sample(), "UTF-16BE"));
  EXPECT_EQ(d.encoding, "UTF-16BE");
  EXPECT_EQ(d.utf8, sample());
}

TEST(Decode, Cp932IsDetectedAsShiftJis) {
  const std::string text = representable_part(sample(), "windows-31j");
  ASSERT_NE(text.find("①"), std::string::npos);  // an NEC extension, absent from JIS X 0208
  const auto d = decode(encode(text, "windows-31j"));
  EXPECT_EQ(d.encoding, "Shift_JIS");
  EXPECT_EQ(d.utf8, text);
}

TEST(Decode, EucJpIsDetected) {
  const std::string text = representable_part(sample(), "EUC-JP");
  const auto d = decode(encode(text, "EUC-JP"));
  EXPECT_EQ(d.encoding, "EUC-JP");
  EXPECT_EQ(d.utf8, text);
}

// Bytes as Windows writes them (Microsoft's CP932 table), not produced by ICU:
// ① 0x8740, Ⅱ 0x8755, ㈱ 0x878A, ～ 0x8160, 髙 0xFBFC.
TEST(Decode, Cp932VendorExtensionsDecode) {
  const auto d = decode("No.\x87\x40 \x87\x55 \x87\x8A \x81\x60 \xFB\xFC");
  EXPECT_EQ(d.encoding, "Shift_JIS");
  EXPECT_EQ(d.utf8, "No.① Ⅱ ㈱ ～ 髙");
}

TEST(Decode, OverrideAcceptsIcuNames) {
  const std::string text = representable_part(sample(), "windows-31j");
  const std::string sjis = encode(text, "windows-31j");
  for (const char* name : {"cp932", "sjis", "shift_jis", "Windows-31J"}) {
    const auto d = decode(sjis, name);
    EXPECT_EQ(d.encoding, "Shift_JIS") << name;
    EXPECT_EQ(d.utf8, text) << name;
  }
  const auto euc = decode(encode(text, "EUC-JP"), "euc-jp");
  EXPECT_EQ(euc.encoding, "EUC-JP");
  EXPECT_EQ(euc.utf8, text);
  // Without a byte order mark UTF-16 is not detected, only decoded on request.
  const auto utf16 = decode(encode(sample(), "UTF-16LE"), "utf-16le");
  EXPECT_EQ(utf16.encoding, "UTF-16LE");
  EXPECT_EQ(utf16.utf8, sample());
}

TEST(Decode, OverrideThatDoesNotFitIsAnError) {
  const std::string sjis = encode(representable_part(sample(), "cp932"), "cp932");
  EXPECT_NE(decode_error(sjis, "utf-8").find("invalid UTF-8 byte sequence"), std::string::npos);
  EXPECT_NE(decode_error(sjis, "euc-jp").find("invalid EUC-JP byte sequence"), std::string::npos);
  EXPECT_EQ(decode_error("\xEF\xBB\xBF" + sample(), "cp932"),
            "the text starts with a UTF-8 byte order mark, not Shift_JIS");
}

TEST(Decode, LineEndingsAreKept) {
  const std::string text = representable_part(sample(), "cp932");
  for (const char* ending : {"\r\n", "\r"}) {
    const std::string converted = replace_all(text, "\n", ending);
    EXPECT_EQ(decode(encode(converted, "cp932")).utf8, converted);
    EXPECT_EQ(decode("\xFF\xFE" + encode(converted, "UTF-16LE")).utf8, converted);
    EXPECT_EQ(decode(converted).utf8, converted);
  }
}

TEST(Decode, InvalidUtf8NamesTheByteOffset) {
  std::string text = sample();
  const size_t at = text.find("【");
  ASSERT_NE(at, std::string::npos);
  text.insert(at, "\xFF");
  EXPECT_NE(decode_error(text).find("invalid UTF-8 byte sequence at byte offset " +
                                    std::to_string(at) + " (FF)"),
            std::string::npos)
      << decode_error(text);
}

TEST(Decode, CutMultibyteCharacterIsReportedAtItsFirstByte) {
  std::string text = sample();
  const size_t at = text.find("◎");  // three bytes in UTF-8
  text[at + 2] = 'x';
  const std::string error = decode_error(text);
  EXPECT_NE(error.find("UTF-8 byte sequence at byte offset " + std::to_string(at) + " "),
            std::string::npos)
      << error;
}

TEST(Decode, TruncatedUtf16IsAnError) {
  std::string bytes = "\xFF\xFE" + encode(sample(), "UTF-16LE");
  bytes.pop_back();
  const std::string error = decode_error(bytes);
  EXPECT_NE(error.find("truncated UTF-16LE byte sequence at byte offset " +
                       std::to_string(bytes.size() - 1)),
            std::string::npos)
      << error;
}

TEST(Decode, UnpairedUtf16SurrogateIsAnError) {
  const std::string bytes = "\xFF\xFE" + encode("年度", "UTF-16LE") + std::string("\x00\xD8", 2) +
                            encode("末", "UTF-16LE");
  EXPECT_NE(decode_error(bytes).find("invalid UTF-16LE byte sequence at byte offset 6"),
            std::string::npos)
      << decode_error(bytes);
}

TEST(Decode, InvalidShiftJisNamesTheByteOffset) {
  const std::string text = representable_part(sample(), "cp932");
  std::string sjis = encode(text, "cp932");
  // Where 【 stands in the encoded bytes; row 0x85 is unassigned in CP932.
  const size_t at = encode(text.substr(0, text.find("【")), "cp932").size();
  sjis.insert(at, "\x85\x40");
  const std::string expected = "invalid Shift_JIS byte sequence at byte offset " + std::to_string(at);
  EXPECT_NE(decode_error(sjis).find(expected), std::string::npos) << decode_error(sjis);
  EXPECT_NE(decode_error(sjis, "cp932").find(expected), std::string::npos);
}

TEST(Decode, UnknownEncodingName) {
  EXPECT_EQ(decode_error("abc", "klingon-8"), "unknown encoding 'klingon-8'");
}

TEST(Decode, AsciiAndEmptyAreUtf8) {
  EXPECT_EQ(decode("2024\n").encoding, "UTF-8");
  EXPECT_EQ(decode("").utf8, "");
  EXPECT_EQ(decode(std::string_view()).encoding, "UTF-8");
}

}  // namespace
