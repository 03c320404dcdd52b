// `nendiff compare --format docx`: the 新旧対照表 as a Word document
// (WordprocessingML) in the official form (taihyo.hpp): a real table whose
// head row repeats on every page (w:tblHeader), changed characters as
// underlined runs (w:u, coloured as a second channel), section headings
// spanning both columns (w:gridSpan), A4 landscape (w:pgSz, --paper), Mincho
// 10.5 pt, the title in the header and 「－ N －」 (a PAGE field) in the footer.
// The body streams into a temporary file that libzip packs with the small
// parts, so a large comparison never sits in memory as XML. Built as the
// module nendiff-docxout.so: libzip loads only for Word output.
#include <zip.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "nendiff/error.hpp"
#include "report/taihyo.hpp"
#include "report/temp_dir.hpp"
#include "report/views.hpp"
#include "util/module.hpp"

namespace fs = boost::filesystem;

namespace nendiff::detail {
namespace {

constexpr int kMargin = 1134;  // 2 cm, in twentieths of a point
constexpr time_t kModified = 946684800;  // 2000-01-01: the same bytes every time
const char* const kChangedColor = "C00000";

const char* const kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char* const kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
const char* const kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const char* const kType = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

// Text as XML character data. printable() has taken out the controls XML
// forbids; U+FFFE and U+FFFF (EF BF BE/BF in UTF-8) are not XML characters either.
void write_escaped(std::ostream& out, std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (ch == '&') out << "&amp;";
    else if (ch == '<') out << "&lt;";
    else if (ch == '>') out << "&gt;";
    else if (ch == '\xEF' && text.substr(i + 1, 1) == "\xBF" && i + 2 < text.size() &&
             (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
      out << "\xEF\xBF\xBD";  // U+FFFD
      i += 2;
    } else {
      out << ch;
    }
  }
}

// A run: its text, line feeds as breaks.
void write_run(std::ostream& out, const MarkedRun& run) {
  out << "<w:r>";
  if (run.changed) out << "<w:rPr><w:color w:val=\"" << kChangedColor << "\"/><w:u w:val=\"single\"/></w:rPr>";
  size_t at = 0;
  for (size_t nl; (nl = run.text.find('\n', at)) != std::string::npos; at = nl + 1) {
    out << "<w:t xml:space=\"preserve\">";
    write_escaped(out, std::string_view(run.text).substr(at, nl - at));
    out << "</w:t><w:br/>";
  }
  out << "<w:t xml:space=\"preserve\">";
  write_escaped(out, std::string_view(run.text).substr(at));
  out << "</w:t></w:r>";
}

void write_paragraph(std::ostream& out, const MarkedText& runs, const char* props = "") {
  out << "<w:p>" << props;
  for (const MarkedRun& r : runs) write_run(out, r);
  out << "</w:p>";
}

void write_plain(std::ostream& out, const std::string& text, const char* props = "") {
  write_paragraph(out, {{text, false}}, props);
}

struct Grid {
  int page_width = 0, page_height = 0, column = 0;  // twips
};

Grid grid_for(Paper p) {
  const PaperSize size = paper_size(p);
  Grid g;
  g.page_width = static_cast<int>(std::lround(size.width * 20));
  g.page_height = static_cast<int>(std::lround(size.height * 20));
  g.column = (g.page_width - 2 * kMargin) / 2;
  return g;
}

void write_cell(std::ostream& out, const TaihyoCell& cell, int width) {
  out << "<w:tc><w:tcPr><w:tcW w:w=\"" << width << "\" w:type=\"dxa\"/></w:tcPr>";
  for (const MarkedText& p : cell) write_paragraph(out, p);
  if (cell.empty()) out << "<w:p/>";
  out << "</w:tc>";
}

void write_row(std::ostream& out, const TaihyoRow& row, const Grid& g) {
  if (row.kind == TaihyoRow::unit_row) {
    out << "<w:tr>";
    write_cell(out, row.left, g.column);
    write_cell(out, row.right, g.column);
    out << "</w:tr>\n";
    return;
  }
  // A heading (indented by level, the top ones shaded) or 「（略）」, across both columns.
  const bool heading = row.kind == TaihyoRow::heading_row;
  out << "<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"" << 2 * g.column
      << "\" w:type=\"dxa\"/><w:gridSpan w:val=\"2\"/>"
      << (heading && row.level <= 1 ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7EDF3\"/>" : "")
      << "</w:tcPr>";
  const std::string props =
      heading ? "<w:pPr><w:ind w:left=\"" + std::to_string(210 * std::max(0, row.level - 1)) +
                    "\"/></w:pPr>"
              : "<w:pPr><w:jc w:val=\"center\"/></w:pPr>";
  write_plain(out, row.text, props.c_str());
  out << "</w:tc></w:tr>\n";
}

void write_table(std::ostream& out, const Comparison& c, const ReportOptions& o,
                 const TaihyoHead& head, const Grid& g) {
  out << "<w:tbl><w:tblPr><w:tblW w:w=\"" << 2 * g.column << "\" w:type=\"dxa\"/><w:tblBorders>";
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
    out << "<w:" << side << " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
  out << "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\""
      << g.column << "\"/><w:gridCol w:w=\"" << g.column << "\"/></w:tblGrid>\n"
      << "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
  const char* centred = "<w:pPr><w:jc w:val=\"center\"/></w:pPr>";
  for (const std::string* label : {&head.left_label, &head.right_label}) {
    out << "<w:tc><w:tcPr><w:tcW w:w=\"" << g.column << "\" w:type=\"dxa\"/></w:tcPr>";
    write_plain(out, *label, centred);
    out << "</w:tc>";
  }
  out << "</w:tr>\n";
  for_each_taihyo_row(c, o, [&](const TaihyoRow& row) { write_row(out, row, g); });
  out << "</w:tbl>\n";
}

void write_summary(std::ostream& out, const Comparison& c) {
  const TaihyoSummary s = taihyo_summary(c);
  const char* heading = "<w:pPr><w:spacing w:before=\"240\"/></w:pPr>";
  write_paragraph(out, {{s.heading, false}}, heading);
  for (const std::string& line : s.counts) write_plain(out, line);
  write_plain(out, s.stale_heading, heading);
  for (const std::string& line : s.stale) write_plain(out, "・" + line);
}

void write_document(std::ostream& out, const Comparison& c, const ReportOptions& o) {
  const TaihyoHead head = taihyo_head(c, o);
  const Grid g = grid_for(o.paper);
  out << kXmlDecl << "<w:document " << kW << "><w:body>";
  write_plain(out, head.title, "<w:pPr><w:pStyle w:val=\"Title\"/><w:jc w:val=\"center\"/></w:pPr>");
  write_plain(out, head.note, "<w:pPr><w:jc w:val=\"right\"/></w:pPr>");
  write_table(out, c, o, head, g);
  write_summary(out, c);
  out << "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/>"
         "<w:footerReference w:type=\"default\" r:id=\"rId3\"/><w:pgSz w:w=\""
      << g.page_width << "\" w:h=\"" << g.page_height << "\""
      << (g.page_width > g.page_height ? " w:orient=\"landscape\"" : "") << "/><w:pgMar w:top=\""
      << kMargin << "\" w:right=\"" << kMargin << "\" w:bottom=\"" << kMargin << "\" w:left=\""
      << kMargin << "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
      << "</w:body></w:document>\n";
}

std::string content_types() {
  std::string t = std::string(kXmlDecl) +
                  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  "<Default Extension=\"rels\" ContentType=\"application/"
                  "vnd.openxmlformats-package.relationships+xml\"/>"
                  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
  for (auto [part, type] : {std::pair{"document", "document.main"}, {"styles", "styles"},
                            {"header1", "header"}, {"footer1", "footer"}})
    t += std::string("<Override PartName=\"/word/") + part + ".xml\" ContentType=\"" + kType +
         type + "+xml\"/>";
  return t + "</Types>\n";
}

std::string relationships(const std::vector<std::pair<std::string, std::string>>& rels) {
  std::string t = std::string(kXmlDecl) +
                  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  int id = 1;
  for (const auto& [type, target] : rels)
    t += "<Relationship Id=\"rId" + std::to_string(id++) + "\" Type=\"" + kRel + type +
         "\" Target=\"" + target + "\"/>";
  return t + "</Relationships>\n";
}

// Mincho 10.5 pt (w:sz counts half points) for everything.
std::string styles() {
  return std::string(kXmlDecl) + "<w:styles " + kW +
         "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"IPAexMincho\" "
         "w:hAnsi=\"IPAexMincho\" w:eastAsia=\"IPAexMincho\" w:cs=\"IPAexMincho\"/>"
         "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"ja-JP\" w:eastAsia=\"ja-JP\"/>"
         "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
         "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
         "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
         "</w:style><w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
         "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"120\"/></w:pPr><w:rPr><w:b/>"
         "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style></w:styles>\n";
}

// The header: the title at the right. The footer: 「－ N －」 centred.
std::string header(const std::string& title) {
  std::ostringstream out;
  out << kXmlDecl << "<w:hdr " << kW << ">";
  write_plain(out, title, "<w:pPr><w:jc w:val=\"right\"/></w:pPr>");
  out << "</w:hdr>\n";
  return out.str();
}

std::string footer() {
  return std::string(kXmlDecl) + "<w:ftr " + kW +
         "><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">－ </w:t></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> "
         "PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
         "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
         "<w:r><w:t xml:space=\"preserve\"> －</w:t></w:r></w:p></w:ftr>\n";
}

// Packs the parts into `zip_path`: the small ones from memory, the body from its file.
void pack(const fs::path& zip_path, const fs::path& body, const std::string& title) {
  int error = 0;
  zip_t* z = zip_open(zip_path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!z) throw Error("cannot create the Word package " + zip_path.string());
  const std::vector<std::pair<std::string, std::string>> parts = {
      {"[Content_Types].xml", content_types()},
      {"_rels/.rels", relationships({{"officeDocument", "word/document.xml"}})},
      {"word/_rels/document.xml.rels",
       relationships({{"styles", "styles.xml"}, {"header", "header1.xml"}, {"footer", "footer1.xml"}})},
      {"word/styles.xml", styles()},
      {"word/header1.xml", header(title)},
      {"word/footer1.xml", footer()}};
  auto add = [&](const std::string& name, zip_source_t* source) {
    zip_int64_t index = source ? zip_file_add(z, name.c_str(), source, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (source) zip_source_free(source);
      zip_discard(z);
      throw Error("cannot add " + name + " to the Word package");
    }
    zip_file_set_mtime(z, static_cast<zip_uint64_t>(index), kModified, 0);
  };
  for (const auto& [name, xml] : parts)  // the buffers live until zip_close
    add(name, zip_source_buffer(z, xml.data(), xml.size(), 0));
  add("word/document.xml", zip_source_file(z, body.c_str(), 0, -1));
  if (zip_close(z) != 0) {
    const std::string why = zip_strerror(z);
    zip_discard(z);
    throw Error("cannot write the Word package: " + why);
  }
}

void write_docx(const Comparison& c, const ReportOptions& o, std::ostream& out) {
  in_temp_dir([&](const fs::path& dir) {
    {
      std::ofstream body((dir / "document.xml").string(), std::ios::binary);
      write_document(body, c, o);
      if (!body.flush()) throw Error("cannot write the Word document's body in " + dir.string());
    }
    pack(dir / "report.docx", dir / "document.xml", taihyo_head(c, o).title);
    copy_file_to(dir / "report.docx", out);
  });
}

}  // namespace
}  // namespace nendiff::detail

NENDIFF_MODULE_ENTRY const nendiff::detail::ModuleHeader* nendiff_docxout_module() {
  using namespace nendiff::detail;
  static const WriterModule table{{kModuleAbi}, &Caught<&write_docx>::call, nullptr};
  return &table.header;
}
