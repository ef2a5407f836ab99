"""Pure-Python core of Schrijfhulp. Never import Qt here: the CLI and the tests use it headless."""
