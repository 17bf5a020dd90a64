// Markup that is safe to send: the only way text becomes HTML is through escaping.
// `Html` built from a std::string escapes it; literal markup of our own is marked with
// Html::trusted (string literals and strings built from other Html only). Pages are
// assembled from Html pieces, so a document's "<script>" can only ever be shown.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vnpolicy::views {

// & < > " ' as character references: safe in element content and in quoted attributes.
std::string html_escape(std::string_view text);

// Percent-encoding of a URL component (RFC 3986 unreserved characters kept).
std::string url_encode(std::string_view text);

class Html {
 public:
  Html() = default;
  // Text: escaped.
  Html(std::string_view text) : markup_(html_escape(text)) {}  // NOLINT: implicit on purpose
  Html(const std::string& text) : Html(std::string_view(text)) {}
  Html(const char* text) : Html(std::string_view(text)) {}
  // Markup written in our own code (never document text).
  static Html trusted(std::string_view markup) {
    Html h;
    h.markup_ = std::string(markup);
    return h;
  }
  Html& operator+=(const Html& other) {
    markup_ += other.markup_;
    return *this;
  }
  friend Html operator+(Html a, const Html& b) { return a += b; }
  const std::string& str() const { return markup_; }
  // The markup itself, for a page handed over whole (no copy of a large page).
  std::string take() && { return std::move(markup_); }
  bool empty() const { return markup_.empty(); }

 private:
  std::string markup_;
};

// An element: <name attr="value"...>content</name>. Attribute values are text
// (escaped); names are ours. Void elements (br, img, input, meta, link) take no content.
using Attributes = std::vector<std::pair<std::string_view, std::string>>;
Html element(std::string_view name, const Attributes& attributes, const Html& content = {});
Html element(std::string_view name, const Html& content);
// An element's start and end tags alone, for content built between them (marks that
// the highlighter opens and closes around text).
Html start_tag(std::string_view name, const Attributes& attributes);
Html end_tag(std::string_view name);

// A template of our own with {{slot}} markers filled by Html pieces (escaped text or
// trusted markup). A marker without a piece is an error (std::invalid_argument), so a
// page cannot silently lose a field.
Html fill(std::string_view tmpl, std::initializer_list<std::pair<std::string_view, Html>> slots);

}  // namespace vnpolicy::views
