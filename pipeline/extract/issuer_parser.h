// The issuing body named by the capitals of a header block. Nghị định 30/2020/NĐ-CP puts the
// issuer top left, the parent body over the issuing body ("ỦY BAN NHÂN DÂN TỈNH X" over "SỞ TÀI
// CHÍNH"); flattened text splits a name over lines ("HỘI / ĐỒNG NHÂN DÂN") or puts two bodies on
// one line. The words are cut into bodies at the heads of the lexicon `issuer_heads`, and the
// last body is named in full, completed from its parent when it does not say where it is
// ("BAN THƯỜNG VỤ" under "TỈNH ỦY X" is "Ban Thường vụ Tỉnh ủy X").
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "rules/rule_set.h"

namespace vnpolicy {

class AccentFolder;

class IssuerParser {
 public:
  explicit IssuerParser(const RuleSet& rules);

  struct Word {
    std::string caps;     // tone-normalised upper case
    std::string written;  // as in the file
    bool opens_line = false;  // first word of a header line or table cell
    bool ascii = false;       // no letter with a diacritic (OCR may have lost them)
  };
  struct Head {
    std::vector<std::string> words;  // caps
    std::vector<std::string> ascii;  // the words without diacritics, for OCR that lost them
    std::string name;                // as written in a name: "Ủy ban nhân dân"
    bool takes_area = false;         // "ỦY BAN NHÂN DÂN" + "TỈNH X"
    bool takes_place_name = false;   // "TỈNH ỦY" + "X"
    bool generic = false;            // "BỘ", "SỞ": only a name makes it a body
    bool splits_inline = false;      // opens a new body even in the middle of a line
    bool authority = false;          // may stand alone under the title (the authority line)
    bool party_committee = false;    // its signature names the body that signs for it
    std::string parent;              // "whole" | "area" | "place": what it takes from its parent
    bool collegial = false;          // "HỘI ĐỒNG", "ỦY BAN": a council named by words of its own
    bool institution = false;        // a generic head that may own a council ("BỘ X", "ĐẢNG ỦY X")
    std::string body_of;             // a signing body completed from the text ("Đảng bộ")
    // A body over organs named with a word of their own instead of its name ("BAN CHẤP HÀNH
    // TRUNG ƯƠNG" over "BAN TỔ CHỨC" is "Ban Tổ chức Trung ương"), and the organs whose name is
    // set apart ("Văn phòng" -> "Văn phòng Trung ương Đảng"), keyed by folded name.
    std::string organ_suffix;
    std::vector<std::pair<std::string, std::string>> organ_names;
    // A body whose units take its place rather than its name ("ỦY BAN NHÂN DÂN TỈNH X" /
    // "TRUNG TÂM …" is "Trung tâm … tỉnh X"), except a unit that keeps it (its "Văn phòng").
    bool subordinates_by_area = false;
    bool keeps_parent_name = false;
  };
  struct Body {
    const Head* head = nullptr;
    std::vector<Word> words;  // after the head
  };

  // The bodies the words name, in order; words before the first head are dropped.
  std::vector<Body> bodies(const std::vector<Word>& words) const;
  // A council named on its own line over the institution it belongs to ("HỘI ĐỒNG THẨM PHÁN" /
  // "TÒA ÁN NHÂN DÂN TỐI CAO"): the council's full name; nullopt when `upper` is the parent of
  // `lower` as usual ("BỘ TÀI CHÍNH" / "CỤC THUẾ", "ỦY BAN NHÂN DÂN TỈNH X" / "HỘI ĐỒNG ...").
  std::optional<std::string> council_over_institution(const Body& upper, const Body& lower) const;
  // The full name of a body, completed from its parent when it lacks a place.
  std::string name_of(const Body& body, const Body* parent) const;
  // Whether the full name says where the body is (its own area or place, or its parent's).
  bool is_placed(const Body& body, const Body* parent) const;
  // The area of a body ("tỉnh Bắc Ninh"), empty when it names none.
  std::string area_of(const Body& body) const;
  // The head whose caps are exactly `caps` (a signature "TM. ỦY BAN NHÂN DÂN"), or null.
  const Head* head_named(const std::string& caps) const;
  // The canonical spelling of a name from the lexicon `issuer_names`, else the name itself.
  std::string canonical(const std::string& name) const;
  // Words of a text: caps, as written, the first one opening a line.
  static std::vector<Word> words_of(const std::string& text);

 private:
  const Head* head_at(const std::vector<Word>& w, size_t i) const;
  std::optional<std::string> listed(const std::string& name, AccentFolder& folder) const;  // from `issuer_names`
  size_t area_start(const Body& b) const;  // index into b.words, or b.words.size()

  std::vector<Head> heads_;                               // longest first
  std::vector<std::pair<std::vector<std::string>, std::string>> area_levels_;  // caps words -> "tỉnh"
  std::vector<std::string> not_before_area_;  // "VÀ": "THƯƠNG BINH VÀ XÃ HỘI" names no xã
  std::vector<std::string> name_stops_;       // "KHÓA": the name ends before it
  std::vector<std::pair<std::string, std::string>> canonical_;  // folded -> spelling
  std::vector<std::pair<std::string, std::string>> unaccented_;  // without diacritics -> spelling
};

}  // namespace vnpolicy
