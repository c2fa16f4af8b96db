"""The start-up floor: an empty QMainWindow that quits at its first paint.

Prints one JSON line: the wall-clock time of the first paint, the peak RSS and when it
quit (``close_at``), in the same form as `btse-gui --quit-after-load`, so both are
measured the same way.
"""

import json
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not hasattr(self, "at"):
            self.at = time.time()
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(880, 560)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
print(
    json.dumps(
        {
            "first_paint_at": probe.at,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "close_at": time.time(),
        }
    ),
    flush=True,
)
