// run_ordered: results in order whatever the threads do; an exception in the
// consumer stops the workers and propagates.
#include "corpus/ordered_pool.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <thread>

using lawdiff::corpus::run_ordered;

TEST_CASE("run_ordered hands results over in order") {
  for (int jobs : {1, 2, 4}) {
    std::vector<std::size_t> seen;
    run_ordered(
        200, jobs, 3,
        [](std::size_t i) {
          if (i % 7 == 0) std::this_thread::yield();
          return i * i;
        },
        [&](std::size_t i, std::size_t r) {
          CHECK(r == i * i);
          seen.push_back(i);
        });
    REQUIRE(seen.size() == 200);
    for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == i);
  }
}

TEST_CASE("run_ordered: a throwing consumer stops the pool") {
  std::size_t consumed = 0;
  CHECK_THROWS_AS(run_ordered(
                      1000, 2, 4, [](std::size_t i) { return i; },
                      [&](std::size_t i, std::size_t) {
                        ++consumed;
                        if (i == 10) throw std::runtime_error("disk full");
                      }),
                  std::runtime_error);
  CHECK(consumed == 11);
}
