// A law's cross-references: 「第三百二十五条の二第二項第一号」 in one article
// names another article, its paragraph (項) and item (号). An amendment that
// removes or renumbers an article or paragraph can leave references to what
// the edition no longer has; each is a finding. References to other laws
// (「民法第九十三条」「同法第十七条」「…（明治二十九年法律第八十九号）第九十三条」),
// relative ones (前条, 同項) and the text an amendment quotes (「…」) are not
// this law's.
//
// An article is there or not. Its paragraphs are counted by their numbers at
// the start of a line (「２ …」), which a converter sometimes runs into the
// line above: so a paragraph is only missed where the prior edition, read the
// same way, had it — what an amendment took away.
#include <iterator>
#include <unordered_map>
#include <mutex>
#include <optional>

#include "check/context.hpp"
#include "text/brackets.hpp"
#include "text/numerals.hpp"
#include "text/unicode.hpp"
#include "util/parallel.hpp"

namespace nendiff::detail {
namespace {

using text::to_u32;
using text::to_utf8;

// What an article holds that a reference can name: its paragraphs (項).
// Items (号) are not counted (see missing()).
struct Article {
  size_t paragraphs = 1;
};
using Articles = std::unordered_map<std::u32string, Article>;  // by label: 第九十三条の二

// 「２ …」 starts the second paragraph: its number, in ASCII digits once
// normalized, is read from the first bytes of each paragraph.
Article read_article(const Measure& m) {
  Article a;
  const std::string_view text = m.text;
  for (const LineSpan& s : m.spans) {
    if (!s.starts_paragraph || s.offset >= text.size()) continue;
    size_t number = 0;
    for (size_t k = s.offset; k < text.size() && text[k] >= '0' && text[k] <= '9'; ++k)
      number = number * 10 + static_cast<size_t>(text[k] - '0');
    a.paragraphs = std::max(a.paragraphs, number);
  }
  return a;
}

// A character before 「第」 that makes the reference not this law's own, or
// relative: another law's (「民法第」「法律第」「…号)第」), or the 項 of an
// article named before (「同条第二項」「前項第一号」).
bool not_own(char32_t c) {
  return text::one_of(U"法令則約律)号条項", c);
}

struct Reference {
  size_t begin = 0, end = 0;  // code points of the text
  std::u32string article;     // 「第九十三条の二」, or empty for the same article
  int paragraph = 0, item = 0;
};

// 「第三」「第3」 followed by `unit` at i: the number and the end, or 0.
int numbered(std::u32string_view t, size_t i, char32_t unit, size_t& end) {
  if (i >= t.size() || t[i] != U'第') return 0;
  const int n = text::provision_number(t, i + 1, end);
  if (n == 0 || end >= t.size() || t[end] != unit) return 0;
  ++end;
  return n;
}

// The reference starting at i, if one does.
std::optional<Reference> reference_at(std::u32string_view t, size_t i) {
  Reference r{i, i, {}, 0, 0};
  size_t end = i;
  if (numbered(t, i, U'条', end)) {
    end = text::past_branch_numbers(t, end);  // 条の二の三
    r.article = t.substr(i, end - i);
    r.end = end;
  }
  if (const int p = numbered(t, r.end, U'項', end)) r.paragraph = p, r.end = end;
  if (const int k = numbered(t, r.end, U'号', end)) r.item = k, r.end = end;
  if (r.end == i) return std::nullopt;
  return r;
}

// 「第三十三条第七項若しくは第九項」「同法第十七条から第十八条の二まで」: a
// reference joined to the one before it by these words continues it — its
// article, and whose law it is.
bool continues(std::u32string_view t, size_t previous_end, size_t begin) {
  static constexpr std::u32string_view kJoins[] = {U"又は", U"若しくは", U"及び", U"並びに",
                                                   U"、",   U"から",     U"まで", U"まで、",
                                                   U"("};
  // 「…第一項ただし書、第四百二十四条の五」: the part of a provision named
  // comes between.
  static constexpr std::u32string_view kParts[] = {U"ただし書", U"本文", U"前段", U"後段",
                                                   U"各号"};
  std::u32string_view between = t.substr(previous_end, begin - previous_end);
  for (std::u32string_view p : kParts)
    if (text::starts_with(between, p)) between.remove_prefix(p.size());
  // 「…第二項(同法第五十九条において準用する場合を含む。)及び第…」: an aside.
  if (!between.empty() && between.front() == U'(')
    if (const auto close = text::matching_close(between, 0)) between.remove_prefix(*close + 1);
  for (std::u32string_view j : kJoins)
    if (between == j) return true;
  return false;
}

std::vector<Reference> references(std::u32string_view t) {
  struct Last {
    std::optional<Reference> reference;  // the last one read at a depth of brackets
    bool own = false;
  };
  std::vector<Reference> out;
  std::vector<Last> last(1);  // one per depth of ( ) around the reference
  int quoted = 0;
  // The article's caption ends where its text starts: 「(適用除外)第五条の規定は」
  // refers to this law's 第五条, not another law's.
  const std::optional<size_t> caption_close =
      t.empty() || t[0] != U'(' ? std::nullopt : text::matching_close(t, 0);
  const size_t text_start = caption_close ? *caption_close + 1 : 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == U'「') ++quoted;
    if (t[i] == U'」' && quoted > 0) --quoted;
    if (t[i] == U'(') last.emplace_back();
    if (t[i] == U')' && last.size() > 1) last.pop_back();
    if (t[i] != U'第' || quoted > 0) continue;
    std::optional<Reference> r = reference_at(t, i);
    if (!r) continue;
    bool own = i == text_start || !not_own(t[i - 1]);
    Last& previous = last.back();
    if (previous.reference && continues(t, previous.reference->end, i)) {
      own = previous.own;
      if (r->article.empty()) r->article = previous.reference->article;
    }
    if (own) out.push_back(*r);
    previous = {r, own};
    i = r->end - 1;  // past all of it, another law's 項 and 号 included
  }
  return out;
}

// What the reference names that the edition does not have, or "".
std::string missing(const Reference& r, const Articles& articles, const Article& own) {
  const Article* a = &own;
  if (!r.article.empty()) {
    auto it = articles.find(r.article);
    if (it == articles.end()) return "article";
    a = &it->second;
  }
  if (r.paragraph > 0 && static_cast<size_t>(r.paragraph) > a->paragraphs) return "paragraph";
  // Items (号) are not checked: converters run them together on one line
  // (「イ…ロ…四 親会社…」), so an article's items cannot be counted reliably.
  return "";
}

StaleFinding finding(const Context& c, size_t measure, const std::u32string& t, const Reference& r,
                     const std::string& what) {
  const Measure& m = c.doc.measures[measure];
  StaleFinding f;
  f.reason = "dangling_reference";
  f.text = to_utf8(std::u32string_view(t).substr(r.begin, r.end - r.begin));
  f.line = m.line_at(text::utf8_length(std::u32string_view(t).substr(0, r.begin)));
  f.sentence = m.text;
  for (const Sentence& s : m.sentences)
    if (f.line >= s.line && s.text.find(f.text) != std::string::npos) f.sentence = s.text;
  f.measure = measure;
  f.section_path = m.section_path;
  const bool article = what == "article", paragraph = what == "paragraph";
  const std::string ja = article ? "条" : paragraph ? "項" : "号";
  const std::string en = article ? "an article (条)" : paragraph ? "a paragraph (項)" : "an item (号)";
  f.message_ja = "「" + f.text + "」が指す" + ja + "はこの版にありません（削除・移動された" + ja +
                 "への参照が残っていませんか）。";
  f.message_en = "「" + f.text + "」 refers to " + en +
                 " this edition does not have: a reference to a removed or renumbered provision?";
  return f;
}

Articles articles_of(const Document& d) {
  Articles articles;
  for (const Measure& m : d.measures)
    if (m.kind == UnitKind::article && !m.label.empty()) articles[to_u32(m.label.str())] = read_article(m);
  return articles;
}

}  // namespace

// The articles are read on all cores, each into its own list of findings,
// joined in the articles' order. The prior edition's articles are read only
// when a paragraph is missed, which few references are.
void check_references(Context& c) {
  const Articles articles = articles_of(c.doc);
  if (articles.empty()) return;
  std::once_flag prior_read;
  Articles prior;
  auto prior_articles = [&]() -> const Articles& {
    std::call_once(prior_read, [&] { prior = articles_of(*c.prior); });
    return prior;
  };
  std::vector<std::vector<StaleFinding>> found(c.doc.measures.size());
  parallel_for(c.doc.measures.size(), [&](size_t i) {
    const Measure& m = c.doc.measures[i];
    // Every reference starts with 「第」: an article without one need not be
    // decoded.
    if (m.kind != UnitKind::article || m.text.find("第") == std::string::npos) return;
    const Article own = read_article(m);
    const std::u32string t = to_u32(m.text);
    for (const Reference& r : references(t)) {
      const std::string what = missing(r, articles, own);
      if (what.empty()) continue;
      if (what == "paragraph") {
        // Only what the prior edition had: see above. In the prior edition
        // the referring article may have had other paragraphs itself.
        if (!c.prior) continue;
        const Articles& before_articles = prior_articles();
        const auto before = before_articles.find(to_u32(m.label.str()));
        if (!missing(r, before_articles, before == before_articles.end() ? own : before->second).empty())
          continue;
      }
      found[i].push_back(finding(c, i, t, r, what));
    }
  });
  for (std::vector<StaleFinding>& f : found)
    c.findings.insert(c.findings.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
}

}  // namespace nendiff::detail
