// Internal: how a layout numbers its headings, items and articles, written the
// way a reader describes it — 「第{n}章 {t}」「({n}) {t}」「{c}{t}」「第{k}条{t?}」
// 「＜{t}＞」 — rather than as a regular expression: the templates are what a
// profile file holds, and matching them is a few comparisons a line.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nendiff {

// A numbering template. It is matched against a line folded to half width
// with its spaces kept (text::fold_line). Tokens:
//   {n}   Arabic digits, three at most: 1, 12 (a decimal 「1.5」 is no 「{n}.」)
//   {k}   kanji numerals 〇一二三四五六七八九十百千: 二十三, 三百二十五
//   {b}   a law's branch numbers, any number of them, none included: の二, の二の三
//         (「第{k}条{b}」 reads 第二十三条の二)
//   {c}   a circled number ①…⑳
//   {r}   a Roman numeral: I, II, IV … (Ⅰ Ⅱ fold to these)
//   {a}   a katakana letter in アイウエオ order: ア, イ …
//   {l}   a Latin letter: a, B
//   {s}   superscript digits: ¹, ¹²  (footnote marks)
//   {t}   the title: the rest of the line, up to the closing literals that end
//         the template, if any; never empty. {t?} may be empty.
//   " "   spaces, any number, none included
//   {_}   a break: one space at least, or the end of the line. A one-letter
//         number needs one (「ア 概要」 is numbered, 「アジア」 is a word), and so
//         does an article (「第四条 …」 starts one, 「第四条の規定により」 does not)
//   anything else stands for itself.
// A template that ends with literals after {t} (「＜{t}＞」「({t})」) matches
// only a whole line ending with them, whose title has balanced brackets.
class NumberingTemplate {
 public:
  struct Match {
    std::u32string_view label;  // the numbering as written: 「第1章」「(1)」「①」
    std::u32string_view title;  // what follows it (empty for {t?} with nothing)
    size_t label_letters = 0;   // code points of the label that are not spaces
  };

  // Throws Error("…") naming what is wrong in `spec`.
  static NumberingTemplate parse(std::string_view spec);

  std::optional<Match> match(std::u32string_view line) const;
  // False when no line starting with `c` can match: most lines are ruled out
  // by their first character.
  bool may_start(char32_t c) const;
  // The form ends after its {t} (「＜{t}＞」): its label is no numbering.
  bool closed() const { return title_token_ + 1 < tokens_.size(); }
  // The form holds a number (「({n}) {t}」, 「{a}{_}{t}」), not only marks
  // (「○{t}」) or brackets.
  bool numbered() const;
  const std::string& spec() const { return spec_; }

 private:
  enum class Kind {
    literal, space, brk, arabic, kanji, provision, branch, circled, roman, kana, latin, superscript, title
  };
  struct Token {
    Kind kind;
    char32_t literal = 0;
    bool optional = false;  // {t?}
  };

  static size_t number_end(Kind kind, std::u32string_view s, size_t i);
  bool match_suffix(std::u32string_view line, size_t begin, size_t& title_end) const;
  bool is_decimal_point(size_t k, std::u32string_view line, size_t next) const;

  static constexpr size_t kNone = static_cast<size_t>(-1);
  std::string spec_;
  std::vector<Token> tokens_;
  size_t title_token_ = kNone;  // index of {t}
};

}  // namespace nendiff
