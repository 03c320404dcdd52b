#include "text/counters.hpp"

#include "text/script.hpp"

namespace nendiff::text {
namespace {

// Counters and units that say a number counts something (so a 4-digit number
// before them is not a year) — the common ones of government reports.
constexpr Words kCounters = {
    U"社", U"件", U"人", U"名", U"法人", U"団体", U"機関", U"医療機関", U"病院", U"施設",
    U"拠点", U"か所", U"カ所", U"ヶ所", U"ヵ所", U"箇所", U"か国", U"カ国", U"ヶ国",
    U"ヵ国", U"国", U"地域", U"都道府県", U"府県", U"市町村", U"自治体", U"業種", U"分野",
    U"品目", U"製品", U"項目", U"課題", U"回", U"回目", U"版", U"点", U"割", U"倍", U"%",
    U"\uFF05", U"‰", U"年", U"年間", U"か年", U"か月", U"カ月", U"ヶ月", U"ヵ月", U"週",
    U"週間", U"日", U"日間", U"時間", U"分", U"秒", U"歳", U"台", U"本", U"枚", U"冊",
    U"部", U"校", U"例", U"症例", U"事例", U"種", U"種類", U"類", U"世帯", U"床", U"つ",
    U"号", U"期", U"世紀", U"市区町", U"市区町村", U"都市", U"大学", U"事業", U"円", U"万",
    U"億", U"兆", U"千", U"百", U"テーマ", U"ポイント", U"プロジェクト", U"チーム",
};

// Currencies keep the multiplier in their unit: 億円, 万円, 億ドル.
constexpr Words kCurrencies = {U"円", U"ドル", U"米ドル", U"ユーロ", U"ポンド", U"元"};

// Words that follow a counter without being part of it.
constexpr Words kAfterCounter = {U"程度", U"以上", U"以下", U"未満", U"以内", U"前後",
                                 U"超", U"余", U"強", U"弱", U"等", U"増", U"減", U"毎",
                                 U"当たり", U"ずつ"};

// True when a counter stands at i. Most single-kanji counters also start
// ordinary words (日本, 国際, 本部, 部門): they count only when no kanji
// follows, except the few that never start a word after a number.
bool counter_at(const Decoded& t, size_t i) {
  size_t n = longest(t, i, kCounters);
  if (n != 1 || !is_han(t.at(i)) || !is_han(t.at(i + 1))) return n > 0;
  constexpr std::u32string_view kNeverWordStarts = U"件社人名割倍円万億兆歳";
  return kNeverWordStarts.find(static_cast<char32_t>(t.at(i))) != std::u32string_view::npos;
}

}  // namespace

bool is_multiplier(UChar32 c) {
  return c == u'百' || c == u'千' || c == u'万' || c == u'億' || c == u'兆';
}

double multiplier_value(UChar32 c) {
  switch (c) {
    case u'百': return 1e2;
    case u'千': return 1e3;
    case u'万': return 1e4;
    case u'億': return 1e8;
    default: return 1e12;  // 兆
  }
}

size_t currency_at(const Decoded& t, size_t i) { return longest(t, i, kCurrencies); }

size_t counter_end(const Decoded& t, size_t i) {
  if (size_t n = longest(t, i, kCounters)) return i + n;
  size_t e = i;
  while (e - i < 8 && is_katakana(t.at(e))) ++e;
  if (e > i) return e;
  while (e - i < 2 && is_han(t.at(e)) && !is_multiplier(t.at(e)) &&
         longest(t, e, kAfterCounter) == 0)
    ++e;
  return e;
}

bool counter_follows(const Decoded& t, size_t e) {
  if (counter_at(t, e)) return true;
  if (!is_range_mark(t.at(e)) || !t.is_digit(e + 1)) return false;
  size_t f = digit_run(t, e + 1);
  return counter_at(t, f) && !t.has(f, U"年");
}

}  // namespace nendiff::text
