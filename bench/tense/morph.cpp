#include "tense/morph.hpp"

#include <mecab.h>

#include <stdexcept>

namespace tense {
namespace {

std::vector<std::string> split_features(const char* feature) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (const char* p = feature; *p; ++p) {
    if (*p == '"') quoted = !quoted;
    if (*p == ',' && !quoted)
      out.emplace_back();
    else
      out.back() += *p;
  }
  return out;
}

Pos pos_of(const std::string& pos1, const std::string& pos2, const std::string& surface) {
  if (pos1 == "名詞" || pos1 == "代名詞" || pos1 == "形状詞") return pos2 == "接尾" ? Pos::suffix : Pos::noun;
  if (pos1 == "接尾辞") return Pos::suffix;
  if (pos1 == "動詞") return Pos::verb;
  if (pos1 == "形容詞") return Pos::adjective;
  if (pos1 == "助動詞") return Pos::aux;
  if (pos1 == "助詞") return Pos::particle;
  if (pos1 == "副詞") return Pos::adverb;
  if (pos1 == "連体詞") return Pos::adnominal;
  if (pos1 == "接続詞") return Pos::conjunction;
  if (pos1 == "記号" || pos1 == "補助記号") {
    if (surface == "、" || surface == "," || surface == "，") return Pos::comma;
    if (surface == "。") return Pos::period;
    if (pos2 == "括弧開") return Pos::open;
    if (pos2 == "括弧閉") return Pos::close;
    return Pos::symbol;
  }
  return Pos::other;
}

Form form_of(const std::string& f) {
  if (f.empty() || f == "*") return Form::none;
  // IPAdic 基本形; UniDic 終止形-一般, 連体形-一般.
  if (f == "基本形" || f.rfind("終止形", 0) == 0 || f.rfind("連体形", 0) == 0) return Form::terminal;
  if (f.rfind("連用", 0) == 0) return Form::renyo;
  return Form::other;
}

// UniDic names its sub-classes differently; the judge asks IPAdic's questions.
std::string ipadic_pos2(const std::vector<std::string>& f) {
  const std::string& p1 = f[0];
  const std::string p2 = f.size() > 1 ? f[1] : "";
  if (p1 == "動詞" && p2 == "非自立可能") return "非自立";
  if (p1 == "動詞" && p2 == "一般") return "自立";
  if (p1 == "助詞" && p2 == "格助詞") return "格助詞";
  return p2;
}

}  // namespace

Analyser::Analyser(const std::string& dicdir) : tagger_(MeCab::createTagger(("-d " + dicdir).c_str())) {
  if (!tagger_) throw std::runtime_error("MeCab: " + std::string(MeCab::getTaggerError()));
}

Analyser::~Analyser() { delete tagger_; }

std::vector<Token> Analyser::tokens(std::string_view text) const {
  std::vector<Token> out;
  const char* start = text.data();
  for (const MeCab::Node* n = tagger_->parseToNode(text.data(), text.size()); n; n = n->next) {
    if (n->stat == MECAB_BOS_NODE || n->stat == MECAB_EOS_NODE) continue;
    std::vector<std::string> f = split_features(n->feature);
    f.resize(std::max<size_t>(f.size(), 7));
    Token t;
    t.surface.assign(n->surface, n->length);
    t.begin = static_cast<size_t>(n->surface - start);
    t.end = t.begin + n->length;
    bool unidic = f.size() >= 12;  // IPAdic has 9 columns, UniDic 17 or more
    const std::string& base = unidic ? f[10] : f[6];
    t.lemma = base.empty() || base == "*" ? t.surface : base;
    t.pos2 = ipadic_pos2(f);
    t.pos = pos_of(f[0], t.pos2, t.surface);
    t.form = form_of(f[5]);
    t.ctype = f[4];
    out.push_back(std::move(t));
  }
  return out;
}

size_t Analyser::count_nodes(std::string_view text) const {
  size_t n = 0;
  for (const MeCab::Node* node = tagger_->parseToNode(text.data(), text.size()); node; node = node->next) ++n;
  return n;
}

}  // namespace tense
