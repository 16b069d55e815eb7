"""ONNX Runtime embedding backends: the packaged sentence-transformers model, exported once, offline.

`onnx_model(model_path, variant)` returns the path of a cached ONNX graph of the model -- the
transformer plus the model's own pooling (read from `1_Pooling/config.json`) and L2
normalisation, so one `session.run` yields the finished sentence embedding:

* ``fp32``: `torch.onnx.export` of the packaged weights (TorchScript exporter: it needs neither
  `onnxscript` nor `optimum`), then onnxruntime's transformer optimiser fuses attention,
  LayerNorm and GELU. Embeddings equal torch's (cosine ≥ 0.9999).
* ``int8``: the fused fp32 graph with dynamic int8 quantisation, per output channel
  (per-tensor scales cost far more accuracy on this model: mean cosine 0.95 instead of 0.994).

Artifacts live in `<cache>/<fingerprint>/` where the fingerprint hashes the weights, the model
config, the pooling config and `EXPORT_VERSION`; `<cache>` is Settings' `onnx_cache_dir`, else
`~/.cache/hardrag/onnx` -- never inside site-packages.
Concurrent first use is safe: writers hold an `flock` on the folder and publish each file by
writing a temporary file and renaming it, so a reader sees a whole file or none. Nothing is
downloaded: the export reads only the model folder.

`OnnxEncoder` runs a graph with plain onnxruntime and the model's `tokenizer.json` (tokenizers):
texts sorted by token length, batched, padded only to the longest text of each batch.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import tempfile
import warnings
from collections.abc import Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import numpy as np

from common.token_batches import ModelTokenizers, padded_batches

log = logging.getLogger(__name__)

Variant = Literal["fp32", "int8"]
#: Bump when the export recipe changes: old cache folders are then simply not used.
EXPORT_VERSION = "1"
OPSET = 17
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def default_cache_root() -> Path:
    """Where exported graphs live unless `HARDRAG_ONNX_CACHE_DIR` (Settings) says otherwise."""
    return Path.home() / ".cache" / "hardrag" / "onnx"


@lru_cache(maxsize=8)
def model_fingerprint(model_path: str) -> str:
    """sha256 over the weights, configs and export recipe: a new model or recipe gets a new folder."""
    root = Path(model_path)
    h = hashlib.sha256(f"hardrag-onnx-export:{EXPORT_VERSION}:opset{OPSET}".encode())
    for name in (*WEIGHT_FILES, "config.json", "modules.json", "1_Pooling/config.json", "tokenizer.json"):
        path = root / name
        if path.is_file():
            h.update(name.encode())
            with path.open("rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
    return h.hexdigest()[:20]


def pooling_mode(model_path: str) -> tuple[str, bool]:
    """The model's pooling (``mean`` or ``cls``) and whether it ends with a Normalize module."""
    root = Path(model_path)
    mode = "mean"
    cfg_path = root / "1_Pooling" / "config.json"
    if cfg_path.is_file():
        cfg = json.loads(cfg_path.read_text())
        if cfg.get("pooling_mode_cls_token"):
            mode = "cls"
        elif not cfg.get("pooling_mode_mean_tokens", True):
            raise ValueError(f"unsupported pooling in {cfg_path}: only mean or CLS pooling can be exported")
    modules = root / "modules.json"
    normalize = modules.is_file() and any(
        m.get("type", "").endswith("Normalize") for m in json.loads(modules.read_text())
    )
    return mode, normalize


@contextmanager
def _folder_lock(folder: Path):  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _publish(folder: Path, name: str, write: Any) -> Path:
    """Run `write(tmp_path)` and rename the result into place atomically."""
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; other users of a shared cache must read it
        os.replace(tmp, folder / name)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return folder / name


def _export_fp32(model_path: str, out: Path) -> None:
    import torch
    from transformers import AutoConfig, AutoModel

    mode, _ = pooling_mode(model_path)
    model = AutoModel.from_pretrained(model_path, local_files_only=True, attn_implementation="eager").eval()

    class Sentence(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            h = self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            if mode == "cls":
                pooled = h[:, 0]
            else:
                mask = attention_mask.unsqueeze(-1).to(h.dtype)
                pooled = (h * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1)

    ones, zeros = torch.ones(2, 8, dtype=torch.long), torch.zeros(2, 8, dtype=torch.long)
    dummy = (ones, ones, zeros)
    axes = {name: {0: "batch", 1: "sequence"} for name in INPUTS}
    raw = out.with_suffix(".raw.onnx")
    try:
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                Sentence().eval(),
                dummy,
                str(raw),
                input_names=list(INPUTS),
                output_names=["embedding"],
                dynamic_axes={**axes, "embedding": {0: "batch"}},
                opset_version=OPSET,
                dynamo=False,
            )
        config = AutoConfig.from_pretrained(model_path, local_files_only=True)
        if getattr(config, "model_type", "") == "bert":
            from onnxruntime.transformers.optimizer import optimize_model

            fused = optimize_model(
                str(raw),
                model_type="bert",
                num_heads=int(config.num_attention_heads),
                hidden_size=int(config.hidden_size),
                opt_level=1,
            )
            fused.save_model_to_file(str(out))
        else:
            os.replace(raw, out)
    finally:
        if raw.exists():
            raw.unlink()


def _quantize_int8(src: Path, out: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        str(src),
        str(out),
        weight_type=QuantType.QInt8,
        per_channel=True,
        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
    )


def onnx_model(model_path: str, variant: Variant = "fp32", cache_root: str | Path | None = None) -> Path:
    """The cached ONNX graph of `model_path` (exported on first use, from disk only)."""
    folder = Path(cache_root or default_cache_root()) / model_fingerprint(model_path)
    target = folder / f"model-{variant}.onnx"
    if target.is_file():
        return target
    with _folder_lock(folder):
        if target.is_file():  # another process finished it while we waited
            return target
        fp32 = folder / "model-fp32.onnx"
        if not fp32.is_file():
            log.info("exporting the embedding model to ONNX", extra={"folder": str(folder)})
            _publish(folder, fp32.name, lambda tmp: _export_fp32(model_path, tmp))
        if variant == "int8":
            _publish(folder, target.name, lambda tmp: _quantize_int8(fp32, tmp))
        meta = {
            "model_path": model_path,
            "export_version": EXPORT_VERSION,
            "opset": OPSET,
            "files": sorted(p.name for p in folder.glob("model-*.onnx")),
        }
        _publish(folder, "meta.json", lambda tmp: tmp.write_text(json.dumps(meta, indent=2)))
    return target


def _cores() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


class OnnxEncoder:
    """Sentence embeddings from an exported graph: tokenize, sort by length, batch, run."""

    def __init__(
        self,
        model_path: str,
        variant: Variant,
        *,
        max_tokens: int = 256,
        cache_root: str | Path | None = None,
        threads: int | None = None,
    ) -> None:
        import onnxruntime as ort

        self.path = onnx_model(model_path, variant, cache_root)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = threads or _cores()
        options.inter_op_num_threads = 1
        # No busy-waiting between ops: in a service the cores are shared with the web server, the
        # parser and other workers, and spinning threads measured slower there (bench/quality.py).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            self.session = ort.InferenceSession(str(self.path), options, providers=["CPUExecutionProvider"])
        except Exception:  # a damaged cache file (e.g. a full disk): rebuild once, then give up
            log.warning("cached ONNX model unreadable, rebuilding", extra={"path": str(self.path)})
            self.path.unlink(missing_ok=True)
            self.path = onnx_model(model_path, variant, cache_root)
            self.session = ort.InferenceSession(str(self.path), options, providers=["CPUExecutionProvider"])
        self._wanted = {i.name for i in self.session.get_inputs()}
        self.dim = int(self.session.get_outputs()[0].shape[-1])
        self.max_tokens = max_tokens
        tokenizers = ModelTokenizers.load(model_path, max_tokens)
        if tokenizers is None:
            raise FileNotFoundError(f"{model_path}/tokenizer.json: the ONNX backend needs the fast tokenizer")
        self.tokenizers = tokenizers

    def encode(self, texts: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        for idx, ids, mask in padded_batches(self.tokenizers.encoding, texts, batch_size):
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            out[idx] = self.session.run(None, {k: v for k, v in feed.items() if k in self._wanted})[0]
        return out
