// Format names and the atomic file writer every report goes through.
#include <boost/filesystem.hpp>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include "nendiff/error.hpp"
#include "nendiff/report.hpp"
#include "report_views.hpp"

namespace fs = boost::filesystem;

namespace nendiff {

Format parse_format(const std::string& name) {
  if (name == "text" || name == "txt") return Format::text;
  if (name == "json") return Format::json;
  if (name == "md" || name == "markdown") return Format::markdown;
  if (name == "csv") return Format::csv;
  if (name == "xlsx") return Format::xlsx;
  if (name == "html" || name == "htm") return Format::html;
  throw Error("unknown format '" + name + "' (text, json, md, csv, xlsx, html)");
}

Format format_for_path(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  if (ext.empty()) return Format::text;
  try {
    return parse_format(ext.substr(1));
  } catch (const Error&) {
    return Format::text;
  }
}

void write_comparison(const Comparison& c, Format f, std::ostream& out,
                      const ReportOptions& options) {
  switch (f) {
    case Format::text: return detail::write_comparison_text(c, out, options);
    case Format::json: return detail::write_comparison_json(c, out);
    case Format::html: return detail::write_comparison_html(c, out, options);
    case Format::markdown: return detail::write_comparison_markdown(c, out);
    case Format::csv: return detail::write_comparison_csv(c, out);
    case Format::xlsx: return detail::write_comparison_xlsx(c, out);
  }
  throw Error("unknown report format");
}

namespace {

// Writes all of `contents` to `fd` and makes it durable; false with errno set
// on the first failure (a full disk, a file size limit, an I/O error).
bool write_all(int fd, const std::string& contents) {
  for (size_t done = 0; done < contents.size();) {
    const ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  // On disk before the rename makes it the report (EINVAL: a file system
  // that cannot sync, nothing more to wait for).
  return ::fsync(fd) == 0 || errno == EINVAL;
}

}  // namespace

void write_file_atomically(const std::string& path, const std::string& contents) {
  fs::path target(path);
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  boost::system::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error(path + ": output directory does not exist");
  fs::path tmp = dir / fs::unique_path("." + target.filename().string() + ".tmp-%%%%%%%%");
  // O_EXCL: never through a file or link that is already there.
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) throw Error(path + ": cannot write (" + std::strerror(errno) + ")");
  const bool written = write_all(fd, contents);
  const int write_errno = errno;
  // close() reports what a network file system deferred.
  if (::close(fd) != 0 || !written) {
    const int error = written ? errno : write_errno;
    fs::remove(tmp, ec);
    throw Error(path + ": write failed (" + std::strerror(error) + ")");
  }
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw Error(path + ": cannot replace (" + ec.message() + ")");
  }
}

}  // namespace nendiff
