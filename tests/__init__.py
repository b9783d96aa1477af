"""tessaban test suite: fixture sites in tests/sites, one test file per feature."""
