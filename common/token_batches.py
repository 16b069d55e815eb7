"""`padded_batches`: texts tokenized once, sorted longest first, cut into padded id/mask arrays.

Shared by the direct torch path and the ONNX encoder, so both see the same tokens, truncation
and batch order (longest first: the least padding per batch).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np


def padded_batches(
    tokenizer: Any, texts: Sequence[str], batch_size: int
) -> Iterator[tuple[list[int], np.ndarray, np.ndarray]]:
    """(row indices into `texts`, input ids, attention mask) per batch; `tokenizer` truncates."""
    encs = tokenizer.encode_batch(list(texts))
    order = sorted(range(len(encs)), key=lambda i: -len(encs[i].ids))
    for start in range(0, len(order), batch_size):
        idx = order[start : start + batch_size]
        width = len(encs[idx[0]].ids)
        ids = np.zeros((len(idx), width), dtype=np.int64)
        mask = np.zeros((len(idx), width), dtype=np.int64)
        for row, i in enumerate(idx):
            n = len(encs[i].ids)
            ids[row, :n] = encs[i].ids
            mask[row, :n] = 1
        yield idx, ids, mask
