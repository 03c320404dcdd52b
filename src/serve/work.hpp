// A comparison request's work (asked.hpp) done in a slot of the job queue:
// two editions compared, more followed through the years, or two folders of
// --root compared; what it made, for its permalink.
#pragma once

#include "serve/context.hpp"
#include "serve/results.hpp"
#include "serve/uploads.hpp"

namespace nendiff::serve {

// Throws Failure: the request's refusal, 503 busy when no slot is free.
Result work_of(const Form& form, Context& context);

// A result's report in `format` (its HTML page, a download), rendered in a
// slot too: a PDF or a workbook is work like a comparison.
std::string rendered(Context& context, const Result& r, Format format);
// The view a result is shown in: comparison or history (formats_of).
View view_of(const Result& r);

}  // namespace nendiff::serve
