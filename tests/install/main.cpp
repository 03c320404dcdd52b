#include <nendiff/error.hpp>
#include <nendiff/parse.hpp>
#include <nendiff/parse.hpp>
#include <iostream>
// Parses a small edition; with a file argument (a PDF), also reads it, which
// needs the installed nendiff-pdf.so.
int main(int argc, char** argv) {
  nendiff::Document d = nendiff::parse("題名2024\n\n(節)\n\n・施策を推進する。【◎厚】\n");
  std::cout << d.measures.size() << " " << d.edition_year << "\n";
  if (d.measures.size() != 1) return 1;
  if (argc < 2) return 0;
  try {
    nendiff::Document e = nendiff::load_edition(argv[1]);
    std::cout << e.measures.size() << " measures in " << argv[1] << "\n";
    return e.measures.empty() ? 1 : 0;
  } catch (const nendiff::Error& error) {
    std::cerr << error.what() << "\n";
    return 1;
  }
}
