// A zip archive in memory (libzip), read with bounds: a hostile archive (zip bomb,
// corrupt directory) gives an error, never unbounded memory.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace vnpolicy {

class ZipArchive {
 public:
  // Opens the archive; on failure error() says why ("corrupt zip: ...").
  ZipArchive(std::string_view bytes, uint64_t max_unpacked_bytes, uint64_t max_ratio);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool ok() const { return !error_; }
  const std::optional<std::string>& error() const { return error_; }
  bool has(const std::string& name) const;
  // The entry's bytes; nullopt when it is missing (error() unchanged) or could not be read
  // within the bounds (error() set).
  std::optional<std::string> read(const std::string& name);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::optional<std::string> error_;
  uint64_t budget_;
  uint64_t max_ratio_;
};

}  // namespace vnpolicy
