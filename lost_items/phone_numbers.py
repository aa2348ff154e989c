"""Phone numbers as people key, say and read them, through Google's `phonenumbers` library.

One place parses (E.164 out of national forms of the office's country, 00 or + prefixes,
spaces and dots), tells a mobile that can take a text from a landline (a text to a landline
fails at Twilio, error 21614), and formats a number for people to read ("+33 6 12 34 56 78").
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

__all__ = [
    "can_take_texts",
    "display_phone_number",
    "parse_phone_number",
    "region_of",
    "region_of_number",
]

# Types a text message reaches. FIXED_LINE_OR_MOBILE is how the library answers for
# countries whose numbers do not tell (the United States, Canada).
_TEXTABLE = {
    PhoneNumberType.MOBILE,
    PhoneNumberType.FIXED_LINE_OR_MOBILE,
    PhoneNumberType.PERSONAL_NUMBER,
}


def region_of(country_code: str) -> str:
    """The region ("FR") of a calling code ("33"), for numbers keyed in national form."""
    return phonenumbers.region_code_for_country_code(int(country_code)) or "ZZ"


def parse_phone_number(text: str | None, *, country_code: str) -> str | None:
    """The number in E.164 form ("+33612345678"), or None when it cannot be one.

    Accepts what Twilio sends (E.164), what callers key ("0612345678", "0044...",
    "33612345678") and what owners type ("06 12 34 56 78", "+34 612 345 678").
    Anonymous callers, browser clients and too-short numbers give None.
    """
    text = (text or "").strip()
    if not text or len(text) > 40:
        return None
    candidates = [text]
    digits = "".join(ch for ch in text if ch.isdigit())
    if text[0].isdigit() and not digits.startswith("0") and len(digits) >= 11:
        candidates.append("+" + digits)  # an international number keyed without its +
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, region_of(country_code))
        except NumberParseException:
            continue
        if phonenumbers.is_possible_number(number) and _looks_valid(number):
            return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return None


def _looks_valid(number: phonenumbers.PhoneNumber) -> bool:
    """Valid in the library's metadata, or at least in a country it knows with a
    plausible length (fictional ranges such as the UK's 07700 900xxx are kept)."""
    if phonenumbers.is_valid_number(number):
        return True
    region = phonenumbers.region_code_for_country_code(number.country_code)
    return region != "ZZ" and 8 <= len(str(number.national_number)) <= 13


def can_take_texts(e164: str | None) -> bool:
    """Whether a text message sent to this number can reach a phone (a mobile)."""
    if not e164:
        return False
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return False
    return phonenumbers.number_type(number) in _TEXTABLE


def display_phone_number(e164: str | None) -> str:
    """The number as people read it: "+33 6 12 34 56 78", "+49 1511 2345678"."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def region_of_number(e164: str) -> str:
    """The country (ISO code) a number belongs to ("DE" for +49...), or "" when unknown."""
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return ""
    region = phonenumbers.region_code_for_country_code(number.country_code)
    return "" if region in (None, "ZZ", "001") else region
