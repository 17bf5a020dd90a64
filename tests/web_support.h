// The web server's tests start it with what `vnpolicy serve` loads from rules/, taken
// from the project's rules: the server then answers what the CLI prints.
#pragma once
#include <memory>

#include "resolve/agency_lexicon.h"
#include "resolve/agency_table.h"
#include "resolve/indicator_lexicon.h"
#include "test_support.h"
#include "views/web/server.h"

namespace vnpolicy::testing {

inline views::WebLexicons project_web_lexicons() {
  return {std::make_shared<const AgencyLexicon>(*project_rules()), std::make_shared<const AgencyTable>(*project_rules()),
          std::make_shared<const IndicatorLexicon>(*project_rules())};
}

}  // namespace vnpolicy::testing
