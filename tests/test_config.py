"""Settings read from the environment: the ones the loss reports and the purge depend on."""

from __future__ import annotations

from ivr import config


def test_the_lines_number_and_the_history_period_come_from_the_environment():
    settings = config.from_environment(
        {"TWILIO_PHONE_NUMBER": "+33612000000", "HISTORY_PERSONAL_DATA_DAYS": "180"}
    )
    assert settings == {"TWILIO_PHONE_NUMBER": "+33612000000", "HISTORY_PERSONAL_DATA_DAYS": 180}
