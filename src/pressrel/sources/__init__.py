"""Where documents come from: files, folders, stdin and JSON Lines corpora.

``read_documents`` streams ``Document`` records, a ``DocumentError`` for every input that cannot
be read (missing file, unlistable folder, FIFO or device, undecodable bytes, a bad JSON line),
and a ``DocumentWarning`` just before a document that was read with losses: errors and warnings
are values here, never exceptions, so one bad file never stops a run. A warning is not a
failure: the CLI prints it on stderr as ``Warning: id: message`` and does not count it. (Only
``decode`` and ``check_encoding``, called directly, raise: ``DecodeError``, ``ValueError``.)

Paths are files, folders or ``-`` alone for stdin. Ids are paths as given, with bytes that are
not UTF-8 shown as ``\\xff`` escapes, so output stays valid UTF-8; a corpus line's id is its own,
else ``path:line``.

The modules: ``read`` (``read_documents``: each path to its reader; ``count_documents``),
``walk`` (folders walked in sorted order, loops and special files reported), ``decode`` (bytes
to text: BOMs, UTF-16 without one, mostly-valid UTF-8, the Cyrillic code pages), ``russian``
(how Russian a decoding reads, to rank code pages), ``corpus`` (JSON Lines: one encoding per
file, ids, per-line errors), ``arrays`` (JSON arrays of documents, streamed item by item), ``html`` (pages through the
optional extra ``pressrel[html]``) and ``items`` (``DocumentWarning``; ids and messages kept UTF-8).
"""

from .corpus import DETECT_BYTES
from .decode import DecodeError, check_encoding, decode
from .items import DocumentWarning, Item
from .read import INPUT_FORMATS, STDIN, count_documents, read_documents
from .walk import CORPUS_SUFFIXES, TEXT_SUFFIXES

__all__ = [
    "CORPUS_SUFFIXES",
    "DETECT_BYTES",
    "INPUT_FORMATS",
    "STDIN",
    "TEXT_SUFFIXES",
    "DecodeError",
    "DocumentWarning",
    "Item",
    "check_encoding",
    "count_documents",
    "decode",
    "read_documents",
]
