// What makes two inputs the same document: its content (sha256) at its canonical path.
#pragma once
#include <filesystem>
#include <string>

namespace vnpolicy {

// The path a file is catalogued by: absolute, with ".", ".." and symbolic links resolved
// as far as the path exists ("corpus/a.txt", "./corpus/a.txt" and "$PWD/corpus/a.txt"
// are one path). A path that does not exist is made absolute and lexically normal.
std::string canonical_document_path(const std::filesystem::path& path);

// File name and stem of a catalogued path, for handles: "a/002_38.txt" -> "002_38.txt", "002_38".
std::string path_file_name(const std::string& path);
std::string path_file_stem(const std::string& path);

// Whether a file may be written: permitted to this process and not marked read-only
// (no write bit at all; root may write anything, but a catalog made read-only by
// chmod a-w is meant to stay as it is).
bool file_is_writable(const std::filesystem::path& path);

}  // namespace vnpolicy
