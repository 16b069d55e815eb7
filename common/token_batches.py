"""The model's own tokenizer, shared by the direct torch path, the ONNX encoder and previews.

`ModelTokenizers` loads a model folder's tokenizer.json once into a counting copy (no specials,
no truncation: for sizing chunks) and an encoding copy (truncates like sentence-transformers).
`padded_batches` tokenizes texts once, sorts them longest first (the least padding per batch)
and cuts them into padded id/mask arrays, so every backend sees the same tokens and order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np


@dataclass(frozen=True)
class ModelTokenizers:
    counting: Any  # tokenizers.Tokenizer: no padding, no truncation
    encoding: Any  # tokenizers.Tokenizer: truncates at the model's max_seq_length (specials included)

    @classmethod
    def load(cls, model_path: str | Path, max_tokens: int) -> ModelTokenizers | None:
        """Both copies from `model_path`/tokenizer.json, or None when the folder has none."""
        tok_file = Path(model_path) / "tokenizer.json"
        if not tok_file.is_file():
            return None
        from tokenizers import Tokenizer

        counting = Tokenizer.from_file(str(tok_file))
        counting.no_padding()  # the packaged tokenizer.json pads/truncates to a fixed 128
        counting.no_truncation()
        encoding = Tokenizer.from_str(counting.to_str())
        encoding.enable_truncation(max_length=max_tokens)
        return cls(counting, encoding)

    def count_ids(self, text: str) -> list[int]:
        """Token ids of `text` without special tokens and without truncation."""
        return list(self.counting.encode(text, add_special_tokens=False).ids)


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
