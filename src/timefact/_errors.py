"""The exceptions timefact raises, all under :class:`TimefactError`.

- :class:`InputError` -- the input cannot be read: a file that is missing, binary or not
  UTF-8, or TimeML that is not well formed. The message names the file (and line).
- :class:`DctError` -- a document creation time that is not a valid ``YYYY-MM-DD`` date.
- :class:`MissingExtraError` -- an optional part was used without its extra installed;
  the message says which ``pip install 'timefact[...]'`` brings it.

Every message says what was wrong and what to do; the command line prints it without a
traceback and exits with status 2.
"""

from __future__ import annotations


class TimefactError(Exception):
    """Base class of every error timefact raises on purpose."""


class InputError(TimefactError, ValueError):
    """The input text or file cannot be read as asked."""


class DctError(TimefactError, ValueError):
    """The document creation time is not a valid date."""


class MissingExtraError(TimefactError, ImportError):
    """An optional dependency is not installed."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(
            f"{feature} needs the optional '{extra}' dependencies; "
            f"install them with: pip install 'timefact[{extra}]'"
        )
        self.extra = extra
