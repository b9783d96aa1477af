"""The one exception type of the export: a user's mistake or an unusable input, as a one-line message."""

from __future__ import annotations


class ExportError(Exception):
    """The export cannot run as asked (unknown format, bad date, unwritable path, no archive).

    ``str(error)`` is one line meant for the user; the command line prints it and exits with status 2.
    """
