"""The registration list: one import line per detector module, in the order `scan` runs them.

A test fails if a module in this folder is not imported here.
"""

from trust.detectors import (
    encoded,
    exfil,
    hidden_markup,
    injection,
    invisible,
    planted_request,
    role_spoof,
    secrets,
)

__all__ = ["encoded", "exfil", "hidden_markup", "injection", "invisible", "planted_request", "role_spoof", "secrets"]
