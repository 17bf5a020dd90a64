// Heavy subsystems as modules the program loads on first use: the PDF reader with OCR
// (poppler, Tesseract), the web server (httplib, Graphviz) and the XLSX export
// (libxlsxwriter). Their libraries pull in some 60 shared objects (TLS, curl, NSS,
// fonts) whose loading and relocation cost every command ~15 ms of CPU at start; a query
// needs none of them. Each module is vnpolicy_<name>.so, found next to the program,
// then in the install directory, and exports one C function vnpolicy_<name>_module()
// that returns its table of functions (the *_module.h headers).
#pragma once
#include <stdexcept>
#include <string>

namespace vnpolicy::modules {

// A module that is missing or cannot be loaded, in one sentence naming it.
class ModuleError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The table vnpolicy_<name>.so exports, which starts with `int abi_version` equal to
// `abi_version`; `needed_for` says what the user asked for ("reading PDF files").
// Loads the module once per process (later calls return the same table); throws
// ModuleError on every call when it cannot be loaded.
const void* load_module(const std::string& name, int abi_version, const std::string& needed_for);

// Where modules are looked for, in order: the program's directory, the install directory.
std::string module_search_path();

}  // namespace vnpolicy::modules
