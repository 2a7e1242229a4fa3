#pragma once
// Runs `work(i)` for i in [0, n) on `jobs` threads and hands the results to
// `consume(i, result)` on the calling thread in order of i. At most `window`
// results wait at once, so memory stays flat however large n is (the build
// parses thousands of files; only a few parsed acts are alive at a time).
// `work` must not throw; if `consume` throws, the workers stop and the
// exception propagates.
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace lawdiff::corpus {

template <class Work, class Consume>
void run_ordered(std::size_t n, int jobs, std::size_t window, Work work, Consume consume) {
  using Result = decltype(work(std::size_t{}));
  if (jobs <= 1 || n < 2) {
    for (std::size_t i = 0; i < n; ++i) consume(i, work(i));
    return;
  }
  std::mutex m;
  std::condition_variable cv;
  std::vector<std::optional<Result>> slots(window);
  std::size_t next = 0, consumed = 0;
  bool stop = false;
  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(m);
        cv.wait(lock, [&] { return stop || next >= n || next < consumed + window; });
        if (stop || next >= n) return;
        i = next++;
      }
      Result r = work(i);
      std::lock_guard lock(m);
      slots[i % window] = std::move(r);
      cv.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < jobs; ++t) threads.emplace_back(worker);
  auto join = [&] {
    {
      std::lock_guard lock(m);
      stop = true;
    }
    cv.notify_all();
    for (std::thread& t : threads) t.join();
  };
  try {
    for (std::size_t c = 0; c < n; ++c) {
      Result r;
      {
        std::unique_lock lock(m);
        cv.wait(lock, [&] { return slots[c % window].has_value(); });
        r = std::move(*slots[c % window]);
        slots[c % window].reset();
        consumed = c + 1;
      }
      cv.notify_all();
      consume(c, std::move(r));
    }
  } catch (...) {
    join();
    throw;
  }
  join();
}

}  // namespace lawdiff::corpus
