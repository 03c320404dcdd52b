// The messages of the findings about years, in Japanese for an editor and in
// English.
#include <string>

#include "check/context.hpp"

namespace nendiff::detail {
namespace {

std::string year_label(const YearMention& y) {
  return std::to_string(y.year) + (y.fiscal ? "年度" : "年");
}

// 「令和5年度（2023年度）」: era years are shown with their Western year.
std::string era_note_ja(const YearMention& y) {
  return y.era ? "（" + std::string(y.raw) + "は" + year_label(y) + "）" : "";
}
std::string era_note_en(const YearMention& y) {
  return y.era ? " (" + std::string(y.raw) + " is " + std::to_string(y.year) + ")" : "";
}

}  // namespace

void set_messages(StaleFinding& f, const YearMention& y, int year) {
  std::string q = "「" + f.text + "」", ed = std::to_string(year);
  if (f.reason == "prior_year_future") {
    f.message_ja = q + era_note_ja(y) + "は" + ed + "年版では既に始まった年のことですが、"
                   "今後の取組として書かれています。年の更新漏れではありませんか。";
    f.message_en = q + era_note_en(y) + " names a year that has already begun by this " + ed +
                   " edition, yet the sentence states it as a plan: "
                   "was the year not rolled forward?";
  } else if (f.reason == "prior_year_as_of") {
    f.message_ja = q + era_note_ja(y) + "の状況が、" + ed + "年版で現在の状況として書かれています。"
                   "時点を更新してください。";
    f.message_en = q + era_note_en(y) + " presents an earlier year's state as the current one in "
                   "the " + ed + " edition: update the reference date.";
  } else if (f.reason == "malformed_year") {
    f.message_ja = q + "は年の表記の誤りと思われます（「" + std::to_string(y.year) + "年度」か「" +
                   std::to_string(y.year) + "年」）。";
    f.message_en = q + " looks like a typo: " + std::to_string(y.year) + "年度 (fiscal year) or " +
                   std::to_string(y.year) + "年 was meant.";
  } else if (f.reason == "unrolled_carryover") {
    f.message_ja = "今後の取組を述べるこの文は、年（" + q + "）も含めて前年版と同一です。"
                   "更新されないまま引き継がれています。";
    f.message_en = "This forward-looking sentence is identical to last edition's, " + q +
                   " included: it was carried over without being updated.";
  }
}

}  // namespace nendiff::detail
