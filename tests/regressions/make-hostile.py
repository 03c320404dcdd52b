#!/usr/bin/env python3
"""Hostile inputs for the PDF and Word readers (issue 15), made the way an
attacker or a broken tool would make them.

    make-hostile.py small REGRESSIONS_DIR     rewrite the small ones kept in git
    make-hostile.py NAME OUT N...             write one input (the big ones)

The small ones land in REGRESSIONS_DIR/fuzz_docx/, fuzz_pdf/ and read_input/:
robustness tests replay them and scripts/fuzz seeds its targets with them.
The big ones are made at test time (hostile_input_test.cpp) by NAME:
  footnotes N        N footnotes, each referenced once
  numbering-levels N an abstract list of N levels used by N lists
  pages N [LINES]    a PDF of N pages: running header, LINES body lines (5), 「- n -」
  tiny-paragraphs N  a .docx of N one-character paragraphs (compresses ~300:1)
  nested KIND N      a paragraph inside N levels of KIND (customXml, sdt,
                     hyperlink, table)
Only the Python standard library: ZIP entries deflated with fixed dates, so
the same arguments give the same bytes.
"""
import pathlib
import sys
import zipfile
import zlib

MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
TITLE = "健康・医療戦略の実行状況と今後の取組方針2024"


# --- Word ---------------------------------------------------------------------

def relationships(targets):
    items = "".join(f'<Relationship Id="rId{i}" Type="{REL_TYPE}{kind}" Target="{target}"/>'
                    for i, (kind, target) in enumerate(targets, 1))
    return f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">{items}</Relationships>'


def part(root, inside, encoding="UTF-8"):
    declaration = f'<?xml version="1.0" encoding="{encoding}"?>' if encoding else ""
    return f'{declaration}<w:{root} xmlns:w="{MAIN}">{inside}</w:{root}>'


def p(text, properties=""):
    ppr = f"<w:pPr>{properties}</w:pPr>" if properties else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def docx(path, body, parts=None, document=None, main="word/document.xml"):
    """A .docx whose word/document.xml holds `body`; `parts` maps a relationship
    type (numbering, styles, footnotes) to (target, XML or None for a target
    the archive lacks); `document` replaces the whole document part (bytes);
    `main` is the main part _rels/.rels names."""
    parts = parts or {}
    entries = [("_rels/.rels", relationships([("officeDocument", main)]))]
    if document is None:
        document = part("document", f"<w:body>{body}</w:body>")
    entries.append(("word/document.xml", document))
    entries.append(("word/_rels/document.xml.rels",
                    relationships([(kind, target) for kind, (target, _) in parts.items()])))
    for target, xml in parts.values():
        if xml is not None:
            entries.append(("word/" + target, xml))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, (2024, 4, 1, 0, 0, 0)), data,
                       compress_type=zipfile.ZIP_DEFLATED)


def nested(kind, n):
    """A measure inside n levels of `kind`, the way Word nests it."""
    inner = p("・研究開発を推進する。【◎厚】")
    if kind == "customXml":
        return '<w:customXml w:element="x">' * n + inner + "</w:customXml>" * n
    if kind == "sdt":
        return "<w:sdt><w:sdtContent>" * n + inner + "</w:sdtContent></w:sdt>" * n
    if kind == "hyperlink":
        run = '<w:r><w:t>研究開発を推進する。</w:t></w:r>'
        return "<w:p>" + "<w:hyperlink>" * n + run + "</w:hyperlink>" * n + "</w:p>"
    if kind == "table":
        return "<w:tbl><w:tr><w:tc>" * n + inner + "</w:tc></w:tr></w:tbl>" * n
    raise SystemExit(f"make-hostile: unknown nesting {kind}")


def numbering_bomb(path, start="2000000000", paragraphs=200):
    """Issue 15's numbering bomb: a huge start, letters, the number eight times."""
    levels = (f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
              '<w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1%1%1%1%1%1%1%1."/></w:lvl>'
              '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    item = p("研究開発を推進する。", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
    docx(path, p(TITLE) + item * paragraphs,
         {"numbering": ("numbering.xml", part("numbering", levels))})


def numbering_levels(path, n):
    """An abstract list of n levels (Word has nine) that n lists use."""
    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                     f'<w:lvlText w:val="%1."/></w:lvl>' for i in range(n))
    lists = "".join(f'<w:num w:numId="{i}"><w:abstractNumId w:val="0"/></w:num>' for i in range(1, n + 1))
    numbering = f'<w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>{lists}'
    item = p("研究開発を推進する。", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
    docx(path, p(TITLE) + item, {"numbering": ("numbering.xml", part("numbering", numbering))})


def footnotes(path, n):
    body = "".join(f'<w:p><w:r><w:t>施策{i}を実施する。</w:t></w:r>'
                   f'<w:r><w:footnoteReference w:id="{i}"/></w:r></w:p>' for i in range(1, n + 1))
    notes = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:t>注{i}</w:t></w:r></w:p></w:footnote>'
                    for i in range(1, n + 1))
    docx(path, p(TITLE) + body, {"footnotes": ("footnotes.xml", part("footnotes", notes))})


def encoded(path, codec, declared, bom=b""):
    """The document part in `codec`, declaring `declared` (None: no declaration)."""
    body = f"<w:body>{p(TITLE)}{p('・研究開発を推進する。【◎厚】')}</w:body>"
    docx(path, None, document=bom + part("document", body, declared).encode(codec))


def footnote_echo(path, references, note_chars):
    """One long footnote referenced over and over: the text outgrows every part."""
    body = "".join(f'<w:p><w:r><w:t>施策{i}を実施する。</w:t></w:r>'
                   '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>' for i in range(references))
    note = f'<w:footnote w:id="1"><w:p><w:r><w:t>{"注" * note_chars}</w:t></w:r></w:p></w:footnote>'
    docx(path, p(TITLE) + body, {"footnotes": ("footnotes.xml", part("footnotes", note))})


# --- PDF ----------------------------------------------------------------------

def pdf(path, pages, kids=None, compress=False):
    """A PDF of Helvetica text; each page a list of (x, y, text). `kids`, if
    given, replaces the page tree: a list of (object number, dictionary);
    `compress` deflates the page contents, as PDF writers do."""
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    refs = []
    for i, lines in enumerate(pages):
        page, content = 4 + 2 * i, 5 + 2 * i
        stream = "".join(f"BT /F1 11 Tf {x} {y} Td ({text}) Tj ET\n" for x, y, text in lines).encode()
        flate = b""
        if compress:
            stream, flate = zlib.compress(stream, 9), b" /Filter /FlateDecode"
        objects[content] = b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(stream), flate, stream)
        objects[page] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content)
        refs.append(b"%d 0 R" % page)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(refs), len(refs))
    for number, dictionary in kids or []:
        objects[number] = dictionary
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    pathlib.Path(path).write_bytes(bytes(out))


def word(n):
    """A word of its own for every number, four letters (digits would be
    masked as a page number's)."""
    letters = ""
    for _ in range(4):
        letters = "abcdefghijklmnopqrstuvwxyz"[n % 26] + letters
        n //= 26
    return letters.capitalize()


def pages(path, n, lines=5, compress=True):
    """Running header, body lines of their own, page number at the foot. The
    body lines differ only in their last word, as numbered items do."""
    body = [(72, 750 - 12 * k, f"Measure {word(lines * i + k)} is carried out by every ministry "
                               "concerned, as this plan sets out.") for i in range(n)
            for k in range(lines)]
    pdf(path, [[(72, 800, "Annual Follow-up 2024")] + body[lines * i:lines * (i + 1)] +
               [(290, 40, f"- {i + 1} -")] for i in range(n)], compress=compress)


def page_tree_cycle(path, readable_first):
    """A page tree whose Pages node is its own grandchild, after one page or none."""
    kids = b"[4 0 R 6 0 R]" if readable_first else b"[6 0 R]"
    pdf(path, [[(72, 700 - 14 * k, f"Measure {word(k)} is carried out.") for k in range(5)]],
        kids=[(2, b"<< /Type /Pages /Kids %s /Count 2 >>" % kids),
              (6, b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>")])


# --- the lot ------------------------------------------------------------------

def small(regressions):
    docx_dir, pdf_dir, text_dir = (regressions / d for d in ("fuzz_docx", "fuzz_pdf", "read_input"))
    for d in (docx_dir, pdf_dir, text_dir):
        d.mkdir(parents=True, exist_ok=True)
    for kind, n in (("customXml", 100000), ("sdt", 30000), ("hyperlink", 30000), ("table", 30000)):
        docx(docx_dir / f"nested-{kind.lower()}-{n}.docx", p(TITLE) + nested(kind, n))
    numbering_bomb(docx_dir / "numbering-bomb.docx")
    numbering_bomb(docx_dir / "numbering-negative-start.docx", start="-3", paragraphs=5)
    encoded(docx_dir / "shift-jis-declared.docx", "cp932", "Shift_JIS")
    encoded(docx_dir / "shift-jis-undeclared.docx", "cp932", None)
    encoded(docx_dir / "utf16le-without-bom.docx", "utf-16-le", "UTF-16")
    encoded(docx_dir / "utf16be-with-bom.docx", "utf-16-be", "UTF-16", bom=b"\xfe\xff")
    encoded(docx_dir / "utf8-declared-utf16.docx", "utf-8", "UTF-16")
    docx(docx_dir / "character-reference-to-a-surrogate.docx", p(TITLE) + p("研究&#xD800;開発"))
    footnote_echo(docx_dir / "footnote-echo.docx", 1000, 3000)
    docx(docx_dir / "missing-numbering-part.docx", p(TITLE), {"numbering": ("numbering.xml", None)})
    docx(docx_dir / "missing-main-part.docx", p(TITLE), main="word/document2.xml")
    page_tree_cycle(pdf_dir / "page-tree-cycle.pdf", False)
    page_tree_cycle(pdf_dir / "page-tree-cycle-after-a-page.pdf", True)
    pages(pdf_dir / "three-pages.pdf", 3, compress=False)
    edition = (f"{TITLE}\n\n%PDF-1.7 で保存した版と比べる。\n\n1. 総論\n\n"
               "・研究開発を推進する。【◎厚】\n")
    (text_dir / "pdf-magic-inside-text.txt").write_bytes(edition.encode())


def main(args):
    if len(args) == 2 and args[0] == "small":
        return small(pathlib.Path(args[1]))
    makers = {"footnotes": footnotes, "pages": pages, "numbering-levels": numbering_levels,
              "tiny-paragraphs": lambda path, n: docx(path, p(TITLE) + p("・") * n)}
    if len(args) in (3, 4) and args[0] in makers:
        return makers[args[0]](args[1], *map(int, args[2:]))
    if len(args) == 4 and args[0] == "nested":
        return docx(args[2], p(TITLE) + nested(args[1], int(args[3])))
    raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
