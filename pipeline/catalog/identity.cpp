#include "catalog/identity.h"

#include <unistd.h>

namespace vnpolicy {

std::string canonical_document_path(const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec);
  if (ec) p = std::filesystem::absolute(path, ec).lexically_normal();
  if (ec) p = path.lexically_normal();
  return p.string();
}

std::string path_file_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }
std::string path_file_stem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

bool file_is_writable(const std::filesystem::path& path) {
  using std::filesystem::perms;
  std::error_code ec;
  const perms p = std::filesystem::status(path, ec).permissions();
  if (ec) return false;
  const bool write_bit = (p & (perms::owner_write | perms::group_write | perms::others_write)) != perms::none;
  return write_bit && ::access(path.c_str(), W_OK) == 0;
}

}  // namespace vnpolicy
