#!/usr/bin/env python3
"""Builds the 2023 and 2025 sample editions from the real 2024 one.

    python3 scripts/make-samples.py          # writes the files, then checks them
    python3 scripts/make-samples.py --check  # checks only, writes nothing

Reads samples/kenko-iryo-senryaku-2024.txt only. Writes
samples/kenko-iryo-senryaku-2023.txt, samples/kenko-iryo-senryaku-2025.txt and
samples/expected/2023-2024.json, samples/expected/2024-2025.json.

Each edition is the 2024 text edited the way the secretariat edits it from year
to year: years rolled, figures updated, sentences added, dropped or reworded,
measures added, dropped, moved, split and merged, lead ministries changed, and
the PDF text layer's own noise (spacing, widths, bullet forms, page breaks,
hard wrapping). Every real edit is written down below, next to the edit itself,
and becomes an entry of the expected JSON; the line numbers in the JSON come
from the files as written. Deterministic: no randomness, no clock.

Python 3 standard library only.
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
SOURCE = "kenko-iryo-senryaku-2024.txt"
FILE_2023 = "kenko-iryo-senryaku-2023.txt"
FILE_2025 = "kenko-iryo-senryaku-2025.txt"

# ---------------------------------------------------------------- the source

TAG_AT_END = re.compile(r"(【[^【】]*】)\s*$")
# Lines of the 2024 file that continue a paragraph cut by a page break (joined
# without a separator), and lines that start a further paragraph of a measure.
PAGE_BREAK_CONTINUATIONS = {35, 58, 87, 110, 126, 136, 142, 156, 168, 194, 200, 210, 222}
PARAGRAPH_CONTINUATIONS = {99, 101, 158}


class Measure:
    """A measure of the 2024 edition; `id` is the line its bullet stands on."""

    def __init__(self, mid, prefix, text):
        self.id = mid
        self.prefix = prefix
        self.paras = [text]
        self.tag = None          # its own tag as printed
        self.tag_own_line = False
        self.eff_tag = None      # own tag or the tag closing its group
        self.blank_after = True


def parse_source(lines):
    """Front matter, items ('h', heading, blank_after) / ('m', id), measures,
    footnote."""
    front = lines[:9]
    items, measures, footnote, current = [], {}, None, None
    for i in range(9, len(lines)):
        n, line = i + 1, lines[i]
        if not line.strip():
            continue
        blank_after = i + 1 >= len(lines) or not lines[i + 1].strip()
        if line.startswith("¹"):
            footnote = line
            continue
        if BULLET.match(line):
            prefix = BULLET.match(line).group(0)
            current = Measure(n, prefix, line[len(prefix):])
            measures[n] = current
            items.append(("m", n))
        elif TAG_ONLY.match(line):
            current.tag, current.tag_own_line = line, True
        elif heading_level(line):
            current = None
            items.append(("h", line, blank_after))
            continue
        elif n in PAGE_BREAK_CONTINUATIONS:
            current.paras[-1] += line
        else:
            assert n in PARAGRAPH_CONTINUATIONS and current, f"unexpected continuation at {n}"
            current.paras.append(line)
        current.blank_after = blank_after
    for m in measures.values():
        found = TAG_AT_END.search(m.paras[-1])
        if found and m.tag is None:
            m.tag = found.group(1)
            m.paras[-1] = m.paras[-1][: found.start()]
    # A bullet without a tag shares the tag closing the next bullets.
    pending = []
    for it in items:
        if it[0] != "m":
            assert not pending, "a shared tag must close its bullets before a heading"
            continue
        pending.append(it[1])
        if measures[it[1]].tag:
            for p in pending:
                measures[p].eff_tag = measures[it[1]].tag
            pending = []
    assert not pending
    return front, items, measures, footnote


# ---------------------------------------------------------------- text helpers

NEW_OPEN, NEW_CLOSE = "«", "»"   # marks text written for the target edition


def spans_of(text, parts):
    spans = []
    for part in parts:
        at = text.find(part)
        assert at >= 0, f"not found: {part}"
        while at >= 0:
            spans.append((at, at + len(part)))
            at = text.find(part, at + 1)
    return spans


def roll_years(text, delta, keep=(), force=()):
    """Moves years by `delta`: a year from 2023 on is the edition's own and
    rolls; older years are dated facts and stay; `keep` and `force` name the
    exceptions (substrings). Text inside «» is already the target's."""
    kept, forced = spans_of(text, keep), spans_of(text, force)
    out, at, inside = [], 0, False
    for m in YEAR.finditer(text):
        out.append(text[at:m.start()])
        at = m.end()
        inside = text.count(NEW_OPEN, 0, m.start()) > text.count(NEW_CLOSE, 0, m.start())
        year = int(m.group(0))
        pos = m.start()
        if inside or any(a <= pos < b for a, b in kept):
            out.append(m.group(0))
        elif year >= 2023 or any(a <= pos < b for a, b in forced):
            out.append(str(year + delta))
        else:
            out.append(m.group(0))
    out.append(text[at:])
    return "".join(out)


def is_ascii_alnum(c):
    return c.isascii() and c.isalnum()


def is_cjk(c):
    return not c.isascii() and unicodedata.category(c) in ("Lo", "Lm") or c in "々〆ー"


def remove_spaces(text):
    """The PDF spacing between CJK and digits/Latin, taken out."""
    out = []
    for i, c in enumerate(text):
        if c == " " and 0 < i < len(text) - 1:
            a, b = text[i - 1], text[i + 1]
            if not (a.isascii() and b.isascii()):
                continue
        out.append(c)
    return "".join(out)


def add_spaces(text):
    """The PDF spacing between CJK and digits/Latin, put in."""
    out = []
    for i, c in enumerate(text):
        if i > 0:
            a = text[i - 1]
            if (is_ascii_alnum(a) and is_cjk(c)) or (is_cjk(a) and is_ascii_alnum(c)):
                out.append(" ")
        out.append(c)
    return "".join(out)


def full_width(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# ---------------------------------------------------------------- the editions
#
# Per measure (keyed by its 2024 line): subs (old 2024 text -> target text,
# written with the target's years), keep/force (year-roll exceptions), tag
# (the measure's ministries in the target), tag_mode (inline/own/none = closed
# by the next bullet's tag), prefix, spacing (remove/add), fullwidth
# (substrings of the final text), breaks (page breaks: before these
# substrings), footnote (page break carrying the footnote), wrap_at (2025: a
# wrapped line must start here).

EDIT_2023 = {
    21: dict(subs=[("27業種53社", "31業種49社"), ("2,988法人", "2,676法人"),
                   ("16,733法人", "14,012法人")],
             spacing="add", breaks=["業等への裾野"]),
    23: dict(subs=[("2,466法人分", "2,149法人分"),
                   ("また、2023年度よりワークエンゲイジメント等の業務パフォーマンス指標の直近の実測値及び"
                    "測定方法の公開を強化するため、ホワイト500の認定要件とした。",
                    "また、ワークエンゲイジメント等の業務パフォーマンス指標の直近の実測値及び測定方法の"
                    "公開を促すため、2023年度からホワイト500の認定要件に追加することとした。")]),
    25: dict(subs=[("2023年度は、健康スコアリングレポートの新たな表示項目としてデータヘルス計画の"
                    "共通評価指標である後発医薬品の使用割合を追加した。", "")],
             tag="【総、◎厚】"),
    29: dict(keep=["2024年度から開始される第4期制度"],
             subs=[("2024年度以降も引き続き総合評価指標の見直しを行っている。",
                    "2023年度以降も、第4期制度の施行に向けて、総合評価指標の在り方について検討を進める。")]),
    33: dict(fullwidth=["2021年度"], breaks=["施する事業に対して"]),
    39: dict(keep=["2024 年度から開始される第 4 期制度"], prefix="・", spacing="remove"),
    43: dict(subs=[("17 府県、15 市区町の計 36 か所", "16 府県、13 市区町の計 33 か所")],
             prefix="・", spacing="remove"),
    49: dict(subs=[("一定の品質が確保されたヘルスケアサービスの普及を促進する。",
                    "一定の品質が確保されたヘルスケアサービスの普及を促進する。また、ヘルスケアサービスの"
                    "利用者が品質を確認できるよう、ガイドラインに準拠したサービスの一覧を公表する仕組みを"
                    "検討する。")],
             prefix="・", spacing="remove"),
    53: dict(keep=["2023 年度以降は"]),
    55: dict(breaks=["築のための、医工連携"]),
    62: dict(fullwidth=["AMED"], spacing="add"),
    64: dict(keep=["2023年度以降も大阪"],
             subs=[("また、2023年度は更なるPHRサービスの発展に向けて2023年7月に設立されたPHRサービス事業協会と"
                    "連携し、データの標準化やポータビリティ・セキュリティの確保に向けたガイドラインの策定等を"
                    "推進するとともに、",
                    "また、2022年度は更なるPHRサービスの発展に向けて、PHR事業者による業界団体の設立に向けた"
                    "検討を支援するとともに、")]),
    81: dict(keep=["引き続き2023年度以降も"], subs=[("加盟約3,400団体", "加盟約3,000団体")],
             breaks=["アムの運営"]),
    85: dict(breaks=["便性の維持"]),
    93: dict(subs=[("計368億円", "計341億円"), ("累計46社", "累計39社")], tag_mode="inline"),
    103: dict(subs=[("累計 614 件", "累計 512 件"), ("累計 1,392 件", "累計 1,105 件")]),
    108: dict(fullwidth=["AMED"], breaks=["続的に支援する"]),
    124: dict(subs=[("ベトナムとは、2023 年 11 月に二国間協力覚書に基づく第 1 回ヘルスケア合同委員会を開催し、"
                     "非感染性疾患及び高齢化対応について議論し、今後の両国間の取組の協調を一層進めていくことを"
                     "確認した。", ""),
                    ("2024 年度以降は、PMDA においてタイ・バンコクにアジア事務所を設立するほか、",
                     "2023 年度以降も、PMDA において各国の薬事規制当局担当官に対する研修を実施するほか、")],
              breaks=["ストレーションや現地での実証支援", "ローバルな臨床研究"]),
    130: dict(prefix="- ・"),
    134: dict(keep=["2023 年 5 月の G7"], prefix="- ・",
              subs=[("グローバルヘルス分野への民間資金動員を促進するため、G7 広島サミットの成果を踏まえ、"
                     "2023 年 9 月にグローバルヘルスのためのインパクト投資イニシアティブの活動を開始した。", "")]),
    146: dict(keep=["2025年大阪・関西万博"]),
    154: dict(breaks=["ート間の検査手順"]),
    162: dict(keep=["2023 年 5 月に公表"]),
    166: dict(keep=["2023 年 4 月 4 日", "2023年4月7日"],
              subs=[("2023年9月に設置された内閣感染症危機管理統括庁のもと関係府省庁で連携し、2024年度も",
                     "関係府省庁で連携し、2023年度も")],
              tag="【◎厚、食品、外、文、農、環】"),
    173: dict(subs=[("等に基づくワクチン開発に資する取組を推進する。",
                     "等に基づくワクチン開発に資する取組を推進する。また、ワクチンの有効性及び安全性に関する"
                     "情報を、国民に分かりやすく発信する。")], tag_mode="inline"),
    174: dict(keep=["2025年度以降の創設"]),
    182: dict(tag_mode="none"),
    183: dict(keep=["2023年1月より電子処方箋", "2023年5月より"], spacing="add"),
    184: dict(subs=[("研究を9件、医療機器に関する研究を2件", "研究を7件、医療機器に関する研究を3件")]),
    187: dict(fullwidth=["93%"]),
    190: dict(footnote="ータの加工手法等"),
    197: dict(keep=["2023 年 5 月に第 6.0 版"]),
    198: dict(subs=[("2024 年度には医療機関と医療機器製造販売業者とのサイバーセキュリティ対応における連携等について"
                     "予算事業及び研究班で検討を進める。",
                     "2023 年度には医療機関と医療機器製造販売業者との情報共有の在り方等について研究班で検討を"
                     "進める。")]),
    208: dict(breaks=["ークの強化"]),
    214: dict(subs=[("2022年度より開始している訪問看護師・病院看護師を対象に治験・臨床研究の理解を深める事を"
                     "目的としたDCT研修を2023年度も継続して実施している。",
                     "2022年度より、訪問看護師・病院看護師を対象に治験・臨床研究の理解を深める事を目的とした"
                     "DCT研修を開始した。")]),
    220: dict(tag="【文、◎厚】"),
    224: dict(spacing="remove"),
    226: dict(force=["2022 年度から 2023 年度にかけて"], tag_mode="inline"),
    248: dict(prefix="・"),
}

# Measures only in the 2023 edition: (id, prefix, text, tag).
ONLY_2023 = {
    "D1": ("- ・ ",
           "新型コロナウイルス感染症を含めた感染症の治療薬については、2022年度においても、日本医療研究開発機構"
           "（AMED）を通じて、国内の企業・大学等による基礎研究、非臨床研究、臨床研究の実施を支援してきた。また、"
           "厚生労働省において新型コロナウイルス感染症の治療薬の実用化に向けた研究開発を支援した結果、国内企業が"
           "開発した経口治療薬が2022年11月に緊急承認された。引き続き2023年度以降も、「ワクチン開発・生産体制強化"
           "戦略」等に基づき、治療薬の開発に資する取組を推進する。",
           "【健医、◎統括庁、文、厚】"),
    "D2": ("- ・ ",
           "地域の企業、自治体、医療・介護関係者等の関係者が連携し、健康投資の活性化を目指すプラットフォームとして"
           "設置された地域版次世代ヘルスケア産業協議会について、2022 年度に、各地の協議会の取組事例集を作成し、"
           "全国の協議会の間で共有した。2023 年度以降も、事例集の活用を促し、地域発のヘルスケアサービスの創出を"
           "支援する。",
           "【総、◎経】"),
    "D3": ("- ・",
           "保険医療機関・薬局におけるオンライン資格確認等システムの導入について、2023年4月から原則義務化すると"
           "ともに、2023年3月末時点で約9割の医療機関・薬局が顔認証付きカードリーダーを申し込んだ。引き続き"
           "2023年度も、医療機関・薬局における導入を支援し、マイナンバーカードの健康保険証としての利用の促進を"
           "図る。",
           "【◎厚】"),
    "D4": ("- ・",
           "がん等の疾病に関する科学的根拠に基づく正しい情報の普及を図るため、2022年度も国立がん研究センターの"
           "「がん情報サービス」を通じた情報提供や、がん相談支援センターの周知を行った。引き続き2023年度以降も、"
           "患者・国民にとって分かりやすい情報発信に取り組む。",
           "【◎厚】"),
    "D5": ("- ・ ",
           "在留外国人や訪日外国人旅行者が安心して医療機関を受診できるよう、2022 年度も、外国人患者を受け入れる"
           "拠点的な医療機関のリストを更新し、都道府県や観光関係団体を通じて周知した。2023 年度以降も、リストの"
           "定期的な更新と周知を行うとともに、多言語での情報提供を推進する。",
           "【◎戦略室、健医、外、厚、国】"),
}

EDIT_2025 = {
    21: dict(subs=[("27業種53社", "29業種51社"), ("2,988法人", "3,400法人"), ("16,733法人", "19,796法人"),
                   ("環境を整備していく。",
                    "環境を整備していく。さらに、健康経営の取組状況に関する情報開示を促進するため、2025年度から、"
                    "健康経営度調査の評価結果の開示範囲を拡大する。")],
             breaks=["サプライチェーン等における"]),
    23: dict(subs=[("2,466法人分", "2,977法人分")]),
    29: dict(keep=["2024年度から開始される第4期制度"]),
    33: dict(wrap_at=["・特別区"]),
    39: dict(keep=["2024 年度から開始される第 4 期制度"]),
    43: dict(subs=[("17 府県、15 市区町の計 36 か所", "18 府県、15 市区町の計 37 か所")]),
    53: dict(subs=[("順次、予防・健康づくり政策に反映していく。",
                    "順次、予防・健康づくり政策に反映していく。また、2024 年度までに厚生労働科学研究において"
                    "収集した健診項目等と生活習慣病との関連に関する科学的な知見やデータを活用し、2025 年度以降も、"
                    "科学的知見の収集・分析を継続するとともに、予防・健康づくり政策への反映を図る。")],
             tag="【総、◎厚、◎経】"),
    62: dict(subs=[("2024年度以降は事業化に向けた支援を強化すべく、AMEDによる伴走支援に重点を置いた実証を"
                    "実施する予定。",
                    "2024年度からは、事業化に向けた支援を強化すべく、AMEDによる伴走支援に重点を置いた実証を"
                    "実施しており、2025年度以降も継続する。")]),
    64: dict(keep=["2023年7月に設立された"], wrap_at=["①異業種"],
             subs=[("また、2023年度以降も大阪・関西万博等の機会を活用しながら、",
                    "また、2025年度も大阪・関西万博等の機会を活用しながら、")]),
    76: dict(subs=[("約 230 品目", "約 250 品目")]),
    81: dict(subs=[("加盟約3,400団体", "加盟約3,600団体")],
             breaks=["ユニバーサル、インクルーシブなスポーツ環境の整備等を実施した"]),
    85: dict(subs=[("537市町村", "563市町村"), ("1,021件", "1,148件")]),
    93: dict(subs=[("計368億円", "計392億円"), ("2023年度は7件の出資", "2024年度は4件の出資"),
                   ("累計46社", "累計50社")]),
    103: dict(subs=[("累計 614 件", "累計 702 件"), ("累計 1,392 件", "累計 1,651 件")]),
    108: dict(breaks=["研究開発拠点の形成や次の感染症有事"]),
    124: dict(spacing="remove", breaks=["インドネシアにおいては"]),
    130: dict(prefix="- ・",
              subs=[("情報提供および伴奏支援及び人材育成", "情報提供および伴走支援及び人材育成")]),
    134: dict(keep=["2023 年 5 月の G7", "2023 年 9 月にグローバルヘルス"], wrap_at=["(2005)) の改正"],
              breaks=["グローバルヘルス戦略推進協議会を開催し"]),
    140: dict(subs=[("68 医療機関", "74 医療機関"), ("36 か所の病院", "40 か所の病院")],
              tag="【◎戦略室、健医、総、法、外、文、厚、経、国】"),
    146: dict(keep=["2025年大阪・関西万博"],
              subs=[("大阪・関西万博において最先端技術や日本型医療・ヘルスケアサービス等をどのように発信して"
                     "いくのか、引き続き具体的な検討を進める。",
                     "2025年4月に開幕した大阪・関西万博において、最先端技術や日本型医療・ヘルスケアサービス等を"
                     "国内外に積極的に発信する。")],
              tag="【戦略室、◎万博、健医、厚、経】"),
    154: dict(breaks=["予防については、"]),
    162: dict(keep=["2023 年 5 月に公表"],
              subs=[("また、通いの場をはじめとする介護予防・健康づくりの取組については、特設 Web サイトや"
                     "アプリを活用し、情報発信等を行ってきた。", "")]),
    166: dict(keep=["2023 年 4 月 4 日", "2023年4月7日", "2023年9月に設置された"]),
    173: dict(keep=["2023年12月から開始された"], tag_mode="inline"),
    174: dict(subs=[("また、科学的知見の基盤・拠点となる国立健康危機管理研究機構の2025年度以降の創設に向け、"
                     "着実に準備を進める。",
                     "また、科学的知見の基盤・拠点となる国立健康危機管理研究機構が2025年4月に創設されたことを"
                     "踏まえ、着実に体制整備を進める。")]),
    182: dict(keep=["2024年4月から開始した"], spacing="add",
              subs=[("また、2024年度からNDBと死亡情報の連結を開始する予定である。",
                     "また、2024年度からNDBと死亡情報の連結を開始した。")]),
    183: dict(keep=["2023年1月より電子処方箋", "2023年5月より"]),
    184: dict(subs=[("研究を9件", "研究を11件")]),
    186: dict(subs=[("新たに 10 病院", "新たに 8 病院")]),
    187: dict(subs=[("約 93%", "約 92%")]),
    189: dict(keep=["2023 年 5 月に成立", "2024 年 4 月 1 日に同法が施行"]),
    190: dict(footnote="ガイドライン案を作成しており"),
    196: dict(keep=["2023 年 9 月に DASH"]),
    197: dict(keep=["2023 年 5 月に第 6.0 版"], wrap_at=["6.0 版を策定"]),
    208: dict(subs=[("また、2024 年度については「優れた医療機器の創出に係る産業振興拠点強化事業」において、"
                     "医療機器産業等の人材を育成・リスクリングし、医療機器の創出を一貫して把握した高度人材の創出及び"
                     "医療機器のスタートアップ企業の振興ができる拠点の整備を進める。",
                     "また、「優れた医療機器の創出に係る産業振興拠点強化事業」において、2024 年度に全国 8 拠点を"
                     "選定し、医療機器産業等の人材を育成・リスキリングし、医療機器の創出を一貫して把握した高度人材の"
                     "創出及び医療機器のスタートアップ企業の振興ができる拠点の整備を進めている。")],
              breaks=["脳とこころの研究推進プログラム（領域横断"]),
    216: dict(fullwidth=["2025年度"]),
    226: dict(force=["2022 年度から 2023 年度にかけて"], breaks=["生産管理データ・臨床データを一貫して"]),
    238: dict(subs=[("医療技術等国際展開事業において、日本の専門家の派遣及び外国の専門家の受け入れによる医療人材の"
                     "育成事業を実施しており、2023 年度においては主にアジア、アフリカの計 13 カ国に対し、35 の"
                     "テーマで主に現地（一部オンライン）での指導や会議等を実施した。引き続き 2024 年度以降、"
                     "医療人材の育成事業を実施する。また、", ""),
                    ("2017 年から 2022 年に 77 人から 100 人と 30%増加", "2017 年から 2023 年に 77 人から 108 人と 40%増加")]),
    248: dict(prefix="・",
              subs=[("引き続き2024年度以降も臨床研究情報ポータルサイトとjRCT（臨床研究等提出・公開システム Japan "
                     "Registry of Clinical Trials）の連携等を通じた適切な情報発信を目指す。",
                     "2025年度以降は、臨床研究情報ポータルサイトとjRCT（臨床研究等提出・公開システム Japan "
                     "Registry of Clinical Trials）の連携を強化し、患者・国民にとって分かりやすい情報発信を行う。")]),
    252: dict(subs=[("2023年8月に第6回日本医療研究開発大賞（内閣総理大臣賞を含め11事例）",
                     "2024年8月に第7回日本医療研究開発大賞（内閣総理大臣賞を含め12事例）")]),
}

# Measures only in the 2025 edition: (id, prefix, text, tag).
ONLY_2025 = {
    "N1": ("・",
           "医療機関におけるサイバーセキュリティ対策の実効性を高めるため、2024年度に、医療機関における外部"
           "ネットワークとの接続状況の確認や、インシデント発生時の初動対応の支援を行うとともに、医療機関向けの"
           "サイバーセキュリティ対策チェックリストを改訂した。2025年度以降も、医療機関のサイバーセキュリティ対策に"
           "係る支援を継続するとともに、医療法に基づく立入検査等を通じて対策の徹底を図る。",
           "【NISC、◎厚】"),
    "N2": ("・",
           "2024 年 1 月に施行された「共生社会の実現を推進するための認知症基本法」に基づき、2024 年 12 月に"
           "「認知症施策推進基本計画」を閣議決定した。2025 年度以降も、同計画に基づき、認知症の人の意思の尊重や、"
           "予防・診断・治療・リハビリテーション等に関する研究等の推進を図る。",
           "【文、◎厚、経】"),
    # The first half of the 2024 measure at L238, split off as a measure of its own.
    "238a": ("・",
             "医療技術等国際展開事業において、日本の専門家の派遣及び外国の専門家の受け入れによる医療人材の育成事業を"
             "実施しており、2024 年度においては主にアジア、アフリカの計 14 カ国に対し、38 のテーマで主に現地"
             "（一部オンライン）での指導や会議等を実施した。引き続き 2025 年度以降、医療人材の育成事業を実施する。",
             "【◎厚】"),
}

RENAMED_2025 = {
    "(健康経営の推進)": "(健康経営の一層の推進)",
    "○アジア健康構想の促進": "○アジア健康構想の推進",
    "(新型コロナウイルス感染症対策の推進)": "(新型コロナウイルス感染症等の感染症対策の推進)",
    "(2) 教育の振興、人材の育成・確保等": "(3) 教育の振興、人材の育成・確保等",
}
RELOCATED_2025 = "(公的保険サービスと公的保険外サービスの連携)"
NEW_SECTION_2025 = "(2) 医療分野におけるサイバーセキュリティ対策の強化"

# ---------------------------------------------------------------- expected differences
#
# Per pair, keyed by the measure's id (2024 line, or D*/N*/238a): numbers as
# (old raw, new raw, old value, new value, unit); commitments as distinctive
# substrings; rewritten as (old, new) substrings; tag; moved; note. A measure
# in both editions without an entry is unchanged.

E = 100000000  # 億

EXPECT_2023_2024 = {
    21: dict(numbers=[("31業種", "27業種", 31, 27, "業種"), ("49社", "53社", 49, 53, "社"),
                      ("2,676法人", "2,988法人", 2676, 2988, "法人"),
                      ("14,012法人", "16,733法人", 14012, 16733, "法人")],
             note="健康経営銘柄 and 健康経営優良法人 figures updated to the 2024 selection (real values); "
                  "spaces between digits and kanji added in 2023; page break at another point"),
    23: dict(numbers=[("2,149法人", "2,466法人", 2149, 2466, "法人")],
             rewritten=[("認定要件に追加することとした", "公開を強化するため")],
             note="respondents of the 健康経営度調査 updated; the ホワイト500 requirement, announced for the "
                  "future in 2023, is reported as done in 2024 (sentence reworded)"),
    25: dict(added=["後発医薬品の使用割合を追加した"], tag=True,
             note="a sentence on the new 表示項目 added; 経 joins the tag (【総、◎厚】 → 【総、◎厚、経】)"),
    29: dict(rewritten=[("総合評価指標の在り方について検討を進める", "引き続き総合評価指標の見直しを行っている")],
             note="the forward sentence on the 総合評価指標 reworded; 「2024年度から開始される第4期制度」 keeps "
                  "its year in both editions (a dated fact)"),
    43: dict(numbers=[("16府県", "17府県", 16, 17, "府県"), ("13市区町", "15市区町", 13, 15, "市区町"),
                      ("33か所", "36か所", 33, 36, "か所")],
             note="count of 地域版協議会 updated; 2023 has bullet 「・」 for 「- ・」 and no spaces"),
    49: dict(dropped=["ガイドラインに準拠したサービスの一覧を公表する仕組み"],
             note="a forward sentence of 2023 no longer in 2024; bullet form and spacing differ (noise)"),
    64: dict(rewritten=[("業界団体の設立に向けた検討を支援する", "PHRサービス事業協会と連携し")],
             note="the PHR sentence reworded (the association now exists); 「2023年度以降も大阪・関西万博…」 "
                  "stands in both editions (stale in 2024)"),
    81: dict(numbers=[("約3,000団体", "約3,400団体", 3000, 3400, "団体")],
             note="Sport in Life membership updated; the malformed 「2022度末時点」 is carried over (rolled) "
                  "into 「2023度末時点」; 「引き続き2023年度以降も」 unchanged (stale in 2024)"),
    93: dict(numbers=[("341億円", "368億円", 341 * E, 368 * E, "億円"), ("39社", "46社", 39, 46, "社")],
             note="LP出資 amount and cumulative SUCCESS investments updated; tag inline in 2023, on its own "
                  "line in 2024 (noise)"),
    103: dict(numbers=[("512件", "614件", 512, 614, "件"), ("1,105件", "1,392件", 1105, 1392, "件")],
              moved=True,
              note="in 2023 under （産学官連携による戦略的取組）, in 2024 under (官民ファンド等による資金支援); "
                   "cumulative consultations updated"),
    124: dict(added=["非感染性疾患及び高齢化対応について議論し"],
              rewritten=[("担当官に対する研修を実施するほか", "タイ・バンコクにアジア事務所を設立する")],
              note="the Vietnam joint committee sentence is new; the PMDA forward sentence reworded; page breaks "
                   "at other points"),
    134: dict(added=["インパクト投資イニシアティブの活動を開始した"],
              note="a sentence on the impact-investment initiative added; the dated 「2023 年 5 月の G7 広島"
                   "サミット」 keeps its year; bullet 「- ・」 in 2023"),
    166: dict(rewritten=[("関係府省庁で連携し", "内閣感染症危機管理統括庁のもと")], tag=True,
              note="the 統括庁 (set up 2023-09) now leads: sentence reworded and tag 【◎厚、食品、外、文、農、環】 "
                   "→ 【◎統括庁、食品、外、文、厚、農、環】"),
    173: dict(dropped=["国民に分かりやすく発信する"],
              note="the last sentence of 2023 (on informing the public) is gone; in 2023 each bullet of the "
                   "group carries the tag, in 2024 one tag closes three bullets (not a tag change). The dropped "
                   "measure on COVID-19 drugs just before it is a look-alike"),
    184: dict(numbers=[("7件", "9件", 7, 9, "件"), ("3件", "2件", 3, 2, "件")],
              note="numbers of supported registry studies updated"),
    198: dict(rewritten=[("情報共有の在り方等について研究班で", "予算事業及び研究班で")], moved=True,
              note="in 2023 under (データヘルス改革の推進), in 2024 under (医療情報の利活用の推進); the forward "
                   "sentence reworded"),
    214: dict(rewritten=[("DCT研修を開始した", "継続して実施している")],
              note="DCT training: 「開始した」 in 2023, 「継続して実施している」 in 2024"),
    220: dict(tag=True, note="text only year-rolled, the lead moved: 【文、◎厚】 → 【◎文、厚】"),
    54: dict(moved=True,
             note="in 2023 under 2.(予防・健康づくりの推進), in 2024 under 1.(イノベーションの社会実装); text "
                  "only year-rolled, so unchanged but moved"),
    97: dict(note="new in 2024 (東証 listing guidebook revised 2023-10)"),
    112: dict(note="new in 2024 (薬価制度改革 2024-04)"),
    152: dict(note="new in 2024 (脳神経科学統合プログラム); no tag of its own, shares the tag of the next bullet"),
    172: dict(note="new in 2024 (COVID-19 moved to 5類 in 2023-05)"),
    189: dict(note="new in 2024 (次世代医療基盤法 amended 2023-05)"),
    240: dict(note="new in 2024 (international clinical trial staff)"),
    "D1": dict(note="2023 only: COVID-19 drugs; a look-alike of the vaccine measure that follows it (same "
                    "opening, same tag)"),
    "D2": dict(note="2023 only: 事例集 of the 地域版協議会; shares its opening clause and tag 【総、◎経】 with the "
                    "measure before it (look-alike)"),
    "D3": dict(note="2023 only: オンライン資格確認 made mandatory in 2023-04"),
    "D4": dict(note="2023 only: cancer information service"),
    "D5": dict(note="2023 only: list of hospitals for foreign patients"),
}

EXPECT_2024_2025 = {
    21: dict(numbers=[("27業種", "29業種", 27, 29, "業種"), ("53社", "51社", 53, 51, "社"),
                      ("2,988法人", "3,400法人", 2988, 3400, "法人"),
                      ("16,733法人", "19,796法人", 16733, 19796, "法人")],
             added=["評価結果の開示範囲を拡大する"],
             note="2025 selection figures (plausible values); a sentence on disclosure added; under the renamed "
                  "heading (健康経営の一層の推進), not moved"),
    23: dict(numbers=[("2,466法人", "2,977法人", 2466, 2977, "法人")], note="respondents updated"),
    43: dict(numbers=[("17府県", "18府県", 17, 18, "府県"), ("36か所", "37か所", 36, 37, "か所")],
             note="count of 地域版協議会 updated (15市区町 unchanged)"),
    53: dict(added=["健診項目等と生活習慣病との関連"], tag=True,
             note="merged with the 2024 measure at L54 (dropped); the merged measure is closer to this one. The "
                  "L54 content comes back as one new sentence; tag 【総、厚、◎経】 → 【総、◎厚、◎経】"),
    54: dict(note="merged into the measure at L53 (its partner); its text survives as one sentence there"),
    62: dict(rewritten=[("実証を実施する予定", "実証を実施しており")],
             note="the plan for 2024 is reported as under way"),
    64: dict(rewritten=[("大阪・関西万博等の機会を活用しながら", "大阪・関西万博等の機会を活用しながら")],
             note="the stale 「2023年度以降も」 of 2024 is corrected to 「2025年度も」: a year moved by two, "
                  "not by the edition gap, so the sentence is rewritten; 「2023年7月に設立された」 keeps its year"),
    68: dict(moved=True,
             note="its subsection (公的保険サービスと公的保険外サービスの連携) relocated from ○適正なサービス"
                  "提供のための環境整備 to ○職域・地域・個人の健康投資の促進; text only year-rolled"),
    76: dict(numbers=[("約230品目", "約250品目", 230, 250, "品目")],
             note="スマイルケア食 count updated; the four bullets of (健康な食、地域資源の活用) are reordered "
                  "(same section: not moved)"),
    81: dict(numbers=[("約3,400団体", "約3,600団体", 3400, 3600, "団体")],
             note="membership updated; 「2023度末時点」 rolled with its typo; page break mid-paragraph"),
    85: dict(numbers=[("537市町村", "563市町村", 537, 563, "市町村"), ("1,021件", "1,148件", 1021, 1148, "件")],
             note="plans counted anew"),
    93: dict(numbers=[("368億円", "392億円", 368 * E, 392 * E, "億円"), ("7件", "4件", 7, 4, "件"),
                      ("46社", "50社", 46, 50, "社")],
             note="fund figures updated (「15のファンド」 unchanged)"),
    103: dict(numbers=[("614件", "702件", 614, 702, "件"), ("1,392件", "1,651件", 1392, 1651, "件")],
              note="cumulative consultations updated"),
    107: dict(note="dropped in 2025 (MFER standards done)"),
    130: dict(rewritten=[("伴奏支援", "伴走支援")],
              note="typo 伴奏 corrected to 伴走: a one-character rewording; bullet 「- ・」 in 2025"),
    140: dict(numbers=[("68医療機関", "74医療機関", 68, 74, "医療機関"), ("36か所", "40か所", 36, 40, "か所")],
              tag=True,
              note="JMIP and coordinator figures updated; the abolished オリパラ（2022.03.31廃止） removed from "
                   "the tag"),
    146: dict(rewritten=[("どのように発信していくのか", "国内外に積極的に発信する")], tag=True,
              note="the Expo has opened: last sentence reworded; lead moved 【戦略室、万博、健医、厚、◎経】 → "
                   "【戦略室、◎万博、健医、厚、経】"),
    162: dict(dropped=["通いの場をはじめとする介護予防"], note="the sentence on 通いの場 dropped"),
    172: dict(note="dropped in 2025 (5類 transition no longer reported)"),
    173: dict(note="unchanged; in 2025 it carries its own copy of the group tag (noise)"),
    174: dict(rewritten=[("創設に向け、着実に準備を進める", "創設されたことを踏まえ")],
              note="JIHS founded 2025-04: forward sentence reworded"),
    182: dict(rewritten=[("死亡情報の連結を開始する予定", "死亡情報の連結を開始した")],
              note="planned linkage reported as started; 「2024年4月から開始した」 keeps its year"),
    184: dict(numbers=[("9件", "11件", 9, 11, "件")], note="supported studies updated"),
    186: dict(numbers=[("10病院", "8病院", 10, 8, "病院")], note="hospitals added to MID-NET"),
    187: dict(numbers=[("約93%", "約92%", 93, 92, "%")], note="follow-up rate updated"),
    197: dict(moved=True,
              note="moved into the new section (2) 医療分野におけるサイバーセキュリティ対策の強化; a wrapped line "
                   "starts with 「6.0 版を策定…」"),
    198: dict(moved=True, note="moved into the new section (2) 医療分野におけるサイバーセキュリティ対策の強化"),
    208: dict(rewritten=[("人材を育成・リスクリングし", "拠点の整備を進めている")],
              note="the 拠点強化事業 sentence reworded (8 拠点 selected, リスクリング → リスキリング)"),
    238: dict(dropped=["外国の専門家の受け入れ", "医療人材の育成事業を実施する"],
              rewritten=[("また、国際的組織で働く", "国際的組織で働く邦人職員の増加を図るために")],
              numbers=[("100人", "108人", 100, 108, "人"), ("30%", "40%", 30, 40, "%")],
              note="split in two: this half (邦人職員, most of the text) is the partner, its first two sentences "
                   "went to the new measure before it; 「また、」 dropped from the first remaining sentence"),
    248: dict(rewritten=[("適切な情報発信を目指す", "分かりやすい情報発信を行う")],
              note="forward sentence reworded; bullet 「・」 in 2025"),
    252: dict(numbers=[("第6回", "第7回", 6, 7, "回"), ("11事例", "12事例", 11, 12, "事例")],
              note="the next prize round: 第6回 → 第7回, 11 → 12 cases"),
    "N1": dict(note="new in 2025, in the new section (2): cyber security support for hospitals"),
    "N2": dict(note="new in 2025: 認知症基本法 and the 基本計画"),
    "238a": dict(note="new in 2025: split off the 2024 measure at L238 (the smaller half)"),
}

SECTIONS_2024_2025 = [
    ("renamed", "(健康経営の推進)", "(健康経営の一層の推進)"),
    ("relocated", RELOCATED_2025, RELOCATED_2025),
    ("renamed", "○アジア健康構想の促進", "○アジア健康構想の推進"),
    ("renamed", "(新型コロナウイルス感染症対策の推進)", "(新型コロナウイルス感染症等の感染症対策の推進)"),
    ("added", None, NEW_SECTION_2025),
    ("renumbered", "(2) 教育の振興、人材の育成・確保等", "(3) 教育の振興、人材の育成・確保等"),
]

# Formatting noise written into a file, for the notes of unchanged measures.
NOISE_WORDS = dict(prefix="bullet form differs", spacing="digit/kanji spacing differs",
                   fullwidth="full-width characters", breaks="page break at another point",
                   footnote="the footnote stands at another page break",
                   tag_mode="tag placement differs (inline / own line / shared)", wrap_at="")


# ---------------------------------------------------------------- building an edition

class Out:
    """A measure as it stands in one edition."""

    def __init__(self, mid, prefix, text, tag, tag_mode, blank_after=True, spec=None):
        self.id, self.prefix, self.text, self.tag = mid, prefix, text, tag
        self.tag_mode = tag_mode        # inline | own | none
        self.blank_after = blank_after
        self.spec = spec or {}


def edit_measure(m, spec, delta):
    text = "\n".join(m.paras)
    for old, new in spec.get("subs", []):
        text = replace_once(text, old, NEW_OPEN + new + NEW_CLOSE if new else "")
    text = roll_years(text, delta, spec.get("keep", ()), spec.get("force", ()))
    text = text.replace(NEW_OPEN, "").replace(NEW_CLOSE, "")
    if spec.get("spacing") == "remove":
        text = remove_spaces(text)
    elif spec.get("spacing") == "add":
        text = add_spaces(text)
    for part in spec.get("fullwidth", []):
        text = text.replace(part, full_width(part), 1)
    mode = spec.get("tag_mode") or ("none" if m.tag is None else "own" if m.tag_own_line else "inline")
    return Out(m.id, spec.get("prefix", m.prefix), text, spec.get("tag", m.eff_tag), mode,
               m.blank_after, spec)


def new_measure(mid, entry):
    prefix, text, tag = entry
    return Out(mid, prefix, text, tag, "inline")


def edition_items(items, measures, edits, delta):
    """The 2024 item list turned into the target's, measure by measure."""
    out = []
    for it in items:
        if it[0] == "h":
            out.append(["h", it[1], it[2]])
        else:
            out.append(["m", edit_measure(measures[it[1]], edits.get(it[1], {}), delta)])
    return out


def find_item(items, key):
    for i, it in enumerate(items):
        if (it[0] == "m" and it[1].id == key) or (it[0] == "h" and it[1] == key):
            return i
    raise KeyError(key)


def take(items, key):
    return items.pop(find_item(items, key))


def put(items, item, before=None, after=None):
    at = find_item(items, before) if before is not None else find_item(items, after) + 1
    items.insert(at, item)


def build_2023(front, items, measures):
    it = edition_items(items, measures, EDIT_2023, -1)
    for mid in (97, 112, 152, 172, 189, 240):
        take(it, mid)
    put(it, take(it, 54), before=162)
    put(it, take(it, 103), before=107)
    put(it, take(it, 198), after=187)
    it[find_item(it, 197)][1].blank_after = True   # now last of its section
    put(it, ["m", new_measure("D2", ONLY_2023["D2"])], after=43)
    put(it, ["m", new_measure("D5", ONLY_2023["D5"])], after=140)
    put(it, ["m", new_measure("D1", ONLY_2023["D1"])], before=173)
    put(it, ["m", new_measure("D3", ONLY_2023["D3"])], after=183)
    put(it, ["m", new_measure("D4", ONLY_2023["D4"])], before=248)
    head = ["", "", "健康・医療戦略の実行状況と今後の取組方針2023", "", "2023年6月2日", "", front[6], "",
            roll_years(front[8], -1)]
    return head, it


def build_2025(front, items, measures):
    it = edition_items(items, measures, EDIT_2025, +1)
    for x in it:
        if x[0] == "h" and x[1] in RENAMED_2025:
            x[1] = RENAMED_2025[x[1]]
    # The subsection on 公的保険外サービス goes under ○職域・地域・個人の健康投資の促進.
    heading = take(it, RELOCATED_2025)
    m68 = take(it, 68)
    put(it, heading, after=43)
    put(it, m68, after=RELOCATED_2025)
    # Shuffled inside (健康な食、地域資源の活用): 75, 74, 77, 76.
    block = [take(it, mid) for mid in (74, 75, 76, 77)]
    first = find_item(it, "(スポーツ・観光)")
    for x in reversed([block[1], block[0], block[3], block[2]]):
        it.insert(first, x)
    for x in block:
        x[1].blank_after = x[1].id == 76
    for mid in (54, 107, 172):
        take(it, mid)
    put(it, ["m", new_measure("N2", ONLY_2025["N2"])], after=154)
    it[find_item(it, 196)][1].blank_after = True
    put(it, ["h", NEW_SECTION_2025, True], before=197)
    put(it, ["m", new_measure("N1", ONLY_2025["N1"])], after=198)
    put(it, ["m", new_measure("238a", ONLY_2025["238a"])], before=238)
    head = ["", "", "健康・医療戦略の実行状況と今後の取組方針2025（案）", "", "2025年 月 日", "", front[6], "",
            roll_years(front[8], +1)]
    return head, it


# ---------------------------------------------------------------- writing an edition

def split_at(text, part):
    at = text.find(part)
    assert at > 0, f"break point not found: {part}"
    return text[:at], text[at:]


def measure_paragraphs(m):
    """Paragraphs of a measure with its bullet, its inline tag, and the page
    breaks (as None = blank line, or the footnote text) in between."""
    paras = m.text.split("\n")
    paras[0] = m.prefix + paras[0]
    if m.tag_mode == "inline":
        paras[-1] += m.tag
    return paras


def render_plain(head, items, footnote):
    """The 2023 layout: one paragraph a line, as the 2024 text layer."""
    lines, where = list(head), {}
    lines.append("")
    for kind, *rest in items:
        if kind == "h":
            lines.append(rest[0])
            if rest[1]:
                lines.append("")
            continue
        m = rest[0]
        where[m.id] = len(lines) + 1
        paras = measure_paragraphs(m)
        breaks = list(m.spec.get("breaks", []))
        note = m.spec.get("footnote")
        for k, p in enumerate(paras):
            pieces = [p]
            for b in breaks + ([note] if note else []):
                for j, piece in enumerate(pieces):
                    if b in piece:
                        a, c = split_at(piece, b)
                        pieces[j:j + 1] = [a, ("fn" if b == note else "pb"), c]
                        break
            for piece in pieces:
                if piece == "pb":
                    lines.append("")
                elif piece == "fn":
                    lines += ["", footnote, ""]
                else:
                    lines.append(piece)
            if k < len(paras) - 1:
                lines.append("")
        if m.tag_mode == "own":
            lines += ["", m.tag]
        if m.blank_after:
            lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    return lines, where


WIDTH = 76  # a line of the text layer, in half-width units (38 full-width characters)
STRUCTURE_LIKE = re.compile(r"^(・|-\s*・|[0-9０-９]+\s*[.．]|[(（][0-9０-９]+[)）]|[①-⑳]|○|【|¹)")
BRACKET_LINE = re.compile(r"^[(（][^()（）]*[)）]$")
NO_LINE_START = set("、。，．）」』】〕・ーっゃゅょァィゥェォッャュョ％")  # kinsoku: never first
NO_LINE_END = set("「『（【〔(")                                        # kinsoku: never last


def units(c):
    return 2 if unicodedata.east_asian_width(c) in "FWA" else 1


def wrap(text, forced=(), protect=()):
    """Hard-wraps a paragraph like a PDF text layer: lines of about WIDTH
    half-width units, breaking by the Japanese line-breaking rules, never
    inside a Latin word, a number or a tag, and never so that a line looks
    like a bullet or heading, except at the `forced` points, where a line must
    start (the text before such a point is spread evenly over its lines)."""
    points = sorted(text.find(f) for f in forced)
    assert all(p > 0 for p in points), f"wrap point not found: {forced}"
    guarded = [s for p in protect for s in spans_of(text, [p])]
    lines, pos = [], 0
    for end in points + [len(text)]:
        last = end == len(text)
        count = max(1, round(width_of(text[pos:end]) / WIDTH))
        while True:
            rest = width_of(text[pos:end])
            if (last and rest <= WIDTH) or (not last and count <= 1):
                break
            target = WIDTH if last else rest / count
            cut, width = pos, 0
            while cut < end and width + units(text[cut]) <= target + 1:
                width += units(text[cut])
                cut += 1
            while cut > pos + 8 and bad_cut(text, cut, guarded):
                cut -= 1
            lines.append(text[pos:cut].rstrip(" "))
            count -= 1
            pos = cut
            while pos < end and text[pos] == " ":
                pos += 1
        lines.append(text[pos:end].rstrip(" "))
        pos = end
    return [x for x in lines if x]


def width_of(text):
    return sum(units(c) for c in text)


def bad_cut(text, cut, guarded):
    a, b = text[cut - 1], text[cut]
    if a == " " or b == " ":
        return True
    if a.isascii() and b.isascii():
        return True
    if b in NO_LINE_START or a in NO_LINE_END:
        return True
    if any(s < cut < e for s, e in guarded):
        return True
    rest = text[cut:]
    return bool(STRUCTURE_LIKE.match(rest) or BRACKET_LINE.match(rest))


def render_wrapped(head, items, footnote):
    """The 2025 layout: every paragraph hard-wrapped, no blank line between the
    pieces, blank lines between paragraphs, a few page breaks mid-paragraph."""
    lines, where, fakes = head[:8], {}, []
    lines += wrap(head[8])
    lines.append("")
    for kind, *rest in items:
        if kind == "h":
            lines.append(rest[0])
            if rest[1]:
                lines.append("")
            continue
        m = rest[0]
        where[m.id] = len(lines) + 1
        paras = measure_paragraphs(m)
        forced = m.spec.get("wrap_at", [])
        for k, p in enumerate(paras):
            tags = [m.tag] if m.tag_mode == "inline" and m.tag in p else []
            chunk = wrap(p, [f for f in forced if f in p], tags)
            starts = [x for f in forced if f in p for x in chunk if x.startswith(f)]
            offsets, at = [], 0
            for x in chunk:
                at = p.find(x, at)
                offsets.append(at)
                at += len(x)
            note = m.spec.get("footnote")
            for b in reversed(m.spec.get("breaks", []) + ([note] if note else [])):
                if b not in p:
                    continue
                i = max(k for k, o in enumerate(offsets) if o <= p.find(b))
                i = max(i, 1)
                chunk[i:i] = ["", footnote, ""] if b == note else [""]
                offsets[i:i] = [offsets[i]] * (3 if b == note else 1)
            for x in chunk:
                if x in starts:
                    fakes.append(len(lines) + 1)
                lines.append(x)
            if k < len(paras) - 1:
                lines.append("")
        if m.tag_mode == "own":
            lines += ["", m.tag]
        if m.blank_after:
            lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    return lines, where, fakes


# ---------------------------------------------------------------- checking

def sentences(text):
    """Splits on 。 outside 「」『』（）(): a closing bracket also closes any
    bracket left open inside it (the source has 「…（健康日本 21（第二次）」)."""
    pairs = {"」": "「", "』": "『", "）": "（", ")": "("}
    out, cur, stack = [], "", []
    for c in text.replace("\n", ""):
        cur += c
        if c in "「『（(":
            stack.append(c)
        elif c in pairs and pairs[c] in stack:
            while stack.pop() != pairs[c]:
                pass
        elif c == "。" and not stack:
            out.append(cur)
            cur = ""
    if cur.strip():
        out.append(cur)
    return out


def shape(sentence):
    t, _ = mask(sentence)
    return re.sub(r"[0-9][0-9,]*(\.[0-9]+)?", "#", t)


def numbers_of(sentence):
    t, _ = mask(sentence)
    return re.findall(r"[0-9][0-9,]*(?:\.[0-9]+)?", t)


def ministries(tag):
    names = re.sub(r"（[^）]*）", "", unicodedata.normalize("NFKC", tag).strip("【】").replace("(", "（")
                   .replace(")", "）"))
    lead, others = set(), set()
    for n in names.split("、"):
        n = n.strip()
        (lead if n.startswith("◎") else others).add(n.lstrip("◎"))
    return lead, others


def dice(a, b):
    def grams(s):
        t = mask(s)[0]
        g = {}
        for i in range(len(t) - 1):
            g[t[i:i + 2]] = g.get(t[i:i + 2], 0) + 1
        return g
    ga, gb = grams(a), grams(b)
    common = sum(min(v, gb.get(k, 0)) for k, v in ga.items())
    return 2 * common / max(1, sum(ga.values()) + sum(gb.values()))


def check_pair_entry(key, old, new, exp, gap):
    """The expected entry must be exactly what the two texts show."""
    same = same_but_years(old.text, new.text, gap)
    tag_changed = ministries(old.tag) != ministries(new.tag)
    assert tag_changed == bool(exp.get("tag")), f"{key}: tag change {tag_changed}"
    declared = exp.get("numbers") or exp.get("added") or exp.get("dropped") or exp.get("rewritten")
    assert same == (not declared), f"{key}: text same={same} but declared={bool(declared)}"
    if same:
        return
    olds, news = sentences(old.text), sentences(new.text)
    old_only = [s for s in olds if not any(same_but_years(s, t, gap) for t in news)]
    new_only = [s for s in news if not any(same_but_years(t, s, gap) for t in olds)]

    def hits(pool, part):
        found = [s for s in pool if norm(part) in norm(s)]
        assert len(found) == 1, f"{key}: {part!r} in {len(found)} sentences"
        return found[0]

    used_old = [hits(old_only, d) for d in exp.get("dropped", [])]
    used_new = [hits(new_only, a) for a in exp.get("added", [])]
    for o, n in exp.get("rewritten", []):
        a, b = hits(old_only, o), hits(new_only, n)
        assert shape(a) != shape(b) or mask(a)[1] != mask(b)[1], f"{key}: rewrite is figures only"
        used_old.append(a)
        used_new.append(b)
    figure_changes = 0
    rest_old = [s for s in old_only if s not in used_old]
    rest_new = [s for s in new_only if s not in used_new]
    for s in rest_old:
        partner = [t for t in rest_new if shape(t) == shape(s)]
        assert len(partner) == 1, f"{key}: unaccounted old sentence: {s}"
        rest_new.remove(partner[0])
        figure_changes += sum(x != y for x, y in zip(numbers_of(s), numbers_of(partner[0])))
    assert not rest_new, f"{key}: unaccounted new sentences: {rest_new}"
    assert figure_changes == len(exp.get("numbers", [])), f"{key}: {figure_changes} figures changed"
    for o, n, *_ in exp.get("numbers", []):
        assert norm(o).lstrip("約") in norm(old.text) and norm(n).lstrip("約") in norm(new.text), (key, o, n)


def section_paths(items, renames=None):
    paths, stack = {}, []
    for kind, *rest in items:
        if kind == "h":
            level = heading_level(rest[0])
            stack = [s for s in stack if s[0] < level] + [(level, rest[0])]
        else:
            paths[rest[0].id] = [renames.get(h, h) if renames else h for _, h in stack]
    return paths


def reparse(lines, context_bullets):
    """An independent reading of a written file: bullet lines and tags."""
    starts, prev = [], ""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if BULLET.match(line):
            ends = (not prev or prev.endswith("】") or prev.endswith("。") or heading_level(prev)
                    or not context_bullets)
            if ends:
                starts.append(n)
        prev = line
    return starts


def build_expected(old_name, new_name, old_items, new_items, old_where, new_where, expect, gap,
                   sections, renames=None):
    olds = {x[1].id: x[1] for x in old_items if x[0] == "m"}
    news = {x[1].id: x[1] for x in new_items if x[0] == "m"}
    old_order = [x[1].id for x in old_items if x[0] == "m"]
    old_paths = section_paths(old_items, renames)
    new_paths = section_paths(new_items)
    records, by_id = [], {}
    for x in new_items:
        if x[0] != "m":
            continue
        mid = x[1].id
        exp = expect.get(mid, {})
        if mid in olds:
            check_pair_entry(mid, olds[mid], news[mid], exp, gap)
            moved = old_paths[mid] != new_paths[mid]
            assert moved == bool(exp.get("moved")), f"{mid}: moved={moved}"
        else:
            assert not any(exp.get(k) for k in ("numbers", "added", "dropped", "rewritten", "tag")), mid
        rec = record(mid, olds.get(mid), news[mid], old_where, new_where, exp)
        records.append(rec)
        by_id[mid] = rec
    for i, mid in enumerate(old_order):
        if mid in news:
            continue
        exp = expect.get(mid, {})
        assert not any(exp.get(k) for k in ("numbers", "added", "dropped", "rewritten", "tag")), mid
        rec = record(mid, olds[mid], None, old_where, new_where, exp)
        at = 0
        if i > 0:
            at = records.index(by_id[old_order[i - 1]]) + 1
        records.insert(at, rec)
        by_id[mid] = rec
    unknown = set(expect) - set(olds) - set(news)
    assert not unknown, unknown
    return {"old": old_name, "new": new_name, "measures": records,
            "sections": [{"kind": k, "old": o, "new": n} for k, o, n in sections]}


def record(mid, old, new, old_where, new_where, exp):
    if old is None:
        status = "added"
    elif new is None:
        status = "dropped"
    elif any(exp.get(k) for k in ("numbers", "added", "dropped", "rewritten", "tag")):
        status = "changed"
    else:
        status = "unchanged"
    note = exp.get("note") or noise_note(old, new)
    return {
        "old_line": old_where[mid] if old else None,
        "new_line": new_where[mid] if new else None,
        "status": status,
        "moved": bool(exp.get("moved")),
        "numbers": [{"old": o, "new": n, "old_value": ov, "new_value": nv, "unit": u}
                    for o, n, ov, nv, u in exp.get("numbers", [])],
        "commitments_added": list(exp.get("added", [])),
        "commitments_dropped": list(exp.get("dropped", [])),
        "commitments_rewritten": [{"old": o, "new": n} for o, n in exp.get("rewritten", [])],
        "tag_changed": bool(exp.get("tag")),
        "note": note,
    }


def noise_note(old, new):
    words = []
    for m in (old, new):
        for k, v in m.spec.items():
            if NOISE_WORDS.get(k) and NOISE_WORDS[k] not in words and k not in ("subs",):
                words.append(NOISE_WORDS[k])
    base = "years rolled only"
    return base + ("; noise: " + ", ".join(words) if words else "")


def check_file(name, lines, where, fakes, context_bullets, headings):
    """Every measure once, on a bullet line; nothing else looks like a bullet
    or a heading except the wrap points made so on purpose."""
    starts = reparse(lines, context_bullets)
    listed = sorted(where.values())
    assert len(set(listed)) == len(listed), f"{name}: two measures on one line"
    for n in listed:
        assert BULLET.match(lines[n - 1]), f"{name}: line {n} does not start with a bullet"
    assert starts == listed, f"{name}: bullets {set(starts) ^ set(listed)} disagree"
    looks = [n for n, l in enumerate(lines, 1)
             if n not in listed and l not in headings and n > 9
             and (BULLET.match(l) or heading_level(l) or STRUCTURE_LIKE.match(l))
             and not TAG_ONLY.match(l) and not l.startswith("¹")]
    assert sorted(looks) == sorted(fakes), f"{name}: look-alike lines {looks} vs {fakes}"


def check_similarity(old_items, new_items):
    """Merge and split partners are the closer candidates."""
    o = {x[1].id: x[1].text for x in old_items if x[0] == "m"}
    n = {x[1].id: x[1].text for x in new_items if x[0] == "m"}
    assert dice(n[53], o[53]) > dice(n[53], o[54]), "merge partner"
    assert dice(o[238], n[238]) > dice(o[238], n["238a"]), "split partner"


def counts(doc):
    c = dict(unchanged=0, changed=0, added=0, dropped=0, moved=0, numbers=0, commitments_added=0,
             commitments_dropped=0, commitments_rewritten=0, tag_changes=0)
    for m in doc["measures"]:
        c[m["status"]] += 1
        c["moved"] += m["moved"]
        c["numbers"] += len(m["numbers"])
        c["commitments_added"] += len(m["commitments_added"])
        c["commitments_dropped"] += len(m["commitments_dropped"])
        c["commitments_rewritten"] += len(m["commitments_rewritten"])
        c["tag_changes"] += m["tag_changed"]
    return c


# ---------------------------------------------------------------- main

def main():
    check_only = "--check" in sys.argv[1:]
    with open(os.path.join(SAMPLES, SOURCE), encoding="utf-8") as f:
        source_lines = f.read().split("\n")
    if source_lines and source_lines[-1] == "":
        source_lines.pop()
    front, items, measures, footnote = parse_source(source_lines)
    assert len(measures) == 61, len(measures)

    src_items = edition_items(items, measures, {}, 0)
    src_where = {mid: mid for mid in measures}

    head23, items23 = build_2023(front, items, measures)
    lines23, where23 = render_plain(head23, items23, footnote)
    head25, items25 = build_2025(front, items, measures)
    lines25, where25, fakes25 = render_wrapped(head25, items25, footnote)

    def headings(its):
        return {x[1] for x in its if x[0] == "h"}

    check_file(FILE_2023, lines23, where23, [], False, headings(items23))
    check_file(FILE_2025, lines25, where25, fakes25, True, headings(items25))
    check_file(SOURCE, source_lines, src_where, [], False, headings(src_items))
    check_similarity(src_items, items25)

    exp23 = build_expected(FILE_2023, SOURCE, items23, src_items, where23, src_where,
                           EXPECT_2023_2024, 1, [])
    renames = dict(RENAMED_2025)
    exp25 = build_expected(SOURCE, FILE_2025, src_items, items25, src_where, where25,
                           EXPECT_2024_2025, 1, SECTIONS_2024_2025, renames)
    for doc, old_n, new_n in ((exp23, len(where23), 61), (exp25, 61, len(where25))):
        olds = [m["old_line"] for m in doc["measures"] if m["old_line"]]
        news = [m["new_line"] for m in doc["measures"] if m["new_line"]]
        assert len(olds) == len(set(olds)) == old_n and len(news) == len(set(news)) == new_n

    outputs = {
        os.path.join(SAMPLES, FILE_2023): "\n".join(lines23) + "\n",
        os.path.join(SAMPLES, FILE_2025): "\n".join(lines25) + "\n",
        os.path.join(SAMPLES, "expected", "2023-2024.json"): json.dumps(exp23, ensure_ascii=False, indent=2) + "\n",
        os.path.join(SAMPLES, "expected", "2024-2025.json"): json.dumps(exp25, ensure_ascii=False, indent=2) + "\n",
    }
    stale = []
    for path, content in outputs.items():
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if current != content:
            stale.append(path)
            if not check_only:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(content)
    for name, doc in (("2023→2024", exp23), ("2024→2025", exp25)):
        print(name, json.dumps(counts(doc), ensure_ascii=False))
    if check_only and stale:
        print("out of date:", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
