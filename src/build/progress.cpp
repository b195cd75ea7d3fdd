#include "build/progress.h"

#include <cstdio>

namespace teipress::build {

Progress::Progress(std::ostream& out, std::ostream& err, ProgressStyle style)
    : m_out(out), m_err(err), m_style(style), m_start(std::chrono::steady_clock::now()) {}

void Progress::start(std::size_t total, const std::string& what) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_total = total;
    m_done = 0;
    m_what = what;
    m_start = std::chrono::steady_clock::now();
    draw_line(true);
}

std::string Progress::progress_line(std::size_t done, std::size_t total, const std::string& what, double seconds) {
    std::string line = "[" + std::to_string(done) + "/" + std::to_string(total) + "] " + what;
    if (done > 0 && seconds > 0.05) {
        double rate = static_cast<double>(done) / seconds;
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, ", %.1f/s", rate);
        line += buffer;
        if (done < total) {
            long left = static_cast<long>(static_cast<double>(total - done) / rate + 0.5);
            line += ", " +
                    (left >= 60 ? std::to_string(left / 60) + " min " + std::to_string(left % 60) + " s"
                                : std::to_string(left) + " s") +
                    " left";
        }
    }
    return line;
}

void Progress::clear_line() {
    if (!m_line_shown) return;
    m_out << "\r\x1b[K" << std::flush;
    m_line_shown = false;
}

void Progress::draw_line(bool force) {
    if (!m_style.terminal || m_style.quiet || m_total == 0) return;
    auto now = std::chrono::steady_clock::now();
    // At most ten redraws a second: a fast build would spend its time drawing otherwise.
    if (!force && m_line_shown && now - m_last_draw < std::chrono::milliseconds(100)) return;
    m_last_draw = now;
    double seconds = std::chrono::duration<double>(now - m_start).count();
    m_out << "\r\x1b[K" << progress_line(m_done, m_total, m_what, seconds) << std::flush;
    m_line_shown = true;
}

void Progress::done(const std::vector<Diagnostic>& diagnostics, const std::string& line) {
    std::lock_guard<std::mutex> lock(m_mutex);
    ++m_done;
    if (!diagnostics.empty()) {
        clear_line();
        for (const auto& d : diagnostics) m_err << format_diagnostic(d) << '\n';
        m_err << std::flush;
    }
    if (!line.empty() && !m_style.terminal && !m_style.quiet) m_out << line << '\n' << std::flush;
    draw_line(!diagnostics.empty() || m_done == m_total);
}

void Progress::report(const std::vector<Diagnostic>& diagnostics) {
    if (diagnostics.empty()) return;
    std::lock_guard<std::mutex> lock(m_mutex);
    clear_line();
    for (const auto& d : diagnostics) m_err << format_diagnostic(d) << '\n';
    m_err << std::flush;
    draw_line(true);
}

void Progress::say(const std::string& line) {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_style.quiet) return;
    clear_line();
    m_out << line << '\n' << std::flush;
    draw_line(true);
}

void Progress::finish() {
    std::lock_guard<std::mutex> lock(m_mutex);
    clear_line();
    m_total = 0;
}

} // namespace teipress::build
