// Recognising a layout (parse/detect.hpp): the paragraphs' profile is read
// only when the choice may depend on it, and the choice is then the one
// reading every profile gives.
#include <gtest/gtest.h>

#include "parse/detect.hpp"
#include "test_support.hpp"

namespace nendiff {
namespace {

using test::read_bytes;
using test::sample_path;

const std::string kEssay =
    "医療提供体制の将来像について\n\n"
    "人口構造の変化に伴い、医療需要は地域によって大きく異なる動きを示している。\n\n"
    "このため、地域の実情に応じた提供体制の見直しが求められる。\n\n"
    "関係者の合意形成には時間を要することから、早期に議論を始める必要がある。\n";

// A long text in one paragraph: the paragraphs' profile scores half its bound.
std::string one_long_paragraph() {
  std::string s = "検討の経緯\n\n";
  for (int i = 0; i < 300; ++i) s += "関係者の意見を踏まえ、制度の在り方について検討を進めた。";
  return s + "\n";
}

struct Read {
  EditionLines lines;
  std::vector<Reading> readings;
};

Read read_lazily(const std::string& utf8) {
  Read r{read_lines(utf8), {}};
  r.readings = read_with_every_profile(r.lines.lines());
  return r;
}

size_t generic_index(const std::vector<Reading>& readings) {
  for (size_t i = 0; i < readings.size(); ++i)
    if (readings[i].profile->paragraphs_are_units) return i;
  ADD_FAILURE() << "no paragraphs' profile";
  return 0;
}

// The profile chosen as parse chooses it, and as it would reading every profile.
std::pair<size_t, size_t> lazy_and_full_choice(const std::string& old_text, const std::string& new_text) {
  Read old_read = read_lazily(old_text), new_read = read_lazily(new_text);
  std::vector<Read*> both = {&old_read, &new_read};
  std::vector<const std::vector<Reading>*> all = {&old_read.readings, &new_read.readings};
  if (unread_may_decide(all))
    for (Read* r : both) read_unread(r->readings, r->lines.lines());
  const size_t lazy = choose_profile(all);
  for (Read* r : both) read_unread(r->readings, r->lines.lines());
  for (Read* r : both)
    for (const Reading& reading : r->readings) EXPECT_FALSE(reading.unread);
  return {lazy, choose_profile(all)};
}

TEST(Detect, TheParagraphsProfileIsLeftUnreadWhenAnotherExplainsTheText) {
  const std::string followup = read_bytes(sample_path("kenko-iryo-senryaku-2024.txt"));
  Read r = read_lazily(followup);
  const size_t g = generic_index(r.readings);
  EXPECT_TRUE(r.readings[g].unread);
  for (size_t i = 0; i < r.readings.size(); ++i)
    if (i != g) EXPECT_FALSE(r.readings[i].unread) << r.readings[i].profile->name;
  EXPECT_FALSE(unread_may_decide({&r.readings, &r.readings}));
}

TEST(Detect, TextOfNoLayoutHasTheParagraphsProfileRead) {
  Read r = read_lazily(kEssay);
  ASSERT_TRUE(unread_may_decide({&r.readings, &r.readings}));
  read_unread(r.readings, r.lines.lines());
  const Reading& generic = r.readings[generic_index(r.readings)];
  EXPECT_FALSE(generic.unread);
  EXPECT_GT(generic.coverage, 0.9);
  EXPECT_EQ(choose_profile({&r.readings, &r.readings}), generic_index(r.readings));
}

// Every pairing of the samples' layouts and of texts in none, each edition with
// itself and with the others: the lazy choice is the full one.
TEST(Detect, LeavingTheParagraphsUnreadChoosesAsReadingEveryProfile) {
  std::vector<std::string> texts = {kEssay, one_long_paragraph()};
  for (const char* name : {"kenko-iryo-senryaku-2024.txt", "families/b-kenko-iryo-senryaku-2023.txt",
                           "families/d-kenko-iryo-senryaku-2024.txt", "outline/iryo-dx-ronten-v1.md",
                           "law/kaishaho-2020-04-01.md"})
    texts.push_back(read_bytes(sample_path(name)));
  for (size_t a = 0; a < texts.size(); ++a)
    for (size_t b = 0; b < texts.size(); ++b) {
      const auto [lazy, full] = lazy_and_full_choice(texts[a], texts[b]);
      EXPECT_EQ(lazy, full) << "texts " << a << " and " << b;
    }
}

}  // namespace
}  // namespace nendiff
