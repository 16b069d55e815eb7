"""A small linear model over hashed word and character n-grams that scores one sentence as
instruction-shaped (addressing the model) or not. Pure functions: `features`, `score`, `fit`,
and a compact serialisation (`encode_weights` / `decode_weights`) for shipping the fitted table
as a Python module (`trust/injection_weights.py`), so nothing is read from disk at run time.

Features (L2-normalised binary): lower-cased word unigrams and bigrams, character 4-grams over the
space-joined words (morphology in any alphabetic script), character bigrams of CJK/Thai runs.
Each feature is hashed with CRC-32 into 2^20 buckets. Training is logistic regression with
AdaGrad, L2 and class balancing; fitting data and the held-out split live in bench/detection.py.
"""

from __future__ import annotations

import base64
import math
import random
import re
import struct
import zlib
from collections.abc import Sequence

BUCKETS = 1 << 20
_MASK = BUCKETS - 1
_WORD = re.compile(r"\w+")
_DENSE_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]{2,}")


def features(text: str) -> list[int]:
    """Distinct hashed feature ids of one text unit."""
    t = text.lower()
    words = _WORD.findall(t)[:200]
    feats: set[str] = {"w:" + w for w in words}
    feats.update("b:" + a + " " + b for a, b in zip(words, words[1:], strict=False))
    joined = " " + " ".join(words)[:1200] + " "
    feats.update("c:" + joined[i : i + 4] for i in range(len(joined) - 3))
    for run in _DENSE_SCRIPT.findall(t):
        feats.update("d:" + run[i : i + 2] for i in range(len(run) - 1))
    return sorted({zlib.crc32(f.encode("utf-8")) & _MASK for f in feats})


def score(weights: dict[int, float], bias: float, feats: Sequence[int]) -> float:
    """Probability that the unit is instruction-shaped."""
    if not feats:
        return 0.0
    z = bias + sum(weights.get(f, 0.0) for f in feats) / math.sqrt(len(feats))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def fit(
    units: Sequence[Sequence[int]],
    labels: Sequence[int],
    *,
    epochs: int = 6,
    lr: float = 0.5,
    l2: float = 1e-6,
    seed: int = 13,
) -> tuple[dict[int, float], float]:
    """Logistic regression (AdaGrad, L2, balanced classes) on hashed feature lists."""
    pos = sum(labels) or 1
    neg = (len(labels) - pos) or 1
    class_w = {1: len(labels) / (2 * pos), 0: len(labels) / (2 * neg)}
    w: dict[int, float] = {}
    g2: dict[int, float] = {}
    bias, bias_g2 = 0.0, 0.0
    order = list(range(len(units)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats = units[i]
            if not feats:
                continue
            norm = 1.0 / math.sqrt(len(feats))
            p = score(w, bias, feats)
            grad = (p - labels[i]) * class_w[labels[i]]
            bias_g2 += grad * grad
            bias -= lr * grad / math.sqrt(bias_g2 + 1e-8)
            for f in feats:
                gf = grad * norm + l2 * w.get(f, 0.0)
                g2[f] = g2.get(f, 0.0) + gf * gf
                w[f] = w.get(f, 0.0) - lr * gf / math.sqrt(g2[f] + 1e-8)
    return w, bias


def prune(weights: dict[int, float], keep: int) -> dict[int, float]:
    """The `keep` largest-magnitude weights (the rest contribute little and cost bytes)."""
    top = sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:keep]
    return dict(top)


def encode_weights(weights: dict[int, float], bias: float, threshold: float) -> str:
    """Compact text form: zlib-compressed (uint32 id, int8 weight) pairs plus scale, bias, threshold."""
    scale = max((abs(v) for v in weights.values()), default=1.0) / 127.0 or 1.0
    body = b"".join(struct.pack("<Ib", k, max(-127, min(127, round(v / scale)))) for k, v in sorted(weights.items()))
    header = struct.pack("<fff", scale, bias, threshold)
    return base64.b64encode(zlib.compress(header + body, 9)).decode("ascii")


def decode_weights(blob: str) -> tuple[dict[int, float], float, float]:
    """Inverse of `encode_weights`: (weights, bias, threshold)."""
    raw = zlib.decompress(base64.b64decode(blob))
    scale, bias, threshold = struct.unpack_from("<fff", raw)
    weights = {k: q * scale for k, q in struct.iter_unpack("<Ib", raw[12:])}
    return weights, bias, threshold
