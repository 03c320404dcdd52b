#!/usr/bin/env python3
"""Builds the 2022 sample edition from the 2023 one, and the expected history of
all four sample editions (2022, 2023, 2024, 2025).

    python3 scripts/make-samples-2022.py          # writes the files, then checks them
    python3 scripts/make-samples-2022.py --check  # checks only, writes nothing

Reads, in samples/: kenko-iryo-senryaku-2023.txt (the text edited into 2022),
kenko-iryo-senryaku-2024.txt and -2025.txt, expected/2023-2024.json and
expected/2024-2025.json (the later steps of each lineage). Writes
samples/kenko-iryo-senryaku-2022.txt and samples/expected/history.json.

The 2022 edition is the 2023 text taken back a year the way the secretariat
writes an edition: years rolled back, figures of the year before (the real 2022
selection for 健康経営銘柄 and 健康経営優良法人), two measures that 2023 no longer
has, two that 2023 adds, one measure in another section, a ministry tag, and
above all the commitments whose fate in 2023 is known: promises that 2023
reports as done, promises 2023 still makes, one promise copied into 2023 with
its year not updated, and promises 2023 silently drops. Every edit is written
below next to the follow-through it plants; the expected JSON lists each
measure's lineage through all four editions, the figure series, and the
follow-through of every planted commitment plus the natural cases of the
2023 → 2024 and 2024 → 2025 pairs (checked by reading them).

Deterministic, Python 3 standard library only.
"""
import json
import os
import re
import sys
import unicodedata

from edition_text import (BULLET, TAG_ONLY, YEAR, heading_level, mask, norm, replace_once,
                          same_but_years)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "samples")
NAMES = {y: f"kenko-iryo-senryaku-{y}.txt" for y in (2022, 2023, 2024, 2025)}
PAIRS = {2023: "expected/2023-2024.json", 2024: "expected/2024-2025.json"}
OUT_JSON = "expected/history.json"

# ---------------------------------------------------------------- reading an edition

TAG = re.compile(r"【[^【】]*】")


class Block:
    """A measure as printed: its lines from the bullet up to the next item."""

    def __init__(self, mid, lines, blank_after):
        self.id, self.lines, self.blank_after = mid, lines, blank_after

    @property
    def raw(self):
        return "\n".join(self.lines)

    def tag(self):
        found = TAG.findall(self.raw)
        return found[-1] if found else None

    def text(self):
        """The measure's text: bullet, tags and the footnote line taken out."""
        body = [x for x in self.lines if not x.startswith("¹")]
        body[0] = body[0][len(BULLET.match(body[0]).group(0)):]
        return TAG.sub("", "".join(body))


def read_items(lines):
    """Headings ('h', text, blank_after) and measures ('m', Block); a measure
    runs from its bullet to the next bullet or heading (page breaks, tags, the
    footnote and further paragraphs included). A line starts an item only
    after a line that ends one (「。」 or a tag) or after a heading: in a
    hard-wrapped edition, a wrapped line may look like a bullet."""
    start = next(i for i, x in enumerate(lines) if i >= 8 and re.match(r"^1\.\s", x))
    items, current, prev_ends = [], None, True
    for i in range(start, len(lines)):
        line = lines[i]
        if not line.strip():
            if current:
                current.append(i)
            continue
        is_item = prev_ends and (BULLET.match(line) or heading_level(line))
        if is_item and not BULLET.match(line):
            items.append(["h", line, i + 1 < len(lines) and not lines[i + 1].strip()])
            current, prev_ends = None, True
            continue
        if is_item:
            current = [i]
            items.append(["m", current])
        else:
            assert current is not None, f"line {i + 1} outside any measure: {line[:30]}"
            current.append(i)
        prev_ends = line.rstrip().endswith(("。", "】"))
    for item in items:
        if item[0] == "m":
            rows = item[1]
            end = rows[-1]
            while not lines[end].strip():
                end -= 1
            item[1] = Block(rows[0] + 1, lines[rows[0]:end + 1], end < rows[-1])
    return items


def section_paths(items):
    paths, stack = {}, []
    for kind, *rest in items:
        if kind == "h":
            level = heading_level(rest[0])
            stack = [s for s in stack if s[0] < level] + [(level, rest[0])]
        else:
            paths[rest[0].id] = [h for _, h in stack]
    return paths


def effective_tags(items):
    """A measure without a tag of its own shares the tag closing the next ones."""
    tags, pending = {}, []
    for kind, *rest in items:
        if kind != "m":
            continue
        pending.append(rest[0].id)
        if rest[0].tag():
            for p in pending:
                tags[p] = rest[0].tag()
            pending = []
    return tags


def render(head, items):
    lines = list(head) + [""]
    for kind, *rest in items:
        if kind == "h":
            lines.append(rest[0])
            if rest[1]:
                lines.append("")
        else:
            lines += rest[0].lines
            if rest[0].blank_after:
                lines.append("")
    while lines[-1] == "":
        lines.pop()
    return lines


# ---------------------------------------------------------------- text helpers

NEW_OPEN, NEW_CLOSE = "«", "»"   # text written for 2022 already: its years stay


def roll_back(text, keep=()):
    """Moves the edition's own years (2022 on) back by one. Older years are
    dated facts; `keep` names exceptions; text in «» or in a tag 【】 stays."""
    protected = [(m.start(), m.end()) for m in re.finditer(r"«[^»]*»|【[^】]*】", text)]
    for part in keep:
        at = text.find(part)
        assert at >= 0, f"keep not found: {part}"
        protected.append((at, at + len(part)))

    def roll(m):
        if any(a <= m.start() < b for a, b in protected) or int(m.group(0)) < 2022:
            return m.group(0)
        return str(int(m.group(0)) - 1)
    return YEAR.sub(roll, text)


def ministries(tag):
    inside = re.sub(r"[（(][^）)]*[）)]", "", unicodedata.normalize("NFKC", tag or "").strip("【】"))
    names = [n.strip() for n in inside.split("、") if n.strip()]
    return ({n[1:] for n in names if n.startswith("◎")}, {n for n in names if not n.startswith("◎")})




# ---------------------------------------------------------------- the 2022 edition
#
# Per measure, keyed by its line in the 2023 file: subs (2023 text → 2022 text;
# a replacement in «» is written with 2022's years), keep (years that stay),
# and the follow-through each edit plants (see FOLLOW_2022 below).

EDIT_2022 = {
    # The real 2022 selection: 健康経営銘柄2022 32業種50社; 優良法人2022 大規模 2,299,
    # 中小規模 12,255.
    21: dict(subs=[("31 業種 49 社", "32 業種 50 社"), ("2,676 法人", "2,299 法人"),
                   ("14,012 法人", "12,255 法人")]),
    # done: ホワイト500 requirement considered in 2022, decided in 2023.
    25: dict(subs=[("2,149法人分", "1,869法人分"),
                   ("また、ワークエンゲイジメント等の業務パフォーマンス指標の直近の実測値及び測定方法の公開を"
                    "促すため、2023年度からホワイト500の認定要件に追加することとした。",
                    "また、ワークエンゲイジメント等の業務パフォーマンス指標の直近の実測値及び測定方法の公開を"
                    "促すため、ホワイト500の認定要件への追加を検討する。")]),
    # dropped: a promise 2023 does not mention again.
    27: dict(subs=[("検討を踏まえた必要な対応を実施していく。",
                    "検討を踏まえた必要な対応を実施していく。«また、2022年度中に、加入者の健康状態の"
                    "経年変化を分析する手法を開発する。»")]),
    31: dict(keep=["2024年度から開始される第4期制度"]),
    41: dict(keep=["2024年度から開始される第4期制度"]),
    45: dict(subs=[("16府県、13市区町の計33か所", "14府県、11市区町の計29か所")]),
    84: dict(subs=[("加盟約3,000団体", "加盟約2,600団体")]),
    90: dict(subs=[("537市町村", "448市町村"), ("1,021件", "725件")]),
    98: dict(subs=[("計341億円", "計318億円"), ("2022年度は7件の出資", "«2021年度は5件の出資»"),
                   ("累計39社", "累計34社")]),
    102: dict(subs=[("累計 512 件", "累計 398 件"), ("累計 1,105 件", "累計 836 件")]),
    # 総 and 国 join the tag in 2023.
    111: dict(subs=[("【総、文、厚、農、◎経、国】", "【文、厚、農、◎経】")]),
    # done: the G7 summit of 2023-05, ahead in 2022, reported in 2023.
    129: dict(keep=["2022年5月にグローバルヘルス戦略"],
              subs=[("2023 年 5 月の G7 広島サミットにおいて、議長国としてグローバルヘルス分野の議論を主導し、"
                     "世界全体でのワクチン等の感染症危機対応医薬品等 (MCM) への公平なアクセス向上のために、"
                     "「MCM への公平なアクセスのための G7 広島ビジョン」を発表し、「MCM に関するデリバリー・"
                     "パートナーシップ (MCDP)」を立ち上げた。",
                     "«2023 年 5 月の G7 広島サミットに向けて、議長国としてグローバルヘルス分野の議論を主導し、"
                     "世界全体でのワクチン等の感染症危機対応医薬品等 (MCM) への公平なアクセス向上のための"
                     "具体的な成果を目指す。»")]),
    133: dict(subs=[("2023 年 1 月末現在、68 医療機関", "«2022 年 1 月末現在、62 医療機関»"),
                    ("36 か所の病院", "31 か所の病院")]),
    139: dict(keep=["2025年大阪・関西万博"]),
    # rolled over: 「2022 年秋以降、…を進める」 stands in 2022 and, its year not
    # updated, in 2023 as well.
    145: dict(keep=["2022 年秋以降"]),
    # done: the AMR action plan revision, planned in 2022, made in 2023-04.
    158: dict(subs=[("2023 年 4 月 4 日に、先進諸国との連携や、開発途上国への国際協力等を通じた国際社会への貢献に"
                     "向けた施策を国内対策との連携を図りながら推進するため、同閣僚会議の名称を「国際的に脅威と"
                     "なる感染症対策の強化のための国際連携等関係閣僚会議」に改正し、2023年4月7日に同プランの"
                     "改定を行った。",
                     "«先進諸国との連携や、開発途上国への国際協力等を通じた国際社会への貢献に向けた施策を国内"
                     "対策との連携を図りながら推進するため、2023年度中の同プランの改定に向けた検討を進める。»")]),
    165: dict(keep=["2025年度以降の創設"]),
    # done: the bill (passed in 2023's account); continued: the link with
    # death records, still a plan in 2023 (and reported done only in 2025).
    173: dict(subs=[("これらのデータベースと他の公的データベースとの連結解析を可能とする法案が第210回臨時国会"
                     "において成立し匿名感染症関連情報データベース及び次世代データベースとの連結を2023年4月から"
                     "開始した。",
                     "«これらのデータベースと他の公的データベースとの連結解析を可能とする法案を国会に提出し、"
                     "匿名感染症関連情報データベース及び次世代データベースとの連結を2023年4月から開始できるよう"
                     "準備を進める。»"),
                    ("また、2023年度からNDBと死亡情報の連結を開始する予定である。",
                     "また、NDBと死亡情報の連結についても検討を進める。")]),
    # done: electronic prescriptions from 2023-01.
    174: dict(subs=[("2023 年 1 月より電子処方箋の運用を開始し、マイナポータルでの処方・調剤情報の閲覧を開始した。"
                     "また、2023 年 5 月より、医療機関・薬局への手術情報の共有を開始した。",
                     "«2023 年 1 月より電子処方箋の運用を開始する予定である。»")]),
    177: dict(subs=[("研究を7件、医療機器に関する研究を3件", "研究を5件、医療機器に関する研究を3件")]),
    # done: data sharing in full operation.
    180: dict(subs=[("また、2022 年度にシステム構築をはじめとするデータ共有の仕組みづくりを進め、データ共有の"
                     "本格運用を開始した。",
                     "«また、2021 年度からシステム構築をはじめとするデータ共有の仕組みづくりを進めており、"
                     "2022 年度中にデータ共有の本格運用を開始する予定である。»")]),
    # done twice: 「2023年度中に…を策定する予定である」 → 「2023年5月に…を策定した」,
    # and the restructuring it announces.
    191: dict(subs=[("「医療情報システムの安全管理に関するガイドライン」について、2023 年 5 月に第 6.0 版を策定"
                     "した。改定内容として、医療機関等におけるガイドラインの内容の更なる理解を促進するため、"
                     "本文を、概説編、経営管理編、企画管理編及びシステム運用編に分ける等全体構成を見直した。",
                     "«「医療情報システムの安全管理に関するガイドライン」について、2023 年度中に第 6.0 版を"
                     "策定する予定である。改定に当たっては、医療機関等におけるガイドラインの内容の更なる理解を"
                     "促進するため、本文を、概説編、経営管理編、企画管理編及びシステム運用編に分ける等全体構成を"
                     "見直す。»")]),
    215: dict(subs=[("2021 年度から 2022 年度にかけて", "«2020 年度から 2021 年度にかけて»")]),
    225: dict(subs=[("計 13 カ国に対し、35 のテーマ", "計 12 カ国に対し、31 のテーマ"),
                    ("2017 年から 2022 年に 77 人から 100 人と 30%増加",
                     "«2017 年から 2021 年に 77 人から 92 人と 19%増加»")]),
    # continued: the same aim, reworded (jRCT named only from 2023).
    233: dict(subs=[("引き続き2023年度以降も臨床研究情報ポータルサイトとjRCT（臨床研究等提出・公開システム "
                     "Japan Registry of Clinical Trials）の連携等を通じた適切な情報発信を目指す。",
                     "引き続き2023年度以降も、臨床研究情報ポータルサイトを通じた適切な情報発信を目指す。")]),
    # done: the start-up prizes, announced in 2022, created in 2023.
    237: dict(subs=[("第6回日本医療研究開発大賞（内閣総理大臣賞を含め11事例）",
                     "第5回日本医療研究開発大賞（内閣総理大臣賞を含め10事例）"),
                    ("また、第6回より「世界に伍するスタートアップ・エコシステムの形成について」（2022年6月2日"
                     "総合科学技術・イノベーション会議決定）を踏まえ、スタートアップ賞（健康・医療戦略担当大臣"
                     "表彰）及びスタートアップ奨励賞を新設した。",
                     "«また、第6回より、「世界に伍するスタートアップ・エコシステムの形成について」（2022年6月2日"
                     "総合科学技術・イノベーション会議決定）を踏まえ、スタートアップ賞（健康・医療戦略担当大臣"
                     "表彰）及びスタートアップ奨励賞を新設する予定である。»")]),
}

# Measures only in 2022 (dropped in 2023): their promises are dropped with them.
ONLY_2022 = {
    "X1": ["- ・ 新型コロナウイルス感染症の診断薬については、2021 年度に、日本医療研究開発機構（AMED）を"
           "通じて、抗原検査キット等の体外診断用医薬品の開発・実用化を支援し、計 12 品目が承認された。"
           "2022 年度も、変異株への対応を含め、診断薬の研究開発を支援する。【健医、文、◎厚】"],
    "X2": ["- ・東京オリンピック・パラリンピック競技大会のレガシーとして、2021年度に、障害の有無にかかわらず"
           "誰もが参加できるスポーツイベントの開催を支援した。2022年度以降も、大会のレガシーを活かし、"
           "共生社会の実現に向けた取組を推進する。【オリパラ（2022.03.31廃止）、◎文】"],
}
ADDED_2023 = (47, 175)   # measures 2023 has and 2022 does not
MOVED_2022 = 65          # stands under (個人の健康づくりへの取組促進) in 2022

# What 2022 → 2023 shows, per measure (2023 line): figures (2022 raw, 2023 raw),
# whether the ministries differ, whether the measure moved; every other measure
# present in both is the same text once years are rolled (checked).
EXPECT_2022_2023 = {
    21: dict(numbers=[("32業種", "31業種"), ("50社", "49社"), ("2,299法人", "2,676法人"),
                      ("12,255法人", "14,012法人")]),
    25: dict(numbers=[("1,869法人", "2,149法人")], sentences=True),
    27: dict(sentences=True),
    45: dict(numbers=[("14府県", "16府県"), ("11市区町", "13市区町"), ("29か所", "33か所")]),
    65: dict(moved=True),
    84: dict(numbers=[("約2,600団体", "約3,000団体")]),
    90: dict(numbers=[("448市町村", "537市町村"), ("725件", "1,021件")]),
    98: dict(numbers=[("318億円", "341億円"), ("5件", "7件"), ("34社", "39社")]),
    102: dict(numbers=[("398件", "512件"), ("836件", "1,105件")]),
    111: dict(tag=True),
    129: dict(sentences=True),
    133: dict(numbers=[("62医療機関", "68医療機関"), ("31か所", "36か所")]),
    158: dict(sentences=True),
    173: dict(sentences=True),
    174: dict(sentences=True),
    177: dict(numbers=[("5件", "7件")]),
    180: dict(sentences=True),
    191: dict(sentences=True),
    225: dict(numbers=[("12カ国", "13カ国"), ("31", "35"), ("92人", "100人"),
                       ("19%", "30%")]),
    233: dict(sentences=True),
    237: dict(numbers=[("第5回", "第6回"), ("10事例", "11事例")], sentences=True),
}

# ---------------------------------------------------------------- follow-through
#
# (from year, bullet line of the measure in that edition, a distinctive piece
# of the commitment, the expected class, a piece of the evidence sentence in
# the next edition or None). 2022 lines are those of the written file; the
# measure is named by its 2023 line and translated.

FOLLOW_2022 = [
    (25, "認定要件への追加を検討する", "done", "認定要件に追加することとした"),
    (25, "業務パフォーマンスに与える効果の分析を行い", "continued", "業務パフォーマンスに与える効果の分析"),
    (27, "経年変化を分析する手法を開発する", "dropped", None),
    (57, "大規模実証事業を通じて新たに確認された事項", "continued", "大規模実証事業を通じて新たに確認"),
    (65, "伴走支援に重点を置いた実証を実施する予定", "continued", "伴走支援に重点を置いた実証を実施する予定"),
    (129, "G7 広島サミットに向けて", "done", "G7 広島ビジョン」を発表し"),
    (145, "2022 年秋以降", "rolled_over", "2022 年秋以降"),
    (158, "同プランの改定に向けた検討を進める", "done", "同プランの改定を行った"),
    (173, "法案を国会に提出し", "done", "第210回臨時国会において成立し"),
    (173, "死亡情報の連結についても検討を進める", "continued", "死亡情報の連結を開始する予定である"),
    (174, "電子処方箋の運用を開始する予定である", "done", "電子処方箋の運用を開始し"),
    (180, "本格運用を開始する予定である", "done", "データ共有の本格運用を開始した"),
    (191, "第 6.0 版を策定する予定である", "done", "第 6.0 版を策定した"),
    (191, "全体構成を見直す。", "done", "全体構成を見直した"),
    (233, "臨床研究情報ポータルサイトを通じた適切な情報発信を目指す", "continued", "適切な情報発信を目指す"),
    (237, "スタートアップ奨励賞を新設する予定である", "done", "スタートアップ奨励賞を新設した"),
    ("X1", "変異株への対応を含め", "dropped", None),
    ("X2", "大会のレガシーを活かし", "dropped", None),
]

# Read in the existing files, not planted: what a reviewer concludes.
FOLLOW_LATER = [
    # 2023 → 2024
    (2023, 31, "総合評価指標の在り方について検討を進める", "done", "総合評価指標の見直しを行っている"),
    (2023, 47, "事例集の活用を促し", "dropped", None),
    (2023, 53, "サービスの一覧を公表する仕組みを検討する", "dropped", None),
    (2023, 57, "2023 年度以降は、大規模実証事業", "rolled_over", "2023 年度以降は、大規模実証事業"),
    (2023, 67, "2023年度以降も大阪・関西万博等の機会を活用しながら", "rolled_over",
     "2023年度以降も大阪・関西万博等の機会を活用しながら"),
    (2023, 84, "引き続き2023年度以降も、スポーツツーリズムの推進において", "rolled_over",
     "引き続き2023年度以降も、スポーツツーリズムの推進において"),
    (2023, 117, "担当官に対する研修を実施するほか", "done", "担当官に対する研修や"),
    (2023, 135, "リストの定期的な更新と周知", "dropped", None),
    (2023, 145, "2022 年秋以降", "continued", "2023 年秋以降"),
    (2023, 162, "治療薬の開発に資する取組を推進する", "dropped", None),
    (2023, 164, "国民に分かりやすく発信する", "dropped", None),
    (2023, 173, "死亡情報の連結を開始する予定である", "continued", "2024年度からNDBと死亡情報の連結を開始する予定"),
    (2023, 175, "健康保険証としての利用の促進を図る", "dropped", None),
    (2023, 181, "情報共有の在り方等について研究班で検討を進める", "continued", "予算事業及び研究班で検討を進める"),
    (2023, 231, "分かりやすい情報発信に取り組む", "dropped", None),
    # 2024 → 2025
    (2024, 39, "更なる取組促進を図る", "rolled_over", "更なる取組促進を図る"),
    (2024, 53, "2023 年度以降は、大規模実証事業", "continued", "2024 年度以降は、大規模実証事業"),
    (2024, 54, "科学的知見の収集・分析を継続して実施する", "continued", "科学的知見の収集・分析を継続する"),
    (2024, 62, "伴走支援に重点を置いた実証を実施する予定", "done", "伴走支援に重点を置いた実証を実施しており"),
    (2024, 64, "2023年度以降も大阪・関西万博等の機会を活用しながら", "continued",
     "2025年度も大阪・関西万博等の機会を活用しながら"),
    (2024, 107, "MFER の普及促進を図る", "dropped", None),
    (2024, 182, "NDBと死亡情報の連結を開始する予定である", "done", "NDBと死亡情報の連結を開始した"),
    (2024, 208, "産業振興拠点強化事業」において、医療機器産業等の人材を育成", "done", "拠点の整備を進めている"),
    (2024, 238, "医療人材の育成事業を実施する", "continued", "引き続き 2025 年度以降、医療人材の育成事業を実施する"),
    (2024, 248, "適切な情報発信を目指す", "continued", "分かりやすい情報発信を行う"),
]

FOLLOW_NOTES = {
    "rolled_over": "the same promise with the same year, which has begun by the next edition",
    "done": "reported in the past tense (or as under way) in the next edition",
    "continued": "still promised in the next edition, its years rolled or its wording changed",
    "dropped": "not mentioned again in the next edition",
}


# ---------------------------------------------------------------- building 2022

def build_2022(lines23):
    items = read_items(lines23)
    out = []
    for kind, *rest in items:
        if kind == "h":
            out.append(["h", rest[0], rest[1]])
            continue
        b = rest[0]
        if b.id in ADDED_2023:
            continue
        spec = EDIT_2022.get(b.id, {})
        text = b.raw
        for old, new in spec.get("subs", []):
            text = replace_once(text, old, new)
        text = roll_back(text, spec.get("keep", ())).replace(NEW_OPEN, "").replace(NEW_CLOSE, "")
        out.append(["m", Block(b.id, text.split("\n"), b.blank_after)])
    move(out)
    place(out, "X1", ONLY_2022["X1"], before=162)
    place(out, "X2", ONLY_2022["X2"], after=84)
    head = ["", "", "健康・医療戦略の実行状況と今後の取組方針2022", "", "2022年6月3日", "", lines23[6], "",
            roll_back(lines23[8])]
    return head, out


def find(items, mid):
    return next(i for i, x in enumerate(items) if x[0] == "m" and x[1].id == mid)


def move(items):
    """The measure at 2023 L65 stands after the one at L41 in 2022."""
    m = items.pop(find(items, MOVED_2022))
    items.insert(find(items, 41) + 1, m)


def place(items, mid, lines, before=None, after=None):
    at = find(items, before) if before else find(items, after) + 1
    items.insert(at, ["m", Block(mid, lines, True)])


def where_of(lines):
    """Line of each measure, read back from the written lines."""
    return [x[1].id for x in read_items(lines) if x[0] == "m"]


# ---------------------------------------------------------------- the expected history

def pair_2022_2023(items22, items23, where22):
    """Each measure of 2022 ↔ 2023: status, moved, tag, same text — checked
    against the texts."""
    m22 = {x[1].id: x[1] for x in items22 if x[0] == "m"}
    m23 = {x[1].id: x[1] for x in items23 if x[0] == "m"}
    paths22, paths23 = section_paths(items22), section_paths(items23)
    tags22, tags23 = effective_tags(items22), effective_tags(items23)
    steps = []
    for mid in m23:
        if mid not in m22:
            steps.append(dict(old=None, new=mid, status="added"))
            continue
        exp = EXPECT_2022_2023.get(mid, {})
        same = same_but_years(m22[mid].text(), m23[mid].text())
        tag = ministries(tags22[mid]) != ministries(tags23[mid])
        moved = paths22[mid] != paths23[mid]
        assert tag == bool(exp.get("tag")), f"{mid}: tag change {tag}"
        assert moved == bool(exp.get("moved")), f"{mid}: moved {moved}"
        assert same == (not exp.get("numbers") and not exp.get("sentences")), f"{mid}: same={same}"
        for o, n in exp.get("numbers", []):
            assert norm(o) in norm(m22[mid].text()) and norm(n) in norm(m23[mid].text()), (mid, o, n)
        steps.append(dict(old=mid, new=mid, status="unchanged" if same and not tag else "changed",
                          moved=moved, tag_changed=tag, same_text=same,
                          numbers=exp.get("numbers", [])))
    for mid in m22:
        if mid not in m23:
            steps.append(dict(old=mid, new=None, status="dropped"))
    lines = dict(zip([x[1].id for x in items22 if x[0] == "m"], where22))
    for s in steps:
        s["old"] = lines[s["old"]] if s["old"] is not None else None
    return steps


def pair_from_json(doc):
    steps = []
    for m in doc["measures"]:
        only_tag = not (m["numbers"] or m["commitments_added"] or m["commitments_dropped"]
                        or m["commitments_rewritten"])
        steps.append(dict(old=m["old_line"], new=m["new_line"], status=m["status"], moved=m["moved"],
                          tag_changed=m["tag_changed"],
                          same_text=m["status"] == "unchanged" or (m["status"] == "changed" and only_tag),
                          numbers=[(n["old"], n["new"]) for n in m["numbers"]]))
    return steps


def chain(pairs, years):
    """Lineages from the pairwise steps: lines per edition, the step into each."""
    lineages, open_ = [], {}
    for k, steps in enumerate(pairs):
        old_year, new_year = years[k], years[k + 1]
        nxt = {}
        for s in steps:
            if s["old"] is None and s["new"] is not None:
                lin = {"lines": {old_year: None}, "steps": {}}
                if k == 0:
                    lin["lines"] = {}
                lineages.append(lin)
            elif s["old"] is not None:
                lin = open_.get(s["old"])
                if lin is None:
                    assert k == 0, f"{old_year} L{s['old']} has no lineage"
                    lin = {"lines": {old_year: s["old"]}, "steps": {}}
                    lineages.append(lin)
            if s["new"] is None:
                continue
            lin["lines"][new_year] = s["new"]
            if s["old"] is not None:
                lin["steps"][new_year] = {key: s[key] for key in ("status", "moved", "tag_changed",
                                                                  "same_text")}
                lin.setdefault("numbers", {})[new_year] = s["numbers"]
            nxt[s["new"]] = lin
        open_ = nxt
    out = []
    for lin in lineages:
        lines = {y: lin["lines"].get(y) for y in years}
        present = [y for y in years if lines[y] is not None]
        first, last = present[0], present[-1]
        assert present == [y for y in years if first <= y <= last], lines
        repeated = 0
        for y in reversed(present[1:]):
            if not lin["steps"][y]["same_text"]:
                break
            repeated += 1
        out.append({"lines": {str(y): lines[y] for y in years}, "first": first, "last": last,
                    "repeated": repeated,
                    "steps": {str(y): lin["steps"][y] for y in present[1:]},
                    "_numbers": lin.get("numbers", {})})
    return out


def series_of(lineage, texts, years):
    """Figure series of a lineage: every figure some step changes, followed
    through the editions where it stays (its raw still in the text)."""
    present = [y for y in years if lineage["lines"][str(y)] is not None]
    chains = []
    for y in present[1:]:
        prev = years[years.index(y) - 1]
        changed = list(lineage["_numbers"].get(y, []))
        for c in chains:
            if c["end"] != prev:
                continue
            step = next((p for p in changed if norm(p[0]) == norm(c["raw"][prev])), None)
            if step:
                changed.remove(step)
                c["raw"][y], c["end"] = step[1], y
            elif norm(c["raw"][prev]) in texts[y]:
                c["raw"][y], c["end"] = c["raw"][prev], y
        for o, n in changed:
            start = {prev: o, y: n}
            for back in reversed(present[:present.index(prev)]):
                if norm(o) not in texts[back]:
                    break
                start[back] = o
            chains.append({"raw": start, "end": y})
    return [{"points": {str(y): c["raw"][y] for y in years if y in c["raw"]}} for c in chains]


def measure_texts(path_lines):
    """Normalised text of each measure of a written file, by bullet line."""
    items = read_items(path_lines)
    return {x[1].id: norm(x[1].text()) for x in items if x[0] == "m"}


def follow_entries(lines_by_year, where22_by_id):
    entries = []
    for mid, piece, result, evidence in FOLLOW_2022:
        entries.append((2022, where22_by_id[mid], piece, result, evidence))
    entries += FOLLOW_LATER
    out = []
    for year, line, piece, result, evidence in entries:
        texts = measure_texts(lines_by_year[year])
        assert line in texts, f"{year} L{line} is not a measure"
        hits = [k for k, t in texts.items() if norm(piece) in t]
        assert hits == [line], f"{year}: {piece!r} found in measures {hits}, want L{line}"
        if evidence:
            nxt = measure_texts(lines_by_year[year + 1])
            assert any(norm(evidence) in t for t in nxt.values()), f"{year + 1}: no {evidence!r}"
        out.append({"from": year, "to": year + 1, "measure_line": line, "commitment": piece,
                    "result": result, "evidence": evidence, "note": FOLLOW_NOTES[result]})
    return out


def build_expected(lines_by_year, items22, items23, where22):
    years = sorted(lines_by_year)
    pairs = [pair_2022_2023(items22, items23, where22)]
    for y in (2023, 2024):
        with open(os.path.join(SAMPLES, PAIRS[y]), encoding="utf-8") as f:
            pairs.append(pair_from_json(json.load(f)))
    lineages = chain(pairs, years)
    by_line = {y: measure_texts(lines_by_year[y]) for y in years}
    series = []
    for i, lin in enumerate(lineages):
        texts = {y: by_line[y].get(lin["lines"][str(y)], "") for y in years}
        for s in series_of(lin, texts, years):
            series.append(dict(lineage=i, **s))
        del lin["_numbers"]
    ids22 = [x[1].id for x in items22 if x[0] == "m"]
    follow = follow_entries(lines_by_year, dict(zip(ids22, where22)))
    for y in years:  # every measure of every edition in exactly one lineage
        listed = sorted(l["lines"][str(y)] for l in lineages if l["lines"][str(y)] is not None)
        assert listed == where_of(lines_by_year[y]), f"{y}: lineages do not cover the measures"
    return {"editions": [NAMES[y] for y in years], "lineages": lineages, "series": series,
            "follow_through": follow}


# ---------------------------------------------------------------- main

def read_lines(name):
    with open(os.path.join(SAMPLES, name), encoding="utf-8") as f:
        lines = f.read().split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def main():
    check_only = "--check" in sys.argv[1:]
    lines23 = read_lines(NAMES[2023])
    head, items22 = build_2022(lines23)
    lines22 = render(head, items22)
    where22 = where_of(lines22)
    assert len(where22) == len([x for x in items22 if x[0] == "m"]), "a bullet was lost or made"
    items23 = read_items(lines23)
    assert render(lines23[:9], items23) == lines23, "the 2023 file does not read back as written"
    lines_by_year = {2022: lines22, 2023: lines23, 2024: read_lines(NAMES[2024]),
                     2025: read_lines(NAMES[2025])}
    expected = build_expected(lines_by_year, items22, items23, where22)

    outputs = {
        os.path.join(SAMPLES, NAMES[2022]): "\n".join(lines22) + "\n",
        os.path.join(SAMPLES, OUT_JSON): json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
    }
    stale = []
    for path, content in outputs.items():
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if current != content:
            stale.append(path)
            if not check_only:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(content)
    counts = {}
    for f in expected["follow_through"]:
        counts[f["result"]] = counts.get(f["result"], 0) + 1
    print(f"2022: {len(where22)} measures; {len(expected['lineages'])} lineages; "
          f"{len(expected['series'])} figure series; follow-through {counts}")
    if check_only and stale:
        print("out of date:", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
