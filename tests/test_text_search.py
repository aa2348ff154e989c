"""A text to the line describing something lost, through Twilio's signed Messaging webhook:
the reply (TwiML, parsed) in the sender's language with up to three candidates and how to
collect them, or a link to declare the loss; STOP still works; a few answers an hour."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest

from tests.conftest import today
from tests.test_signature import sign
from tests.web import add_item

URL = "http://localhost/ivr/text"
SENDER = "+33612345678"


def text(client, app, body: str, sender: str = SENDER, **extra: str):
    params = {
        "From": sender,
        "To": app.config["TWILIO_PHONE_NUMBER"],
        "Body": body,
        "MessageSid": "SM" + "1" * 32,
        **extra,
    }
    base = app.config["PUBLIC_BASE_URL"]  # the URL Twilio signs, behind a proxy
    signed = f"{base}/ivr/text" if base else URL
    answer = client.post(URL, data=params, headers={"X-Twilio-Signature": sign(signed, params)})
    assert answer.status_code == 200
    assert answer.mimetype == "text/xml"
    root = ET.fromstring(answer.get_data(as_text=True))
    assert root.tag == "Response"
    return [message.text or "" for message in root.iter("Message")]


# A description in each language, and how each language's answer begins.
ASKED = {
    "en": "lost my black Samsung phone on line 9 yesterday",
    "fr": "j'ai perdu mon téléphone Samsung noir hier sur la ligne 9",
    "es": "perdí mi teléfono Samsung negro ayer en la línea 9",
    "de": "ich habe gestern mein schwarzes Samsung Handy in der Linie 9 verloren",
}
FOUND = {
    "en": "Lost property office: we may have your item.",
    "fr": "Objets trouvés : nous avons peut-être votre objet.",
    "es": "Objetos perdidos: puede que tengamos su objeto.",
    "de": "Fundbüro: Vielleicht haben wir Ihren Gegenstand.",
}
NOTHING = {
    "en": "Lost property office: nothing handed in matches your description yet.",
    "fr": "Objets trouvés : aucun objet déposé ne correspond pour l'instant",
    "es": "Objetos perdidos: de momento ningún objeto entregado coincide",
    "de": "Fundbüro: Bisher passt kein abgegebener Gegenstand",
}


@pytest.mark.parametrize("language", list(ASKED))
def test_a_text_describing_a_loss_gets_the_candidates_in_its_language(app, client, language):
    phone = add_item(
        app, "Téléphone Samsung Galaxy noir", found_on=today(), found_at="Métro ligne 9"
    )
    add_item(app, "Parapluie rouge", found_on=today(), found_at="Bus 91")
    [reply] = text(client, app, ASKED[language])
    assert reply.startswith(FOUND[language])
    assert phone in reply
    assert "Métro ligne 9" in reply
    assert app.config["OFFICE_ADDRESS"] in reply
    assert "Parapluie" not in reply and reply.count("\n1. ") == 1


def test_at_most_three_candidates(app, client):
    for shade in range(5):
        add_item(app, "Portefeuille en cuir noir", found_on=today() - timedelta(days=shade))
    [reply] = text(client, app, "lost my black leather wallet")
    numbered = [line for line in reply.splitlines() if line[:2] in ("1.", "2.", "3.", "4.")]
    assert len(numbered) <= 3


@pytest.mark.parametrize("language", list(ASKED))
def test_nothing_found_offers_to_declare_with_a_link_in_the_language(app, client, language):
    app.config["PUBLIC_BASE_URL"] = "https://lost.example.org"
    [reply] = text(client, app, ASKED[language])
    assert reply.startswith(NOTHING[language])
    assert reply.endswith(f"https://lost.example.org/declare?lang={language}")


def test_the_senders_country_breaks_a_tie(app, client):
    app.config["PUBLIC_BASE_URL"] = "https://lost.example.org"
    [spanish] = text(client, app, "Samsung Galaxy S21", sender="+34612345678")
    assert spanish.endswith("/declare?lang=es")
    [german] = text(client, app, "Samsung Galaxy S21", sender="+4915123456789")
    assert german.endswith("/declare?lang=de")


@pytest.mark.parametrize("word", ["STOP", "ARRÊT", "BAJA", "STOPP", "stop"])
def test_stop_words_keep_working_and_get_no_search(app, client, twilio_api, word):
    assert text(client, app, word) == []
    from ivr.db import get_session
    from lost_items.reports import has_opted_out

    with app.app_context():
        assert has_opted_out(get_session(), SENDER)
    assert text(client, app, ASKED["en"]) == []  # opted out: no answer either
    assert text(client, app, "START") == []
    assert len(text(client, app, ASKED["en"])) == 1


def test_a_sender_is_answered_a_few_times_an_hour(app, client):
    app.config["TEXT_ANSWERS_PER_HOUR"] = 2
    assert len(text(client, app, ASKED["fr"])) == 1
    assert len(text(client, app, ASKED["fr"])) == 1
    assert text(client, app, ASKED["fr"]) == []
    assert len(text(client, app, ASKED["fr"], sender="+33698765432")) == 1


def test_an_unsigned_text_is_refused(app, client):
    answer = client.post(URL, data={"From": SENDER, "Body": "lost my wallet"})
    assert answer.status_code == 403


def test_a_text_of_control_characters_and_junk_gets_an_answer_not_an_error(app, client):
    app.config["PUBLIC_BASE_URL"] = "https://lost.example.org"
    [reply] = text(client, app, "\x00\x01 perdí mi paraguas \x00" + "x" * 2000)
    assert reply.endswith("/declare?lang=es")


def test_flask_purge_forgets_who_texted_after_the_hour(app, client, runner):
    from datetime import timedelta as delta

    from sqlalchemy import func, select, update

    from ivr.db import get_session
    from ivr.owners.throttle import OwnerRequest

    text(client, app, ASKED["en"])
    with app.app_context():
        session = get_session()
        session.execute(update(OwnerRequest).values(made_at=OwnerRequest.made_at - delta(hours=2)))
        session.commit()
    assert runner.invoke(args=["purge"]).exit_code == 0
    with app.app_context():
        assert get_session().scalar(select(func.count()).select_from(OwnerRequest)) == 0
