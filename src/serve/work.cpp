#include "serve/work.hpp"

#include "serve/asked.hpp"
#include "serve/comparing.hpp"

namespace nendiff::serve {
namespace {

// The files picked under --root, each named by its path there (as the CLI
// run in the root would name them). Resolved before a slot is taken.
std::vector<Edition> picked_editions(const Root& root, const std::vector<std::string>& picked) {
  std::vector<Edition> editions;
  for (const std::string& p : picked) editions.push_back({root.file(p), Root::tidy(p)});
  return editions;
}

// In a slot, after waiting for one if need be; 503 when none can be waited for.
void in_slot(Context& context, const std::function<void()>& job) {
  if (!context.queue.run(job))
    throw Failure{503, "busy", "the server is busy with other comparisons; try again in a moment"};
}

}  // namespace

Result work_of(const Form& form, Context& context) {
  const Asked asked = asked_of(form, context.options);
  const Choices choices = choices_of(form, context.options);
  std::vector<Edition> editions;
  if (asked.kind != Asked::Kind::folders && !asked.picked.empty())
    editions = picked_editions(*context.root, asked.picked);
  Result result;
  result.shown = choices.shown;
  in_slot(context, [&] {
    if (context.options.in_slot) context.options.in_slot();  // tests: a slot held busy
    switch (asked.kind) {
      case Asked::Kind::comparison:
        result.comparison = asked.uploads.empty() ? compare_editions(editions, choices)
                                                  : compare_uploads(asked.uploads, choices);
        break;
      case Asked::Kind::history:
        result.history = asked.uploads.empty() ? follow_editions(editions, choices)
                                               : follow_uploads(asked.uploads, choices);
        break;
      case Asked::Kind::folders:
        result.folders = std::make_shared<const FolderReports>(*context.root, asked.picked[0],
                                                               asked.picked[1], choices);
        break;
    }
  });
  return result;
}

std::string rendered(Context& context, const Result& r, Format format) {
  std::string out;
  in_slot(context, [&] {
    out = r.history ? report_of(*r.history, format) : report_of(*r.comparison, format, r.shown);
  });
  return out;
}

View view_of(const Result& r) { return r.history ? View::history : View::comparison; }

}  // namespace nendiff::serve
