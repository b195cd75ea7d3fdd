// Running the build's units of work on several threads.
#pragma once

#include <cstddef>
#include <functional>

namespace teipress::build {

// The number of jobs when -j is not given: the processor's cores (at least 1).
unsigned default_jobs();

// Runs task(index, worker) once for each index in [0, count), on up to `jobs` threads (never
// more than count; 0 counts as 1). The calling thread is worker 0 and works too; the others
// are numbered 1..jobs-1, so a task may keep per-worker state in a vector of `jobs` slots.
// Each thread takes the next index in order. Threads the system refuses to create are done
// without. The first exception a task throws (out of memory) stops the threads from taking
// more work and is rethrown once all have stopped.
void run_in_parallel(std::size_t count, unsigned jobs,
                     const std::function<void(std::size_t index, unsigned worker)>& task);

} // namespace teipress::build
