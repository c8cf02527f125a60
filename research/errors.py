"""Errors that reach the user, and their exit codes.

Every error meant for the user carries a message that names the input and says what to
do; the CLI prints it as is, without a traceback, and exits with the error's code::

    RunnerupError                  exit 1   anything runnerup could not do
    ├── UsageError                 exit 2   a bad option or value on the command line
    │   └── ConfigError            exit 2   a broken config file or setting
    ├── NeedsConfirmation          exit 3   several candidates; the user must pick one
    ├── InputError                 exit 4   a file or page given by the user cannot be read
    │   ├── DocumentNotFound                the path does not exist or is a directory
    │   ├── UnsupportedDocument             an unknown or unsupported format
    │   ├── DocumentTooLarge                over the size limit
    │   ├── EncryptedDocument               a password-protected file
    │   ├── NoTextLayer                     a scanned PDF without text
    │   └── BrokenDocument                  truncated or corrupt
    ├── FetchError                 exit 5   a page could not be fetched (network, refusal)
    ├── SourceError                exit 1   a source plugin failed (reported, not fatal in lookups)
    └── StoreError                 exit 1   the local database cannot be used

Exit codes: 0 success, 1 error, 2 usage, 3 needs confirmation, 4 unreadable input,
5 fetch refused or failed, 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_NEEDS_CONFIRMATION = 3
EXIT_INPUT = 4
EXIT_FETCH = 5
EXIT_INTERRUPTED = 130


class RunnerupError(Exception):
    """Base of every error runnerup reports to the user."""

    exit_code = EXIT_ERROR

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n{self.hint}"


class UsageError(RunnerupError):
    exit_code = EXIT_USAGE


class ConfigError(UsageError):
    pass


class NeedsConfirmation(RunnerupError):
    exit_code = EXIT_NEEDS_CONFIRMATION


class InputError(RunnerupError):
    """A document the user gave cannot be used. ``path`` names it."""

    exit_code = EXIT_INPUT

    def __init__(self, path: str, problem: str, todo: str) -> None:
        super().__init__(f"{path}: {problem}", hint=todo)
        self.path = path
        self.problem = problem


class DocumentNotFound(InputError):
    pass


class UnsupportedDocument(InputError):
    pass


class DocumentTooLarge(InputError):
    pass


class EncryptedDocument(InputError):
    pass


class NoTextLayer(InputError):
    pass


class BrokenDocument(InputError):
    pass


class FetchError(RunnerupError):
    exit_code = EXIT_FETCH


class SourceError(RunnerupError):
    pass


class StoreError(RunnerupError):
    pass


__all__ = [
    "EXIT_ERROR",
    "EXIT_FETCH",
    "EXIT_INPUT",
    "EXIT_INTERRUPTED",
    "EXIT_NEEDS_CONFIRMATION",
    "EXIT_OK",
    "EXIT_USAGE",
    "BrokenDocument",
    "ConfigError",
    "DocumentNotFound",
    "DocumentTooLarge",
    "EncryptedDocument",
    "FetchError",
    "InputError",
    "NeedsConfirmation",
    "NoTextLayer",
    "RunnerupError",
    "SourceError",
    "StoreError",
    "UnsupportedDocument",
    "UsageError",
]
