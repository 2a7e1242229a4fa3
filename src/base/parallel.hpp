#pragma once
// parallel_for: runs f(0) … f(n - 1) on up to hardware_concurrency()
// threads, each thread taking the next index as it finishes one, so uneven
// work (a long article beside a short one) still spreads evenly. Callers
// write results by index, so the output never depends on the schedule.
// The first exception thrown by f is rethrown here after every thread has
// stopped. (By hand: C++20 has no parallel loop over an index that works
// with GCC's libstdc++ without TBB, and std::execution::par needs TBB.)
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace lawdiff {

/// Below this many indexes per thread, starting a thread costs more than it saves.
inline constexpr std::size_t kMinIndexesPerThread = 8;

template <typename F>
void parallel_for(std::size_t n, F&& f) {
  const std::size_t hw = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t threads = std::min({hw, std::size_t{8}, n / kMinIndexesPerThread});
  if (threads <= 1) {
    for (std::size_t k = 0; k < n; ++k) f(k);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&] {
    for (std::size_t k; (k = next.fetch_add(1, std::memory_order_relaxed)) < n;) {
      try {
        f(k);
      } catch (...) {
        const std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        next.store(n);  // stop handing out work
      }
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();  // this thread works too
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace lawdiff
