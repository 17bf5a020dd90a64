// The web server (httplib, Graphviz) as the module vnpolicy_web.so (see module_loader.h):
// what `vnpolicy serve` runs once its options and lexicons are read.
#pragma once
#include <optional>
#include <string>

#include "views/web/server.h"

namespace vnpolicy::modules {

struct WebModule {
  int abi_version;
  // Serves the catalog until SIGINT or SIGTERM, telling the user on stderr where; a
  // ServeError's message when it cannot start (no exception crosses the module's edge).
  std::optional<std::string> (*serve)(const views::ServerOptions& options, const views::WebLexicons& lexicons);
};
inline constexpr int kWebModuleAbi = 1;

}  // namespace vnpolicy::modules
