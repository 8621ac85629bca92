"""Duplicates: exact (same normalised text, sha256) and near (MinHash LSH over word 3-grams).

Word 3-gram shingles of the folded text; 128 permutations; a candidate from the LSH index is a
near-duplicate when its estimated Jaccard similarity is at least the threshold (0.3 by default:
on the dev corpus the syndicated copies score 0.46-0.57 and unrelated pairs at most 0.07; see
``docs/ingest.md`` for precision and recall on edited pairs).  Signatures are stored with each
document, so the index is rebuilt from the store at the start of a run and a re-run or a run
after a crash sees every earlier document.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from minewatch.store.search import fold

NUM_PERM = 128
SCHEME = "affine32"  # stored signatures depend on it: changing it needs a re-signing migration
SHINGLE = 3
DEFAULT_THRESHOLD = 0.3
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def normalise(value: str) -> str:
    """NFC, with whitespace runs collapsed: the text whose hash defines an exact duplicate."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", value)).strip()


def text_hash(value: str) -> str:
    return hashlib.sha256(normalise(value).encode("utf-8")).hexdigest()


def shingles(value: str, size: int = SHINGLE) -> set[str]:
    words = _WORD.findall(fold(value))
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(value: str) -> MinHash:
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles(value)])
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return bytes(np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes())


def from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype=np.uint64)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)


class NearDuplicateIndex:
    """An LSH index of stored documents' signatures."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.signatures: dict[int, MinHash] = {}

    def load(self, stored: Iterable[tuple[int, bytes]]) -> None:
        for doc_id, data in stored:
            self.add(doc_id, from_bytes(data))

    def add(self, doc_id: int, minhash: MinHash) -> None:
        if doc_id in self.signatures:
            return
        self.lsh.insert(str(doc_id), minhash)
        self.signatures[doc_id] = minhash

    def match(self, minhash: MinHash) -> tuple[int, float] | None:
        """The most similar indexed document at or above the threshold, with its similarity."""
        best: tuple[int, float] | None = None
        for key in self.lsh.query(minhash):
            doc_id = int(key)
            similarity = float(minhash.jaccard(self.signatures[doc_id]))
            if similarity >= self.threshold and (
                best is None or similarity > best[1] or (similarity == best[1] and doc_id < best[0])
            ):
                best = (doc_id, similarity)
        return best
