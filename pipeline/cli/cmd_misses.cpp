// vnpolicy misses FILE|DIR... : what the extraction left out, per file and line (MissFinder).
#include <iostream>
#include <map>

#include "cli/common.h"
#include "extract/document_extractor.h"
#include "extract/misses.h"
#include "read/document_reader.h"

namespace vnpolicy::cli {

void add_misses_command(CLI::App& app, CommandContext& ctx) {
  auto* cmd = add_command(app, "misses", "What the rules probably missed, by file and line",
                          "Task cues with no task, figures with no target, symbols with no reference,\n"
                          "a header without number or issuer.");
  struct Options {
    std::vector<std::string> inputs;
    std::string format = "table";
    bool counts = false;
    std::vector<std::string> kinds;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("inputs", o->inputs, "Files, or folders walked for *.txt")->required();
  add_format_option(*cmd, o->format);
  cmd->add_flag("--counts", o->counts, "One row per file: how many misses of each kind");
  cmd->add_option("--kind", o->kinds, "Only these kinds (task, target, reference, header)")
      ->check(CLI::IsMember({"task", "target", "reference", "header"}));
  cmd->callback([&ctx, o] {
    auto rules = load_rules(ctx);
    if (!rules) { ctx.exit_code = kExitUsage; return; }
    DocumentExtractor extractor(rules);
    MissFinder finder(*rules);
    auto wanted = [&](const std::string& kind) {
      return o->kinds.empty() || std::find(o->kinds.begin(), o->kinds.end(), kind) != o->kinds.end();
    };
    std::vector<OutputColumn> count_columns = {"file"};
    for (const char* k : kMissKinds) count_columns.push_back(k);
    Output rows(o->counts ? count_columns : std::vector<OutputColumn>{"file", "line", "kind", "why", "text", "rule"});
    int failed = 0;
    for (const auto& path : expand_inputs(o->inputs)) {
      SegmentedDocument seg;
      Record r = extractor.extract(read_document(path), &seg);
      if (r.error) {
        std::cerr << "vnpolicy: " << path.string() << ": " << *r.error << "\n";
        ++failed;
        continue;
      }
      std::map<std::string, int> per_kind;
      for (const Miss& m : finder.find(seg, r)) {
        if (!wanted(m.kind)) continue;
        ++per_kind[m.kind];
        if (!o->counts) rows.add({path.string(), m.line, m.kind, m.why, m.text, m.rule_id});
      }
      if (o->counts) {
        std::vector<nlohmann::json> row = {path.string()};
        for (const char* k : kMissKinds) row.push_back(per_kind[k]);
        rows.add(std::move(row));
      }
    }
    rows.print(std::cout, o->format, 60);
    ctx.exit_code = failed ? kExitFileFailed : kExitOk;
  });
}

}  // namespace vnpolicy::cli
