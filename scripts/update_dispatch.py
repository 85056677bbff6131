"""Rewrites src/timefact/data/dispatch.json after the rules or vocabulary change.

Run from the repository root: python scripts/update_dispatch.py
"""

from timefact._dispatch import write_dispatch

if __name__ == "__main__":
    print(f"wrote {write_dispatch()}")
