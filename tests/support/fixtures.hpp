#pragma once
// Helpers for the unit tests of statute/ and the modules above it: the
// embedded acts, parsed once, and the location of ../shared.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "statute/library.hpp"

namespace lawdiff::statute::testing {

/// The process-wide library of embedded acts (sz, gd).
Library& embedded_library();

/// ../shared next to the source tree, when it is there (tests that need it
/// skip cleanly otherwise).
std::optional<std::filesystem::path> shared_dir();

/// An act parsed from `text`, with the id `id` (its ids read "id:3.2").
Act act_from_text(const char* id, const char* text);

/// Reads a whole file; empty when it cannot be read.
std::string read_file(const std::filesystem::path& path);

/// Versions of one act in ../shared/corpus-sample and corpus-dev: the file
/// name before "(date)" → date "(2014-11-01).md" → path, oldest first (the
/// date sorts as text). Only dated Markdown files.
std::map<std::string, std::map<std::string, std::string>> version_files(const std::filesystem::path& shared);

}  // namespace lawdiff::statute::testing
