"""btse-gui: a desktop viewer for a BTSE account."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("btse-gui")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
