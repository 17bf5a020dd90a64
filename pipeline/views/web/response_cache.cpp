#include "views/web/response_cache.h"

namespace vnpolicy::views {

CatalogGeneration::CatalogGeneration(const std::filesystem::path& db) : db_(db, /*read_only=*/true) {}

uint64_t CatalogGeneration::current() {
  std::lock_guard<std::mutex> lock(mutex_);
  auto q = db_.prepare("PRAGMA data_version");
  const int64_t v = q.step() ? q.int64(0) : -1;
  if (v != data_version_) {
    data_version_ = v;
    ++generation_;
  }
  return generation_;
}

namespace {
// What an entry costs besides its key and body: list and hash nodes, the answer object.
constexpr size_t kEntryOverhead = 128;
}  // namespace

void ResponseCache::start_generation(uint64_t generation) {
  order_.clear();
  index_.clear();
  bytes_ = 0;
  generation_ = generation;
}

void ResponseCache::evict_to(size_t bytes) {
  while (bytes_ > bytes && !order_.empty()) {
    bytes_ -= order_.back().bytes;
    index_.erase(order_.back().key);
    order_.pop_back();
  }
}

std::shared_ptr<const CachedAnswer> ResponseCache::find(const std::string& key, uint64_t generation) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (generation > generation_) start_generation(generation);
  auto it = index_.find(key);
  if (generation < generation_ || it == index_.end()) {
    ++misses_;
    return nullptr;
  }
  order_.splice(order_.begin(), order_, it->second);
  ++hits_;
  return it->second->answer;
}

void ResponseCache::store(const std::string& key, uint64_t generation, CachedAnswer answer) {
  const size_t bytes = 2 * key.size() + answer.body.size() + answer.content_type.size() + kEntryOverhead;
  if (bytes > max_bytes_ / 8) return;
  auto shared = std::make_shared<const CachedAnswer>(std::move(answer));
  std::lock_guard<std::mutex> lock(mutex_);
  if (generation > generation_) start_generation(generation);
  if (generation < generation_) return;  // rendered before the catalog changed
  if (auto it = index_.find(key); it != index_.end()) {
    bytes_ -= it->second->bytes;
    order_.erase(it->second);
    index_.erase(it);
  }
  evict_to(max_bytes_ - bytes);
  order_.push_front(Entry{key, std::move(shared), bytes});
  index_.emplace(key, order_.begin());
  bytes_ += bytes;
}

ResponseCache::Stats ResponseCache::stats() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return {order_.size(), bytes_, hits_, misses_};
}

}  // namespace vnpolicy::views
