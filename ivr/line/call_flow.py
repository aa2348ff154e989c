"""The phone line's conversation, as TwiML built from plain arguments.

Each function answers one webhook: it gets what the call has said so far
and returns the `VoiceResponse` Twilio should follow. Nothing here reads the
request or the database, so every turn can be tested on its own.

Every menu is a one-digit `<Gather>` followed by a `<Redirect>` to the same
action: when the caller says nothing Twilio falls through to the redirect,
and the action sees no digit, which it treats like a wrong one: a re-prompt,
and after IVR_MAX_TRIES an agent or a goodbye.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rapidfuzz import fuzz, process
from twilio.twiml.voice_response import Gather, VoiceResponse

from ivr.line.prompts import Catalogue
from ivr.line.twiml import say, step_url

AGENT_DIGIT = "0"
AGENT_STEP = "/ivr/agent"
REPEAT_DIGIT = "9"
TEXT_DIGIT = "3"  # on a candidate: get it by text message


@dataclass(frozen=True)
class Turn:
    """Where the caller is: their language and how many tries this step has had."""

    catalogue: Catalogue
    tries: int = 0
    max_tries: int = 3

    @property
    def lang(self) -> str:
        return self.catalogue.code

    def url(self, path: str, **params: object) -> str:
        return step_url(path, lang=self.lang, **params)

    @property
    def last_try(self) -> bool:
        return self.tries + 1 >= self.max_tries


# --- language -------------------------------------------------------------------------------


def language_menu(
    catalogues: Sequence[Catalogue], *, tries: int = 0, country: str = ""
) -> VoiceResponse:
    """Each language offered in its own language and voice; digit n picks the n-th.

    A caller from a country that speaks one of them (`country`, an ISO code) hears it
    first; its digit stays the same, so the keys a caller learnt keep working.
    """
    response = VoiceResponse()
    names = [name for catalogue in catalogues for name in catalogue.spoken_names]
    numbered = list(enumerate(catalogues, start=1))
    numbered.sort(key=lambda pair: country.upper() not in pair[1].countries)  # stable
    gather = response.gather(
        input="dtmf speech",
        num_digits=1,
        action=step_url("/ivr/language", tries=tries),
        timeout=5,
        speech_timeout="auto",
        hints=", ".join(names),
        language=numbered[0][1].speech_locale,
    )
    for digit, catalogue in numbered:
        say(gather, catalogue, "language_offer", digit=digit)
    response.redirect(step_url("/ivr/language", tries=tries), method="POST")
    return response


def pick_language(catalogues: Sequence[Catalogue], *, digits: str, speech: str) -> Catalogue | None:
    """The language a caller chose by digit, or by saying its name in any language."""
    if digits.isdigit() and 1 <= int(digits) <= len(catalogues):
        return catalogues[int(digits) - 1]
    if speech.strip():
        names = {name.lower(): c for c in catalogues for name in c.spoken_names}
        best = process.extractOne(speech.lower(), names.keys(), scorer=fuzz.partial_ratio)
        if best and best[1] >= 85:
            return names[best[0]]
    return None


def language_not_chosen(
    catalogues: Sequence[Catalogue], *, tries: int, max_tries: int
) -> VoiceResponse:
    if tries + 1 < max_tries:
        response = VoiceResponse()
        response.redirect(step_url("/ivr/incoming", tries=tries + 1), method="POST")
        return response
    response = VoiceResponse()
    for catalogue in catalogues:
        say(response, catalogue, "goodbye")
    response.hangup()
    return response


# --- menus ----------------------------------------------------------------------------------

Prompt = str | tuple[str, Mapping[str, object]]


def _say_all(verb: VoiceResponse | Gather, turn: Turn, prompts: Sequence[Prompt]) -> None:
    for entry in prompts:
        key, values = (entry, {}) if isinstance(entry, str) else entry
        say(verb, turn.catalogue, key, **values)


def listen(
    turn: Turn,
    action: str,
    prompts: Sequence[Prompt],
    *,
    hints: Sequence[str],
    timeout: int = 5,
    **gather: object,
) -> VoiceResponse:
    """Say `prompts` while taking the caller's words (in their locale, with the speech
    hints) or keys; with nothing said, Twilio falls through to `action` anyway."""
    response = VoiceResponse()
    taking = response.gather(
        input="dtmf speech",
        action=action,
        language=turn.catalogue.speech_locale,
        hints=", ".join(hints),
        speech_timeout="auto",
        timeout=timeout,
        **gather,
    )
    _say_all(taking, turn, prompts)
    response.redirect(action, method="POST")
    return response


def menu(
    turn: Turn,
    action: str,
    prompts: Sequence[Prompt],
    *,
    before: Sequence[Prompt] = (),
    params: Mapping[str, object] | None = None,
    num_digits: int | None = 1,
    timeout: int = 6,
) -> VoiceResponse:
    """Say `before`, then gather keys while saying `prompts`.

    With `num_digits=None` the caller keys several digits and ends with #
    (or pauses for `timeout` seconds).
    """
    response = VoiceResponse()
    _say_all(response, turn, before)
    action_url = turn.url(action, tries=turn.tries, **(params or {}))
    gather = response.gather(
        input="dtmf",
        action=action_url,
        timeout=timeout,
        **({"num_digits": num_digits} if num_digits else {"finish_on_key": "#"}),
    )
    _say_all(gather, turn, prompts)
    response.redirect(action_url, method="POST")
    return response


def retry(
    turn: Turn,
    problem: Prompt,
    *,
    again: str,
    params: Mapping[str, object] | None = None,
    exhausted: str = AGENT_STEP,
    exhausted_params: Mapping[str, object] | None = None,
    giving_up: str | None = None,
) -> VoiceResponse:
    """Explain what went wrong and ask again; after the last try, move on to `exhausted`.

    On the way the caller hears `giving_up` (what happens next), or, when `exhausted` is
    the agent, that we try to put them through: the words follow where the call goes.
    """
    response = VoiceResponse()
    _say_all(response, turn, [problem])
    if turn.last_try:
        announcement = giving_up or ("too_many_tries" if exhausted == AGENT_STEP else None)
        if announcement:
            say(response, turn.catalogue, announcement)
        response.redirect(turn.url(exhausted, **(exhausted_params or {})), method="POST")
    else:
        response.redirect(turn.url(again, tries=turn.tries + 1, **(params or {})), method="POST")
    return response


def follow_choice(
    turn: Turn,
    digit: str,
    options: Mapping[str, str],
    *,
    again: str,
    params: Mapping[str, object] | None = None,
    exhausted: str = AGENT_STEP,
    giving_up: str | None = None,
) -> VoiceResponse:
    """Go where the digit leads (`options` maps digits to URLs), or re-prompt."""
    if digit in options:
        return redirect(options[digit])
    return retry(
        turn,
        "invalid_choice" if digit else "no_input",
        again=again,
        params=params,
        exhausted=exhausted,
        giving_up=giving_up,
    )


def redirect(url: str) -> VoiceResponse:
    response = VoiceResponse()
    response.redirect(url, method="POST")
    return response


def goodbye(turn: Turn) -> VoiceResponse:
    return say_and_hang_up(turn, "goodbye")


def say_and_hang_up(turn: Turn, key: str) -> VoiceResponse:
    """One sentence in the caller's language, then the end of the call."""
    response = VoiceResponse()
    say(response, turn.catalogue, key)
    response.hangup()
    return response


def main_menu(
    turn: Turn, *, welcome: bool, retention_days: int, hints: Sequence[str]
) -> VoiceResponse:
    """Ask straight away what the caller lost, by voice, while still taking keys: 1 asks
    for a description, 2 a reference, 3 (or 0) an agent, 4 their report, 9 again.

    The privacy notice comes first, where what they say is first kept."""
    prompts: list[Prompt] = ["menu_say_what", "menu_keys"]
    if welcome:
        prompts = ["welcome", ("privacy_notice", {"days": retention_days}), *prompts]
    else:
        prompts.append("menu_repeat")
    action = turn.url("/ivr/menu/choice", tries=turn.tries)
    return listen(turn, action, prompts, hints=hints, num_digits=1)


def main_menu_choice(turn: Turn, digit: str) -> VoiceResponse:
    options = {
        "1": turn.url("/ivr/describe"),
        "2": turn.url("/ivr/reference"),
        "3": turn.url(AGENT_STEP),
        "4": turn.url("/ivr/my-reports"),
        AGENT_DIGIT: turn.url(AGENT_STEP),
        REPEAT_DIGIT: turn.url("/ivr/menu"),
    }
    return follow_choice(turn, digit, options, again="/ivr/menu")


# --- describing the item --------------------------------------------------------------------


def ask_description(
    turn: Turn, *, hints: Sequence[str], then: str = "", again: bool = False
) -> VoiceResponse:
    """The caller's words, in their locale; keying 0 still reaches an agent."""
    action = turn.url("/ivr/describe/heard", tries=turn.tries, then=then)
    prompt = "describe_again" if again else "describe"
    return listen(turn, action, [prompt], hints=hints, timeout=6, num_digits=1)


def description_not_understood(turn: Turn, *, heard_nothing: bool, then: str) -> VoiceResponse:
    return retry(
        turn,
        "no_input" if heard_nothing else "not_understood",
        again="/ivr/describe",
        params={"then": then, "again": 1},
    )


# --- search results -------------------------------------------------------------------------


CANDIDATE_OPTIONS = [
    "results_next",
    "results_report",
    "results_text",
    "results_agent",
    "results_repeat",
]


def candidate(
    turn: Turn,
    *,
    index: int,
    item_text: str,
    found_date: str,
    place: str,
    reference: str,
    options_only: bool = False,
) -> VoiceResponse:
    """One found item that may be the caller's: what tells it apart and its reference first
    (a caller who listens to it all hears it sooner), when and where it was found after;
    then what they can do next (the options alone when they come back to it, after a text
    was sent)."""
    before: list[Prompt] = [
        ("candidate_first" if index == 0 else "candidate_next", {"item": item_text}),
        ("candidate_reference", {"reference": reference}),
        ("candidate_found", {"date": found_date, "place": place}),
    ]
    return menu(
        turn,
        "/ivr/results/choice",
        CANDIDATE_OPTIONS,
        before=[] if options_only else before,
        params={"i": index},
    )


def no_candidates(turn: Turn, *, index: int) -> VoiceResponse:
    """Nothing (or nothing more) matches: offer to describe again, report, or an agent."""
    return menu(
        turn,
        "/ivr/results/choice",
        ["results_describe_again", "results_report", "results_agent", "results_repeat"],
        before=["no_match" if index == 0 else "no_more_candidates"],
        params={"i": index},
    )


def results_choice(turn: Turn, digit: str, *, index: int, total: int) -> VoiceResponse:
    showing_item = index < total
    options = {
        "1": turn.url("/ivr/results", i=index + 1) if showing_item else turn.url("/ivr/describe"),
        "2": turn.url("/ivr/report/date"),
        AGENT_DIGIT: turn.url(AGENT_STEP),
        REPEAT_DIGIT: turn.url("/ivr/results", i=index),
    }
    if showing_item:
        options[TEXT_DIGIT] = turn.url("/ivr/results/text", i=index)
    return follow_choice(turn, digit, options, again="/ivr/results", params={"i": index})


# --- telling close candidates apart ---------------------------------------------------------


def ask_question(turn: Turn, question: str, *, first: bool, hints: Sequence[str]) -> VoiceResponse:
    """One short question that splits close candidates; silence moves on to them. Why the
    line asks is said before the first question only.

    When: keys (1 today, 2 yesterday, or the date as DDMM, then #) or the day said; the
    others are answered in words."""
    action = turn.url("/ivr/question/answer", q=question)
    prompts = ["question_intro", f"question_{question}"] if first else [f"question_{question}"]
    return listen(turn, action, prompts, hints=hints, finish_on_key="#")


# --- a candidate by text message --------------------------------------------------------------


def text_queued(turn: Turn, *, index: int, already: bool) -> VoiceResponse:
    """Say the text is on its way (or went already), then the candidate's options again."""
    response = VoiceResponse()
    say(response, turn.catalogue, "text_already_sent" if already else "text_sending")
    response.redirect(turn.url("/ivr/results", i=index, options=1), method="POST")
    return response


def ask_text_number(turn: Turn, *, index: int) -> VoiceResponse:
    """A landline or a withheld number: the caller keys a mobile for the text, then #."""
    return menu(
        turn,
        "/ivr/results/text/number",
        ["text_key_mobile"],
        params={"i": index},
        num_digits=None,
        timeout=8,
    )


# --- loss report ----------------------------------------------------------------------------


def ask_lost_on(turn: Turn) -> VoiceResponse:
    return menu(
        turn,
        "/ivr/report/date/choice",
        ["report_date_today", "report_date_yesterday", "report_date_other"],
        before=["report_intro"] if turn.tries == 0 else [],
        num_digits=None,
        timeout=5,
    )


def ask_callback_number(turn: Turn, *, caller_number_known: bool) -> VoiceResponse:
    prompts: list[Prompt] = ["callback_use_this", "callback_key_other"]
    if not caller_number_known:
        prompts = ["callback_key_number"]
    return menu(
        turn,
        "/ivr/report/callback/choice",
        prompts,
        before=["callback_intro"] if turn.tries == 0 else [],
        num_digits=None,
        timeout=8,
    )


def report_recorded(turn: Turn, *, reference: str, retention_days: int) -> VoiceResponse:
    return menu(
        turn,
        "/ivr/report/done/choice",
        ["report_repeat", "you_can_hang_up"],
        before=[
            ("callback_notice", {"days": retention_days}),
            ("report_confirmed", {"reference": reference}),
        ],
    )


def report_done_choice(turn: Turn, digit: str) -> VoiceResponse:
    if digit == REPEAT_DIGIT:
        return redirect(turn.url("/ivr/report/done"))
    if digit == AGENT_DIGIT:
        return redirect(turn.url(AGENT_STEP))
    return goodbye(turn)


# --- reference ------------------------------------------------------------------------------


def ask_reference(turn: Turn) -> VoiceResponse:
    return menu(turn, "/ivr/reference/heard", ["reference_prompt"], num_digits=None, timeout=10)


def reference_answer(turn: Turn, *, keyed: str, sentences: Sequence[Prompt]) -> VoiceResponse:
    """What we know of a reference, then: another reference, an agent, or hear it again."""
    return menu(
        turn,
        "/ivr/reference/choice",
        ["reference_another", "results_agent", "results_repeat"],
        before=sentences,
        params={"ref": keyed},
    )


def reference_choice(turn: Turn, digit: str, *, keyed: str) -> VoiceResponse:
    options = {
        "2": turn.url("/ivr/reference"),
        AGENT_DIGIT: turn.url(AGENT_STEP),
        REPEAT_DIGIT: turn.url("/ivr/reference/heard", ref=keyed),
    }
    if not digit:
        return goodbye(turn)
    return follow_choice(turn, digit, options, again="/ivr/reference/heard", params={"ref": keyed})


def my_reports(turn: Turn, *, sentences: Sequence[Prompt]) -> VoiceResponse:
    """The caller's own reports, found by their number; then a reference, an agent, or again."""
    return menu(
        turn,
        "/ivr/my-reports/choice",
        ["menu_reference", "results_agent", "results_repeat"],
        before=sentences,
    )


def my_reports_choice(turn: Turn, digit: str) -> VoiceResponse:
    if not digit:
        return goodbye(turn)
    options = {
        "2": turn.url("/ivr/reference"),
        AGENT_DIGIT: turn.url(AGENT_STEP),
        REPEAT_DIGIT: turn.url("/ivr/my-reports"),
    }
    return follow_choice(turn, digit, options, again="/ivr/my-reports")


def parse_lost_on(digits: str, *, today: date) -> date | None:
    """1 today, 2 yesterday, or day and month as four digits; the latest such day up to today."""
    if digits == "1":
        return today
    if digits == "2":
        return today - timedelta(days=1)
    if len(digits) != 4 or not digits.isdigit():
        return None
    day, month = int(digits[:2]), int(digits[2:])
    for year in (today.year, today.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate <= today:
            return candidate
    return None
