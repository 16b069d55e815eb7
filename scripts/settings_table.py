"""Print the README's settings table from the Settings class (one row per field)."""

from __future__ import annotations

from common.settings import Settings


def rows() -> list[str]:
    out = []
    for name, field in Settings.model_fields.items():
        default = field.default
        if hasattr(default, "get_secret_value"):
            default = "(development placeholder)"
        shown = "unset" if default in (None, "") else f"`{default}`"
        out.append(f"| `HARDRAG_{name.upper()}` | {shown} | {field.description} |")
    return out


if __name__ == "__main__":
    print("\n".join(rows()))
