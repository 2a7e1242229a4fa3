#pragma once
// JSON for acts: the `parse` document and the `act` object used by every
// command's JSON output.
#include <ostream>

#include "render/json_writer.hpp"
#include "statute/library.hpp"

namespace lawdiff::render {

/// Writes the act object: id, title, status, dates, counts.
void write_act_object(JsonWriter& w, const statute::Act& act);

/// The whole `parse --format json` document (schema 1).
void write_parse_json(std::ostream& out, const statute::Act& act);

}  // namespace lawdiff::render
