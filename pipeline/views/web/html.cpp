#include "views/web/html.h"

#include <stdexcept>

namespace vnpolicy::views {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\0': out += "\xEF\xBF\xBD"; break;  // U+FFFD: NUL is not allowed in HTML text
      default: out += c;
    }
  }
  return out;
}

std::string url_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

namespace {
bool is_void(std::string_view name) {
  return name == "br" || name == "img" || name == "input" || name == "meta" || name == "link" || name == "hr";
}
}  // namespace

Html element(std::string_view name, const Attributes& attributes, const Html& content) {
  std::string open = "<" + std::string(name);
  for (const auto& [key, value] : attributes) {
    open += ' ';
    open += key;
    open += "=\"";
    open += html_escape(value);
    open += '"';
  }
  open += '>';
  Html out = Html::trusted(open);
  if (is_void(name)) return out;
  out += content;
  out += Html::trusted("</" + std::string(name) + ">");
  return out;
}

Html element(std::string_view name, const Html& content) { return element(name, {}, content); }

Html fill(std::string_view tmpl, std::initializer_list<std::pair<std::string_view, Html>> slots) {
  std::string out;
  size_t i = 0;
  while (i < tmpl.size()) {
    const size_t open = tmpl.find("{{", i);
    if (open == std::string_view::npos) {
      out.append(tmpl.substr(i));
      break;
    }
    out.append(tmpl.substr(i, open - i));
    const size_t close = tmpl.find("}}", open + 2);
    if (close == std::string_view::npos) throw std::invalid_argument("template: unclosed {{");
    const std::string_view name = tmpl.substr(open + 2, close - open - 2);
    const Html* piece = nullptr;
    for (const auto& slot : slots)
      if (slot.first == name) piece = &slot.second;
    if (!piece) throw std::invalid_argument("template: no value for {{" + std::string(name) + "}}");
    out += piece->str();
    i = close + 2;
  }
  return Html::trusted(out);
}

}  // namespace vnpolicy::views
