"""The identifier index on disk: where a large run keeps its identifiers and kept records.

Below ``SPILL_RECORDS`` records the index lives in memory as compact arrays (14 bytes a record,
``kll.validation.checks.index``). Past it, a run of millions of records would still grow by those
bytes and by every kept record, so the index moves to an SQLite database in a private temporary
folder: memory then holds only SQLite's bounded page cache, whatever the size of the input.

The folder is made by ``tempfile.mkdtemp`` (mode 0700, a fresh name, never an existing path) and
the database file inside it is created with ``O_EXCL | O_NOFOLLOW`` and mode 0600 before SQLite
opens it, so no symbolic link planted in the temporary folder is ever followed and no other user
can read the identifiers. The folder is removed when the run ends, also on Ctrl-C or an error
(``close``), and at the latest when the store is garbage-collected or the interpreter exits.
Worker processes open the same file read-only.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import weakref
from typing import Callable, Iterable, Iterator
from urllib.parse import quote

__all__ = ["SpillStore", "SPILL_RECORDS", "DATABASE_NAME"]

#: Records from which the index of a run moves to disk: above the 100,000 records a typical
#: export has, so that such runs keep the faster in-memory index.
SPILL_RECORDS = 250_000
DATABASE_NAME = "index.sqlite"
_OFFSET = 1 << 63  # SQLite integers are signed 64-bit; the high half of a key is unsigned
_CACHE_KIB = 2048  # SQLite's page cache: the memory the store needs, whatever its size


def _private_file(path: str) -> None:
    """Create ``path`` empty with mode 0600, failing if anything (a link included) is there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    os.close(os.open(path, flags, 0o600))


def _remove(connection: sqlite3.Connection | None, directory: str) -> None:
    if connection is not None:
        try:
            connection.close()
        except sqlite3.Error:
            pass
    shutil.rmtree(directory, ignore_errors=True)


class SpillStore:
    """Identifiers (96-bit keys with the class code of their first definition and how often they
    are defined) and kept records (the first of each identifier, in the order they came).

    ``SpillStore.create()`` makes a new store for writing; ``SpillStore.open(path)`` opens one a
    worker reads. Raises ``OSError`` or ``sqlite3.Error`` when the disk cannot hold it."""

    def __init__(self, connection: sqlite3.Connection, path: str, directory: str | None) -> None:
        self.connection, self.path, self.directory = connection, path, directory
        self._finalizer = weakref.finalize(self, _remove, connection, directory) if directory else None

    @classmethod
    def create(cls) -> "SpillStore":
        directory = tempfile.mkdtemp(prefix="kll-index-")
        try:
            path = os.path.join(directory, DATABASE_NAME)
            _private_file(path)
            connection = sqlite3.connect(path, isolation_level=None)
        except BaseException:
            shutil.rmtree(directory, ignore_errors=True)
            raise
        store = cls(connection, path, directory)
        try:
            for pragma in ("journal_mode=OFF", "synchronous=OFF", f"cache_size=-{_CACHE_KIB}", "temp_store=FILE"):
                connection.execute(f"PRAGMA {pragma}")
            connection.execute("CREATE TABLE ids (high INTEGER NOT NULL, low INTEGER NOT NULL, code INTEGER NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (high, low)) WITHOUT ROWID")
            connection.execute("CREATE TABLE records (identifier TEXT NOT NULL UNIQUE, class TEXT NOT NULL, file TEXT NOT NULL, record INTEGER NOT NULL, pointer TEXT NOT NULL, data BLOB)")
            connection.execute("BEGIN")
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open(cls, path: str) -> "SpillStore":
        """The store at ``path``, read-only (a worker's view; the writer removes it)."""
        connection = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True, isolation_level=None)
        connection.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
        return cls(connection, path, None)

    # --- writing (the builder) ----------------------------------------------------------------------

    def add_keys(self, rows: Iterable[tuple[int, int, int]]) -> None:
        """(high, low, class code) in the order of definition: the first definition's code stays."""
        self.connection.executemany(
            "INSERT INTO ids VALUES (?, ?, ?, 1) ON CONFLICT (high, low) DO UPDATE SET count = count + 1",
            ((high - _OFFSET, low, code) for high, low, code in rows),
        )

    def add_records(self, rows: Iterable[tuple[str, str, str, int, str, bytes | None]]) -> None:
        """(identifier, class, file, record, pointer, pickled data); the first of an identifier stays."""
        self.connection.executemany("INSERT OR IGNORE INTO records VALUES (?, ?, ?, ?, ?, ?)", rows)

    def finish(self, first_class: Callable[[str, str], bool]) -> dict[int, int]:
        """Drop kept records that are not their identifier's first definition (``first_class(identifier,
        class)`` says whether it is), commit, and return {key: count} of identifiers defined more than once."""
        connection = self.connection
        drop = [(rowid,) for rowid, identifier, class_name in connection.execute("SELECT rowid, identifier, class FROM records")
                if not first_class(identifier, class_name)]
        connection.executemany("DELETE FROM records WHERE rowid = ?", drop)
        connection.execute("COMMIT")
        return {((high + _OFFSET) << 32) | low: count for high, low, count in connection.execute("SELECT high, low, count FROM ids WHERE count > 1")}

    # --- reading --------------------------------------------------------------------------------------

    def code(self, high: int, low: int) -> int | None:
        row = self.connection.execute("SELECT code FROM ids WHERE high = ? AND low = ?", (high - _OFFSET, low)).fetchone()
        return None if row is None else row[0]

    def __len__(self) -> int:
        return self.connection.execute("SELECT count(*) FROM ids").fetchone()[0]

    def record(self, identifier: str) -> tuple | None:
        """(class, file, record, pointer, data) of the kept record of ``identifier``, or None."""
        return self.connection.execute("SELECT class, file, record, pointer, data FROM records WHERE identifier = ?", (identifier,)).fetchone()

    def records(self) -> Iterator[tuple]:
        """(identifier, class, file, record, pointer, data) of every kept record, in order."""
        cursor = self.connection.execute("SELECT identifier, class, file, record, pointer, data FROM records ORDER BY rowid")
        while rows := cursor.fetchmany(256):
            yield from rows

    def record_count(self) -> int:
        return self.connection.execute("SELECT count(*) FROM records").fetchone()[0]

    def close(self) -> None:
        """Close the database and, for the store's writer, remove its folder."""
        if self._finalizer is not None:
            self._finalizer()
        else:
            try:
                self.connection.close()
            except sqlite3.Error:
                pass
