// The government bodies ministry tags name, with the abbreviations follow-up
// documents use for them and, for abolished ones, the day they ended. One table
// for the parser (is this bracket a tag?), the comparison (【◎厚】 and （◎厚生労
// 働省） are the same tag) and the stale check (a tag still naming a body that
// no longer exists).
#include "text/bodies.hpp"

#include <unordered_map>

namespace nendiff::text {
namespace {

struct Row {
  const char* name;
  std::initializer_list<const char*> aliases;
  const char* ended = "";      // YYYY-MM-DD, last day of existence
  const char* successor = "";
};

// The cabinet's ministries and agencies, the secretariats follow-ups name, and
// the bodies abolished in the 2001 reorganisation and since. Abbreviations are
// the ones tags use: one character for a ministry (厚, 経), the usual short
// forms (厚労, 厚労省, 経産), and the full name.
const Row kRows[] = {
    {"内閣官房", {"官", "官房"}},
    {"内閣府", {"内", "府"}},
    {"内閣法制局", {"法制局"}},
    {"人事院", {}},
    {"会計検査院", {"検査院"}},
    // The Diet and the courts: tags of plans that reach beyond the cabinet
    // (男女共同参画基本計画) name them too.
    {"衆議院", {}},
    {"参議院", {}},
    {"最高裁判所", {"最高裁"}},
    // Every ministry, or those concerned: tags name them as one (【全府省庁】,
    // （内閣府、関係省庁）).
    {"全府省庁", {"全府省", "全省庁", "各府省", "各府省庁", "各省庁"}},
    {"関係府省庁", {"関係府省", "関係省庁", "関係各府省", "関係各省", "関係各省庁"}},
    {"復興庁", {"復", "復興"}},
    {"総務省", {"総", "総務"}},
    {"法務省", {"法", "法務"}},
    {"外務省", {"外", "外務"}},
    {"財務省", {"財", "財務"}},
    {"文部科学省", {"文", "文科", "文科省", "文部科学"}},
    {"厚生労働省", {"厚", "厚労", "厚労省", "厚生労働"}},
    {"農林水産省", {"農", "農水", "農水省", "農林水産"}},
    {"経済産業省", {"経", "経産", "経産省", "経済産業"}},
    {"国土交通省", {"国", "国交", "国交省", "国土交通"}},
    {"環境省", {"環", "環境"}},
    {"防衛省", {"防", "防衛"}},
    {"デジタル庁", {"デ", "デジ", "デジタル"}},
    {"こども家庭庁", {"こ", "こども", "こ家庁"}},
    {"警察庁", {"警", "警察"}},
    {"国家公安委員会", {"公安委"}},
    {"金融庁", {"金", "金融"}},
    {"消費者庁", {"消", "消費者"}},
    {"個人情報保護委員会", {"個", "個情委"}},
    {"公正取引委員会", {"公取", "公取委"}},
    {"カジノ管理委員会", {"カジノ委"}},
    {"原子力規制委員会", {"規制委"}},
    {"食品安全委員会", {"食品", "食安委"}},
    {"宮内庁", {}},
    {"国税庁", {"国税"}},
    {"スポーツ庁", {"スポ", "スポーツ"}},
    {"文化庁", {"文化"}},
    {"特許庁", {"特許"}},
    {"中小企業庁", {"中企庁", "中小"}},
    {"資源エネルギー庁", {"エネ庁", "資源エネ"}},
    {"観光庁", {"観光"}},
    {"気象庁", {"気象"}},
    {"海上保安庁", {"海保"}},
    {"林野庁", {"林野"}},
    {"水産庁", {"水産"}},
    {"消防庁", {"消防"}},
    {"出入国在留管理庁", {"入管", "入管庁"}},
    {"公安調査庁", {"公安調"}},
    {"内閣感染症危機管理統括庁", {"統括庁", "感染症統括庁"}},
    {"健康・医療戦略推進事務局", {"健医", "健康医療"}},
    {"内閣官房健康・医療戦略室", {"戦略室", "健康医療戦略室"}},
    {"科学技術・イノベーション推進事務局", {"科技", "科技事務局"}},
    {"知的財産戦略推進事務局", {"知財", "知財事務局"}},
    {"国際博覧会推進本部事務局", {"万博", "万博事務局"}},
    {"地域経済活性化支援機構担当室", {"REVIC室"}},
    {"内閣サイバーセキュリティセンター", {"NISC"}, "2025-06-30", "国家サイバー統括室"},
    {"国家サイバー統括室", {}},
    {"東京オリンピック競技大会・東京パラリンピック競技大会推進本部事務局",
     {"オリパラ", "オリパラ事務局"}, "2022-03-31"},
    // The 2001 reorganisation (中央省庁等改革, in force 2001-01-06) and later.
    {"厚生省", {}, "2001-01-05", "厚生労働省"},
    {"労働省", {}, "2001-01-05", "厚生労働省"},
    {"文部省", {}, "2001-01-05", "文部科学省"},
    {"科学技術庁", {"科技庁"}, "2001-01-05", "文部科学省"},
    {"通商産業省", {"通産", "通産省"}, "2001-01-05", "経済産業省"},
    {"大蔵省", {"蔵"}, "2001-01-05", "財務省"},
    {"郵政省", {}, "2001-01-05", "総務省"},
    {"自治省", {}, "2001-01-05", "総務省"},
    {"総務庁", {}, "2001-01-05", "総務省"},
    {"建設省", {}, "2001-01-05", "国土交通省"},
    {"運輸省", {}, "2001-01-05", "国土交通省"},
    {"国土庁", {}, "2001-01-05", "国土交通省"},
    {"北海道開発庁", {}, "2001-01-05", "国土交通省"},
    {"環境庁", {}, "2001-01-05", "環境省"},
    {"経済企画庁", {"経企庁"}, "2001-01-05", "内閣府"},
    {"防衛庁", {}, "2007-01-08", "防衛省"},
    {"社会保険庁", {"社保庁"}, "2009-12-31", "日本年金機構"},
    {"内閣官房IT総合戦略室", {"IT室"}, "2021-08-31", "デジタル庁"},
};

struct Table {
  std::vector<Body> bodies;
  std::unordered_map<std::string, size_t> by_name;  // name or alias → body
};

const Table& table() {
  static const Table t = [] {
    Table t;
    for (const Row& row : kRows) {
      Body b{row.name, {row.aliases.begin(), row.aliases.end()}, row.ended, row.successor};
      const size_t i = t.bodies.size();
      t.by_name.emplace(b.name, i);
      for (const std::string& alias : b.aliases) t.by_name.emplace(alias, i);
      t.bodies.push_back(std::move(b));
    }
    return t;
  }();
  return t;
}

// 「総務省消防庁」「国土交通省観光庁」: an agency written under the ministry
// it belongs to is the agency, named in full after the ministry's full name.
const Body* agency_under_ministry(std::string_view name, const Table& t) {
  for (const Body& ministry : t.bodies) {
    const std::string_view full = ministry.name;
    if (!ministry.ended.empty() || name.size() <= full.size() || name.substr(0, full.size()) != full)
      continue;
    const std::string_view agency = name.substr(full.size());
    auto it = t.by_name.find(std::string(agency));
    if (it != t.by_name.end() && t.bodies[it->second].name == agency) return &t.bodies[it->second];
  }
  return nullptr;
}

}  // namespace

const std::vector<Body>& known_bodies() { return table().bodies; }

const Body* find_body(std::string_view name, const std::vector<Body>& extra) {
  for (const Body& b : extra) {
    if (b.name == name) return &b;
    for (const std::string& alias : b.aliases)
      if (alias == name) return &b;
  }
  const Table& t = table();
  auto it = t.by_name.find(std::string(name));
  return it == t.by_name.end() ? agency_under_ministry(name, t) : &t.bodies[it->second];
}

}  // namespace nendiff::text
