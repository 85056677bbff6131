"""The machine a benchmark ran on, named in its report: other work on it slows every tool."""

from __future__ import annotations

import datetime as _dt
import os
import platform
from dataclasses import dataclass
from typing import Any


def load_average() -> tuple[float, float, float]:
    """The 1, 5 and 15 minute load averages (zeros where the system does not give them)."""
    return os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Machine:
    cpu_model: str
    cores: int
    memory_gb: float
    python: str
    system: str
    load_average: tuple[float, float, float]
    date: str

    @classmethod
    def describe(cls) -> Machine:
        return cls(
            cpu_model=_cpu_model(),
            cores=os.cpu_count() or 1,
            memory_gb=_memory_gb(),
            python=f"{platform.python_implementation()} {platform.python_version()}",
            system=platform.platform(),
            load_average=load_average(),
            date=_dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "cpu_model": self.cpu_model,
            "cores": self.cores,
            "memory_gb": self.memory_gb,
            "python": self.python,
            "system": self.system,
            "load_average": list(self.load_average),
            "date": self.date,
        }


def _cpu_model() -> str:
    model = _proc_field("/proc/cpuinfo", "model name") or platform.processor() or "?"
    megahertz = _proc_field("/proc/cpuinfo", "cpu MHz")
    return f"{model} @ {float(megahertz):,.0f} MHz" if megahertz else model


def _proc_field(path: str, name: str) -> str:
    try:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                key, _, value = line.partition(":")
                if key.strip() == name:
                    return value.strip()
    except OSError:
        pass
    return ""


def _memory_gb() -> float:
    kilobytes = _proc_field("/proc/meminfo", "MemTotal").split()
    return round(int(kilobytes[0]) / 1024 / 1024, 1) if kilobytes else 0.0
