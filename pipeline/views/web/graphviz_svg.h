// Graphviz in process (libgvc): a graph in the DOT language laid out by `dot` and
// drawn as SVG, without running a program or writing a file.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>

namespace vnpolicy::views {

class GraphvizError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The SVG document Graphviz draws for `dot` (layout engine "dot"). Graphviz escapes
// the labels it writes into the SVG. Throws GraphvizError with Graphviz's message when
// the DOT text does not parse or cannot be laid out. Safe to call from any thread
// (calls are serialised: libgvc keeps global state).
std::string dot_to_svg(std::string_view dot);

// A string as a DOT double-quoted ID: quotes and backslashes escaped, newlines as
// \n (a centred line break in a label). Any text may go in; none can end the string.
std::string dot_quote(std::string_view text);

}  // namespace vnpolicy::views
