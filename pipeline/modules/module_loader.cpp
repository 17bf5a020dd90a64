#include "modules/module_loader.h"

#include <dlfcn.h>

#include <filesystem>
#include <map>
#include <mutex>
#include <system_error>
#include <variant>
#include <vector>

namespace vnpolicy::modules {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> module_dirs() {
  std::vector<fs::path> dirs;
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) dirs.push_back(self.parent_path());
  dirs.emplace_back(VNPOLICY_MODULE_DIR);
  return dirs;
}

// The table, or why it cannot be had.
using Loaded = std::variant<const void*, std::string>;

Loaded open_module(const std::string& name, int abi_version, const std::string& needed_for) {
  const std::string file = "vnpolicy_" + name + ".so";
  const std::string entry = "vnpolicy_" + name + "_module";
  for (const fs::path& dir : module_dirs()) {
    const fs::path path = dir / file;
    std::error_code ec;
    if (!fs::exists(path, ec)) continue;
    // RTLD_LOCAL: the module's copies of the pipeline's code stay its own.
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) return "module " + path.string() + " cannot be loaded: " + dlerror();
    auto* get_table = reinterpret_cast<const void* (*)()>(dlsym(handle, entry.c_str()));
    if (!get_table) return "module " + path.string() + " has no " + entry + " (not a vnpolicy module?)";
    const void* table = get_table();
    const int found = *static_cast<const int*>(table);
    if (found != abi_version)
      return "module " + path.string() + " is of another vnpolicy build (interface " + std::to_string(found) +
             ", this program needs " + std::to_string(abi_version) + "): reinstall it with the program";
    return table;  // never unloaded: its code may run until the process ends
  }
  return needed_for + " needs the module " + file + ", found neither in " + module_search_path();
}

}  // namespace

std::string module_search_path() {
  std::string out;
  for (const fs::path& dir : module_dirs()) out += (out.empty() ? "" : " nor in ") + dir.string();
  return out;
}

const void* load_module(const std::string& name, int abi_version, const std::string& needed_for) {
  static std::mutex mutex;
  static std::map<std::string, Loaded> loaded;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = loaded.find(name);
  if (it == loaded.end()) it = loaded.emplace(name, open_module(name, abi_version, needed_for)).first;
  if (const auto* error = std::get_if<std::string>(&it->second)) throw ModuleError(*error);
  return std::get<const void*>(it->second);
}

}  // namespace vnpolicy::modules
