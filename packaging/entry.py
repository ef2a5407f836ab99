"""Entry script for the frozen build: the same dispatcher as ``python -m schrijfhulp``."""

import multiprocessing
import sys

from schrijfhulp.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
