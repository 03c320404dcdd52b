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

}  // namespace
}  // namespace nendiff
