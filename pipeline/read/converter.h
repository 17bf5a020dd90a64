// Runs a converter program (LibreOffice, antiword) on a file's bytes, safely: no shell,
// its own process group, a wall-clock limit, a cap on what it may write, and a private
// temporary folder that is removed afterwards whatever happens.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnpolicy {

struct ConverterResult {
  std::optional<std::string> error;  // "soffice timed out after 120 s", "soffice not installed", ...
  std::string output;                // the converted file's bytes (or the program's stdout)
};

struct ConverterLimits {
  int timeout_seconds = 120;
  uint64_t max_output = 64ull << 20;
};

// Writes `input` as `input_name` in a fresh temporary folder DIR, runs `argv` (each
// "{in}" replaced by the input's path, "{dir}" by DIR) and returns the bytes of
// DIR/`output_name`, or the program's stdout when `output_name` is empty.
ConverterResult run_converter(std::vector<std::string> argv, std::string_view input, const std::string& input_name,
                              const std::string& output_name, const ConverterLimits& limits);

// Whether a program is on PATH.
bool program_available(const std::string& name);

}  // namespace vnpolicy
