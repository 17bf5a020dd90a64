// vnpolicy segment FILE : show how a file is normalised and segmented (for rule writers).
#include <algorithm>
#include <iostream>

#include "cli/common.h"
#include "extract/document_extractor.h"
#include "read/document_reader.h"

namespace vnpolicy::cli {

namespace {
const char* kind_name(BlockKind k) {
  switch (k) {
    case BlockKind::Heading: return "heading";
    case BlockKind::ListItem: return "item";
    case BlockKind::Paragraph: return "para";
    case BlockKind::TableRow: return "row";
    case BlockKind::Footnote: return "footnote";
  }
  return "?";
}
}  // namespace

void add_segment_command(CLI::App& app, CommandContext& ctx) {
  auto* cmd = add_command(app, "segment", "Show the blocks and sentences a file is cut into");
  auto file = std::make_shared<std::string>();
  auto sentences = std::make_shared<bool>(false);
  cmd->add_option("file", *file, "A text file")->required();
  cmd->add_flag("--sentences", *sentences, "Print every sentence on its own line");
  cmd->callback([&ctx, file, sentences] {
    auto rules = load_rules(ctx);
    if (!rules) { ctx.exit_code = kExitUsage; return; }
    ReadOutcome in = read_document(*file);
    if (in.error) {
      std::cerr << "vnpolicy: " << *file << ": " << *in.error << "\n";
      ctx.exit_code = kExitFileFailed;
      return;
    }
    DocumentExtractor extractor(rules);
    SegmentedDocument seg = extractor.segment(in.text);
    for (size_t i = 0; i < seg.blocks.size(); ++i) {
      const Block& b = seg.blocks[i];
      std::cout << "#" << i << " line " << b.line << " " << kind_name(b.kind) << (b.heading_like ? "*" : "")
                << " depth=" << b.depth << " parent=" << b.parent;
      if (!b.marker.empty()) std::cout << " marker=" << b.marker;
      if (!b.cells.empty()) std::cout << " cells=" << b.cells.size();
      std::string_view t = seg.text(b.span);
      size_t cut = std::min<size_t>(t.size(), 300);
      while (cut < t.size() && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) ++cut;
      std::cout << "\n  " << t.substr(0, cut) << "\n";
      if (*sentences)
        for (const Span& s : b.sentences) std::cout << "    | " << seg.text(s) << "\n";
    }
  });
}

}  // namespace vnpolicy::cli
