// A sentence as MeCab reads it: tokens with a coarse part of speech, the
// conjugation form and the lemma, the same for IPAdic and UniDic (their
// feature columns differ; the judge in mecab_judge.cpp sees only this).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace MeCab {
class Tagger;
}

namespace tense {

enum class Pos {
  noun,
  suffix,
  verb,
  adjective,
  aux,
  particle,
  adverb,
  adnominal,
  conjunction,
  symbol,
  comma,
  period,
  open,
  close,
  other
};

// 終止・連体 (基本形), 連用 (incl. タ接続, 音便), anything else.
enum class Form { none, terminal, renyo, other };

struct Token {
  std::string surface;
  std::string lemma;  // base form: する for し (IPAdic keeps だ for the past だ of 取り組んだ)
  Pos pos = Pos::other;
  std::string pos2;   // 自立/非自立/接尾, 格助詞/係助詞/接続助詞/連語 … (IPAdic names)
  std::string ctype;  // conjugation type: 特殊・タ (IPAdic), 助動詞-タ (UniDic) …
  Form form = Form::none;
  size_t begin = 0, end = 0;  // bytes in the analysed text
};

class Analyser {
 public:
  // dicdir: a MeCab system dictionary (/var/lib/mecab/dic/ipadic-utf8 …).
  explicit Analyser(const std::string& dicdir);
  ~Analyser();
  Analyser(const Analyser&) = delete;
  Analyser& operator=(const Analyser&) = delete;

  std::vector<Token> tokens(std::string_view text) const;
  // MeCab's parse alone, nothing copied: the floor of what tokens() costs.
  size_t count_nodes(std::string_view text) const;

 private:
  MeCab::Tagger* tagger_;
};

}  // namespace tense
