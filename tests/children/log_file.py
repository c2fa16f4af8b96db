"""Opens the log file in the folder ``sys.argv[1]``/log, writes a line, prints its path."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from btse_gui.core import logs

if __name__ == "__main__":
    path = logs.setup(Path(sys.argv[1]) / "log")
    logging.getLogger("btse_gui").warning("hello")
    print(path)
