"""Settings read from the environment: the ones the loss reports and the purge depend on."""

from __future__ import annotations

import pytest

from ivr import config, create_app


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


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("OFFICE_TIMEZONE", "Mars/Base", "OFFICE_TIMEZONE must be a time zone"),
        ("LOG_FORMAT", "xml", "LOG_FORMAT must be json or text"),
        ("IVR_LANGUAGES", "fr,it", "IVR_LANGUAGES names it, but"),
    ],
)
def test_a_setting_every_call_would_trip_on_stops_the_start(
    monkeypatch, tmp_path, setting, value, message
):
    """Not a caller's apology at the first search: a message where the app is started."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite'}")
    monkeypatch.setenv(setting, value)
    with pytest.raises(config.UnsafeConfiguration, match=message):
        create_app()
