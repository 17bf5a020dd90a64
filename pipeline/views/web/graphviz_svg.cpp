#include "views/web/graphviz_svg.h"

#include <cstdio>
#include <memory>
#include <mutex>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace vnpolicy::views {
namespace {

// libgvc and cgraph keep process-wide state (the plugin registry, the error hook, the
// parser), so every call into them holds this one lock, and the context, built once
// (loading the plugins costs milliseconds), lives as long as the process.
std::mutex& graphviz_lock() {
  static std::mutex m;
  return m;
}

// Graphviz reports errors through a hook; the messages of the current call collect here
// (written only while graphviz_lock() is held).
std::string& error_text() {
  static std::string text;
  return text;
}
int collect_error(char* message) {
  if (message && error_text().size() < 4096) error_text() += message;
  return 0;
}

GVC_t* context() {
  static GVC_t* gvc = [] {
    GVC_t* c = gvContext();
    if (!c) throw GraphvizError("Graphviz: cannot create a context");
    return c;
  }();
  return gvc;
}

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};

}  // namespace

std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  out += '"';
  return out;
}

std::string dot_to_svg(std::string_view dot) {
  const std::string source(dot);  // agmemread wants a NUL-terminated string
  std::lock_guard<std::mutex> lock(graphviz_lock());
  error_text().clear();
  agseterr(AGERR);
  agseterrf(collect_error);
  GVC_t* gvc = context();
  std::unique_ptr<Agraph_t, GraphCloser> graph(agmemread(source.c_str()));
  if (!graph) {
    const std::string why = error_text().empty() ? "syntax error" : error_text();
    throw GraphvizError("Graphviz: the graph does not parse: " + why);
  }
  if (gvLayout(gvc, graph.get(), "dot") != 0)
    throw GraphvizError("Graphviz: layout failed: " + error_text());
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(gvc, graph.get(), "svg", &data, &length);
  std::string svg = rc == 0 && data ? std::string(data, length) : std::string();
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, graph.get());
  if (rc != 0 || svg.empty()) throw GraphvizError("Graphviz: SVG rendering failed: " + error_text());
  return svg;
}

}  // namespace vnpolicy::views
