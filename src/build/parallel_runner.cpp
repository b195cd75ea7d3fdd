#include "build/parallel_runner.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace teipress::build {

unsigned default_jobs() {
    return std::max(1u, std::thread::hardware_concurrency());
}

void run_in_parallel(std::size_t count, unsigned jobs, const std::function<void(std::size_t, unsigned)>& task) {
    if (count == 0) return;
    jobs = static_cast<unsigned>(std::clamp<std::size_t>(jobs, 1, count));
    std::atomic<std::size_t> next{0};
    std::mutex failure_mutex;
    std::exception_ptr failure;
    auto work = [&](unsigned worker) {
        try {
            for (std::size_t i = next++; i < count; i = next++) task(i, worker);
        } catch (...) {
            std::lock_guard<std::mutex> lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            next = count; // the others take no more work
        }
    };
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < jobs; ++w) {
        try {
            threads.emplace_back(work, w);
        } catch (const std::system_error&) {
            break;
        }
    }
    work(0);
    for (auto& t : threads) t.join();
    if (failure) std::rethrow_exception(failure);
}

} // namespace teipress::build
