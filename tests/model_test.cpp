// The document model: a measure's sentences view its own text, whatever
// happens to the measure — copied, moved, assigned, or grown in a vector.
#include "nendiff/model.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "nendiff/parse.hpp"

namespace nendiff {
namespace {

Measure parsed(const std::string& text) {
  Document d = parse("計画2024\n\n1. 総論\n\n・" + text + "【◎厚】\n", "", {"follow-up"});
  return d.measures.at(0);  // a copy: the document goes
}

std::vector<std::string> sentences_of(const Measure& m) {
  std::vector<std::string> out;
  for (const Sentence& s : m.sentences) {
    EXPECT_GE(s.text.data(), m.text.data());  // inside its own text
    EXPECT_LE(s.text.data() + s.text.size(), m.text.data() + m.text.size());
    out.emplace_back(s.text);
  }
  return out;
}

TEST(Model, SentencesViewTheirMeasuresOwnText) {
  const std::vector<std::string> both{"研究を進める。", "支援する。"};
  auto original = std::make_unique<Measure>(parsed("研究を進める。支援する。"));
  const Measure copy = *original;
  Measure moved = std::move(*original);
  original.reset();
  EXPECT_EQ(sentences_of(copy), both);
  EXPECT_EQ(sentences_of(moved), both);
  Measure assigned;
  assigned = copy;
  EXPECT_EQ(sentences_of(assigned), both);
  // Short texts live inside the object itself: moving it moves them.
  std::vector<Measure> grown;
  for (int i = 0; i < 100; ++i) grown.push_back(parsed("短い。"));
  for (const Measure& m : grown) EXPECT_EQ(sentences_of(m), std::vector<std::string>{"短い。"});
  assigned = std::move(grown.back());
  EXPECT_EQ(sentences_of(assigned), std::vector<std::string>{"短い。"});
}

// Each year and figure as "raw/suffix or unit", checked to lie in its sentence.
std::vector<std::string> mentions_of(const Measure& m) {
  std::vector<std::string> out;
  auto inside = [](std::string_view part, std::string_view whole) {
    EXPECT_GE(part.data(), whole.data());
    EXPECT_LE(part.data() + part.size(), whole.data() + whole.size());
  };
  for (const Sentence& s : m.sentences) {
    for (const YearMention& y : s.years) {
      inside(y.raw, s.text);
      inside(y.suffix, y.raw);
      out.push_back(std::string(y.raw) + "/" + std::string(y.suffix));
    }
    for (const Figure& f : s.figures) {
      inside(f.raw, s.text);
      inside(f.unit, f.raw);
      out.push_back(std::string(f.raw) + "/" + std::string(f.unit));
    }
  }
  return out;
}

TEST(Model, YearsAndFiguresViewTheirMeasuresOwnText) {
  const std::vector<std::string> all{"2025年度/年度", "約3~5億円/億円", "49社/社"};
  auto original = std::make_unique<Measure>(parsed("2025年度に約3~5億円を投じる。49社"));
  const Measure copy = *original;
  Measure moved = std::move(*original);
  original.reset();
  EXPECT_EQ(mentions_of(copy), all);
  EXPECT_EQ(mentions_of(moved), all);
  // Short texts live inside the object: a vector's growth moves them.
  std::vector<Measure> grown;
  for (int i = 0; i < 100; ++i) grown.push_back(parsed("5件。"));
  for (const Measure& m : grown) EXPECT_EQ(mentions_of(m), std::vector<std::string>{"5件/件"});
}

TEST(Model, ASectionChainRunsFromTheOutermostHeadingIn) {
  const Document d = parse("計画2024\n\n第1章 総論\n\n1. 健康\n\n(1) 研究\n\n・研究を進める。【◎文】\n\n2. 医療\n\n・医療を支える。【◎厚】\n",
                           "", {"follow-up"});
  ASSERT_EQ(d.measures.size(), 2u);
  std::vector<std::string> headings;
  for (size_t s : d.section_chain(d.measures[0].section)) headings.push_back(d.sections[s].heading);
  EXPECT_EQ(headings, (std::vector<std::string>{"第1章総論", "1.健康", "(1)研究"}));
  EXPECT_EQ(d.section_chain(d.measures[1].section).size(), 2u);
  EXPECT_TRUE(d.section_chain(std::nullopt).empty());
}

}  // namespace
}  // namespace nendiff
