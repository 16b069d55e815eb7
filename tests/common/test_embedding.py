"""Embedding backends: ONNX equals torch, the export cache is built once and reused, settings pick it.

The ONNX export runs once per test session (two threads racing for it on a fresh cache folder,
which is also the concurrent-first-use check); every other test reuses that folder.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from common.embedding import BACKENDS, Embedder, get_embedder, native_bf16, token_counter
from common.onnx_embedding import OnnxEncoder, model_fingerprint, onnx_model
from common.runtime import Runtime
from common.settings import Settings

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval" / "retrieval" / "corpus.jsonl"
TEXTS = [
    "How do I fail over the payments database to the standby replica?",
    "x",
    "Zürich — naïve café, 東京 and emoji 🚀 in one line.",
    "Never restart the primary while replication lag is above thirty seconds. " * 40,  # > 256 tokens
    "The review lists the timeline, the customer impact and at most three follow-up actions.",
]


def _texts() -> list[str]:
    extra: list[str] = []
    if EVAL.is_file():
        with EVAL.open() as fh:
            extra = [json.loads(line)["text"] for _, line in zip(range(12), fh, strict=False)]
    return TEXTS + extra


@pytest.fixture(scope="session")
def onnx_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh cache folder, filled by two threads asking for the int8 graph at the same time."""
    root = tmp_path_factory.mktemp("onnx-cache")
    results: list[Path] = []
    errors: list[BaseException] = []

    def build() -> None:
        try:
            results.append(onnx_model(get_embedder().model_path, "int8", root))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=build) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert len(results) == 2 and results[0] == results[1]
    return root


@pytest.fixture(scope="session")
def torch_embedder() -> Embedder:
    return get_embedder()


@pytest.fixture(scope="session")
def reference(torch_embedder: Embedder) -> np.ndarray:
    return torch_embedder.embed_texts(_texts())


def test_concurrent_first_use_leaves_whole_artifacts(onnx_cache: Path, torch_embedder: Embedder) -> None:
    folder = onnx_cache / model_fingerprint(torch_embedder.model_path)
    names = sorted(p.name for p in folder.iterdir())
    assert names == [".lock", "meta.json", "model-fp32.onnx", "model-int8.onnx"], names  # no temp leftovers
    meta = json.loads((folder / "meta.json").read_text())
    assert meta["files"] == ["model-fp32.onnx", "model-int8.onnx"]
    assert (folder / "model-int8.onnx").stat().st_size < (folder / "model-fp32.onnx").stat().st_size / 3
    assert "site-packages" not in str(folder)


def test_onnx_fp32_matches_torch(onnx_cache: Path, torch_embedder: Embedder, reference: np.ndarray) -> None:
    emb = Embedder(backend="onnx", cache_dir=onnx_cache)
    assert (emb.backend, emb.dim, emb.max_tokens) == ("onnx", torch_embedder.dim, torch_embedder.max_tokens)
    vectors = emb.embed_texts(_texts(), batch_size=4)  # several batches, padded differently than torch's
    cosine = (vectors * reference).sum(axis=1)
    assert cosine.min() >= 0.9999, cosine
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    query = emb.embed_query(TEXTS[0])
    assert float(np.dot(query, reference[0])) >= 0.9999


def test_torch_direct_path_equals_sentence_transformers(torch_embedder: Embedder, reference: np.ndarray) -> None:
    st = torch_embedder._model.encode(_texts(), normalize_embeddings=True, convert_to_numpy=True)
    assert torch_embedder._tokenizers is not None  # the fast path is the one in use
    assert (np.sum(st * reference, axis=1)).min() >= 0.99999


def test_backends_share_the_tokenizer(onnx_cache: Path, torch_embedder: Embedder) -> None:
    emb = Embedder(backend="onnx", cache_dir=onnx_cache)
    hf = torch_embedder._model.tokenizer  # the transformers tokenizer sentence-transformers encodes with
    counter = token_counter(torch_embedder.model_path)  # what `hardrag sanitize` sizes chunks with
    for text in _texts():
        assert emb.tokenize(text) == torch_embedder.tokenize(text) == counter(text)
        assert torch_embedder.tokenize(text) == list(hf.encode(text, add_special_tokens=False))


def test_onnx_int8_is_close_and_ranks_alike(onnx_cache: Path, reference: np.ndarray) -> None:
    vectors = Embedder(backend="onnx-int8", cache_dir=onnx_cache).embed_texts(_texts())
    cosine = (vectors * reference).sum(axis=1)
    assert cosine.min() >= 0.95 and cosine.mean() >= 0.98, cosine
    # the nearest neighbour of every text (among the others) is the same as with torch
    sims_ref, sims = reference @ reference.T, vectors @ vectors.T
    np.fill_diagonal(sims_ref, -1)
    np.fill_diagonal(sims, -1)
    assert (sims_ref.argmax(1) == sims.argmax(1)).mean() >= 0.8


def test_torch_bf16_matches_fp32_or_falls_back(reference: np.ndarray) -> None:
    emb = Embedder(backend="torch-bf16")
    assert emb.backend == ("torch-bf16" if native_bf16() else "torch")
    cosine = (emb.embed_texts(_texts()) * reference).sum(axis=1)
    assert cosine.min() >= 0.999, cosine


def test_cache_is_reused_not_rebuilt(onnx_cache: Path, torch_embedder: Embedder) -> None:
    folder = onnx_cache / model_fingerprint(torch_embedder.model_path)
    before = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.glob("model-*.onnx")}
    for variant in ("fp32", "int8"):
        assert onnx_model(torch_embedder.model_path, variant, onnx_cache) == folder / f"model-{variant}.onnx"
        OnnxEncoder(torch_embedder.model_path, variant, cache_root=onnx_cache)
    after = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.glob("model-*.onnx")}
    assert after == before


def test_damaged_cache_file_is_rebuilt(onnx_cache: Path, torch_embedder: Embedder, tmp_path: Path) -> None:
    src = onnx_cache / model_fingerprint(torch_embedder.model_path)
    dst = tmp_path / src.name
    dst.mkdir()
    shutil.copy2(src / "model-fp32.onnx", dst / "model-fp32.onnx")
    (dst / "model-int8.onnx").write_bytes(b"not an onnx graph")  # e.g. a disk that filled up
    enc = OnnxEncoder(torch_embedder.model_path, "int8", cache_root=tmp_path)
    assert enc.encode(["hello"]).shape == (1, torch_embedder.dim)
    assert (dst / "model-int8.onnx").stat().st_size > 1_000_000


def test_settings_select_the_backend(onnx_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARDRAG_ONNX_CACHE_DIR", str(onnx_cache))
    monkeypatch.setenv("HARDRAG_EMBEDDING_BACKEND", "onnx-int8")
    settings = Settings(data_dir=tmp_path / "data", _env_file=None)  # type: ignore[call-arg]
    assert settings.embedding_backend == "onnx-int8"
    rt = Runtime(settings)
    try:
        emb = rt.embedder
        assert emb.backend == "onnx-int8"
        assert emb is rt.embedder  # loaded once per process
        assert emb.threads == max(1, len(os.sched_getaffinity(0)) // settings.embedding_runners)
        assert str(emb._onnx.path).startswith(str(onnx_cache))
    finally:
        rt.close()
    assert get_embedder().backend == "torch"


def test_unknown_backend_is_refused(tmp_path: Path) -> None:
    assert set(BACKENDS) == {"torch", "torch-bf16", "onnx", "onnx-int8"}
    with pytest.raises(ValueError, match="unknown embedding backend"):
        Embedder(backend="tensorflow")
    with pytest.raises(ValueError):
        Settings(data_dir=tmp_path, embedding_backend="tensorflow", _env_file=None)  # type: ignore[call-arg]
