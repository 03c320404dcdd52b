#include <nendiff/parse.hpp>
#include <iostream>
int main() {
  nendiff::Document d = nendiff::parse("題名2024\n\n(節)\n\n・施策を推進する。【◎厚】\n");
  std::cout << d.measures.size() << " " << d.edition_year << "\n";
  return d.measures.size() == 1 ? 0 : 1;
}
