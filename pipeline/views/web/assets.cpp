#include "views/web/assets.h"

#include <fstream>
#include <sstream>

#include "web_assets.h"

namespace vnpolicy::views {

AssetStore::AssetStore() {
  assets_.emplace(kStyleUrl, Asset{kStyleUrl, "text/css; charset=utf-8", kWebStyleCss});
  assets_.emplace(kScriptUrl, Asset{kScriptUrl, "text/javascript; charset=utf-8", kWebScriptJs});
  struct Installed {
    const char* url;
    const char* file;
    const char* package;
    const char* type;
  };
  for (const Installed& f : {Installed{kChartJsUrl, kChartJsFile, "libjs-chart.js", "text/javascript; charset=utf-8"}}) {
    std::ifstream in(f.file, std::ios::binary);
    std::ostringstream body;
    if (in && (body << in.rdbuf()) && !body.str().empty())
      assets_.emplace(f.url, Asset{f.url, f.type, body.str()});
    else
      missing_.push_back(std::string(f.file) + " (Debian package " + f.package + ")");
  }
}

const Asset* AssetStore::find(std::string_view url) const {
  auto it = assets_.find(url);
  return it == assets_.end() ? nullptr : &it->second;
}

}  // namespace vnpolicy::views
