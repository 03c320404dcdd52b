#include "cli/usage.hpp"

#include <algorithm>

namespace nendiff::cli {
namespace {

// Edits (insertions, deletions, substitutions, swaps of neighbours) that turn
// `a` into `b`: the optimal string alignment distance.
size_t edits(const std::string& a, const std::string& b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  return names;
}

// 「--format」 of every long option of `app` and of the subcommand given.
std::vector<std::string> long_options(const CLI::App& app) {
  std::vector<std::string> names;
  auto add = [&](const CLI::App& a) {
    for (const CLI::Option* o : a.get_options())
      for (const std::string& n : o->get_lnames()) names.push_back("--" + n);
  };
  add(app);
  for (const CLI::App* sub : app.get_subcommands()) add(*sub);
  return names;
}

std::string listed(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// The first `--word` among `args` that names no option, with its suggestion.
std::optional<std::string> unknown_option(const CLI::App& app, const std::vector<std::string>& args) {
  const std::vector<std::string> known = long_options(app);
  for (const std::string& arg : args) {
    if (arg == "--") break;
    if (arg.rfind("--", 0) != 0) continue;
    const std::string name = arg.substr(0, arg.find('='));
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    const std::optional<std::string> near = nearest(name, known);
    return "unknown option '" + name + "'" + (near ? "; did you mean '" + *near + "'?" : "");
  }
  return std::nullopt;
}

// 「see 'nendiff compare --help'」 for the subcommand given, if any.
std::string help_hint(const CLI::App& app) {
  const std::vector<CLI::App*> given = app.get_subcommands();
  return "; see 'nendiff" + (given.empty() ? "" : " " + given.front()->get_name()) + " --help'";
}

}  // namespace

std::optional<std::string> nearest(const std::string& word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  size_t best_edits = std::max<size_t>(1, std::min<size_t>(2, word.size() / 3)) + 1;
  for (const std::string& c : candidates) {
    const size_t n = edits(word, c);
    if (n < best_edits) best = c, best_edits = n;
  }
  return best;
}

std::optional<std::string> unknown_subcommand(const CLI::App& app, const std::vector<std::string>& args) {
  if (args.empty() || args.front().empty() || args.front()[0] == '-') return std::nullopt;
  const std::vector<std::string> names = subcommand_names(app);
  const std::string& word = args.front();
  if (std::find(names.begin(), names.end(), word) != names.end()) return std::nullopt;
  const std::optional<std::string> near = nearest(word, names);
  return "'" + word + "' is not a nendiff command; " +
         (near ? "did you mean '" + *near + "'?" : "the commands are " + listed(names));
}

std::string usage_message(const CLI::App& app, const CLI::ParseError& e,
                          const std::vector<std::string>& args) {
  // An option CLI11 did not know is the cause of whatever it says next.
  if (std::optional<std::string> option = unknown_option(app, args)) return *option + help_hint(app);
  const std::string what = e.what();
  if (what == "A subcommand is required")
    return "a command is required: " + listed(subcommand_names(app)) + "; see 'nendiff --help'";
  const bool bad_value = dynamic_cast<const CLI::ValidationError*>(&e) != nullptr;
  return what.substr(0, what.find('\n')) + (bad_value ? "" : help_hint(app));
}

}  // namespace nendiff::cli
