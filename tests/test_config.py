"""Settings read from the environment: the ones the loss reports and the purge depend on."""

from __future__ import annotations

import pytest

from ivr import config


def test_the_lines_number_and_the_history_period_come_from_the_environment():
    settings = config.from_environment(
        {"TWILIO_PHONE_NUMBER": "+33612000000", "HISTORY_PERSONAL_DATA_DAYS": "180"}
    )
    assert settings == {"TWILIO_PHONE_NUMBER": "+33612000000", "HISTORY_PERSONAL_DATA_DAYS": 180}


def test_a_setting_that_is_not_a_number_is_named_at_start():
    with pytest.raises(config.UnsafeConfiguration, match="PROXY_HOPS must be a whole number"):
        config.from_environment({"PROXY_HOPS": "abc"})
    with pytest.raises(config.UnsafeConfiguration, match="MATCH_STRONG_SCORE must be a number"):
        config.from_environment({"MATCH_STRONG_SCORE": "high"})
