"""Helpers for the owners' pages: declaring a loss as a browser does (the form's own CSRF
token), in a given language."""

from __future__ import annotations

from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from tests.web import days_ago, token_in

# What each language's pages say, as a native reader reads them.
WORDS = {
    "fr": {
        "heading": "Déclarer une perte",
        "declared": "Votre perte est déclarée",
        "required": "Ce que vous avez perdu : champ obligatoire",
        "bad_phone": "Numéro de téléphone : ce numéro ne peut pas être joint",
        "consent": "Consentement : cochez la case pour envoyer la déclaration",
        "future": "Date de la perte : ne peut pas être dans le futur",
        "too_many": "Vous avez envoyé ce formulaire de nombreuses fois",
        "not_found": "Nous n’avons trouvé aucune déclaration avec ce numéro",
        "open": "Ouverte : aucun objet déposé ne correspond pour l’instant",
        "waiting": "Un objet déposé est peut-être le vôtre",
        "found": "Votre objet est au bureau",
        "closed": "Cette déclaration est close",
        "withdrawn": "Votre déclaration est retirée.",
        "added": "Vos précisions ont été ajoutées.",
        "web": "déclarée en ligne",
    },
    "en": {
        "heading": "Declare a loss",
        "declared": "Your loss is declared",
        "required": "What you lost is required",
        "bad_phone": "Phone number is not a phone number we can reach",
        "consent": "Consent must be ticked to send the report",
        "future": "Date of the loss cannot be in the future",
        "too_many": "You have sent this form many times this hour",
        "not_found": "We found no report with this number",
        "open": "Open: nothing handed in matches it yet",
        "waiting": "An item handed in may be yours",
        "found": "Your item is at the office",
        "closed": "This report is closed",
        "withdrawn": "Your report is withdrawn.",
        "added": "Your details were added.",
        "web": "from the web",
    },
    "es": {
        "heading": "Declarar una pérdida",
        "declared": "Su pérdida está declarada",
        "required": "Qué ha perdido: campo obligatorio",
        "bad_phone": "Número de teléfono: no es un número al que podamos llamar",
        "consent": "Consentimiento: marque la casilla para enviar la denuncia",
        "future": "Fecha de la pérdida: no puede ser una fecha futura",
        "too_many": "Ha enviado este formulario muchas veces",
        "not_found": "No hemos encontrado ninguna denuncia con este número",
        "open": "Abierta: de momento ningún objeto entregado coincide",
        "waiting": "Puede que un objeto entregado sea suyo",
        "found": "Su objeto está en la oficina",
        "closed": "Esta denuncia está cerrada",
        "withdrawn": "Su denuncia se ha retirado.",
        "added": "Se han añadido sus detalles.",
        "web": "declarada por internet",
    },
    "de": {
        "heading": "Verlust melden",
        "declared": "Ihr Verlust ist gemeldet",
        "required": "Was Sie verloren haben: Pflichtfeld",
        "bad_phone": "Telefonnummer: ist keine Nummer, unter der wir Sie erreichen",
        "consent": "Einwilligung: Bitte ankreuzen, um die Meldung abzusenden",
        "future": "Datum des Verlusts: darf nicht in der Zukunft liegen",
        "too_many": "Sie haben dieses Formular in der letzten Stunde sehr oft gesendet",
        "not_found": "Wir haben keine Meldung mit dieser Nummer",
        "open": "Offen: Noch passt kein abgegebener Gegenstand dazu",
        "waiting": "Ein abgegebener Gegenstand könnte Ihrer sein",
        "found": "Ihr Gegenstand ist im Fundbüro",
        "closed": "Diese Meldung ist abgeschlossen",
        "withdrawn": "Ihre Meldung ist zurückgezogen.",
        "added": "Ihre Details wurden hinzugefügt.",
        "web": "online gemeldet",
    },
}
LANGUAGES = tuple(WORDS)
WALLET = {
    "fr": "portefeuille noir en cuir",
    "en": "black leather wallet",
    "es": "cartera negra de piel",
    "de": "schwarze Brieftasche aus Leder",
}


def declaration(**changes: str) -> dict[str, str]:
    form = {
        "description": "black leather wallet with my Navigo pass",
        "lost_on": days_ago(1).isoformat(),
        "lost_at": "Métro ligne 4",
        "phone": "06 12 34 56 78",
        "email": "",
        "consent": "y",
    }
    form.update(changes)
    return {name: value for name, value in form.items() if value is not None}


def declare(client: FlaskClient, language: str = "en", **changes: str) -> TestResponse:
    """Open /declare?lang=xx, then send the form with its token."""
    token = token_in(client.get(f"/declare?lang={language}").get_data(as_text=True))
    changes = {"description": WALLET[language], **changes}
    return client.post("/declare", data={"csrf_token": token, **declaration(**changes)})
