#include "cli/run.hpp"

int main(int argc, char** argv) { return lawdiff::cli::run(argc, argv); }
