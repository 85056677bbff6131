"""Rewrites src/timefact/data/library_days.json from the installed `holidays` package,
after the package or the observances that name its holidays change.

Run from the repository root: python scripts/update_library_days.py
"""

from timefact._library_days import write_library_days

if __name__ == "__main__":
    print(f"wrote {write_library_days()}")
