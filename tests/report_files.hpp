// What the tests of binary reports (Word, PDF, Excel) share: a report written
// by the binary into a directory of its own, and XML read into a tree.
#pragma once

#include <gtest/gtest.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace nendiff::test {

// `text` as a tree; throws on malformed XML.
inline boost::property_tree::ptree xml(const std::string& text) {
  std::istringstream in(text);
  boost::property_tree::ptree tree;
  boost::property_tree::read_xml(in, tree);
  return tree;
}

// `nendiff compare OLD NEW -o <dir>/<name> OPTIONS…`, expecting differences.
struct WrittenReport {
  TempDir dir;
  std::string path;
  WrittenReport(const std::string& old_path, const std::string& new_path, const std::string& name,
                const std::vector<std::string>& options = {}) {
    path = dir.file(name);
    std::vector<std::string> args = {"compare", old_path, new_path, "-o", path};
    args.insert(args.end(), options.begin(), options.end());
    const RunResult r = run_nendiff(args);
    EXPECT_EQ(r.exit_code, 1) << r.err;
  }
};

}  // namespace nendiff::test
