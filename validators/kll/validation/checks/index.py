"""A compact index of every record's identifier: the ``Dataset`` of large runs.

A dict from identifier to an entry costs some 300 bytes per record, which at a million records is
most of the memory a run needs. This index keeps, for each identifier, a 96-bit BLAKE2b key and
the record's class — 14 bytes — in sorted arrays, split into buckets so that sorting never needs
much memory at once. Records of ``INDEXED_CLASSES``, which checks read whole, are kept in a dict by
identifier, pickled (a few hundred bytes each) and unpickled when read, with the most recently read
ones at hand. The chance that two of a million different identifiers share a key is
about 10⁻¹⁷ (of a billion, 10⁻¹¹).

It answers what checks ask of a ``Dataset`` — ``get``, ``record``, ``duplicates``, ``is_a``,
``reference_slots`` — with the same answers: the first record that defines an identifier is the
one that counts, and ``duplicates.get`` has one element per definition.

Identifiers arrive as ``IndexPart``s, one per run of records (a chunk of a file), which are small,
picklable and built without shared state, so worker processes (or a distributed engine) can build
them; ``IndexBuilder`` merges them in order. Given ``spill=True`` (as ``validate`` does), it moves
the index to an on-disk store (:mod:`.spill`) once it holds more than ``spill.SPILL_RECORDS``
records, so that memory stays flat however large the input; the answers are the same.
"""

from __future__ import annotations

import pickle
import sqlite3
from array import array
from bisect import bisect_left
from hashlib import blake2b
from itertools import chain
from typing import Any, Callable, Iterator

from . import spill
from .base import IndexedRecord

__all__ = ["identifier_key", "IndexPart", "IndexBuilder", "IdentifierIndex"]

_BUCKET_SHIFT = 58  # 64 buckets by the top six bits of the key's high half
_BUCKETS = 1 << (64 - _BUCKET_SHIFT)
_LOW_BITS = 32
_LOW = (1 << _LOW_BITS) - 1
_LOW_TYPE = "I" if array("I").itemsize == 4 else "L"
_MISSING = object()
#: Identifiers looked up recently (references mostly point to few records): bounded.
_CACHE_LIMIT = 16_384
#: Whole records (consents, qualifications, …) unpickled recently: bounded.
_RECORD_CACHE_LIMIT = 2_048
#: Identifiers looked up recently when the index is on disk: the entries of kept records hold
#: their pickled data, so fewer of them are kept at hand.
_STORED_CACHE_LIMIT = 4_096
_SPILLED = "kll-spilled-index"


def identifier_key(identifier: str) -> int:
    """The 96-bit key of an identifier: a 64-bit high half and a 32-bit low half."""
    return int.from_bytes(blake2b(identifier.encode("utf-8", "surrogatepass"), digest_size=12).digest(), "big")


class IndexPart:
    """The identifiers of a run of records, in order, with the whole records of indexed classes."""

    __slots__ = ("high", "low", "codes", "classes", "indexed")

    def __init__(self) -> None:
        self.high = [array("Q") for _ in range(_BUCKETS)]
        self.low = [array(_LOW_TYPE) for _ in range(_BUCKETS)]
        self.codes = [array("H") for _ in range(_BUCKETS)]
        self.classes: list[str] = []  # the part's own class codes
        #: (identifier, IndexedRecord) of records of indexed classes, in order
        self.indexed: list[tuple[str, IndexedRecord]] = []

    def add(self, identifier: str, class_name: str, entry: IndexedRecord | None = None) -> None:
        key = int.from_bytes(blake2b(identifier.encode("utf-8", "surrogatepass"), digest_size=12).digest(), "big")
        high = key >> _LOW_BITS
        bucket = high >> _BUCKET_SHIFT
        classes = self.classes
        if classes and classes[-1] == class_name:
            code = len(classes) - 1
        else:
            try:
                code = classes.index(class_name)
            except ValueError:
                code = len(classes)
                classes.append(class_name)
        self.high[bucket].append(high)
        self.low[bucket].append(key & _LOW)
        self.codes[bucket].append(code)
        if entry is not None:
            if isinstance(entry.data, dict):
                # Kept as a pickle, not as the parsed record: a few hundred bytes instead of a few
                # kilobytes of Python objects, which is what made memory grow with the input.
                entry.data = pickle.dumps(entry.data, protocol=pickle.HIGHEST_PROTOCOL)
            self.indexed.append((identifier, entry))

    def __len__(self) -> int:
        return sum(len(h) for h in self.high)

    def __getstate__(self):
        return (self.high, self.low, self.codes, self.classes, self.indexed)

    def __setstate__(self, state) -> None:
        self.high, self.low, self.codes, self.classes, self.indexed = state


class IndexBuilder:
    """Merges ``IndexPart``s, in the order their records come, into an ``IdentifierIndex``.

    With ``spill``, past ``spill.SPILL_RECORDS`` records the index moves to disk (and stays in
    memory if the disk cannot take it); ``close`` removes that store, also after an error."""

    def __init__(self, *, spill: bool = False) -> None:
        self._spill_allowed = spill
        self._count = 0
        self._store = None  # a spill.SpillStore once the index moved to disk
        self._high = [array("Q") for _ in range(_BUCKETS)]
        self._low = [array(_LOW_TYPE) for _ in range(_BUCKETS)]
        self._codes = [array("H") for _ in range(_BUCKETS)]
        self._classes: list[str] = []
        self._indexed: dict[str, IndexedRecord] = {}

    def add_part(self, part: IndexPart) -> None:
        remap = array("H", (self._code(name) for name in part.classes))
        identity = all(remap[i] == i for i in range(len(remap)))
        if self._spill_allowed and self._store is None and self._count + len(part) > spill.SPILL_RECORDS:
            self._spill()
        if self._store is not None:
            self._store.add_keys(chain.from_iterable(
                zip(part.high[b], part.low[b], part.codes[b] if identity else map(remap.__getitem__, part.codes[b])) for b in range(_BUCKETS)
            ))
            self._store.add_records(_record_rows(part.indexed))
            return
        self._count += len(part)
        for bucket in range(_BUCKETS):
            self._high[bucket].extend(part.high[bucket])
            self._low[bucket].extend(part.low[bucket])
            codes = part.codes[bucket]
            self._codes[bucket].extend(codes if identity else array("H", (remap[c] for c in codes)))
        for identifier, entry in part.indexed:
            self._indexed.setdefault(identifier, entry)

    def _spill(self) -> None:
        """Move what is in memory to a new on-disk store; on failure stay in memory for good."""
        self._spill_allowed = False
        try:
            store = spill.SpillStore.create()
        except (OSError, sqlite3.Error):
            return
        try:
            for bucket in range(_BUCKETS):  # each key's definitions stay in their order
                store.add_keys(zip(self._high[bucket], self._low[bucket], self._codes[bucket]))
            store.add_records(_record_rows(self._indexed.items()))
        except BaseException as error:
            store.close()
            if isinstance(error, (OSError, sqlite3.Error)):
                return
            raise
        self._store = store
        self._high = [array("Q") for _ in range(_BUCKETS)]
        self._low = [array(_LOW_TYPE) for _ in range(_BUCKETS)]
        self._codes = [array("H") for _ in range(_BUCKETS)]
        self._indexed = {}

    def close(self) -> None:
        """Remove the on-disk store, if the index moved to one (the index built from it closes)."""
        if self._store is not None:
            self._store.close()

    def _code(self, class_name: str) -> int:
        try:
            return self._classes.index(class_name)
        except ValueError:
            self._classes.append(class_name)
            return len(self._classes) - 1

    def finish(self) -> "IdentifierIndex":
        """Sort each bucket (the first definition of an identifier stays first) and count repeats."""
        if self._store is not None:
            return self._finish_stored()
        high, low, codes, duplicates = [], [], [], {}
        for bucket in range(_BUCKETS):
            h, l, c = self._high[bucket], self._low[bucket], self._codes[bucket]
            # Sort by high half, ties in the order of definition: the position rides in the low bits.
            shift = len(h).bit_length()
            packed = sorted([(value << shift) | position for position, value in enumerate(h)])
            mask = (1 << shift) - 1
            order = [value & mask for value in packed]
            sorted_high = array("Q", [value >> shift for value in packed])
            del packed
            sorted_low = array(_LOW_TYPE, map(l.__getitem__, order))
            sorted_codes = array("H", map(c.__getitem__, order))
            repeats = None
            if len(set(sorted_high)) != len(sorted_high):
                repeats = [i for i in range(1, len(sorted_high)) if sorted_high[i] == sorted_high[i - 1]]
            if repeats:  # an identifier defined more than once (or, rarely, two sharing a high half)
                sorted_high, sorted_low, sorted_codes = _without_repeats(sorted_high, sorted_low, sorted_codes, repeats, duplicates)
            high.append(sorted_high)
            low.append(sorted_low)
            codes.append(sorted_codes)
            self._high[bucket] = self._low[bucket] = self._codes[bucket] = None  # free as we go
        index = IdentifierIndex(high, low, codes, list(self._classes), {}, duplicates)
        # A record of an indexed class counts only if it is the first definition of its identifier.
        for identifier, entry in self._indexed.items():
            first = index._class_of(identifier_key(identifier))
            if first == entry.class_name:
                index.indexed[identifier] = entry
        return index

    def _finish_stored(self) -> "IdentifierIndex":
        store, classes = self._store, list(self._classes)

        def first(identifier: str, class_name: str) -> bool:
            key = identifier_key(identifier)
            code = store.code(key >> _LOW_BITS, key & _LOW)
            return code is not None and classes[code] == class_name

        counts = store.finish(first)
        return IdentifierIndex(None, None, None, classes, _StoredRecords(store), counts, store=store)


def _record_rows(items):
    """The rows of kept records for the on-disk store."""
    for identifier, entry in items:
        data = entry.data
        if data is not None and not isinstance(data, bytes):
            data = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
        yield identifier, entry.class_name, entry.file, entry.record, entry.pointer, data


class _StoredRecords:
    """The kept records of an on-disk index, read as ``IdentifierIndex.indexed`` is read."""

    __slots__ = ("_store",)

    def __init__(self, store: spill.SpillStore) -> None:
        self._store = store

    def get(self, identifier: Any, default=None):
        row = self._store.record(identifier) if isinstance(identifier, str) else None
        return default if row is None else IndexedRecord(*row)

    def items(self) -> Iterator[tuple[str, IndexedRecord]]:
        for identifier, *row in self._store.records():
            yield identifier, IndexedRecord(*row)

    def __contains__(self, identifier: Any) -> bool:
        return self.get(identifier) is not None

    def __len__(self) -> int:
        return self._store.record_count()


def _without_repeats(high: array, low: array, codes: array, repeats: list[int], duplicates: dict[int, int]):
    """Keep the first entry of each key in runs of equal high halves; count the repeated keys."""
    drop: set[int] = set()
    runs: list[tuple[int, int]] = []
    for i in repeats:  # runs [start, end) of equal high halves
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i - 1, i + 1))
    for start, end in runs:
        seen: dict[int, int] = {}
        for i in range(start, end):
            key_low = low[i]
            if key_low in seen:
                seen[key_low] += 1
                drop.add(i)
            else:
                seen[key_low] = 1
        for key_low, count in seen.items():
            if count > 1:
                duplicates[(high[start] << _LOW_BITS) | key_low] = count
    keep = [i for i in range(len(high)) if i not in drop]
    return array("Q", map(high.__getitem__, keep)), array(_LOW_TYPE, map(low.__getitem__, keep)), array("H", map(codes.__getitem__, keep))


class _Duplicates:
    """``duplicates.get(identifier)``: one element per definition, or None when defined once."""

    __slots__ = ("_counts",)

    def __init__(self, counts: dict[int, int]) -> None:
        self._counts = counts

    def get(self, identifier: Any, default=None):
        if not self._counts or not isinstance(identifier, str):
            return default
        count = self._counts.get(identifier_key(identifier))
        return (None,) * count if count else default

    def __len__(self) -> int:
        return len(self._counts)

    def __bool__(self) -> bool:
        return bool(self._counts)


class IdentifierIndex:
    """Every identifier of the records validated together: the compact ``Dataset``."""

    def __init__(self, high, low, codes, classes: list[str], indexed: dict[str, IndexedRecord], duplicates: dict[int, int], *, store: "spill.SpillStore | None" = None) -> None:
        self._high, self._low, self._codes = high, low, codes
        self._store = store
        self._cache_limit = _CACHE_LIMIT if store is None else _STORED_CACHE_LIMIT
        self.classes = classes
        self.indexed = indexed
        self.duplicates = _Duplicates(duplicates)
        # one shared entry per class for records that are not kept whole
        self._entries = [IndexedRecord(name, "", -1, "", None) for name in classes]
        self._cache: dict[str, IndexedRecord | None] = {}
        self._records: dict[str, dict] = {}  # recently read whole records, unpickled
        self.is_a: Callable[[str, str], bool] = lambda sub, sup: sub == sup
        self.reference_slots: Callable[[str], list] = lambda class_name: []
        self.well_formed: Callable[[dict, str], bool] = lambda record, class_name: True
        self.memo: dict = {}  # what checks derive from the whole dataset once per run

    def records_of(self, class_name: str) -> Iterator[dict]:
        """As ``Dataset.records_of``: every well-formed whole record of an indexed class."""
        for identifier, entry in (self.indexed.items() if self._store is not None else list(self.indexed.items())):
            if self.is_a(entry.class_name, class_name):
                data = self.record(identifier, class_name)
                if data is not None:
                    yield data

    def bind(self, is_a, reference_slots, well_formed) -> "IdentifierIndex":
        """Attach the model's answers (not pickled: each process binds its own)."""
        self.is_a, self.reference_slots, self.well_formed = is_a, reference_slots, well_formed
        return self

    def __len__(self) -> int:
        if self._store is not None:
            return len(self._store)
        return sum(len(h) for h in self._high)

    def close(self) -> None:
        """Close the on-disk store of the index, if it has one (the builder's store is removed)."""
        if self._store is not None:
            self._store.close()

    def __getstate__(self):
        if self._store is not None:  # the same machine only: the path of the store
            return (_SPILLED, self._store.path, self.classes, self.duplicates._counts)
        return (self._high, self._low, self._codes, self.classes, self.indexed, self.duplicates._counts)

    def __setstate__(self, state) -> None:
        if state[0] == _SPILLED:
            self._open_stored(*state[1:])
        else:
            self.__init__(*state)

    def _open_stored(self, path: str, classes: list[str], counts: dict[int, int]) -> None:
        store = spill.SpillStore.open(path)
        self.__init__(None, None, None, classes, _StoredRecords(store), counts, store=store)

    def dump(self, handle) -> None:
        """Write the index to a binary file: the arrays as they are in memory, no copy made (for an
        index on disk, where its store is)."""
        if self._store is not None:
            pickle.dump(self.__getstate__(), handle, protocol=pickle.HIGHEST_PROTOCOL)
            return
        pickle.dump((self.classes, self.indexed, self.duplicates._counts, [len(h) for h in self._high], _LOW_TYPE), handle, protocol=pickle.HIGHEST_PROTOCOL)
        for arrays in (self._high, self._low, self._codes):
            for values in arrays:
                values.tofile(handle)

    @classmethod
    def load(cls, handle) -> "IdentifierIndex":
        """Read an index that ``dump`` wrote."""
        header = pickle.load(handle)
        if header[0] == _SPILLED:
            index = cls.__new__(cls)
            index._open_stored(*header[1:])
            return index
        classes, indexed, counts, lengths, low_type = header
        arrays = []
        for typecode in ("Q", low_type, "H"):
            column = []
            for length in lengths:
                values = array(typecode)
                values.fromfile(handle, length)
                column.append(values)
            arrays.append(column)
        return cls(*arrays, classes, indexed, counts)

    def _class_of(self, key: int) -> str | None:
        code = self._code_of(key)
        return None if code is None else self.classes[code]

    def _code_of(self, key: int) -> int | None:
        if self._store is not None:
            return self._store.code(key >> _LOW_BITS, key & _LOW)
        high = key >> _LOW_BITS
        bucket = high >> _BUCKET_SHIFT
        highs = self._high[bucket]
        i = bisect_left(highs, high)
        low = key & _LOW
        lows = self._low[bucket]
        while i < len(highs) and highs[i] == high:
            if lows[i] == low:
                return self._codes[bucket][i]
            i += 1
        return None

    def get(self, identifier: Any) -> IndexedRecord | None:
        entry = self._cache.get(identifier, _MISSING) if isinstance(identifier, str) else None
        if entry is _MISSING:
            entry = self.indexed.get(identifier)
            if entry is None:
                code = self._code_of(identifier_key(identifier))
                entry = None if code is None else self._entries[code]
            if len(self._cache) >= self._cache_limit:
                self._cache.clear()
            self._cache[identifier] = entry
        return entry

    def record(self, identifier: Any, class_name: str | None = None, *, well_formed_only: bool = True) -> dict | None:
        """As ``Dataset.record``: the full record of an indexed class, or None."""
        entry = self.get(identifier)
        if entry is None or entry.data is None:
            return None
        if class_name is not None and not self.is_a(entry.class_name, class_name):
            return None
        data = entry.data
        if isinstance(data, bytes):
            data = self._records.get(identifier)
            if data is None:
                if len(self._records) >= _RECORD_CACHE_LIMIT:
                    self._records.clear()
                data = self._records[identifier] = pickle.loads(entry.data)
        if not well_formed_only:
            return data
        if entry.well_formed is None:
            entry.well_formed = self.well_formed(data, entry.class_name)
        return data if entry.well_formed else None
