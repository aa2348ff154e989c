"""The domain stays free of the web and of telephony: dependencies point one way."""

import subprocess
import sys
from pathlib import Path

import lost_items

DOMAIN = Path(lost_items.__file__).parent


def test_the_domain_imports_neither_flask_nor_twilio():
    modules = sorted(f"lost_items.{p.stem}" for p in DOMAIN.glob("*.py") if p.stem != "__init__")
    script = (
        "import sys\n"
        + "".join(f"import {module}\n" for module in modules)
        + "print(sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'twilio', 'ivr')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
