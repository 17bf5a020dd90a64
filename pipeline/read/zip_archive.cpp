#include "read/zip_archive.h"

#include <zip.h>

namespace vnpolicy {

struct ZipArchive::Impl {
  zip_t* zip = nullptr;
};

ZipArchive::ZipArchive(std::string_view bytes, uint64_t max_unpacked_bytes, uint64_t max_ratio)
    : impl_(std::make_unique<Impl>()), budget_(max_unpacked_bytes), max_ratio_(max_ratio) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (src) {
    impl_->zip = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!impl_->zip) zip_source_free(src);
  }
  if (!impl_->zip) error_ = std::string("corrupt zip: ") + zip_error_strerror(&err);
  zip_error_fini(&err);
}

ZipArchive::~ZipArchive() {
  if (impl_->zip) zip_discard(impl_->zip);
}

bool ZipArchive::has(const std::string& name) const {
  return impl_->zip && zip_name_locate(impl_->zip, name.c_str(), 0) >= 0;
}

std::optional<std::string> ZipArchive::read(const std::string& name) {
  if (!impl_->zip || error_) return std::nullopt;
  zip_int64_t index = zip_name_locate(impl_->zip, name.c_str(), 0);
  if (index < 0) return std::nullopt;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(impl_->zip, static_cast<zip_uint64_t>(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
    error_ = "corrupt zip: cannot read the directory entry of " + name;
    return std::nullopt;
  }
  if (st.size > budget_) {
    error_ = "zip bomb refused: " + name + " expands to " + std::to_string(st.size) + " bytes (limit " +
             std::to_string(budget_) + " left)";
    return std::nullopt;
  }
  if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > (1u << 20) && st.size / std::max<zip_uint64_t>(st.comp_size, 1) > max_ratio_) {
    error_ = "zip bomb refused: " + name + " expands " + std::to_string(st.size / std::max<zip_uint64_t>(st.comp_size, 1)) +
             "-fold (limit " + std::to_string(max_ratio_) + ")";
    return std::nullopt;
  }
  zip_file_t* f = zip_fopen_index(impl_->zip, static_cast<zip_uint64_t>(index), 0);
  if (!f) {
    error_ = "corrupt zip: cannot open " + name + ": " + zip_strerror(impl_->zip);
    return std::nullopt;
  }
  // Read no more than the directory promises (plus one byte to notice a lie).
  std::string out;
  out.resize(static_cast<size_t>(st.size) + 1);
  zip_int64_t total = 0;
  while (static_cast<zip_uint64_t>(total) < out.size()) {
    zip_int64_t n = zip_fread(f, out.data() + total, out.size() - static_cast<size_t>(total));
    if (n < 0) {
      error_ = "corrupt zip: " + name + ": " + zip_file_strerror(f);
      zip_fclose(f);
      return std::nullopt;
    }
    if (n == 0) break;
    total += n;
  }
  zip_fclose(f);
  if (static_cast<zip_uint64_t>(total) != st.size) {
    error_ = "corrupt zip: " + name + " holds " + std::to_string(total) + " bytes, its directory says " +
             std::to_string(st.size);
    return std::nullopt;
  }
  out.resize(static_cast<size_t>(total));
  budget_ -= st.size;
  return out;
}

}  // namespace vnpolicy
