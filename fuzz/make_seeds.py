#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, made from the sample editions.

Usage: make_seeds.py SAMPLES_DIR REGRESSIONS_DIR OUT_DIR [FIXTURES_DIR]

OUT_DIR/fuzz_decode: pieces of each sample in every encoding nendiff reads
  (UTF-8 with and without BOM, Shift_JIS, EUC-JP, UTF-16LE/BE with BOM);
OUT_DIR/fuzz_parse: each sample whole and in pieces of 40 lines, the front
  matter kept on some so that titles and dates are seen, and its measures as
  a list (rows of number, text and ministries parted by tabs);
OUT_DIR/fuzz_compare: two editions joined by 0x1E (the cut fuzz_compare
  makes): consecutive samples whole and piece by piece, and as lists.
OUT_DIR/fuzz_pdf, OUT_DIR/fuzz_docx: the samples as scripts/make-fixtures
  renders them (FIXTURES_DIR: *.pdf, *.docx), and as Excel workbooks (the
  Word module reads both).
OUT_DIR/fuzz_law_xml: the laws in e-Gov's XML beside REGRESSIONS_DIR
  (tests/law-xml/*.xml).
OUT_DIR/fuzz_html: the Markdown samples (SAMPLES_DIR/families/*.md) as web
  pages, a block and a list of each kind.
Every file of REGRESSIONS_DIR/<target>/ is added to that target's seeds: for
the readers, the hostile inputs tests/regressions/make-hostile.py made.
"""
import html
import io
import pathlib
import shutil
import sys
import zipfile

PIECE = 40  # lines


def pieces(text):
    lines = text.splitlines(keepends=True)
    front = "".join(lines[:10])
    for start in range(0, len(lines), PIECE):
        body = "".join(lines[start:start + PIECE])
        yield body
        if start:
            yield front + body


def encodings(text):
    yield "utf8", text.encode("utf-8")
    yield "utf8bom", b"\xef\xbb\xbf" + text.encode("utf-8")
    yield "sjis", text.encode("cp932", errors="ignore")
    yield "eucjp", text.encode("euc_jp", errors="ignore")
    yield "utf16le", b"\xff\xfe" + text.encode("utf-16-le")
    yield "utf16be", b"\xfe\xff" + text.encode("utf-16-be")


def write(directory, name, data):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def as_list(text):
    """The measures of a sample (「・…【◎厚、経】」 lines) as a list: No., text, ministries."""
    rows = ["No.\t施策\t担当府省"]
    for line in text.splitlines():
        body = line.lstrip("- ").lstrip("・")
        if line.startswith(("- ・", "・")) and body.endswith("】") and "【" in body:
            cut = body.rindex("【")
            rows.append(f"{len(rows)}\t{body[:cut]}\t{body[cut + 1:-1]}")
    return "\n".join(rows) + "\n"


def as_page(markdown):
    out = ["<!DOCTYPE html>\n<html><head><title>t</title><style>p{}</style></head><body>"]
    for line in markdown.splitlines():
        text = html.escape(line.lstrip("#- ").strip())
        if not text:
            continue
        marks = len(line) - len(line.lstrip("#"))
        if marks:
            out.append(f"<h{marks}>{text}</h{marks}>")
        elif line.startswith("- "):
            out.append(f"<ul><li>{text}<ol><li>点</li></ol></li></ul>")
        else:
            out.append(f"<p>{text}<br>次の行</p><table><tr><td>表</td><td>{text[:8]}</td></tr></table>")
    return "\n".join(out) + "\n</body></html>\n"


def as_workbook(text):
    """The edition's first lines as an Excel workbook: a title row, then rows of
    a number, a shared string (with a reading), a date and a count in formats."""
    ns = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    lines = [html.escape(line) for line in text.splitlines() if line.strip()][:60]
    strings = "".join(f"<si><t>{line}</t><rPh sb=\"0\" eb=\"1\"><t>ヨミ</t></rPh></si>" for line in lines)
    rows = [f'<row r="1"><c r="A1" t="s"><v>0</v></c></row>']
    for i in range(1, len(lines)):
        rows.append(f'<row r="{i + 1}"><c r="A{i + 1}"><v>{i}</v></c><c r="B{i + 1}" t="s"><v>{i}</v></c>'
                    f'<c r="C{i + 1}" s="1"><v>{45000 + i}</v></c><c r="D{i + 1}" s="2"><v>{i * 1234.5}</v></c></row>')

    def rels(*targets):
        return ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
                "".join(f'<Relationship Id="rId{n}" Type="{rel}{t}" Target="{target}"/>'
                        for n, (t, target) in enumerate(targets, 1)) + "</Relationships>")
    parts = {
        "_rels/.rels": rels(("officeDocument", "xl/workbook.xml")),
        "xl/workbook.xml": f'<workbook {ns}><sheets><sheet name="一覧" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": rels(("worksheet", "worksheets/sheet1.xml"),
                                           ("sharedStrings", "sharedStrings.xml"), ("styles", "styles.xml")),
        "xl/worksheets/sheet1.xml": f"<worksheet {ns}><sheetData>{''.join(rows)}</sheetData></worksheet>",
        "xl/sharedStrings.xml": f"<sst {ns}>{strings}</sst>",
        "xl/styles.xml": (f'<styleSheet {ns}><numFmts><numFmt numFmtId="176" formatCode="#,##0.0&quot;件&quot;"/>'
                          '</numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="28"/><xf numFmtId="176"/></cellXfs>'
                          '</styleSheet>'),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in parts.items():
            z.writestr(name, xml)
    return buffer.getvalue()


def main(samples_dir, regressions_dir, out_dir, fixtures_dir=None):
    samples = sorted(pathlib.Path(samples_dir).glob("*.txt"))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in samples}
    out = pathlib.Path(out_dir)
    shutil.rmtree(out, ignore_errors=True)
    for stem, text in texts.items():
        write(out / "fuzz_parse", stem, text)
        for i, piece in enumerate(pieces(text)):
            write(out / "fuzz_parse", f"{stem}-{i}", piece)
            if i % 3 == 0:
                for enc, data in encodings(piece[:3000]):
                    write(out / "fuzz_decode", f"{stem}-{i}-{enc}", data)
    for stem, text in texts.items():
        write(out / "fuzz_parse", stem + "-list", as_list(text))
    stems = list(texts)
    for old, new in zip(stems, stems[1:]):
        write(out / "fuzz_compare", f"{old}-{new}", texts[old] + "\x1e" + texts[new])
        write(out / "fuzz_compare", f"{old}-{new}-list", as_list(texts[old]) + "\x1e" + as_list(texts[new]))
        for i, (a, b) in enumerate(zip(pieces(texts[old]), pieces(texts[new]))):
            write(out / "fuzz_compare", f"{old}-{new}-{i}", a + "\x1e" + b)
    for target, pattern in (("fuzz_pdf", "*.pdf"), ("fuzz_docx", "*.docx")):
        for f in sorted(pathlib.Path(fixtures_dir).glob(pattern)) if fixtures_dir else []:
            write(out / target, f.name, f.read_bytes())
    for stem, text in texts.items():
        write(out / "fuzz_docx", stem + ".xlsx", as_workbook(text))
    for f in sorted(pathlib.Path(samples_dir).glob("families/*.md")):
        write(out / "fuzz_html", f.stem + ".html", as_page(f.read_text(encoding="utf-8")))
    for f in sorted((pathlib.Path(regressions_dir).parent / "law-xml").glob("*.xml")):
        write(out / "fuzz_law_xml", f.name, f.read_bytes())
    for target_dir in pathlib.Path(regressions_dir).glob("fuzz_*"):
        for f in target_dir.iterdir():
            if f.is_file():
                write(out / target_dir.name, "regression-" + f.name, f.read_bytes())


if __name__ == "__main__":
    main(*sys.argv[1:5])
