"""Peak memory: of this process (``getrusage``), and of a whole process tree (psutil)."""

from __future__ import annotations

import resource
import threading


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports kilobytes


class ProcessTreeMemory:
    """Samples, in a thread, the resident memory of a process and all its descendants, summed.

    ``pid`` None is this process. ``peak_bytes`` is the largest sum seen; it stays None when
    psutil is not installed or the process ended before the first sample.
    """

    def __init__(self, pid: int | None = None, interval_s: float = 0.05) -> None:
        self.pid = pid
        self.interval_s = interval_s
        self.peak_bytes: int | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> ProcessTreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:  # it has already ended
            return
        while True:
            try:
                processes = [root, *root.children(recursive=True)]
            except psutil.Error:  # the root has ended
                return
            total = 0
            for process in processes:
                try:
                    total += process.memory_info().rss
                except psutil.Error:  # it ended between listing and reading
                    continue
            self.peak_bytes = max(self.peak_bytes or 0, total)
            if self._stop.wait(self.interval_s):
                return
