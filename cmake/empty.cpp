// The layering check's shared objects are made of a stage's archive alone (src/CMakeLists.txt).
