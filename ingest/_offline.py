"""Makes unstructured safe to import and run on a machine with no internet (private to ingest).

Owns two things, both applied by :func:`ensure_offline_unstructured` before anything imports
``unstructured``:

1. **Phone-home switches.** ``import unstructured`` sends a telemetry ping (and runs
   ``nvidia-smi``) unless ``DO_NOT_TRACK``/``SCARF_NO_ANALYTICS`` is set, and every partition call
   prints a sales banner unless ``UNSTRUCTURED_DISABLE_NOTICE=1``. We force all three (a service
   must not phone home whatever the operator's environment says), plus ``HF_HUB_OFFLINE`` and
   ``TRANSFORMERS_OFFLINE`` for anything transitively pulling a hub client.

2. **The spaCy trap.** unstructured 0.27 classifies every text block (``element_from_text`` →
   ``is_possible_narrative_text``/``is_possible_title``) with ``sent_tokenize``, ``word_tokenize``
   and ``pos_tag`` from ``unstructured.nlp.tokenize``; all three go through one seam,
   ``tokenize._get_nlp()``, which calls ``spacy.load("en_core_web_sm")`` and, when that fails,
   downloads the model wheel from GitHub and installs it into site-packages. There is no official
   switch that avoids the spaCy calls: ``UNSTRUCTURED_LANGUAGE_CHECKS`` only gates an English-word
   dictionary lookup, ``languages=`` is not passed down to ``element_from_text``, and
   ``exceeds_cap_ratio`` always counts sentences. The only official model on offer lives on GitHub
   (the PyPI copies are unofficial re-uploads), so we do not use a trained model at all.

   Instead we hand unstructured a spaCy pipeline that needs no model: ``spacy.blank("en")``
   (spaCy's own rule-based English tokenizer) + spaCy's rule-based ``sentencizer`` + a tiny
   lexicon/suffix tagger below that marks likely verbs with Penn ``VB*`` tags, which is the only
   thing unstructured reads from ``pos_tag`` (``contains_verb``). We install it by replacing
   ``tokenize._get_nlp`` and make ``tokenize._install_spacy_model`` raise, so a download can never
   be attempted even if a future unstructured version reaches it another way. The cost: the
   NarrativeText/Title split of one-sentence blocks is a little less accurate than with the
   statistical tagger; element text, order and pages are unaffected, and chunking downstream does
   not depend on that split.
"""

from __future__ import annotations

import os
import re
import threading
from typing import Any

_FORCED_ENV = {
    "DO_NOT_TRACK": "1",
    "SCARF_NO_ANALYTICS": "1",
    "UNSTRUCTURED_DISABLE_NOTICE": "1",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
}


def _words(text: str) -> list[str]:
    return text.split()


_AUX = _words(
    "am is are was were be been being has have had having do does did done doing will would "
    "shall should can could may might must need ought"
)
_COMMON = _words(
    "accept add agree allow apply ask avoid become begin believe bring build buy call change "
    "check choose close come consider contain continue create cut decide define delete deliver "
    "describe design develop die discuss drive eat enable ensure enter expect explain fail fall "
    "feel find finish fix follow forget get give go grow happen hear help hold ignore include "
    "increase indicate introduce involve keep know lead learn leave let like live look lose love "
    "make manage mean meet move need note offer open pay perform plan play prepare prevent "
    "produce protect provide publish put reach read receive reduce refer remain remember remove "
    "report represent require respond return review run say see seem sell send serve set share "
    "show sit speak spend stand start stay stop store suggest support take talk teach tell tend "
    "think try turn understand update upload use verify visit wait want watch win work write"
)
_IRREGULAR = _words(
    "began begun bought brought built came chose chosen drove driven ate eaten fell fallen felt "
    "found forgot forgotten got gotten gave given went gone grew grown heard held kept knew known "
    "led left lost made meant met paid ran said saw seen sold sent sat spoke spoken spent stood "
    "took taken taught told thought understood won wrote written"
)


def _inflections(verb: str) -> set[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    third = verb + "es" if verb.endswith(("s", "sh", "ch", "x", "o")) else verb + "s"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        third, past = verb[:-1] + "ies", verb[:-1] + "ied"
    else:
        past = stem + "ed"
    return {verb, third, past, stem + "ing"}


_VERBS: frozenset[str] = frozenset({*_AUX, *_IRREGULAR, *(form for verb in _COMMON for form in _inflections(verb))})
_VERB_SUFFIX = re.compile(r"^[a-z]{3,}(?:ed|ing|ize|izes|ise|ises|ify|ifies)$")

_lock = threading.Lock()
_installed = False


def _tag(token_text: str) -> str:
    """Penn-style tag guess: ``VB`` for likely verbs, ``NN`` otherwise (unstructured reads no more)."""
    word = token_text.lower()
    if word in _VERBS or (token_text.islower() and _VERB_SUFFIX.match(word)):
        return "VB"
    return "NN"


def _build_pipeline() -> Any:
    import spacy
    from spacy.language import Language
    from spacy.tokens import Doc

    if "hardrag_rule_tagger" not in Language.factories:

        @Language.component("hardrag_rule_tagger")
        def _rule_tagger(doc: Doc) -> Doc:
            for token in doc:
                token.tag_ = _tag(token.text)
            return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("hardrag_rule_tagger")
    return nlp


def _refuse_download() -> None:
    raise RuntimeError("hardrag: unstructured tried to download a spaCy model; downloads are disabled")


def ensure_offline_unstructured() -> None:
    """Force the no-phone-home env vars and route unstructured's NLP to the model-free pipeline.

    Idempotent and thread-safe. Must run before the first ``import unstructured`` in the process
    for the telemetry switch to take effect (``ingest.parse`` calls it at import time).
    """
    global _installed
    with _lock:
        if _installed:
            return
        os.environ.update(_FORCED_ENV)
        from unstructured.nlp import tokenize

        if not hasattr(tokenize, "_get_nlp") or not hasattr(tokenize, "_install_spacy_model"):
            raise RuntimeError(
                "unstructured.nlp.tokenize changed: re-check hardrag's offline NLP hook (ingest/_offline.py)"
            )
        nlp = _build_pipeline()
        tokenize._get_nlp = lambda: nlp
        tokenize._install_spacy_model = _refuse_download
        tokenize._load_spacy_model = lambda: nlp
        for cached in ("_process_cached", "word_tokenize", "pos_tag", "_tokenize_for_cache"):
            fn = getattr(tokenize, cached, None)
            if fn is not None and hasattr(fn, "cache_clear"):
                fn.cache_clear()
        _installed = True
