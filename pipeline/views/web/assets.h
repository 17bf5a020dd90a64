// The only files the web server sends besides its pages: a fixed list, each read once
// at start (our own stylesheet and script compiled in, Chart.js from Debian's
// libjs-chart.js package). A request names an entry of the list or gets 404: no path
// from a request ever reaches the file system.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace vnpolicy::views {

struct Asset {
  std::string url;           // "/assets/chart.js"
  std::string content_type;
  std::string body;
};

// Where Debian's libjs-chart.js installs the UMD build of Chart.js.
inline constexpr const char* kChartJsFile = "/usr/share/javascript/chart.js/chart.min.js";
inline constexpr const char* kChartJsUrl = "/assets/chart.min.js";
inline constexpr const char* kStyleUrl = "/assets/vnpolicy.css";
inline constexpr const char* kScriptUrl = "/assets/vnpolicy.js";

class AssetStore {
 public:
  // Loads the list; an installed file that cannot be read is left out and named in
  // missing() (pages still work: the chart falls back to its table).
  AssetStore();
  const Asset* find(std::string_view url) const;
  const std::vector<std::string>& missing() const { return missing_; }

 private:
  std::map<std::string, Asset, std::less<>> assets_;
  std::vector<std::string> missing_;  // "FILE (PACKAGE)"
};

}  // namespace vnpolicy::views
