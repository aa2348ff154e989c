"""Demonstration found items, dated relative to today, for `make run` and trying the line."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from lost_items.items import FoundItemDraft, log_found_item

__all__ = ["DEMO_ITEMS", "load_demo_items"]

# (days ago, description as a clerk would type it, language, place found)
DEMO_ITEMS: tuple[tuple[int, str, str, str], ...] = (
    (0, "Portefeuille en cuir noir, carte Navigo", "fr", "Métro ligne 4 - Châtelet"),
    (0, "Parapluie pliant noir", "fr", "Bus 38"),
    (1, "iPhone 13 coque rose", "fr", "Métro ligne 1 - Bastille"),
    (1, "Sac à dos Eastpak bleu marine, cahiers", "fr", "RER B - Gare du Nord"),
    (1, "Trousseau de clés avec porte-clés rouge", "fr", "Bus 91"),
    (2, "Lunettes de soleil Ray-Ban noires", "fr", "Taxi G7"),
    (2, "Portefeuille marron en cuir", "fr", "Métro ligne 14 - Gare de Lyon"),
    (2, "Écharpe en cachemire grise", "fr", "Musée du Louvre"),
    (3, "Valise à roulettes rouge Samsonite", "fr", "Aéroport CDG T2"),
    (3, "Samsung Galaxy S22 noir, écran fissuré", "fr", "Métro ligne 9 - Trocadéro"),
    (3, "Passeport espagnol", "fr", "Gare Montparnasse"),
    (4, "Doudou lapin blanc", "fr", "Jardin du Luxembourg"),
    (4, "Veste en jean bleue", "fr", "Bus 69"),
    (5, "Écouteurs AirPods blancs dans leur boîtier", "fr", "Métro ligne 6 - Bir-Hakeim"),
    (5, "Sac à main Longchamp beige", "fr", "Galeries Lafayette"),
    (6, "Lunettes de vue monture dorée", "fr", "Bus 27"),
    (6, "Parapluie long bleu", "fr", "Métro ligne 4 - Saint-Michel"),
    (7, "Carte d'identité allemande", "fr", "Gare de l'Est"),
    (8, "Ordinateur portable MacBook gris dans une housse noire", "fr", "RER A - La Défense"),
    (9, "Montre dorée à bracelet cuir marron", "fr", "Métro ligne 2 - Anvers"),
    (10, "Black leather gloves", "en", "Eurostar - Gare du Nord"),
    (11, "Vélo pliant vert", "fr", "RER C - Champ de Mars"),
    (12, "Guitare dans une housse noire", "fr", "Métro ligne 12 - Pigalle"),
    (13, "Appareil auditif beige", "fr", "Bus 63"),
    (14, "Bonnet en laine rouge", "fr", "Tramway T3"),
    (15, "Sac à dos Nike bleu", "fr", "Métro ligne 8 - Opéra"),
    (20, "Parapluie pliant noir", "fr", "Bus 38"),
    (25, "Manteau noir en laine", "fr", "Théâtre du Châtelet"),
    (30, "Tablette iPad argentée", "fr", "Aéroport Orly"),
    (40, "Permis de conduire britannique", "fr", "Taxi G7"),
)


def load_demo_items(session: Session, *, today: date) -> int:
    for days_ago, description, language, place in DEMO_ITEMS:
        draft = FoundItemDraft(
            description=description,
            found_on=today - timedelta(days=days_ago),
            found_at=place,
            language=language,
        )
        log_found_item(session, draft)
    return len(DEMO_ITEMS)
