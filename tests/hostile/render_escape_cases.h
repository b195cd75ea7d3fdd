// Hostile cases of the render writers' escaping (issue 9, item 3): every stylesheet parameter
// and every attribute value the stylesheets write into an output, carrying HTML, Markdown and
// TeX markup that would read the case's secret file. Added to hostile_cases() by
// add_render_escape_cases; registered in CTest by render_escape_cases.cmake.
#pragma once

#include "hostile_cases.h"

#include <vector>

namespace teipress::hostile {

// Appends the render escaping cases to cases.
void add_render_escape_cases(std::vector<HostileCase>& cases);

} // namespace teipress::hostile
