"""The README opens with the two commands, documents every setting, and CI runs its test command."""

from __future__ import annotations

import re
from pathlib import Path

from common.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()


def test_readme_opens_with_serve_and_test_commands() -> None:
    blocks = re.findall(r"```bash\n(.*?)```", README, re.S)
    assert blocks[0].strip() == "./dev serve"
    assert blocks[1].strip() == "./dev test"
    assert README.index("./dev test") < README.index("## ")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert "exec ./dev test" in ci


def test_every_setting_is_documented() -> None:
    for name in Settings.model_fields:
        assert f"`HARDRAG_{name.upper()}`" in README, name
