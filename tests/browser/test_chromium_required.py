"""Without Chromium the browser tests skip on a laptop but fail in CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import MISSING, require_chromium


def test_a_missing_chromium_skips_outside_ci(tmp_path: Path):
    with pytest.raises(pytest.skip.Exception, match=MISSING):
        require_chromium(tmp_path / "chromium", {})


def test_a_missing_chromium_fails_in_ci(tmp_path: Path):
    with pytest.raises(pytest.fail.Exception, match=MISSING):
        require_chromium(tmp_path / "chromium", {"CI": "true"})


def test_an_installed_chromium_is_used(tmp_path: Path):
    (tmp_path / "chromium").touch()
    require_chromium(tmp_path / "chromium", {"CI": "true"})
