// Never silent, line by line: whatever line of an edition is edited — a
// heading, a measure, a tag, the date, a table's row, a page's last line —
// the comparison with the original reports a difference. Run over the sample
// edition and the editions of the other layouts (tests/layouts/).
#include <gtest/gtest.h>

#include "nendiff/compare.hpp"
#include "nendiff/parse.hpp"
#include "test_support.hpp"
#include "text/unicode.hpp"

namespace nendiff {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  for (size_t start = 0; start < text.size();) {
    const size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& l : lines) text += l + "\n";
  return text;
}

// The line with a character inserted in its middle: a word changed, not a
// year that could roll or a space nendiff treats as equal.
std::string edited(const std::string& line) {
  std::u32string s = text::to_u32(line);
  s.insert(s.size() / 2, U"変");
  return text::to_utf8(s);
}

// Each line with text edited, then each left out: the comparison with the
// original must differ every time.
void expect_every_edit_seen(const std::string& path) {
  const std::string text = test::read_bytes(path);
  const Document original = parse(text, path);
  std::vector<std::string> lines = lines_of(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (text::code_points(lines[i]) < 2) continue;  // blank, or a lone mark
    const std::string kept = lines[i];
    for (const std::string& change : {edited(kept), std::string()}) {
      lines[i] = change;
      const Comparison c = compare(original, parse(joined(lines), path));
      EXPECT_TRUE(c.has_differences()) << path << ":" << i + 1 << " 「" << kept << "」 "
                                       << (change.empty() ? "left out" : "edited") << " went unseen";
    }
    lines[i] = kept;
  }
}

TEST(NeverSilent, EveryEditedLineOfTheOtherLayoutsIsADifference) {
  for (const char* name : {"chizai-2024", "seicho-2021", "kisei-2024", "honebuto-2024", "sosei-2024",
                           "kojin-joho-b", "danjo-2023", "kyoujin-2024", "kentoukai-2024",
                           "tsuchi-2024"})
    expect_every_edit_seen(test::sample_path(std::string("../tests/layouts/") + name + ".txt"));
}

TEST(NeverSilent, EveryEditedLineOfTheSamplesIsADifference) {
  for (const char* name : {"kenko-iryo-senryaku-2024.txt", "kenko-iryo-senryaku-2025.txt",
                           "families/d-kenko-iryo-senryaku-2024.txt", "outline/iryo-dx-ronten-v2.md"})
    expect_every_edit_seen(test::sample_path(name));
}

}  // namespace
}  // namespace nendiff
