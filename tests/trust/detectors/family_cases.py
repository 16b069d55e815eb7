"""Shared check for rule-family tables: a family's own rule fires on its attack sentence, the sentence is
removed, and its look-alike written to a person survives."""

from __future__ import annotations

from trust import Action, get_detectors, scan
from trust.detectors.injection import RULES, rule_hits
from trust.normalize import detection_view

DET = get_detectors(["injection"])


def removing_rules(text: str) -> set[str]:
    """Names of the injection rules (without `.payload`/`.continuation`) whose findings remove text."""
    return {f.rule.split(".")[0] for f in scan(text, DET).findings if f.action == Action.REMOVE}


def check_family(family: str, attack: str, benign: str) -> None:
    rules = tuple(r for r in RULES if r.rule == family)
    assert rules, family
    # Its own rule fires; another rule over the same sentence may name the finding.
    assert rule_hits(detection_view(attack).text, rules), (family, attack)
    assert removing_rules(attack), (family, attack)
    assert not removing_rules(benign), (family, benign, removing_rules(benign))
