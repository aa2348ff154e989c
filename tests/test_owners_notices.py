"""A report declared on the web meets the item a clerk logs later, as a phone report does:
the owner gets a text from the line's number and, when they gave an address, an e-mail,
in their language (a real local SMTP server, the Twilio stand-in)."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from ivr.accounts import create_user
from ivr.db import get_session
from ivr.notifications import send_due_messages
from lost_items.models import LossReport, ReportMatch
from tests.owners import LANGUAGES, declare
from tests.test_reports import log_item

REFERENCE = re.compile(r'id="reference">(\d{3} \d{3} \d{3})<')
# How each language's e-mail begins and names the report.
SUBJECT = {
    "fr": "Objets trouvés : un objet qui pourrait être le vôtre (déclaration {report})",
    "en": "Lost property office: an item that may be yours (report {report})",
    "es": "Objetos perdidos: un objeto que podría ser suyo (denuncia {report})",
    "de": "Fundbüro: ein Gegenstand, der Ihnen gehören könnte (Meldung {report})",
}
TEXT_START = {
    "fr": "Objets trouvés :",
    "en": "Lost property office:",
    "es": "Objetos perdidos:",
    "de": "Fundbüro:",
}


@pytest.fixture
def clerk(app) -> dict[str, str]:
    with app.app_context():
        session = get_session()
        _, token = create_user(session, "claire", "clerk")
        session.commit()
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_web_report_meets_the_item_logged_later_by_text_and_by_email(
    app, client, clerk, twilio_api, inbox, language
):
    app.config["PUBLIC_BASE_URL"] = "https://lost.example.org"
    page = declare(client, language, email="owner@example.org", phone="+33 6 12 34 56 78")
    report = REFERENCE.search(page.get_data(as_text=True)).group(1).replace(" ", "")
    log_item(client, clerk, "Parapluie pliant rouge")  # unrelated: nothing goes out
    assert twilio_api.messages() == [] and inbox.messages == []

    item = log_item(client, clerk, "Portefeuille en cuir noir")

    [text] = twilio_api.messages()
    assert text.form["To"] == "+33612345678"
    assert text.form["From"] == app.config["TWILIO_PHONE_NUMBER"]
    assert text.form["Body"].startswith(TEXT_START[language])
    assert item["reference"] in text.form["Body"]
    [mail] = inbox.wait_for(1)
    assert mail["To"] == "owner@example.org"
    assert mail["From"] == "objets-trouves@example.org"
    assert mail["Subject"] == SUBJECT[language].format(report=report)
    assert mail["Content-Language"] == language
    body = mail.get_content()
    assert item["reference"] in body and app.config["OFFICE_ADDRESS"] in body
    assert f"https://lost.example.org/declare/status?lang={language}" in body
    with app.app_context():
        assert get_session().scalars(select(LossReport)).one().status == "matched"

    with app.app_context():  # told once: a later run sends nothing again
        send_due_messages(get_session())
    assert len(inbox.wait_for(2, seconds=0.3)) == 1 and len(twilio_api.messages()) == 1


def test_without_an_address_only_the_text_goes(app, client, clerk, twilio_api, inbox):
    declare(client, "en")
    log_item(client, clerk, "Portefeuille en cuir noir")
    assert len(twilio_api.messages()) == 1
    assert inbox.wait_for(1, seconds=0.3) == []


def test_an_email_the_server_does_not_take_goes_out_at_the_next_run(
    app, client, clerk, twilio_api, inbox
):
    declare(client, "de", email="owner@example.org")
    working = app.config["SMTP_URL"]
    app.config["SMTP_URL"] = "smtp://127.0.0.1:9"  # nobody listens there
    log_item(client, clerk, "Portefeuille en cuir noir")
    assert len(twilio_api.messages()) == 1 and inbox.messages == []
    with app.app_context():
        assert get_session().scalars(select(ReportMatch)).one().emailed_at is None
    app.config["SMTP_URL"] = working
    result = app.test_cli_runner().invoke(args=["notify"])
    assert result.exit_code == 0
    [mail] = inbox.wait_for(1)
    assert mail["Subject"].startswith("Fundbüro:")
