"""The exception hierarchy: every error eventlib raises is an :class:`EventlibError`."""

from __future__ import annotations


class EventlibError(Exception):
    """Base class of every error raised by eventlib."""


class UnknownCodeError(EventlibError, LookupError):
    """A code (CAMEO event, actor role, country) is not in the taxonomy."""

    def __init__(self, kind: str, code: str, near: list[str]) -> None:
        self.kind = kind
        self.code = code
        self.near = near
        hint = f"; near matches: {', '.join(near)}" if near else ""
        super().__init__(f"unknown {kind} {code!r}{hint}")


class TaxonomyError(EventlibError, ValueError):
    """A taxonomy table is malformed (names file, row and column)."""


class RecordError(EventlibError, ValueError):
    """A record field holds a value outside what the field accepts."""

    def __init__(self, record: str, field: str, value: object, expected: str) -> None:
        self.record = record
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{record}.{field}: expected {expected}, got {value!r}")


class InputError(EventlibError, ValueError):
    """An input record could not be read; names the file, line and field."""

    def __init__(self, path: str, line: int | None, message: str, field: str | None = None) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.reason = message
        where = f"{path}:{line}" if line is not None else path
        what = f" field {field!r}:" if field else ""
        super().__init__(f"{where}:{what} {message}")


class OutputError(EventlibError, OSError):
    """Events could not be written or read back."""


class ResumeError(EventlibError, ValueError):
    """A run cannot resume: it differs from the interrupted run (the message says what differs), or there
    is nothing it can check against."""


class ResumableError(EventlibError, RuntimeError):
    """A run stopped part-way on an unexpected error; its part file, checkpoint and manifest are kept, and
    the same run with ``resume=True`` (``--resume``) continues it. The error that stopped it is the cause."""


class ClusterError(EventlibError, ConnectionError):
    """A Dask cluster could not be reached or started."""


class DictionaryError(EventlibError, ValueError):
    """A rule set or actor dictionary file is malformed; names file, line and entry."""

    def __init__(self, path: str, line: int | None, message: str, entry: str | None = None) -> None:
        self.path = path
        self.line = line
        self.entry = entry
        self.reason = message
        where = f"{path}:{line}" if line is not None else path
        who = f" {entry}:" if entry else ""
        super().__init__(f"{where}:{who} {message}")


class ModelNotFoundError(EventlibError, ImportError):
    """No spaCy pipeline of the requested name is installed."""


class RegistryError(EventlibError, LookupError):
    """A name is not registered (the message lists the names there are), or a plug-in failed to load."""


class UnknownLanguageError(EventlibError, LookupError):
    """No language pack for a spaCy language code; the message lists the codes there are packs for."""

    def __init__(self, code: str, available: list[str], problem: str = "") -> None:
        self.code = code
        self.available = available
        what = f"the language pack for {code!r} {problem}" if problem else f"no language pack for language {code!r}"
        super().__init__(f"{what}; available: {', '.join(available) or '(none)'} "
                         "(a pack is registered in the 'eventlib.languages' entry-point group: docs/extending.md)")
