#include "validate/relaxng/compile_session.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace teipress::validate::relaxng {

std::uint32_t CompileSession::add_file(GrammarDocument doc) {
    m_files.push_back(std::move(doc));
    return static_cast<std::uint32_t>(m_files.size() - 1);
}

void CompileSession::error(SourceLocation loc, std::string message) {
    Diagnostic d{Severity::Error, "", 0, 0, std::move(message), {}};
    if (loc.file < m_files.size()) {
        const GrammarDocument& f = m_files[loc.file];
        d.file = f.path;
        if (loc.node && f.text) {
            SourcePosition p = f.text->position_of(loc.node);
            d.line = p.line;
            d.column = p.column;
        } else if (loc.node) {
            const xmlNode* n = loc.node->type == XML_ATTRIBUTE_NODE ? loc.node->parent : loc.node;
            d.line = static_cast<int>(xmlGetLineNo(n));
        }
    }
    if (d.line <= 0) {
        d.line = 1;
        d.column = d.column > 0 ? d.column : 0;
    }
    m_errors.push_back(std::move(d));
}

void CompileSession::error(const std::string& path, std::string message) {
    m_errors.push_back({Severity::Error, path, 1, 1, std::move(message), {}});
}

std::vector<Diagnostic> CompileSession::take_errors() {
    std::map<std::string, std::size_t> order;
    for (std::size_t i = 0; i < m_files.size(); ++i) order.emplace(m_files[i].path, i);
    auto rank = [&](const Diagnostic& d) {
        auto it = order.find(d.file);
        return it == order.end() ? m_files.size() : it->second;
    };
    std::stable_sort(m_errors.begin(), m_errors.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        return std::make_tuple(rank(a), a.line, a.column) < std::make_tuple(rank(b), b.line, b.column);
    });
    std::vector<Diagnostic> out;
    std::set<std::tuple<std::string, int, int, std::string>> seen;
    for (auto& d : m_errors)
        if (seen.emplace(d.file, d.line, d.column, d.message).second) out.push_back(std::move(d));
    m_errors.clear();
    return out;
}

} // namespace teipress::validate::relaxng
