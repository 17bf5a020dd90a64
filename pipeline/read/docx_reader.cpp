// DOCX (OOXML): the zip (libzip, bounded) and its XML (pugixml). Paragraphs become
// lines; list numbering is written out as Word shows it ("1.", "a)", "-"); a table of
// three or more columns becomes the pipe rows the segmenter reads ("| a | b | c |"),
// merged cells repeated down their span; one- and two-column tables (the header block:
// issuer | national motto; the signature block) are layout, so their cells become
// paragraphs. Runs in .VnTime/VNI fonts are decoded (rich_text.cpp).
#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <functional>
#include <map>

#include "core/text.h"
#include "read/rich_text.h"
#include "read/format_readers.h"
#include "read/legacy_encoding.h"
#include "read/text_util.h"
#include "read/zip_archive.h"

namespace vnpolicy {
namespace {

using rich::Line;
using rich::Piece;

constexpr int kMaxDepth = 200;  // element nesting the walk follows (tables in tables ...)

bool is(const pugi::xml_node& n, const char* name) { return std::string_view(n.name()) == name; }
const char* val(const pugi::xml_node& n) { return n.attribute("w:val").value(); }

struct Style {
  std::string based_on;
  std::string font;  // w:rFonts hAnsi or ascii
  std::string num_id;
  int ilvl = -1;
};

std::string font_of(const pugi::xml_node& rpr) {
  auto f = rpr.child("w:rFonts");
  if (!f) return {};
  for (const char* a : {"w:hAnsi", "w:ascii", "w:cs"})
    if (auto v = f.attribute(a); v && *v.value()) return v.value();
  return {};
}

struct Level {
  std::string format = "decimal";  // w:numFmt
  std::string text;                // w:lvlText, "%1." ...
  int start = 1;
};

struct Numbering {
  std::map<std::string, std::array<Level, 9>> abstract;  // abstractNumId -> levels
  struct Num {
    std::string abstract_id;
    std::map<int, int> start_override;
  };
  std::map<std::string, Num> nums;
};

std::string roman(int n, bool upper) {
  static const std::pair<int, const char*> parts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                      {90, "xc"},  {50, "l"},   {40, "xl"},  {10, "x"},   {9, "ix"},
                                                      {5, "v"},    {4, "iv"},   {1, "i"}};
  std::string s;
  for (auto [v, r] : parts)
    while (n >= v && s.size() < 32) { s += r; n -= v; }
  return upper ? to_upper(s) : s;
}

std::string letters(int n, bool upper) {  // 1 -> a, 26 -> z, 27 -> aa (Word repeats the letter)
  if (n < 1) n = 1;
  std::string s(static_cast<size_t>((n - 1) / 26 + 1), static_cast<char>('a' + (n - 1) % 26));
  if (s.size() > 8) s.resize(8);
  return upper ? to_upper(s) : s;
}

std::string format_number(int n, const std::string& fmt) {
  if (fmt == "lowerLetter") return letters(n, false);
  if (fmt == "upperLetter") return letters(n, true);
  if (fmt == "lowerRoman") return roman(n, false);
  if (fmt == "upperRoman") return roman(n, true);
  if (fmt == "decimalZero") return (n < 10 ? "0" : "") + std::to_string(n);
  return std::to_string(n);
}

class DocxWalker {
 public:
  DocxWalker(const pugi::xml_document* styles, const pugi::xml_document* numbering) {
    if (styles) load_styles(*styles);
    if (numbering) load_numbering(*numbering);
  }

  std::vector<Line> lines;
  rich::LegacyFonts fonts;
  std::optional<std::string> error;

  void body(const pugi::xml_node& node, int depth) {
    if (depth > kMaxDepth) { error = "XML nested deeper than " + std::to_string(kMaxDepth) + " levels"; return; }
    for (auto c : node.children()) {
      if (error) return;
      if (is(c, "w:p")) paragraph(c, depth + 1);
      else if (is(c, "w:tbl")) table(c, depth + 1);
      else if (is(c, "w:sdt")) body(c.child("w:sdtContent"), depth + 1);
      else if (is(c, "w:customXml") || is(c, "w:ins") || is(c, "w:smartTag")) body(c, depth + 1);
    }
  }

 private:
  std::map<std::string, Style> styles_;
  std::string default_font_;
  Numbering numbering_;
  std::map<std::string, std::array<int, 9>> counters_;  // abstractNumId -> level counters
  std::map<std::string, bool> started_;                  // num ids whose overrides were applied

  void load_styles(const pugi::xml_document& doc) {
    auto root = doc.child("w:styles");
    default_font_ = font_of(root.child("w:docDefaults").child("w:rPrDefault").child("w:rPr"));
    for (auto s : root.children("w:style")) {
      Style st;
      st.based_on = val(s.child("w:basedOn"));
      st.font = font_of(s.child("w:rPr"));
      auto num = s.child("w:pPr").child("w:numPr");
      st.num_id = val(num.child("w:numId"));
      if (auto l = num.child("w:ilvl")) st.ilvl = l.attribute("w:val").as_int();
      styles_[s.attribute("w:styleId").value()] = st;
    }
  }

  void load_numbering(const pugi::xml_document& doc) {
    auto root = doc.child("w:numbering");
    for (auto a : root.children("w:abstractNum")) {
      auto& levels = numbering_.abstract[a.attribute("w:abstractNumId").value()];
      for (auto l : a.children("w:lvl")) {
        int i = l.attribute("w:ilvl").as_int();
        if (i < 0 || i > 8) continue;
        levels[static_cast<size_t>(i)].format = val(l.child("w:numFmt"));
        levels[static_cast<size_t>(i)].text = val(l.child("w:lvlText"));
        if (auto s = l.child("w:start")) levels[static_cast<size_t>(i)].start = s.attribute("w:val").as_int(1);
      }
    }
    for (auto n : root.children("w:num")) {
      Numbering::Num num;
      num.abstract_id = val(n.child("w:abstractNumId"));
      for (auto o : n.children("w:lvlOverride"))
        if (auto s = o.child("w:startOverride")) num.start_override[o.attribute("w:ilvl").as_int()] = s.attribute("w:val").as_int(1);
      numbering_.nums[n.attribute("w:numId").value()] = num;
    }
  }

  // A style and the styles it is based on, nearest first (bounded: styles can loop).
  template <typename F>
  void style_chain(const std::string& id, F&& f) const {
    std::string cur = id;
    for (int guard = 0; guard < 16 && !cur.empty(); ++guard) {
      auto it = styles_.find(cur);
      if (it == styles_.end()) return;
      if (f(it->second)) return;
      cur = it->second.based_on;
    }
  }

  std::string label(const pugi::xml_node& ppr) {
    std::string num_id, pstyle = val(ppr.child("w:pStyle"));
    int ilvl = -1;
    if (auto np = ppr.child("w:numPr")) {
      num_id = val(np.child("w:numId"));
      if (auto l = np.child("w:ilvl")) ilvl = l.attribute("w:val").as_int();
    }
    if (num_id.empty())
      style_chain(pstyle, [&](const Style& s) {
        if (s.num_id.empty()) return false;
        num_id = s.num_id;
        if (ilvl < 0) ilvl = s.ilvl;
        return true;
      });
    if (num_id.empty() || num_id == "0") return {};
    if (ilvl < 0 || ilvl > 8) ilvl = 0;
    auto num = numbering_.nums.find(num_id);
    if (num == numbering_.nums.end()) return {};
    auto abs = numbering_.abstract.find(num->second.abstract_id);
    if (abs == numbering_.abstract.end()) return {};
    const auto& levels = abs->second;
    auto [it, fresh] = counters_.try_emplace(num->second.abstract_id);
    auto& count = it->second;
    if (fresh)
      for (size_t i = 0; i < 9; ++i) count[i] = levels[i].start - 1;
    if (!started_[num_id]) {
      started_[num_id] = true;
      for (auto [l, s] : num->second.start_override)
        if (l >= 0 && l <= 8) count[static_cast<size_t>(l)] = s - 1;
    }
    auto lvl = static_cast<size_t>(ilvl);
    ++count[lvl];
    for (size_t deeper = lvl + 1; deeper < 9; ++deeper) count[deeper] = levels[deeper].start - 1;
    const Level& L = levels[lvl];
    if (L.format == "none") return {};
    if (L.format == "bullet") return L.text == "+" ? "+" : "-";
    std::string out;
    for (size_t i = 0; i < L.text.size(); ++i) {
      if (L.text[i] == '%' && i + 1 < L.text.size() && L.text[i + 1] >= '1' && L.text[i + 1] <= '9') {
        size_t k = static_cast<size_t>(L.text[i + 1] - '1');
        out += format_number(std::max(count[k], 1), levels[k].format);
        ++i;
      } else {
        out += L.text[i];
      }
    }
    return out;
  }

  int run_font(const pugi::xml_node& r, const std::string& pstyle) {
    auto rpr = r.child("w:rPr");
    std::string f = font_of(rpr);
    if (f.empty())
      style_chain(val(rpr.child("w:rStyle")), [&](const Style& s) { f = s.font; return !f.empty(); });
    if (f.empty()) style_chain(pstyle, [&](const Style& s) { f = s.font; return !f.empty(); });
    if (f.empty()) f = default_font_;
    return fonts.of(f);
  }

  // The text of a run's children: w:t, tabs, breaks, no-break hyphens.
  void run(const pugi::xml_node& r, const std::string& pstyle, Line& line, std::vector<pugi::xml_node>& boxes, int depth) {
    int font = run_font(r, pstyle);
    std::string text;
    for (auto c : r.children()) {
      if (is(c, "w:t")) text += c.text().get();
      else if (is(c, "w:tab") || is(c, "w:ptab")) text += '\t';
      else if (is(c, "w:br") || is(c, "w:cr")) text += '\n';
      else if (is(c, "w:noBreakHyphen")) text += '-';
      else if (is(c, "w:softHyphen")) text += "\u00AD";  // TCVN3's ư; dropped from Unicode text
      else if (is(c, "w:drawing") || is(c, "w:pict") || is(c, "mc:AlternateContent")) find_boxes(c, boxes, depth + 1);
    }
    if (!text.empty()) line.pieces.push_back({std::move(text), font});
  }

  // Text boxes (w:txbxContent) inside drawings; of mc:AlternateContent only the Choice,
  // whose Fallback repeats the same box.
  void find_boxes(const pugi::xml_node& n, std::vector<pugi::xml_node>& boxes, int depth) {
    if (depth > kMaxDepth) return;
    for (auto c : n.children()) {
      if (is(c, "mc:Fallback")) continue;
      if (is(c, "w:txbxContent")) boxes.push_back(c);
      else find_boxes(c, boxes, depth + 1);
    }
  }

  void inline_content(const pugi::xml_node& n, const std::string& pstyle, Line& line, std::vector<pugi::xml_node>& boxes,
                      int depth) {
    if (depth > kMaxDepth) { error = "XML nested deeper than " + std::to_string(kMaxDepth) + " levels"; return; }
    for (auto c : n.children()) {
      if (is(c, "w:r")) run(c, pstyle, line, boxes, depth + 1);
      else if (is(c, "w:del") || is(c, "w:pPr") || is(c, "w:moveFrom")) continue;
      else if (is(c, "w:sdt")) inline_content(c.child("w:sdtContent"), pstyle, line, boxes, depth + 1);
      else if (is(c, "w:hyperlink") || is(c, "w:ins") || is(c, "w:smartTag") || is(c, "w:fldSimple") ||
               is(c, "w:customXml") || is(c, "w:moveTo") || is(c, "mc:AlternateContent") || is(c, "mc:Choice"))
        inline_content(c, pstyle, line, boxes, depth + 1);
    }
  }

  // One paragraph: its lines (a w:br splits it), after its text boxes' paragraphs.
  void paragraph(const pugi::xml_node& p, int depth, std::vector<Line>* into = nullptr) {
    auto ppr = p.child("w:pPr");
    std::string pstyle = val(ppr.child("w:pStyle"));
    Line line;
    std::string lab = label(ppr);
    if (!lab.empty()) line.pieces.push_back({lab + " ", -1});
    std::vector<pugi::xml_node> boxes;
    inline_content(p, pstyle, line, boxes, depth + 1);
    for (auto b : boxes) body(b, depth + 1);
    auto& out = into ? *into : lines;
    // Leading tabs are indentation; a run of tabs inside is one column gap.
    std::string joined;
    for (auto& piece : line.pieces) joined += piece.text;
    if (trim(joined).empty()) return;
    out.push_back(std::move(line));
  }

  // Cell text as one string of pieces (paragraphs joined: ", " before a capital after an
  // unpunctuated paragraph, as in a list of agencies; a space otherwise).
  Line cell_line(const pugi::xml_node& tc, int depth) {
    std::vector<Line> paras;
    for (auto c : tc.children()) {
      if (is(c, "w:p")) paragraph(c, depth + 1, &paras);
      else if (is(c, "w:tbl")) {
        // A table inside a cell: its rows' text, flattened into the cell.
        for (auto tr : c.children("w:tr"))
          for (auto inner : tr.children("w:tc")) paras.push_back(cell_line(inner, depth + 2));
      } else if (is(c, "w:sdt")) {
        for (auto p : c.child("w:sdtContent").children("w:p")) paragraph(p, depth + 1, &paras);
      }
    }
    Line out;
    std::string prev;
    for (auto& para : paras) {
      std::string text;
      for (const auto& pc : para.pieces) text += pc.text;
      std::string_view t = trim(text);
      if (t.empty()) continue;
      if (!prev.empty()) {
        char last = prev.back();
        bool closed = std::string_view(".,;:").find(last) != std::string_view::npos;
        bool capital = !t.empty() && (std::isupper(static_cast<unsigned char>(t[0])) || static_cast<unsigned char>(t[0]) >= 0xC3);
        out.pieces.push_back({!closed && capital ? ", " : " ", -1});
      }
      for (auto& pc : para.pieces) out.pieces.push_back(std::move(pc));
      prev = std::string(t);
    }
    // Inside a pipe row a cell is one line: breaks and tabs become spaces, pipes slashes.
    for (auto& pc : out.pieces)
      for (char& ch : pc.text)
        if (ch == '\n' || ch == '\t') ch = ' ';
        else if (ch == '|') ch = '/';
    return out;
  }

  void table(const pugi::xml_node& tbl, int depth) {
    if (depth > kMaxDepth) { error = "XML nested deeper than " + std::to_string(kMaxDepth) + " levels"; return; }
    int columns = 0;
    for (auto g : tbl.child("w:tblGrid").children("w:gridCol")) { (void)g; ++columns; }
    if (columns == 0)
      for (auto tr : tbl.children("w:tr")) {
        int n = 0;
        for (auto tc : tr.children("w:tc")) n += std::max(1, tc.child("w:tcPr").child("w:gridSpan").attribute("w:val").as_int(1));
        columns = std::max(columns, n);
      }
    bool layout = columns <= 2;
    std::map<int, Line> merged_above;  // grid column -> text of a vertically merged cell
    for (auto tr : tbl.children("w:tr")) {
      if (error) return;
      if (layout) {
        for (auto tc : tr.children("w:tc"))
          for (auto c : tc.children()) {
            if (is(c, "w:p")) paragraph(c, depth + 1);
            else if (is(c, "w:tbl")) table(c, depth + 1);
          }
        continue;
      }
      Line row;
      row.table_row = true;
      int col = 0, filled = 0;
      std::vector<Line> cells;
      for (auto tc : tr.children("w:tc")) {
        auto pr = tc.child("w:tcPr");
        int span = std::clamp(pr.child("w:gridSpan").attribute("w:val").as_int(1), 1, 64);
        Line cell;
        auto vm = pr.child("w:vMerge");
        if (vm && std::string_view(val(vm)) != "restart") {
          if (auto it = merged_above.find(col); it != merged_above.end()) cell = it->second;
        } else {
          cell = cell_line(tc, depth + 1);
          if (vm) merged_above[col] = cell; else merged_above.erase(col);
        }
        if (!cell.pieces.empty()) ++filled;
        cells.push_back(std::move(cell));
        for (int k = 1; k < span; ++k) cells.emplace_back();
        col += span;
      }
      // A row of one merged cell across the table is a group heading: a short one stays in
      // the table (its rows go on under the same titles), a long one is a paragraph.
      if (tr.children("w:tc").begin() != tr.children("w:tc").end() &&
          std::next(tr.children("w:tc").begin()) == tr.children("w:tc").end() && columns > 1) {
        if (cells.empty() || cells[0].pieces.empty()) continue;
        Line group;
        if (rich::group_row(cells[0], static_cast<size_t>(columns), group)) lines.push_back(std::move(group));
        else lines.push_back(std::move(cells[0]));
        continue;
      }
      if (filled == 0) continue;
      row.pieces.push_back({"|", -1});
      for (auto& c : cells) {
        row.pieces.push_back({" ", -1});
        for (auto& pc : c.pieces) row.pieces.push_back(std::move(pc));
        row.pieces.push_back({" |", -1});
      }
      lines.push_back(std::move(row));
    }
  }
};

std::optional<pugi::xml_document> parse_xml(const std::string& bytes, const std::string& name, std::optional<std::string>& error) {
  pugi::xml_document doc;
  auto res = doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!res) {
    error = name + ": bad XML at byte offset " + std::to_string(res.offset) + " (" + res.description() + ")";
    return std::nullopt;
  }
  return doc;
}

// The main part named by _rels/.rels (word/document.xml in nearly every file).
std::string main_part(ZipArchive& zip) {
  std::optional<std::string> ignored;
  if (auto rels = zip.read("_rels/.rels"))
    if (auto doc = parse_xml(*rels, "_rels/.rels", ignored))
      for (auto r : doc->child("Relationships").children("Relationship")) {
        std::string_view type = r.attribute("Type").value();
        if (type.size() >= 15 && type.substr(type.size() - 15) == "/officeDocument") {
          std::string target = r.attribute("Target").value();
          if (!target.empty() && target[0] == '/') target.erase(0, 1);
          return target;
        }
      }
  return "word/document.xml";
}

}  // namespace

void read_docx(std::string_view bytes, const ReadOptions& options, ReadOutcome& out) {
  ZipArchive zip(bytes, options.max_unpacked_bytes, options.max_unpack_ratio);
  if (!zip.ok()) { out.error = *zip.error(); return; }
  std::string main = main_part(zip);
  if (!zip.has(main)) {
    if (!zip.ok()) { out.error = *zip.error(); return; }
    out.source.format = "zip";
    if (zip.has("xl/workbook.xml")) out.error = "an Excel workbook (XLSX), not a Word document";
    else if (zip.has("ppt/presentation.xml")) out.error = "a PowerPoint file (PPTX), not a Word document";
    else if (zip.has("content.xml")) out.error = "an OpenDocument file (ODT/ODS), not a Word document";
    else out.error = "zip archive without " + main + ": not a Word (DOCX) document";
    return;
  }
  out.source.format = "docx";
  std::string dir = main.substr(0, main.rfind('/') + 1);
  auto doc_bytes = zip.read(main);
  if (!doc_bytes) { out.error = zip.error() ? *zip.error() : "cannot read " + main; return; }
  std::optional<std::string> error;
  auto document = parse_xml(*doc_bytes, main, error);
  if (!document) { out.error = *error; return; }
  doc_bytes->clear();
  std::optional<pugi::xml_document> styles, numbering;
  std::optional<std::string> minor;  // a bad styles/numbering part costs fonts or labels, not the text
  if (auto s = zip.read(dir + "styles.xml")) styles = parse_xml(*s, dir + "styles.xml", minor);
  if (auto n = zip.read(dir + "numbering.xml")) numbering = parse_xml(*n, dir + "numbering.xml", minor);
  if (!zip.ok()) { out.error = *zip.error(); return; }
  if (minor) out.warnings.push_back(*minor + "; read without it");
  DocxWalker walker(styles ? &*styles : nullptr, numbering ? &*numbering : nullptr);
  auto body = document->child("w:document").child("w:body");
  if (!body) { out.error = main + " has no w:body"; return; }
  walker.body(body, 0);
  if (walker.error) { out.error = main + ": " + *walker.error; return; }
  std::vector<std::string> encodings;
  std::string text = rich::render(walker.lines, walker.fonts, encodings);
  // Lines: leading tabs are indentation, runs of tabs one gap.
  std::string cleaned;
  cleaned.reserve(text.size());
  bool line_start = true;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\t' && (line_start || (i > 0 && text[i - 1] == '\t'))) continue;
    cleaned += c;
    line_start = c == '\n';
  }
  CleanText clean = drop_control_bytes(cleaned);
  out.text = unify_line_ends(clean.text);
  if (encodings.empty()) {
    out.source.encoding = "utf-8";
  } else {
    std::string e;
    for (const auto& x : encodings) e += (e.empty() ? "" : "+") + x;
    out.source.encoding = e;
    out.warnings.push_back("runs in legacy fonts decoded from " + e);
  }
}

}  // namespace vnpolicy
