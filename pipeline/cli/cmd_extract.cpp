// vnpolicy extract FILE|DIR... : one vnpolicy.extract/1 record per file on stdout.
#include <iostream>

#include "cli/common.h"
#include "extract/document_extractor.h"
#include "read/document_reader.h"

namespace vnpolicy::cli {

void add_extract_command(CLI::App& app, CommandContext& ctx) {
  auto* cmd = add_command(app, "extract", "Print one JSON record per file (JSON Lines)",
                          "Records follow vnpolicy.extract/1 (../shared/spec/extract-format.md, and the\n"
                          "fields the README adds).");
  auto inputs = std::make_shared<std::vector<std::string>>();
  cmd->add_option("inputs", *inputs, "Files, or folders walked for every kind read (text, PDF, DOCX, DOC, RTF, HTML)")->required();
  auto read = std::make_shared<ReadOptions>();
  cmd->add_flag("--no-ocr", [read](int64_t) { read->ocr = false; },
                "Do not OCR scanned PDF pages (a scan without a text layer is then an error)");
  cmd->callback([&ctx, inputs, read] {
    auto rules = load_rules(ctx);
    if (!rules) { ctx.exit_code = kExitUsage; return; }
    DocumentExtractor extractor(rules);
    int failed = 0;
    InputWalk walk = walk_inputs(*inputs);
    if (!walk.skipped.empty()) std::cerr << "vnpolicy: " << describe_skipped(walk.skipped) << "\n";
    for (const auto& path : walk.files) {
      Record r = extractor.extract(read_document(path, *read));
      if (r.error) {
        std::cerr << "vnpolicy: " << path.string() << ": " << *r.error << "\n";
        ++failed;
      }
      std::cout << to_json(r).dump() << "\n";
    }
    std::cout.flush();
    ctx.exit_code = failed ? kExitFileFailed : kExitOk;
  });
}

}  // namespace vnpolicy::cli
