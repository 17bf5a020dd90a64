// HTML pages saved from portals: libxml2's HTML parser (it recovers from the broken
// markup real pages have). Scripts, styles, navigation and forms are dropped; the
// document body is found by structure — descend from <body> while one child holds most
// of the text that is not link text (menus and site chrome are mostly links) — so no
// site's element ids are needed. Tables of three or more columns become pipe rows, as
// in the DOCX reader; smaller ones are layout. Spans in .VnTime/VNI fonts are decoded.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <iterator>
#include <cstring>
#include <map>
#include <memory>

#include "core/text.h"
#include "read/format_readers.h"
#include "read/legacy_encoding.h"
#include "read/rich_text.h"
#include "read/text_util.h"

namespace vnpolicy {
namespace {

using rich::Line;
using rich::Piece;

constexpr int kMaxDepth = 256;

std::string name_of(const xmlNode* n) { return n->name ? to_lower(reinterpret_cast<const char*>(n->name)) : ""; }

std::string attr(const xmlNode* n, const char* a) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(a));
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

bool is_any(const std::string& n, std::initializer_list<const char*> names) {
  for (const char* x : names)
    if (n == x) return true;
  return false;
}

// Elements whose content is never document text. (Not <form>: ASP.NET pages wrap the
// whole page in one.)
bool is_chrome(const xmlNode* n) {
  std::string name = name_of(n);
  if (is_any(name, {"script", "style", "noscript", "nav", "select", "button", "iframe", "svg", "template",
                    "head", "input", "textarea", "object", "embed", "canvas", "map"}))
    return true;
  std::string role = attr(n, "role");
  if (role == "navigation" || role == "banner" || role == "contentinfo" || role == "search") return true;
  std::string style = to_lower(attr(n, "style"));
  return style.find("display:none") != std::string::npos || style.find("display: none") != std::string::npos;
}

bool is_block(const std::string& n) {
  return is_any(n, {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "section",
                    "article", "main", "header", "footer", "aside", "blockquote", "pre", "dl", "dt", "dd", "hr",
                    "center", "address", "figure", "figcaption", "body", "td", "th"});
}

struct TextCount {
  size_t all = 0;
  size_t links = 0;
};

// Letters and digits under a node, and how many of them are inside links.
TextCount count_text(const xmlNode* n, bool in_link, int depth, std::map<const xmlNode*, TextCount>& memo) {
  TextCount c;
  if (depth > kMaxDepth) return c;
  for (const xmlNode* k = n->children; k; k = k->next) {
    if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) {
      size_t m = 0;
      for (const xmlChar* p = k->content; p && *p; ++p) m += !std::isspace(*p);
      c.all += m;
      if (in_link) c.links += m;
    } else if (k->type == XML_ELEMENT_NODE && !is_chrome(k)) {
      TextCount sub = count_text(k, in_link || name_of(k) == "a", depth + 1, memo);
      c.all += sub.all;
      c.links += sub.links;
    }
  }
  memo[n] = c;
  return c;
}

// What to read: the children of `parent` from `first` to `last` (every child when they are null).
struct ContentRange {
  const xmlNode* parent = nullptr;
  const xmlNode* first = nullptr;
  const xmlNode* last = nullptr;
};

// The content container: from <body>, go down into the child that holds most of the
// non-link text, while one does. Portals often lay the document's header block (issuer,
// number, motto, date) out as small tables just before the body's container; those
// siblings hold text but no links, unlike the tabs and toolbars around them, so the run
// of link-free siblings just before the last container entered is kept with it.
ContentRange content_range(const xmlNode* body, std::map<const xmlNode*, TextCount>& memo) {
  const xmlNode* cur = body;
  const xmlNode* entered_from = nullptr;  // the parent of `cur` when the descent stopped in it
  for (int guard = 0; guard < kMaxDepth; ++guard) {
    auto total = memo[cur];
    size_t own = total.all - total.links;
    const xmlNode* best = nullptr;
    size_t best_own = 0;
    for (const xmlNode* k = cur->children; k; k = k->next) {
      if (k->type != XML_ELEMENT_NODE || is_chrome(k)) continue;
      auto it = memo.find(k);
      if (it == memo.end()) continue;
      size_t o = it->second.all - it->second.links;
      if (o > best_own) { best_own = o; best = k; }
    }
    // Stop where the text is spread over several children (the document's paragraphs).
    if (!best || best_own * 10 < own * 8) break;
    entered_from = cur;
    cur = best;
  }
  if (!entered_from) return {cur, nullptr, nullptr};
  const xmlNode* first = cur;
  for (const xmlNode* k = cur->prev; k; k = k->prev) {
    if (k->type != XML_ELEMENT_NODE) continue;
    if (is_chrome(k)) break;
    auto it = memo.find(k);
    if (it == memo.end() || it->second.links > 0) break;
    if (it->second.all > 0) first = k;
  }
  if (first == cur) return {cur, nullptr, nullptr};
  return {entered_from, first, cur};
}

class HtmlWalker {
 public:
  explicit HtmlWalker(const std::map<const xmlNode*, TextCount>* counts) : counts_(counts) {}
  std::vector<Line> lines;
  rich::LegacyFonts fonts;

  // The children of `n`, or those from `first` to `last` when given.
  void walk(const xmlNode* n, int depth, int font, const xmlNode* first = nullptr, const xmlNode* last = nullptr) {
    if (depth > kMaxDepth) return;
    for (const xmlNode* k = first ? first : n->children; k && (!last || k != last->next); k = k->next) {
      if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) {
        if (k->content) add_text(reinterpret_cast<const char*>(k->content), font);
        continue;
      }
      if (k->type != XML_ELEMENT_NODE || is_chrome(k) || is_menu(k)) continue;
      std::string name = name_of(k);
      int f = font;
      if (int ff = font_of(k); ff != -2) f = ff;
      if (name == "br") { end_line(); continue; }
      if (name == "table") { table(k, depth + 1, f); continue; }
      bool block = is_block(name);
      if (block) end_line();
      if (name == "li") {
        const xmlNode* parent = k->parent;
        if (parent && name_of(parent) == "ol") {
          int index = 1;
          for (const xmlNode* s = parent->children; s && s != k; s = s->next)
            index += s->type == XML_ELEMENT_NODE && name_of(s) == "li";
          current_.pieces.push_back({std::to_string(index) + ". ", -1});
        } else {
          current_.pieces.push_back({"- ", -1});
        }
        pending_space_ = false;
      }
      walk(k, depth + 1, f);
      if (block) end_line();
    }
  }

  void finish() { end_line(); }

 private:
  const std::map<const xmlNode*, TextCount>* counts_;
  Line current_;
  bool pending_space_ = false;

  // A block of links (a menu, a list of related pages): most of its text is link text.
  bool is_menu(const xmlNode* n) const {
    auto it = counts_->find(n);
    return it != counts_->end() && it->second.all >= 20 && it->second.links * 10 >= it->second.all * 8;
  }

  // -1: an empty font name; -2: the element names no font.
  int font_of(const xmlNode* n) {
    std::string face = attr(n, "face");
    std::string style = attr(n, "style");
    if (auto p = to_lower(style).find("font-family"); p != std::string::npos) {
      size_t colon = style.find(':', p);
      if (colon != std::string::npos) {
        size_t end = style.find_first_of(";", colon);
        std::string fam = style.substr(colon + 1, end == std::string::npos ? std::string::npos : end - colon - 1);
        face = fam.substr(0, fam.find(','));
      }
    }
    if (face.empty()) return -2;
    std::string f(trim(face));
    while (!f.empty() && (f.front() == '"' || f.front() == '\'')) f.erase(0, 1);
    while (!f.empty() && (f.back() == '"' || f.back() == '\'')) f.pop_back();
    return fonts.of(f);
  }

  // HTML white space collapses to one space; a line's leading space is dropped.
  void add_text(const char* s, int font) {
    std::string out;
    for (const char* p = s; *p; ++p) {
      unsigned char c = static_cast<unsigned char>(*p);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        pending_space_ = true;
        continue;
      }
      // U+00A0 (no-break space) counts as a space too.
      if (c == 0xC2 && static_cast<unsigned char>(p[1]) == 0xA0) {
        pending_space_ = true;
        ++p;
        continue;
      }
      if (pending_space_ && (!out.empty() || !current_.pieces.empty())) out += ' ';
      pending_space_ = false;
      out += static_cast<char>(c);
    }
    if (!out.empty()) current_.pieces.push_back({std::move(out), font});
  }

  void end_line(bool table_row = false) {
    std::string joined;
    for (const auto& p : current_.pieces) joined += p.text;
    if (!trim(joined).empty()) {
      current_.table_row = table_row;
      lines.push_back(std::move(current_));
    }
    current_ = Line{};
    pending_space_ = false;
  }

  // The lines of one table cell, walked on their own (the fonts seen carry over).
  std::vector<Line> cell_lines(const xmlNode* c, int depth, int font) {
    HtmlWalker cell(counts_);
    cell.fonts = std::move(fonts);
    cell.walk(c, depth + 1, font);
    cell.finish();
    fonts = std::move(cell.fonts);
    return std::move(cell.lines);
  }

  void table(const xmlNode* t, int depth, int font) {
    end_line();
    std::vector<const xmlNode*> rows;
    collect_rows(t, rows, depth + 1);
    size_t columns = 0;
    for (const xmlNode* r : rows) {
      size_t n = 0;
      for (const xmlNode* c = r->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && (name_of(c) == "td" || name_of(c) == "th")) {
          long span = std::strtol(attr(c, "colspan").c_str(), nullptr, 10);
          n += static_cast<size_t>(std::clamp(span, 1L, 64L));
        }
      columns = std::max(columns, n);
    }
    for (const xmlNode* r : rows) {
      std::vector<const xmlNode*> cells;
      for (const xmlNode* c = r->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && (name_of(c) == "td" || name_of(c) == "th")) cells.push_back(c);
      if (columns > 2 && cells.size() == 1) {
        // One cell across the table: a short group heading stays in the table (see
        // rich::group_row); a longer one is its paragraphs.
        std::vector<Line> cell = cell_lines(cells[0], depth, font);
        Line group;
        if (cell.size() == 1 && rich::group_row(cell[0], columns, group)) lines.push_back(std::move(group));
        else std::move(cell.begin(), cell.end(), std::back_inserter(lines));
        continue;
      }
      if (columns <= 2) {
        for (const xmlNode* c : cells) {
          walk(c, depth + 1, font);
          end_line();
        }
        continue;
      }
      Line row;
      size_t filled = 0;
      row.pieces.push_back({"|", -1});
      for (const xmlNode* c : cells) {
        std::vector<Line> cell = cell_lines(c, depth, font);
        row.pieces.push_back({" ", -1});
        bool first = true;
        for (auto& l : cell) {
          if (!first) row.pieces.push_back({" ", -1});
          first = false;
          for (auto& p : l.pieces) {
            for (char& ch : p.text) if (ch == '|') ch = '/';
            row.pieces.push_back(std::move(p));
          }
        }
        filled += !cell.empty();
        row.pieces.push_back({" |", -1});
        long span = std::strtol(attr(c, "colspan").c_str(), nullptr, 10);
        for (long k = 1; k < std::clamp(span, 1L, 64L); ++k) row.pieces.push_back({"  |", -1});
      }
      if (filled) {
        row.table_row = true;
        lines.push_back(std::move(row));
      }
    }
  }

  static void collect_rows(const xmlNode* n, std::vector<const xmlNode*>& rows, int depth) {
    if (depth > kMaxDepth) return;
    for (const xmlNode* k = n->children; k; k = k->next) {
      if (k->type != XML_ELEMENT_NODE) continue;
      std::string name = name_of(k);
      if (name == "tr") rows.push_back(k);
      else if (name == "thead" || name == "tbody" || name == "tfoot") collect_rows(k, rows, depth + 1);
    }
  }
};

const xmlNode* find_element(const xmlNode* n, const char* name, int depth) {
  if (depth > kMaxDepth) return nullptr;
  for (const xmlNode* k = n; k; k = k->next) {
    if (k->type == XML_ELEMENT_NODE && name_of(k) == name) return k;
    if (k->type == XML_ELEMENT_NODE && name_of(k) != "head")
      if (const xmlNode* f = find_element(k->children, name, depth + 1)) return f;
  }
  return nullptr;
}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

}  // namespace

void read_html(std::string_view bytes, const ReadOptions&, ReadOutcome& out) {
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) { out.error = "HTML page too large"; return; }
  // UTF-8 unless the page is not valid UTF-8 (then libxml2 reads its meta charset).
  const char* encoding = find_invalid_utf8(bytes) == std::string_view::npos ? "UTF-8" : nullptr;
  std::unique_ptr<xmlDoc, DocFree> doc(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding,
                                                      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                                          HTML_PARSE_NONET | HTML_PARSE_NOBLANKS));
  if (!doc) { out.error = "not a readable HTML page"; return; }
  const xmlNode* body = find_element(xmlDocGetRootElement(doc.get()), "body", 0);
  std::map<const xmlNode*, TextCount> memo;
  if (!body || count_text(body, false, 0, memo).all == 0) {
    out.error = "HTML page has no body text";
    return;
  }
  ContentRange content = content_range(body, memo);
  HtmlWalker walker(&memo);
  walker.walk(content.parent, 0, -1, content.first, content.last);
  walker.finish();
  std::vector<std::string> encodings;
  std::string text = rich::render(walker.lines, walker.fonts, encodings);
  out.text = unify_line_ends(drop_control_bytes(text).text);
  if (trim(out.text).empty()) {
    out.error = "HTML page has no body text";
    return;
  }
  out.source.encoding = encodings.empty() ? std::string(encoding ? "utf-8" : "html-declared") : encodings.front();
  if (!encodings.empty()) out.warnings.push_back("spans in legacy fonts decoded from " + encodings.front());
  // A page of legacy text with no font names ("Ph¸t triÓn" as Latin-1).
  if (encodings.empty())
    if (auto guess = detect_legacy_mojibake(out.text)) {
      out.text = decode_legacy_chars(out.text, guess->encoding);
      out.source.encoding = encoding_name(guess->encoding);
      out.warnings.push_back(std::string("page text is ") + encoding_name(guess->encoding) + " read as Latin-1; converted");
    }
}

}  // namespace vnpolicy
