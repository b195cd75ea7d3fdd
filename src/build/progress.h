// What a build tells its user while it runs. On a terminal: one line redrawn in place
// (documents done/total, rate, time left); otherwise: one plain line per unit of work, which
// a log keeps. Errors and warnings are printed as they happen, whatever the mode (the progress
// line is cleared first and drawn again after); --quiet leaves only them. Thread-safe.
#pragma once

#include "core/diagnostic.h"

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>
#include <vector>

namespace teipress::build {

// How to report.
struct ProgressStyle {
    bool terminal = false; // redraw one line in place (standard output is a terminal)
    bool quiet = false;    // errors and warnings only
};

class Progress {
  public:
    // Writes plain lines and the progress line to out, diagnostics to err.
    Progress(std::ostream& out, std::ostream& err, ProgressStyle style);

    // Starts counting total units of what ("documents"), from now.
    void start(std::size_t total, const std::string& what);
    // One unit is done: its diagnostics are printed at once; line (when not empty) is printed
    // as a plain line when not on a terminal; the count goes up by one.
    void done(const std::vector<Diagnostic>& diagnostics, const std::string& line);
    // Prints diagnostics at once (a unit's part that is not the end of it).
    void report(const std::vector<Diagnostic>& diagnostics);
    // Prints a line in every mode but quiet (a summary, a volume-level output).
    void say(const std::string& line);
    // Clears the progress line (before the summary).
    void finish();

    // The progress line for done of total units of what after seconds: "[120/586] documents,
    // 45.2/s, 10 s left" (the rate and the time left once there is something to go on).
    static std::string progress_line(std::size_t done, std::size_t total, const std::string& what, double seconds);

  private:
    void clear_line();
    void draw_line(bool force);

    std::ostream& m_out;
    std::ostream& m_err;
    ProgressStyle m_style;
    std::mutex m_mutex;
    std::size_t m_total = 0;
    std::size_t m_done = 0;
    std::string m_what;
    bool m_line_shown = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last_draw;
};

} // namespace teipress::build
