"""stub"""
from collections.abc import Iterator
from timefact._checks._context import Context
from timefact._checks._draft import Draft

def run(context: Context) -> Iterator[Draft]:
    return iter(())
