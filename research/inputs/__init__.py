"""Inputs the user gives, read in one place for every front end (``lookup``, ``compare``,
``read`` and the web page): the hire date, the resume and the hire's saved profiles, the
posting, and what a document is.

* :func:`parse_hire_date` (``hire_date``): ``--hire-date`` checked once; a non-date or a
  date in the future is a usage error (exit 2);
* :func:`load_career`, :func:`load_posting`, :func:`classify_document` (``documents``):
  the same files accepted (runnerup's own JSON model included) and the same files refused,
  with a message naming the file (exit 4);
* :func:`hire_from_profiles` (``profiles``): several ``--profile`` files merged only when
  identity says they are one person;
* :func:`read_target` (``reading``): what ``runnerup read`` shows, from a file or a URL.
"""

from research.inputs.documents import (
    DocumentClass,
    classify_document,
    is_url,
    load_career,
    load_posting,
    load_posting_file,
    posting_note,
)
from research.inputs.hire_date import parse_hire_date
from research.inputs.profiles import HireFromFiles, ProfilesNeedChoice, hire_from_profiles
from research.inputs.reading import READ_AS, ReadAs, check_read_as, explain_file, read_target

__all__ = [
    "READ_AS",
    "DocumentClass",
    "HireFromFiles",
    "ProfilesNeedChoice",
    "ReadAs",
    "check_read_as",
    "classify_document",
    "explain_file",
    "hire_from_profiles",
    "is_url",
    "load_career",
    "load_posting",
    "load_posting_file",
    "parse_hire_date",
    "posting_note",
    "read_target",
]
