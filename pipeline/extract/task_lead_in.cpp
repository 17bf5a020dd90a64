// A sentence that hands the numbered list below it to the units it names: the addressees of a
// request ("…, đồng thời, đề nghị Chính phủ và các cơ quan liên quan tập trung thực hiện các nhiệm
// vụ … sau đây:") or the units that open one of its clauses ("…; căn cứ …, Văn phòng X và các văn
// phòng Y cụ thể hoá …, cần tập trung một số nhiệm vụ trọng tâm sau:"). Part of TaskExtractor.
#include "core/text.h"
#include "extract/task_extractor.h"
#include "extract/task_text.h"

namespace vnpolicy {

using namespace task_text;

std::optional<Assignment> TaskExtractor::read_list_lead_in(std::string_view sentence, bool clause_subjects) const {
  std::string_view s = trim(sentence);
  if (!rules_.group("task.list_lead_in_work").first_matching(s)) return std::nullopt;
  auto addressed = [&](std::string_view rest) -> std::optional<Assignment> {
    if (!opens_with_unit(rest)) return std::nullopt;
    auto a = read_subject_sentence(rest);
    if (!a || a->lead.empty() || a->work.empty() || !addresses_units(a->lead)) return std::nullopt;
    a->work.clear();
    a->hands_down = true;
    return a;
  };
  // The units a request names, wherever it stands in the sentence (the speaker before it only asks).
  // Only units inside the sentence: a sentence that opens with its units or its request ("Các bộ tập
  // trung …: ", "Đề nghị Sở X …") is read as a subject sentence, which weighs its own work.
  // A sentence with a request whose addressees cannot be read is left to the other readings: the units
  // before its verb ("Chủ tịch UBND tỉnh yêu cầu …") ask, they are not asked.
  if (Hit r = first_hit(rules_.group("task.lead_in_request"), s, "unit"); r) {
    if (r.begin > 0 && r.capture != std::string_view::npos)
      if (auto a = addressed(s.substr(r.capture))) return a;
    return std::nullopt;
  }
  if (!clause_subjects) return std::nullopt;
  for (size_t i = 2; i < s.size(); ++i) {
    if (!(s[i - 1] == ' ' && (s[i - 2] == ',' || s[i - 2] == ';'))) continue;
    if (s[i - 2] == ',' && continues_list(s.substr(0, i - 2))) continue;  // inside a list of units
    if (auto a = addressed(s.substr(i))) return a;
  }
  return std::nullopt;
}

}  // namespace vnpolicy
