// The built-in profiles. Each is what a reader of that family of documents
// knows about its layout; none is fitted to one document. They are data, in
// the same form a profile file takes (docs/profiles.md).
#include "parse/profile.hpp"

#include <algorithm>

namespace nendiff {
namespace {

std::vector<HeadingStyle> headings(std::initializer_list<const char*> forms) {
  std::vector<HeadingStyle> out;
  for (const char* form : forms) out.push_back({NumberingTemplate::parse(form)});
  return out;
}

std::vector<ItemStyle> items(std::initializer_list<const char*> forms, bool names_unit = false,
                             bool top_level_only = false) {
  std::vector<ItemStyle> out;
  for (const char* form : forms)
    out.push_back({NumberingTemplate::parse(form), names_unit, top_level_only});
  return out;
}

std::vector<NumberingTemplate> templates(std::initializer_list<const char*> forms) {
  std::vector<NumberingTemplate> out;
  for (const char* form : forms) out.push_back(NumberingTemplate::parse(form));
  return out;
}

// Footnote texts below a page's last paragraph: 「¹ …」「※1 …」, and a
// Markdown converter's 「[^1]: …」 (pandoc's rendering of Word's footnotes).
std::vector<NumberingTemplate> footnotes() { return templates({"{s} {t}", "※{n} {t}", "[^{n}]: {t}"}); }

// What a tag may say before the ministries it names, in any bracket:
// 「所管：」「担当府省庁：」「関係省庁：」 (NFKC: 「：」 is ':'). Longest first.
std::vector<std::u32string> tag_prefixes() {
  std::vector<std::u32string> out;
  for (std::u32string_view role : {U"所管", U"主担当", U"担当", U"関係", U"実施", U"主管", U""})
    for (std::u32string_view bodies : {U"府省庁", U"府省", U"省庁", U"機関", U""})
      if (!role.empty() || !bodies.empty()) out.push_back(std::u32string(role) + std::u32string(bodies) + U":");
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return out;
}

// Annual follow-ups of the government's strategies and plans (フォローアップ):
// numbered headings in whatever order the family nests them, items led by a
// bullet, closed by a tag naming the ministries in charge.
Profile follow_up() {
  Profile p;
  p.name = "follow-up";
  p.description = "フォローアップ: 見出し、施策（・○● など）、府省タグ【◎厚、経】";
  p.unit = UnitKind::measure;
  // Outermost first, as official numbering nests; the marks and bracketed
  // titles last, which also keeps 「(1) 新産業創出(仮称)」 a numbered heading.
  p.headings = headings({"第{n}部{_}{t}", "第{n}編{_}{t}", "第{n}章 {t}", "第{n}節 {t}",
                         "第{n}分野{_}{t}", "第{n}{_}{t}", "{r}. {t}", "{n}. {t}", "{n}{_}{t}",
                         "{n}-{n}{_}{t}", "({n}) {t}", "{r}) {t}", "{c} {t}", "{a}{_}{t}", "({a}) {t}", "{l}.{_}{t}",
                         "({l}) {t}", "◇{t}", "◆{t}", "□{t}", "■{t}", "○{t}", "◯{t}", "◎{t}", "<{t}>",
                         "[{t}]", "【{t}】", "({t})"});
  p.items = items({"・{t}", "- ・{t}", "●{t}", "○{t}", "◯{t}", "◎{t}", "◆{t}", "◇{t}", "■{t}", "□{t}",
                   "-{_}{t}", "*{_}{t}", "+{_}{t}", "{n}) {t}"});
  p.footnotes = footnotes();
  const std::vector<std::u32string> prefixes = tag_prefixes();
  p.tags = {{U'【', U'】', prefixes, false}, {U'(', U')', prefixes, true}, {U'《', U'》', prefixes, true},
            {U'〔', U'〕', prefixes, true},  {U'[', U']', prefixes, true},  {U'〈', U'〉', prefixes, true}};
  p.lead_marks = {U"◎", U"(主)", U"(主担当)"};
  p.ministry_columns = {U"府省", U"省庁", U"所管", U"担当"};
  p.not_tags = {U"KPI", U"目標", U"再掲", U"新規", U"一部新規", U"短期", U"中期", U"長期",
                U"継続", U"拡充", U"注", U"参考", U"工程表", U"重点"};
  return p;
}

// Laws and regulations (e-Gov text, or its Markdown form): 編・章・節・款・目,
// articles as the units, with their captions; years are dates, never rolled.
Profile law() {
  Profile p;
  p.name = "law";
  p.description = "法令: 編・章・節・款・目、条（見出し付き）、項・号";
  p.unit = UnitKind::article;
  // 附則 stands beside the main provisions, outside their 編 and 章. Laws
  // number them in kanji; regulations written across the page (規則, 規程,
  // 要綱, many 条例) in digits: 「第3条の2」.
  p.headings = headings({"附 則{t?}", "附則{t?}", "第{p}編{b}{_}{t}", "第{p}章{b}{_}{t}",
                         "第{p}節{b}{_}{t}", "第{p}款{b}{_}{t}", "第{p}目{b}{_}{t}"});
  p.items = items({"第{p}条{b}から第{p}条{b}まで{_}{t?}", "第{p}条{b}{_}{t?}"}, true);
  p.captions = templates({"({t})"});
  p.rolls_years = false;
  p.hard_wrapped = false;
  return p;
}

// Numbered headings of working papers, outlines and text of no known layout:
// 「1.1 」「1. 」「１　」「(1) 」「第1　」.
std::vector<HeadingStyle> numbered_headings() {
  return headings({"{n}.{n}.{n} {t}", "{n}.{n} {t}", "{n}. {t}", "{n}{_}{t}", "({n}) {t}", "第{n}{_}{t}"});
}

// Working papers and outlines: Markdown (「# 見出し」, 「- 項目」 with nested
// sub-items) or the same in plain text; a top-level item and its sub-items are
// one unit.
Profile outline() {
  Profile p;
  p.name = "outline";
  p.description = "アウトライン・Markdown: # 見出し、- 項目（下位項目を含む）";
  p.unit = UnitKind::item;
  p.markdown = true;
  p.headings = numbered_headings();
  p.items = items({"-{_}{t}", "*{_}{t}", "+{_}{t}", "・{t}", "{n}.{_}{t}", "{n}){_}{t}"}, false,
                  true);
  p.footnotes = footnotes();
  p.rolls_years = false;
  p.hard_wrapped = false;
  return p;
}

// Any text: paragraphs, compared one by one.
Profile generic() {
  Profile p;
  p.name = "generic";
  p.description = "段落単位の比較（既知のレイアウトに当てはまらない文書）";
  p.unit = UnitKind::paragraph;
  p.headings = numbered_headings();  // and unnumbered ones standing alone (parser.cpp)
  p.paragraphs_are_units = true;
  p.rolls_years = false;
  return p;
}

}  // namespace

const std::vector<Profile>& builtin_profiles() {
  static const std::vector<Profile> profiles = {follow_up(), law(), outline(), generic()};
  return profiles;
}

const Profile* builtin_profile(std::string_view name) {
  for (const Profile& p : builtin_profiles())
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace nendiff
