"""Imports the module ``sys.argv[2]`` from the folder ``sys.argv[1]`` (first on the
path); prints where it came from."""

from __future__ import annotations

import importlib
import sys

if __name__ == "__main__":
    sys.path.insert(0, sys.argv[1])
    module = importlib.import_module(sys.argv[2])
    print(module.__file__)
