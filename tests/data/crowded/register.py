"""Background register generator for the crowded matching evaluation.

Produces clerk-style entries that look like the daily intake of the Paris police
lost-property office (metro, RER, buses, stations, airports, taxis, shops, police
stations).  Pure standard library; nothing is imported from the project.

    background_items(count, *, end, per_day=450, seed=17) -> Iterator[dict]

Each dict is {"description", "language" ("fr"|"en"), "found_on" ("YYYY-MM-DD"),
"found_at"}.  Items are produced day by day going back in time from `end`
(about `per_day` a day, varying +-20 % from day to day).  Every description is
distinct: when a freshly drawn entry repeats an earlier one, it is redrawn with one
more ordinary detail (a scratch, a sticker, a label...), never with a counter.

Deliberately ABSENT from the background (so that the absent calls of the data set
cannot be matched by it): drones, game consoles, instant/Polaroid cameras, trombones,
accordions, skateboards, snowboards, golf bags, sewing machines, pet carriers,
garment bags / wedding dresses, baby car seats, hearing aids, Japanese, Brazilian and
Canadian papers.  Also absent: engraved first names and lost single earbuds
described by side (these are the details that identify the owners of the groups).
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Iterator

# --------------------------------------------------------------------------- places
METRO = {
    1: [
        "Châtelet",
        "Bastille",
        "Nation",
        "La Défense",
        "Concorde",
        "Gare de Lyon",
        "Charles de Gaulle - Étoile",
        "Hôtel de Ville",
        "Porte Maillot",
        "Château de Vincennes",
    ],
    2: [
        "Barbès - Rochechouart",
        "Pigalle",
        "Place de Clichy",
        "Belleville",
        "Nation",
        "Porte Dauphine",
        "Stalingrad",
    ],
    3: ["Opéra", "République", "Gallieni", "Havre - Caumartin", "Pont de Levallois", "Parmentier"],
    4: [
        "Châtelet",
        "Montparnasse - Bienvenüe",
        "Gare du Nord",
        "Strasbourg - Saint-Denis",
        "Porte d'Orléans",
        "Saint-Michel",
        "Barbès - Rochechouart",
    ],
    5: [
        "Bastille",
        "Gare d'Austerlitz",
        "Place d'Italie",
        "Bobigny - Pablo Picasso",
        "Gare de l'Est",
        "Jaurès",
    ],
    6: ["Bir-Hakeim", "Trocadéro", "Nation", "Denfert-Rochereau", "Place d'Italie", "Pasteur"],
    7: [
        "Opéra",
        "Chaussée d'Antin",
        "Pont Marie",
        "Porte d'Ivry",
        "Villejuif - Louis Aragon",
        "La Courneuve",
    ],
    8: [
        "Madeleine",
        "Bastille",
        "Créteil - Préfecture",
        "Balard",
        "Invalides",
        "Richelieu - Drouot",
    ],
    9: [
        "République",
        "Nation",
        "Grands Boulevards",
        "Franklin D. Roosevelt",
        "Pont de Sèvres",
        "Mairie de Montreuil",
        "Trocadéro",
    ],
    10: [
        "Odéon",
        "Jussieu",
        "Boulogne - Pont de Saint-Cloud",
        "Sèvres - Babylone",
        "Gare d'Austerlitz",
    ],
    11: ["Châtelet", "Belleville", "Arts et Métiers", "Mairie des Lilas", "Rosny-Bois-Perrier"],
    12: [
        "Concorde",
        "Montparnasse - Bienvenüe",
        "Pigalle",
        "Mairie d'Issy",
        "Front Populaire",
        "Madeleine",
    ],
    13: [
        "Saint-Lazare",
        "Montparnasse - Bienvenüe",
        "Place de Clichy",
        "Saint-Denis - Université",
        "Châtillon - Montrouge",
        "Invalides",
    ],
    14: [
        "Gare de Lyon",
        "Saint-Lazare",
        "Châtelet",
        "Olympiades",
        "Bibliothèque François Mitterrand",
        "Saint-Denis Pleyel",
        "Orly",
    ],
}
RER = {
    "A": [
        "Châtelet-Les Halles",
        "La Défense",
        "Nation",
        "Marne-la-Vallée - Chessy",
        "Gare de Lyon",
        "Auber",
        "Saint-Germain-en-Laye",
    ],
    "B": [
        "Gare du Nord",
        "Châtelet-Les Halles",
        "Denfert-Rochereau",
        "Aéroport CDG 2",
        "Massy-Palaiseau",
        "Luxembourg",
        "Stade de France",
    ],
    "C": [
        "Saint-Michel - Notre-Dame",
        "Champ de Mars - Tour Eiffel",
        "Versailles Château",
        "Gare d'Austerlitz",
        "Invalides",
    ],
    "D": ["Gare de Lyon", "Gare du Nord", "Châtelet-Les Halles", "Stade de France"],
    "E": ["Magenta", "Haussmann - Saint-Lazare", "Nanterre - La Folie"],
}
BUSES = [
    20,
    21,
    24,
    26,
    27,
    29,
    30,
    31,
    32,
    35,
    38,
    39,
    42,
    47,
    52,
    56,
    58,
    60,
    62,
    63,
    68,
    69,
    70,
    72,
    73,
    74,
    80,
    83,
    85,
    86,
    87,
    91,
    92,
    93,
    95,
    96,
    183,
    350,
]
STATIONS = [
    "Gare de Lyon",
    "Gare du Nord",
    "Gare de l'Est",
    "Gare Montparnasse",
    "Gare Saint-Lazare",
    "Gare d'Austerlitz",
    "Gare de Bercy",
]
AIRPORTS = [
    "Aéroport CDG T1",
    "Aéroport CDG T2",
    "Aéroport CDG T3",
    "Aéroport d'Orly - Orly 1",
    "Aéroport d'Orly - Orly 3",
    "Aéroport d'Orly - Orly 4",
    "Aéroport Beauvais",
]
TAXIS = ["Taxi G7", "Taxi G7", "Taxi Alpha", "VTC Uber", "VTC Bolt", "Taxi parisien"]
SHOPS = [
    "Galeries Lafayette",
    "Printemps Haussmann",
    "BHV Marais",
    "Forum des Halles",
    "Centre commercial Italie 2",
    "Carrefour Market",
    "Monoprix Opéra",
    "Musée du Louvre",
    "Tour Eiffel",
    "Parc des Princes",
    "Accor Arena",
    "Jardin du Luxembourg",
    "Cinéma UGC Les Halles",
    "Fnac Saint-Lazare",
]
ARRDT = ["1er"] + [f"{i}e" for i in range(2, 21)]


def _place(r: random.Random) -> str:
    x = r.random()
    if x < 0.30:
        line = r.choice(list(METRO))
        return f"Métro ligne {line} - {r.choice(METRO[line])}"
    if x < 0.42:
        return f"Bus {r.choice(BUSES)}"
    if x < 0.52:
        ln = r.choice(list(RER))
        return f"RER {ln} - {r.choice(RER[ln])}"
    if x < 0.60:
        s = r.choice(STATIONS)
        return (
            s
            if r.random() < 0.6
            else f"{s} - {r.choice(['hall 1', 'hall 2', 'quai TGV', 'voie 5', 'salle d’attente', 'toilettes'])}"
        )
    if x < 0.68:
        return r.choice(AIRPORTS)
    if x < 0.74:
        return r.choice(TAXIS)
    if x < 0.83:
        return r.choice(SHOPS)
    return f"Commissariat {r.choice(ARRDT)}"


# --------------------------------------------------------------------------- vocab
COL_M = [
    "noir",
    "noir",
    "noir",
    "gris",
    "bleu",
    "bleu marine",
    "blanc",
    "rouge",
    "vert",
    "marron",
    "beige",
    "rose",
    "violet",
    "jaune",
    "kaki",
    "bordeaux",
    "argenté",
    "doré",
    "orange",
    "gris anthracite",
]
COL_F = {
    "noir": "noire",
    "gris": "grise",
    "bleu": "bleue",
    "bleu marine": "bleu marine",
    "blanc": "blanche",
    "rouge": "rouge",
    "vert": "verte",
    "marron": "marron",
    "beige": "beige",
    "rose": "rose",
    "violet": "violette",
    "jaune": "jaune",
    "kaki": "kaki",
    "bordeaux": "bordeaux",
    "argenté": "argentée",
    "doré": "dorée",
    "orange": "orange",
    "gris anthracite": "gris anthracite",
    "transparent": "transparente",
    "turquoise": "turquoise",
    "camel": "camel",
    "fuchsia": "fuchsia",
    "écru": "écrue",
    "multicolore": "multicolore",
    "léopard": "léopard",
    "pailleté": "pailletée",
}
COL_EN = {
    "noir": "black",
    "gris": "grey",
    "bleu": "blue",
    "bleu marine": "navy",
    "blanc": "white",
    "rouge": "red",
    "vert": "green",
    "marron": "brown",
    "beige": "beige",
    "rose": "pink",
    "violet": "purple",
    "jaune": "yellow",
    "kaki": "khaki",
    "bordeaux": "burgundy",
    "argenté": "silver",
    "doré": "gold",
    "orange": "orange",
    "gris anthracite": "charcoal",
    "transparent": "clear",
    "turquoise": "turquoise",
    "camel": "camel",
    "fuchsia": "fuchsia",
    "écru": "off-white",
    "multicolore": "multicoloured",
    "léopard": "leopard-print",
    "pailleté": "glittery",
}
CASE_COLS = [
    "noir",
    "noir",
    "transparent",
    "transparent",
    "rose",
    "bleu",
    "rouge",
    "vert",
    "violet",
    "blanc",
    "jaune",
    "gris",
    "turquoise",
    "marron",
    "pailleté",
    "léopard",
    "multicolore",
    "bordeaux",
    "kaki",
    "orange",
]


def f(c: str) -> str:
    return COL_F.get(c, c)


PHONES = [
    (
        "iPhone",
        [
            "iPhone 8",
            "iPhone SE",
            "iPhone X",
            "iPhone XR",
            "iPhone 11",
            "iPhone 11 Pro",
            "iPhone 12",
            "iPhone 12 mini",
            "iPhone 12 Pro",
            "iPhone 13",
            "iPhone 13 mini",
            "iPhone 13 Pro",
            "iPhone 14",
            "iPhone 14 Plus",
            "iPhone 14 Pro",
            "iPhone 14 Pro Max",
            "iPhone 15",
            "iPhone 15 Pro",
            "iPhone 15 Pro Max",
            "iPhone 16",
            "iPhone 16 Pro",
        ],
    ),
    (
        "Samsung",
        [
            "Samsung Galaxy A12",
            "Samsung Galaxy A13",
            "Samsung Galaxy A14",
            "Samsung Galaxy A15",
            "Samsung Galaxy A25",
            "Samsung Galaxy A34",
            "Samsung Galaxy A35",
            "Samsung Galaxy A52",
            "Samsung Galaxy A53",
            "Samsung Galaxy A54",
            "Samsung Galaxy A55",
            "Samsung Galaxy S20",
            "Samsung Galaxy S21",
            "Samsung Galaxy S22",
            "Samsung Galaxy S23",
            "Samsung Galaxy S23 Ultra",
            "Samsung Galaxy S24",
            "Samsung Galaxy Z Flip5",
            "Samsung Galaxy Z Fold5",
        ],
    ),
    (
        "Xiaomi",
        [
            "Xiaomi Redmi 12",
            "Xiaomi Redmi 13C",
            "Xiaomi Redmi Note 11",
            "Xiaomi Redmi Note 12",
            "Xiaomi Redmi Note 13",
            "Xiaomi Redmi Note 13 Pro",
            "Xiaomi 13T",
            "Xiaomi Poco X5",
        ],
    ),
    (
        "Google",
        [
            "Google Pixel 6a",
            "Google Pixel 7",
            "Google Pixel 7a",
            "Google Pixel 8",
            "Google Pixel 8 Pro",
        ],
    ),
    (
        "autre",
        [
            "Oppo A78",
            "Oppo Reno 10",
            "Huawei P30",
            "Huawei P30 Lite",
            "Motorola Moto G54",
            "Honor 90",
            "OnePlus Nord",
            "Nokia G21",
            "Realme C55",
            "Crosscall Core-X5",
            "Wiko",
        ],
    ),
]
PHONE_W = [36, 30, 12, 6, 16]
PHONE_COLS = [
    "noir",
    "noir",
    "noir",
    "noir",
    "blanc",
    "bleu",
    "gris",
    "rose",
    "violet",
    "vert",
    "argenté",
    "doré",
    "rouge",
    "bleu marine",
    "jaune",
]
PHONE_CASE_KINDS = [
    "coque",
    "coque silicone",
    "coque rigide",
    "étui à rabat",
    "étui portefeuille",
    "coque à paillettes",
    "coque MagSafe",
    "coque antichoc",
    "coque en cuir",
    "coque avec porte-cartes",
    "coque avec anneau",
    "coque avec cordon",
]
SCREEN = [
    "écran fissuré",
    "écran cassé",
    "écran fêlé en haut",
    "écran fêlé en bas",
    "vitre arrière cassée",
    "coin abîmé",
    "écran rayé",
    "protection d'écran fendue",
    "écran intact",
    "batterie à plat",
    "éteint",
    "allumé, verrouillé",
]

CARDS = [
    "carte Navigo",
    "carte Vitale",
    "CB",
    "carte bancaire",
    "permis de conduire",
    "CNI",
    "carte étudiant",
    "carte de fidélité Monoprix",
    "carte mutuelle",
    "titre de séjour",
    "ticket de métro",
    "passe Navigo Découverte",
    "carte Imagine R",
    "tickets de caisse",
    "carte de visite",
    "photos d'identité",
    "carte Pass Culture",
    "carte Carrefour",
    "Carte Grise",
    "chéquier",
    "carte de cantine",
    "badge de travail",
    "ordonnance",
    "carte de bibliothèque",
    "carte Fnac",
]
NAMES = [
    "MARTIN",
    "BERNARD",
    "DUBOIS",
    "THOMAS",
    "ROBERT",
    "RICHARD",
    "PETIT",
    "DURAND",
    "LEROY",
    "MOREAU",
    "SIMON",
    "LAURENT",
    "LEFEBVRE",
    "MICHEL",
    "GARCIA",
    "DAVID",
    "BERTRAND",
    "ROUX",
    "VINCENT",
    "FOURNIER",
    "MOREL",
    "GIRARD",
    "ANDRE",
    "MERCIER",
    "DUPONT",
    "LAMBERT",
    "BONNET",
    "FRANCOIS",
    "MARTINEZ",
    "LEGRAND",
    "GARNIER",
    "FAURE",
    "ROUSSEAU",
    "BLANC",
    "GUERIN",
    "MULLER",
    "HENRY",
    "ROUSSEL",
    "NICOLAS",
    "PERRIN",
    "MORIN",
    "MATHIEU",
    "CLEMENT",
    "GAUTHIER",
    "DUMONT",
    "LOPEZ",
    "FONTAINE",
    "CHEVALIER",
    "ROBIN",
    "NGUYEN",
    "BENALI",
    "DIALLO",
    "TRAORE",
    "HADDAD",
    "KOWALSKI",
    "SILVA",
    "FERREIRA",
    "ROSSI",
    "POPESCU",
    "SCHMIDT",
    "SMITH",
    "KHAN",
    "CHEN",
    "WANG",
    "COHEN",
    "BENOIT",
    "LEMAIRE",
    "CARON",
    "BRUN",
    "BARBIER",
]
INITIALS = "ABCDEFGHIJKLMNOPRSTVY"


def _name(r: random.Random) -> str:
    return f"au nom de {r.choice(NAMES)} {r.choice(INITIALS)}."


def _cards(r: random.Random, k: int) -> str:
    return ", ".join(r.sample(CARDS, k))


# --------------------------------------------------------------------------- French families
def phone_fr(r):
    brand = r.choices(PHONES, weights=PHONE_W)[0]
    model = r.choice(brand[1])
    col = r.choice(PHONE_COLS)
    head = r.choice(["Tél. portable", "Téléphone portable", "Smartphone", "Téléphone", "Tél.", ""])
    s = f"{head} {model} {col}".strip()
    bits = []
    if r.random() < 0.7:
        bits.append(f"{r.choice(PHONE_CASE_KINDS)} {f(r.choice(CASE_COLS))}")
    else:
        bits.append("sans coque")
    if r.random() < 0.5:
        bits.append(r.choice(SCREEN))
    if r.random() < 0.15:
        bits.append(
            r.choice(
                [
                    "carte Navigo dans la coque",
                    "CB dans la coque",
                    "ticket de métro dans la coque",
                    "photo glissée sous la coque",
                    "autocollant au dos",
                    "dragonne",
                    "cordon tour de cou",
                    "PopSocket",
                    "fond d'écran photo d'un chien",
                    "fond d'écran photo d'enfants",
                    "fond d'écran paysage",
                ]
            )
        )
    return s + ", " + ", ".join(bits)


def wallet_fr(r):
    kind = r.choice(
        [
            "Portefeuille",
            "Portefeuille",
            "Porte-monnaie",
            "Porte-cartes",
            "Compagnon",
            "Porte-feuille",
            "Pochette porte-cartes",
        ]
    )
    col = r.choices(
        [
            "noir",
            "marron",
            "bleu marine",
            "rouge",
            "beige",
            "rose",
            "gris",
            "vert",
            "bordeaux",
            "camel",
        ],
        weights=[40, 18, 6, 6, 5, 5, 5, 3, 4, 4],
    )[0]
    mat = r.choice(
        ["en cuir", "en cuir", "en simili cuir", "en tissu", "", "en cuir grainé", "en toile"]
    )
    brand = r.choice(
        [
            "",
            "",
            "",
            "Lacoste",
            "Longchamp",
            "Fossil",
            "Tommy Hilfiger",
            "Guess",
            "Michael Kors",
            "Calvin Klein",
            "Hugo Boss",
            "Louis Vuitton",
            "Le Tanneur",
            "Zara",
            "Kipling",
        ]
    )
    adj = col if kind != "Pochette porte-cartes" and kind != "Compagnon" else col
    if kind in ("Porte-cartes", "Portefeuille", "Porte-monnaie", "Porte-feuille", "Compagnon"):
        s = f"{kind} {brand} {mat} {adj}"
    else:
        s = f"{kind} {brand} {mat} {f(adj)}"
    s = " ".join(s.split())
    k = r.choice([0, 1, 1, 2, 2, 3, 4])
    if k:
        s += f", contient {_cards(r, k)}"
    else:
        s += r.choice(
            [
                ", vide",
                ", sans papiers",
                ", quelques pièces",
                ", contient monnaie",
                ", contient 20 €",
            ]
        )
    if r.random() < 0.25:
        s += " " + _name(r)
    if r.random() < 0.2:
        s += ", " + r.choice(
            [
                "fermeture éclair cassée",
                "bouton-pression cassé",
                "coins usés",
                "couture décousue",
                "porte-clés attaché",
                "élastique autour",
            ]
        )
    return s


def papers_fr(r):
    kind = r.choice(
        [
            "CNI",
            "CNI",
            "Carte d'identité",
            "Passeport",
            "Passeport",
            "Permis de conduire",
            "Titre de séjour",
            "Carte Vitale",
            "Carte Navigo",
            "Carte Imagine R",
            "Carte étudiant",
            "Carte grise",
            "Livret de famille",
            "Carte de résident",
        ]
    )
    nat = r.choice(
        [
            "française",
            "française",
            "française",
            "italienne",
            "espagnole",
            "portugaise",
            "roumaine",
            "allemande",
            "belge",
            "polonaise",
            "marocaine",
            "algérienne",
            "tunisienne",
            "américaine",
            "britannique",
            "chinoise",
            "indienne",
            "sénégalaise",
            "ivoirienne",
            "ukrainienne",
            "turque",
            "colombienne",
            "mexicaine",
            "suisse",
            "néerlandaise",
        ]
    )
    if kind in ("CNI", "Carte d'identité", "Carte de résident"):
        s = f"{kind} {nat}"
    elif kind in ("Passeport", "Permis de conduire"):
        s = f"{kind} {_masc(nat)}"
    elif kind == "Titre de séjour":
        s = kind
    else:
        s = kind
    if r.random() < 0.55:
        s += " " + _name(r)
    if r.random() < 0.5:
        sl = r.choice(
            [
                "pochette plastique",
                "étui",
                "protège-passeport",
                "pochette",
                "porte-cartes",
                "étui plastique",
            ]
        )
        col = r.choice(["bleu", "noir", "transparent", "rouge", "vert", "marron", "rose", "gris"])
        s += f", dans une {sl} {f(col)}" if sl.startswith("pochette") else f", dans un {sl} {col}"
    if r.random() < 0.2:
        s += ", " + r.choice(
            [
                "avec CB",
                "avec carte Vitale",
                "avec photos d'identité",
                "avec billet SNCF",
                "avec carte d'embarquement",
                "coin plié",
                "abîmé par l'eau",
                "expiré",
                "avec ticket de métro",
            ]
        )
    return s


def _masc(nat: str) -> str:
    table = {
        "française": "français",
        "italienne": "italien",
        "espagnole": "espagnol",
        "portugaise": "portugais",
        "roumaine": "roumain",
        "allemande": "allemand",
        "belge": "belge",
        "polonaise": "polonais",
        "marocaine": "marocain",
        "algérienne": "algérien",
        "tunisienne": "tunisien",
        "américaine": "américain",
        "britannique": "britannique",
        "chinoise": "chinois",
        "indienne": "indien",
        "sénégalaise": "sénégalais",
        "ivoirienne": "ivoirien",
        "ukrainienne": "ukrainien",
        "turque": "turc",
        "colombienne": "colombien",
        "mexicaine": "mexicain",
        "suisse": "suisse",
        "néerlandaise": "néerlandais",
    }
    return table[nat]


KEYRINGS = [
    "porte-clés Tour Eiffel",
    "porte-clés en cuir marron",
    "porte-clés PSG",
    "porte-clés OM",
    "porte-clés mousqueton",
    "porte-clés décapsuleur",
    "porte-clés peluche",
    "porte-clés Mickey",
    "porte-clés cœur rouge",
    "porte-clés lampe",
    "porte-clés Hello Kitty",
    "porte-clés jeton de caddie",
    "porte-clés Stitch",
    "porte-clés Pikachu",
    "porte-clés Real Madrid",
    "porte-clés pompon",
    "porte-clés tressé",
    "porte-clés Bretagne",
    "porte-clés dé",
    "porte-clés Lego",
    "porte-clés Renault",
    "porte-clés Peugeot",
    "porte-clés New York",
    "porte-clés fer à cheval",
    "porte-clés main de Fatma",
    "porte-clés coccinelle",
    "porte-clés étoile",
    "porte-clés tortue",
    "porte-clés ananas",
    "porte-clés avocat",
]


def keys_fr(r):
    n = r.choice(
        [
            "1 clé",
            "2 clés",
            "3 clés",
            "4 clés",
            "5 clés",
            "6 clés",
            "7 clés",
            "8 clés",
            "plusieurs clés",
            "1 clé plate",
            "2 clés plates",
            "1 clé de boîte aux lettres",
        ]
    )
    head = r.choice(["Trousseau de", "Jeu de", "Clés :", "Trousseau"])
    s = f"{head} {n}" if head != "Trousseau" else f"Trousseau {n}"
    bits = []
    if r.random() < 0.7:
        bits.append(r.choice(KEYRINGS))
    if r.random() < 0.45:
        bits.append(
            f"badge {r.choice(['Vigik', 'magnétique', 'parking', 'immeuble'])} {r.choice(['bleu', 'noir', 'rouge', 'gris', 'vert', 'jaune', 'blanc', 'orange'])}"
        )
    if r.random() < 0.2:
        bits.append(
            f"clé de voiture {r.choice(['Renault', 'Peugeot', 'Citroën', 'Volkswagen', 'Toyota', 'Fiat', 'BMW', 'Dacia', 'Audi', 'Ford', 'Mercedes', 'Opel'])}"
        )
    if r.random() < 0.15:
        bits.append(
            r.choice(
                [
                    "clé de cadenas",
                    "clé Fichet",
                    "clé Vachette",
                    "clé Abus",
                    "anneau doré",
                    "anneau argenté",
                    "étiquette cartonnée",
                    "clé colorée verte",
                    "clé colorée rose",
                    "clé de vélo",
                ]
            )
        )
    return s + (", " + ", ".join(bits) if bits else "")


def glasses_fr(r):
    kind = r.choice(
        [
            "Lunettes de vue",
            "Lunettes de vue",
            "Lunettes de soleil",
            "Lunettes de soleil",
            "Lunettes",
            "Lunettes de lecture",
            "Lunettes enfant",
        ]
    )
    col = r.choice(
        [
            "noir",
            "noir",
            "écaille",
            "doré",
            "argenté",
            "transparent",
            "bleu",
            "rouge",
            "marron",
            "rose",
            "vert",
            "gris",
        ]
    )
    mon = f"monture {f(col) if col not in ('écaille',) else 'écaille'}"
    brand = r.choice(
        [
            "",
            "",
            "Ray-Ban",
            "Ray-Ban Wayfarer",
            "Ray-Ban Aviator",
            "Oakley",
            "Persol",
            "Gucci",
            "Prada",
            "Dior",
            "Chanel",
            "Carrera",
            "Polaroid",
            "Vuarnet",
            "Afflelou",
            "Tom Ford",
            "Lacoste",
            "Police",
            "Jimmy Fairly",
            "Polette",
        ]
    )
    s = f"{kind} {brand} {mon}".replace("  ", " ")
    if r.random() < 0.55:
        s += f", étui {r.choice(['rigide', 'souple', 'en tissu', 'à rabat', 'aimanté', ''])} {r.choice(['noir', 'bleu', 'marron', 'gris', 'rouge', 'vert', 'beige', 'rose', 'blanc'])}".replace(
            "  ", " "
        )
        if r.random() < 0.4:
            s += f" {r.choice(['Optic 2000', 'Krys', 'Alain Afflelou', 'Grand Optical', 'Atol', 'Générale d’Optique', 'Optical Center', 'Lissac'])}"
    else:
        s += ", sans étui"
    if r.random() < 0.25:
        s += ", " + r.choice(
            [
                "branche tordue",
                "verre fêlé",
                "une branche cassée",
                "verres progressifs",
                "verres teintés",
                "plaquette manquante",
                "cordon",
                "verre gauche rayé",
                "verre droit rayé",
                "verres polarisés",
            ]
        )
    return s


UMB_BR = [
    "",
    "",
    "",
    "Isotoner",
    "Knirps",
    "Totes",
    "Euro Schirm",
    "Decathlon",
    "Guy de Jean",
    "Fulton",
    "Burberry",
]


def umbrella_fr(r):
    kind = r.choice(
        [
            "Parapluie pliant",
            "Parapluie pliant",
            "Parapluie",
            "Grand parapluie",
            "Parapluie canne",
            "Parapluie golf",
            "Parapluie enfant",
        ]
    )
    col = r.choice(
        [
            "noir",
            "noir",
            "noir",
            "bleu marine",
            "bleu",
            "rouge",
            "gris",
            "vert",
            "rose",
            "transparent",
            "multicolore",
            "beige",
            "violet",
            "jaune",
        ]
    )
    pat = r.choice(
        [
            "",
            "",
            "",
            "à pois blancs",
            "à carreaux",
            "à fleurs",
            "rayé",
            "motif écossais",
            "imprimé tour Eiffel",
            "motif chats",
            "motif dinosaures",
        ]
    )
    s = " ".join(f"{kind} {r.choice(UMB_BR)} {col} {pat}".split())
    if r.random() < 0.5:
        s += ", " + r.choice(
            [
                "poignée bois",
                "poignée en bois courbée",
                "poignée caoutchouc",
                "poignée plastique noire",
                "manche recourbé",
                "avec housse",
                "sans housse",
                "baleine cassée",
                "ouverture automatique",
                "dragonne",
                "poignée cuir",
                "toile déchirée",
            ]
        )
    return s


BAG_BR = [
    "Eastpak",
    "Nike",
    "Adidas",
    "The North Face",
    "Herschel",
    "Fjällräven Kånken",
    "Decathlon Quechua",
    "Jansport",
    "Puma",
    "Samsonite",
    "Kipling",
    "Vans",
    "Lacoste",
    "Tommy Hilfiger",
    "Napapijri",
    "Rip Curl",
    "Under Armour",
    "Dell",
    "Targus",
    "Cabaia",
    "Longchamp",
    "Sandqvist",
    "Carhartt",
    "Jordan",
]
BAG_CONT = [
    "ordinateur portable",
    "chargeur",
    "trousse",
    "cahiers",
    "livres",
    "vêtements de sport",
    "gourde",
    "affaires de piscine",
    "classeur",
    "tenue de travail",
    "chaussures de sport",
    "agenda",
    "manuels scolaires",
    "trousse de toilette",
    "médicaments",
    "lunettes de soleil",
    "câbles",
    "boîte à repas",
    "parapluie",
    "pull",
    "clés USB",
    "dossiers",
    "bouteille d'eau",
    "écouteurs filaires",
    "tablette",
    "gants",
    "bonnet",
    "paquet de mouchoirs",
    "jeux de cartes",
    "appareil photo",
]


def backpack_fr(r):
    col = r.choice(
        [
            "noir",
            "noir",
            "noir",
            "gris",
            "bleu marine",
            "bleu",
            "kaki",
            "rouge",
            "vert",
            "beige",
            "rose",
            "jaune",
            "bordeaux",
            "camouflage",
        ]
    )
    s = " ".join(f"Sac à dos {r.choice(BAG_BR + ['', '', '', ''])} {col}".split())
    k = r.choice([0, 1, 2, 2, 3])
    if k:
        s += ", contient " + ", ".join(r.sample(BAG_CONT, k))
    else:
        s += r.choice([", vide", "", ", contenu divers"])
    if r.random() < 0.3:
        s += ", " + r.choice(
            [
                "fermeture éclair cassée",
                "bretelle cassée",
                "écusson brodé",
                "badges épinglés",
                "porte-clés accroché",
                "bande réfléchissante",
                "poche latérale déchirée",
                "cadenas",
                "étiquette bagage",
                "patch drapeau",
            ]
        )
    return s


def handbag_fr(r):
    kind = r.choice(
        [
            "Sac à main",
            "Sac à main",
            "Sac cabas",
            "Sac bandoulière",
            "Pochette",
            "Sac banane",
            "Tote bag",
            "Sac besace",
            "Sacoche",
        ]
    )
    col = r.choice(
        [
            "noir",
            "noir",
            "noir",
            "marron",
            "beige",
            "camel",
            "rouge",
            "bleu marine",
            "rose",
            "blanc",
            "vert",
            "gris",
            "bordeaux",
            "doré",
        ]
    )
    mat = r.choice(
        ["en cuir", "en cuir", "en simili cuir", "en toile", "en nylon", "", "en daim", "en tissu"]
    )
    br = r.choice(
        [
            "",
            "",
            "Longchamp",
            "Longchamp Le Pliage",
            "Michael Kors",
            "Guess",
            "Zara",
            "Mango",
            "Sézane",
            "Lancel",
            "Lacoste",
            "Kipling",
            "Coach",
            "Desigual",
            "Le Tanneur",
            "Furla",
            "H&M",
            "Vanessa Bruno",
            "Polène",
            "Chanel",
            "Louis Vuitton",
        ]
    )
    colw = f(col) if kind in ("Pochette", "Sacoche", "Sac banane") else col
    s = " ".join(f"{kind} {br} {mat} {colw}".split())
    k = r.choice([0, 1, 2, 3])
    cont = [
        "portefeuille",
        "porte-monnaie",
        "clés",
        "trousse de maquillage",
        "lunettes",
        "téléphone",
        "agenda",
        "mouchoirs",
        "chargeur",
        "carnet",
        "stylo",
        "rouge à lèvres",
        "parfum",
        "carte Navigo",
        "CB",
        "écouteurs",
        "brosse à cheveux",
        "médicaments",
        "livre",
        "gants",
    ]
    if k:
        s += ", contient " + ", ".join(r.sample(cont, k))
    if r.random() < 0.2:
        s += ", " + r.choice(
            [
                "anse cassée",
                "fermeture éclair cassée",
                "foulard noué à l'anse",
                "bandoulière manquante",
                "doublure déchirée",
                "breloque accrochée",
                "coins usés",
            ]
        )
    return s


def luggage_fr(r):
    kind = r.choice(
        [
            "Valise",
            "Valise cabine",
            "Valise à roulettes",
            "Grande valise",
            "Sac de voyage",
            "Sac de sport",
            "Sac polochon",
            "Valise rigide",
            "Trolley",
            "Sac de voyage à roulettes",
        ]
    )
    col = r.choice(
        [
            "noir",
            "noir",
            "noir",
            "gris",
            "bleu marine",
            "bleu",
            "rouge",
            "rose",
            "vert",
            "argenté",
            "violet",
            "blanc",
            "bordeaux",
            "kaki",
        ]
    )
    br = r.choice(
        [
            "",
            "",
            "Samsonite",
            "Delsey",
            "American Tourister",
            "Eastpak",
            "Cabin Zero",
            "Rimowa",
            "Nike",
            "Adidas",
            "Decathlon",
            "Lacoste",
            "Roncato",
            "Travelite",
            "Carrefour",
        ]
    )
    colw = f(col) if kind.startswith("Valise") or kind == "Grande valise" else col
    s = " ".join(f"{kind} {br} {colw}".split())
    if r.random() < 0.6:
        k = r.choice([1, 2, 3])
        cont = [
            "vêtements",
            "vêtements de femme",
            "vêtements d'enfant",
            "chaussures",
            "trousse de toilette",
            "linge",
            "affaires de sport",
            "serviette",
            "documents",
            "cadeaux emballés",
            "livres",
            "jouets",
            "produits alimentaires",
            "ordinateur",
            "sèche-cheveux",
            "médicaments",
            "maillot de foot",
            "kimono de judo",
            "raquette de tennis",
            "ballon",
        ]
        s += ", contient " + ", ".join(r.sample(cont, k))
    if r.random() < 0.35:
        s += ", " + r.choice(
            [
                "ruban rouge à la poignée",
                "ruban jaune à la poignée",
                "étiquette bagage",
                "sangle de valise",
                "cadenas TSA",
                "roulette cassée",
                "poignée cassée",
                "housse de protection",
                "autocollants",
                "coque rayée",
                "ruban vert à la poignée",
                "foulard noué à la poignée",
                "étiquette compagnie aérienne",
            ]
        )
    return s


CLOTHES = [
    ("Manteau", "m"),
    ("Veste", "f"),
    ("Doudoune", "f"),
    ("Blouson", "m"),
    ("Parka", "f"),
    ("Trench", "m"),
    ("Imperméable", "m"),
    ("Veste en jean", "f"),
    ("Pull", "m"),
    ("Sweat à capuche", "m"),
    ("Gilet", "m"),
    ("Blazer", "m"),
    ("Écharpe", "f"),
    ("Foulard", "m"),
    ("Bonnet", "m"),
    ("Casquette", "f"),
    ("Gants", "p"),
    ("Chapeau", "m"),
    ("Veste de costume", "f"),
    ("Chemise", "f"),
    ("Sweat", "m"),
    ("Polaire", "f"),
    ("Coupe-vent", "m"),
    ("Baskets", "p"),
    ("Chaussures", "p"),
    ("Bottes", "p"),
    ("Snood", "m"),
    ("Châle", "m"),
]


def _agree(col: str, g: str) -> str:
    if g == "f":
        return f(col)
    if g == "p":
        c = (
            f(col)
            if col
            not in (
                "marron",
                "beige",
                "kaki",
                "bordeaux",
                "bleu marine",
                "orange",
                "gris anthracite",
                "camel",
            )
            else col
        )
        return c + (
            "s"
            if not c.endswith(("s", "x"))
            and col
            not in (
                "marron",
                "beige",
                "kaki",
                "bordeaux",
                "bleu marine",
                "orange",
                "gris anthracite",
                "camel",
            )
            else ""
        )
    return col


def clothing_fr(r):
    kind, g = r.choice(CLOTHES)
    col = r.choice(
        [
            "noir",
            "noir",
            "noir",
            "gris",
            "bleu marine",
            "beige",
            "kaki",
            "marron",
            "bleu",
            "rouge",
            "vert",
            "blanc",
            "rose",
            "bordeaux",
            "camel",
            "jaune",
            "écru",
            "multicolore",
        ]
    )
    mat = r.choice(
        [
            "",
            "",
            "",
            "en laine",
            "en cuir",
            "en coton",
            "en cachemire",
            "en polyester",
            "en velours",
            "en lin",
            "à carreaux",
            "en tricot",
            "à motifs",
        ]
    )
    br = r.choice(
        [
            "",
            "",
            "",
            "Zara",
            "H&M",
            "Uniqlo",
            "The North Face",
            "Moncler",
            "Nike",
            "Adidas",
            "Levi's",
            "Ralph Lauren",
            "Lacoste",
            "Decathlon",
            "Mango",
            "Canada Goose",
            "Jott",
            "Celio",
            "Kiabi",
            "Sandro",
            "Maje",
            "Primark",
            "Columbia",
            "Patagonia",
            "Burberry",
            "Petit Bateau",
            "Gap",
        ]
    )
    s = " ".join(f"{kind} {br} {mat} {_agree(col, g)}".split())
    if r.random() < 0.5:
        if g == "p" and kind != "Gants":
            s += f", pointure {r.choice(['31', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44', '45'])}"
        elif kind not in ("Écharpe", "Foulard", "Snood", "Châle", "Casquette", "Bonnet", "Chapeau"):
            s += f", taille {r.choice(['XS', 'S', 'M', 'L', 'XL', 'XXL', '36', '38', '40', '42', '44', '46', '48', '4 ans', '6 ans', '8 ans', '10 ans', '12 ans', '14 ans'])}"
    if r.random() < 0.3:
        s += ", " + r.choice(
            [
                "capuche",
                "sans capuche",
                "capuche fourrure",
                "col fourrure",
                "bouton manquant",
                "poches vides",
                "clés dans la poche",
                "ticket de métro dans la poche",
                "mouchoirs dans la poche",
                "gants dans la poche",
                "tache sur la manche",
                "fermeture éclair cassée",
                "ceinture",
                "doublure à motifs",
                "franges",
                "pompon",
                "logo brodé",
                "col roulé",
            ]
        )
    return s


ELEC = [
    # (kind, colours, details)
    (
        "Écouteurs AirPods",
        ["blanc"],
        [
            "boîtier seul",
            "boîtier rayé",
            "coque silicone noire",
            "coque silicone rose",
            "coque transparente",
            "coque en cuir marron",
            "coque bleue",
            "avec mousqueton",
            "boîtier jauni",
            "sans coque",
        ],
    ),
    (
        "Écouteurs AirPods Pro",
        ["blanc"],
        [
            "coque silicone noire",
            "coque silicone verte",
            "coque transparente",
            "coque rose",
            "coque kaki",
            "avec mousqueton",
            "boîtier rayé",
            "sans coque",
            "coque motif marbre",
        ],
    ),
    (
        "Écouteurs sans fil Samsung Galaxy Buds",
        ["noir", "blanc", "violet", "graphite"],
        ["boîtier rayé", "coque noire", "coque transparente", "sans coque", "coque rose"],
    ),
    (
        "Écouteurs sans fil",
        ["noir", "blanc", "bleu", "rose"],
        [
            "marque JBL",
            "marque Sony",
            "marque Xiaomi",
            "marque Huawei",
            "marque Jabra",
            "marque Nothing",
            "sans marque",
        ],
    ),
    ("Écouteurs filaires", ["blanc", "noir"], ["prise jack", "USB-C", "Apple", "emmêlés"]),
    (
        "Casque audio",
        ["noir", "blanc", "gris", "beige", "bleu", "rose"],
        [
            "Sony",
            "Bose",
            "Beats",
            "JBL",
            "Marshall",
            "Sennheiser",
            "dans housse",
            "coussinet abîmé",
            "arceau cassé",
            "avec câble",
        ],
    ),
    (
        "Tablette iPad",
        ["gris sidéral", "argenté", "rose", "bleu", "violet"],
        [
            "étui noir",
            "étui bleu",
            "étui rose",
            "coque enfant mousse",
            "écran fissuré",
            "étui-clavier",
            "sans étui",
            "avec Apple Pencil",
        ],
    ),
    (
        "Tablette Samsung Galaxy Tab",
        ["noir", "gris", "argenté"],
        ["étui noir", "étui à rabat bleu", "écran fissuré", "sans étui", "coque enfant"],
    ),
    (
        "Ordinateur portable MacBook Air",
        ["gris sidéral", "argenté", "doré", "minuit"],
        [
            "dans housse noire",
            "dans housse grise",
            "autocollants sur le couvercle",
            "sans chargeur",
            "avec chargeur",
            "coque rigide transparente",
            "coin enfoncé",
        ],
    ),
    (
        "Ordinateur portable MacBook Pro",
        ["gris sidéral", "argenté"],
        ["dans housse noire", "dans sacoche", "autocollants", "avec chargeur", "écran rayé"],
    ),
    (
        "PC portable",
        ["noir", "gris", "argenté"],
        [
            "HP",
            "Dell",
            "Lenovo ThinkPad",
            "Asus",
            "Acer",
            "MSI",
            "Microsoft Surface",
            "dans sacoche noire",
            "dans housse",
            "avec chargeur",
            "autocollants",
        ],
    ),
    ("Liseuse", ["noir", "blanc"], ["Kindle", "Kobo", "étui cuir", "étui rouge", "écran cassé"]),
    (
        "Batterie externe",
        ["noir", "blanc", "rose", "bleu"],
        ["Anker", "Xiaomi", "avec câble", "sans câble"],
    ),
    ("Chargeur", ["blanc", "noir"], ["Apple", "Samsung", "USB-C", "ordinateur", "avec câble"]),
    (
        "Appareil photo",
        ["noir", "argenté"],
        [
            "Canon",
            "Sony",
            "Fujifilm",
            "Nikon",
            "Panasonic",
            "dans housse",
            "avec sangle",
            "objectif zoom",
            "carte mémoire",
        ],
    ),
    (
        "Montre connectée",
        ["noir", "argenté", "rose", "blanc"],
        [
            "Apple Watch",
            "Samsung Galaxy Watch",
            "Garmin",
            "Fitbit",
            "bracelet silicone",
            "bracelet cuir",
            "écran rayé",
        ],
    ),
    ("Enceinte portable", ["noir", "bleu", "rouge", "gris"], ["JBL", "Bose", "Marshall", "Sony"]),
    ("Clé USB", ["noir", "bleu", "rouge", "argenté"], ["SanDisk", "Kingston", "sur porte-clés"]),
    (
        "Calculatrice",
        ["noir", "blanc", "bleu"],
        ["Casio", "Texas Instruments", "NumWorks", "avec couvercle"],
    ),
]


def electronics_fr(r):
    kind, cols, det = r.choice(ELEC)
    s = f"{kind} {r.choice(cols)}"
    k = r.choice([0, 1, 1, 2])
    if k:
        s += ", " + ", ".join(r.sample(det, min(k, len(det))))
    return s


def jewel_fr(r):
    if r.random() < 0.45:
        br = r.choice(
            [
                "",
                "Swatch",
                "Casio",
                "Fossil",
                "Daniel Wellington",
                "Tissot",
                "Seiko",
                "Michael Kors",
                "Guess",
                "Lip",
                "Festina",
                "Timex",
                "Citizen",
                "Cluse",
            ]
        )
        s = " ".join(
            f"Montre {br} {r.choice(['dorée', 'argentée', 'noire', 'en acier', 'rose gold', 'blanche'])}".split()
        )
        return (
            s
            + ", "
            + r.choice(
                [
                    "bracelet cuir noir",
                    "bracelet cuir marron",
                    "bracelet métal",
                    "bracelet tissu",
                    "bracelet silicone",
                    "bracelet milanais",
                ]
            )
            + (
                ", "
                + r.choice(
                    [
                        "cadran blanc",
                        "cadran noir",
                        "cadran bleu",
                        "verre rayé",
                        "arrêtée",
                        "fermoir cassé",
                        "dans écrin",
                        "chiffres romains",
                    ]
                )
                if r.random() < 0.6
                else ""
            )
        )
    kind = r.choice(
        [
            "Bracelet",
            "Collier",
            "Bague",
            "Boucles d'oreilles",
            "Gourmette",
            "Chaîne",
            "Pendentif",
            "Alliance",
            "Bracelet jonc",
            "Broche",
        ]
    )
    mat = r.choice(
        [
            "en or",
            "en argent",
            "doré",
            "argenté",
            "fantaisie",
            "en plaqué or",
            "en perles",
            "en cuir",
            "en acier",
        ]
    )
    br = r.choice(
        [
            "",
            "",
            "",
            "Pandora",
            "Swarovski",
            "Agatha",
            "Histoire d'Or",
            "Cartier",
            "Tiffany",
            "Mauboussin",
        ]
    )
    s = " ".join(f"{kind} {br} {mat}".split())
    if r.random() < 0.5:
        s += ", " + r.choice(
            [
                "fermoir cassé",
                "dans écrin",
                "breloques",
                "pierre bleue",
                "pierre rouge",
                "pierre blanche",
                "perle",
                "maillons",
                "motif trèfle",
                "motif cœur",
                "motif étoile",
                "initiale gravée",
                "dans pochette velours",
            ]
        )
    return s


def children_fr(r):
    kind = r.choice(
        [
            "Doudou lapin",
            "Doudou ours",
            "Doudou",
            "Peluche",
            "Peluche ours",
            "Peluche chat",
            "Peluche chien",
            "Poussette",
            "Tétine",
            "Biberon",
            "Gigoteuse",
            "Chaussons bébé",
            "Bonnet enfant",
            "Manteau enfant",
            "Blouson enfant",
            "Cartable",
            "Sac à dos enfant",
            "Jouet",
            "Voiture miniature",
            "Poupée",
            "Trottinette enfant",
            "Gourde enfant",
            "Doudou girafe",
            "Doudou éléphant",
            "Doudou mouton",
            "Peluche licorne",
            "Peluche dinosaure",
        ]
    )
    col = r.choice(
        [
            "gris",
            "beige",
            "blanc",
            "bleu",
            "rose",
            "marron",
            "jaune",
            "vert",
            "rouge",
            "multicolore",
            "écru",
            "bleu marine",
        ]
    )
    br = r.choice(
        [
            "",
            "",
            "",
            "Moulin Roty",
            "Jellycat",
            "Kaloo",
            "Doudou et Compagnie",
            "Noukie's",
            "Okaïdi",
            "Petit Bateau",
            "Kiabi",
            "Sophie la girafe",
            "Disney",
            "Ikea",
            "Jacadi",
            "Lilliputiens",
            "Vertbaudet",
        ]
    )
    s = " ".join(f"{kind} {br} {col}".split())
    if r.random() < 0.4:
        s += ", " + r.choice(
            [
                "taille 2 ans",
                "taille 3 ans",
                "taille 4 ans",
                "taille 5 ans",
                "taille 6 ans",
                "taille 8 ans",
                "oreille décousue",
                "un peu sale",
                "très usé",
                "avec attache-tétine",
                "avec ruban",
                "nœud rose",
                "nœud bleu",
                "grelot",
                "étiquette coupée",
                "avec mouchoir",
                "avec lange",
                "motif étoiles",
                "motif dinosaures",
                "motif licornes",
            ]
        )
    return s


def other_fr(r):
    kind = r.choice(
        [
            "Livre",
            "Roman",
            "Carnet",
            "Agenda",
            "Cahier",
            "Trousse",
            "Classeur",
            "Dossier",
            "Enveloppe de documents",
            "Sac plastique de courses",
            "Sac Monoprix",
            "Sac Fnac",
            "Boîte à repas",
            "Gourde",
            "Thermos",
            "Cigarette électronique",
            "Briquet",
            "Paquet",
            "Boîte",
            "Plante",
            "Bouteille",
            "Tupperware",
            "Sac en papier Zara",
            "Bouquet de fleurs",
            "Carte SIM",
            "Peigne",
        ]
    )
    return (
        f"{kind} {r.choice(['noir', 'bleu', 'rouge', 'vert', 'gris', 'blanc', 'rose', 'marron', 'jaune', 'transparent', 'orange', 'violet', 'beige', 'argenté'])}"
        + (
            ", "
            + r.choice(
                [
                    "titre illisible",
                    "annoté",
                    "plein",
                    "vide",
                    "déchiré",
                    "avec élastique",
                    "avec stylo",
                    "avec marque-page",
                    "en anglais",
                    "entamé",
                    "scellé",
                    "à moitié plein",
                ]
            )
            if r.random() < 0.6
            else ""
        )
    )


def bikes_fr(r):
    kind = r.choice(
        [
            "Trottinette électrique",
            "Trottinette",
            "Vélo",
            "Vélo pliant",
            "Vélo enfant",
            "Casque de vélo",
            "Antivol vélo",
            "Roue de vélo",
        ]
    )
    br = r.choice(
        [
            "",
            "Xiaomi",
            "Decathlon B'Twin",
            "Brompton",
            "Oxelo",
            "Ninebot",
            "Micro",
            "Abus",
            "Kryptonite",
        ]
    )
    return " ".join(
        f"{kind} {br} {r.choice(['noir', 'noire', 'blanc', 'gris', 'rouge', 'bleu', 'vert', 'jaune', 'rose', 'orange'])}".split()
    ) + (
        ", "
        + r.choice(
            [
                "pneu crevé",
                "sans clé",
                "avec panier",
                "garde-boue cassé",
                "selle déchirée",
                "autocollants",
                "béquille cassée",
                "guidon tordu",
            ]
        )
        if r.random() < 0.5
        else ""
    )


def sport_fr(r):
    kind = r.choice(
        [
            "Ballon de foot",
            "Ballon de basket",
            "Raquette de tennis",
            "Raquette de badminton",
            "Tapis de yoga",
            "Gants de boxe",
            "Casque de ski",
            "Patins à roulettes",
            "Chaussures de foot",
            "Maillot de foot",
            "Bouteille de sport",
            "Protège-tibias",
            "Planche de natation",
            "Sac de piscine",
            "Lunettes de piscine",
            "Rollers",
            "Crosse de hockey",
            "Kimono",
        ]
    )
    return (
        f"{kind} {r.choice(['Nike', 'Adidas', 'Decathlon', 'Puma', 'Wilson', 'Babolat', 'Head', 'Kipsta', 'Domyos', 'Everlast', 'Rossignol', 'Speedo', ''])} {r.choice(['noir', 'blanc', 'rouge', 'bleu', 'vert', 'rose', 'jaune', 'gris', 'orange', 'violet'])}".replace(
            "  ", " "
        )
        + (
            ", "
            + r.choice(
                [
                    "avec housse",
                    "usé",
                    "dégonflé",
                    "taille enfant",
                    "taille adulte",
                    "avec sac",
                    "nom écrit au feutre",
                ]
            )
            if r.random() < 0.5
            else ""
        )
    )


def medical_fr(r):
    kind = r.choice(
        [
            "Canne",
            "Canne pliante",
            "Béquille",
            "Fauteuil roulant pliant",
            "Tensiomètre",
            "Stylo à insuline",
            "Boîte de médicaments",
            "Inhalateur Ventoline",
            "Attelle de poignet",
            "Lecteur de glycémie",
            "Appareil dentaire",
            "Pilulier",
            "Trousse de médicaments",
            "Déambulateur",
            "Orthèse de genou",
        ]
    )
    return (
        f"{kind} {r.choice(['noir', 'noire', 'gris', 'bleu', 'bleue', 'blanc', 'blanche', 'rouge', 'beige', 'violet'])}"
        + (
            ", "
            + r.choice(
                [
                    "dans étui",
                    "avec ordonnance",
                    "réglable",
                    "pliée",
                    "embout caoutchouc usé",
                    "nom illisible",
                ]
            )
            if r.random() < 0.5
            else ""
        )
    )


def instrument_fr(r):
    kind = r.choice(
        [
            "Guitare",
            "Guitare acoustique",
            "Guitare électrique",
            "Violon",
            "Ukulélé",
            "Flûte traversière",
            "Flûte à bec",
            "Clarinette",
            "Saxophone",
            "Harmonica",
            "Basse électrique",
            "Violoncelle",
            "Trompette",
            "Clavier",
            "Pupitre pliant",
            "Métronome",
        ]
    )
    cont = r.choice(["housse", "étui", "étui rigide", "housse souple", "sac"])
    col = r.choice(["noir", "bleu", "rouge", "marron", "gris", "vert", "rose", "beige"])
    col = f(col) if cont.startswith("housse") else col
    s = f"{kind} dans {cont} {col}" if r.random() < 0.85 else f"{kind}, sans étui"
    det = ["avec partitions", "autocollants", "poignée cassée", "nom sur étiquette"]
    if kind in ("Violon", "Violoncelle"):
        det += ["archet inclus", "sans archet", "colophane"]
    if kind.startswith(("Guitare", "Basse", "Ukulélé")):
        det += ["corde cassée", "avec accordeur", "médiators dans la poche"]
    if kind in ("Clarinette", "Saxophone"):
        det += ["anches dans l'étui", "bec manquant"]
    return s + (", " + r.choice(det) if r.random() < 0.5 else "")


# --------------------------------------------------------------------------- English entries
def en_entry(r):
    kind = r.choice(
        [
            "phone",
            "wallet",
            "keys",
            "bag",
            "backpack",
            "passport",
            "glasses",
            "sunglasses",
            "umbrella",
            "jacket",
            "scarf",
            "headphones",
            "laptop",
            "suitcase",
            "watch",
            "tablet",
            "earbuds",
            "teddy bear",
            "card holder",
            "coat",
        ]
    )
    col = r.choice(list(COL_EN.values())[:20])
    if kind == "phone":
        model = r.choice(r.choices(PHONES, weights=PHONE_W)[0][1])
        s = f"{model} phone, {col}" + (
            f", {COL_EN[r.choice(CASE_COLS)]} {r.choice(['case', 'silicone case', 'flip case', 'wallet case', 'rubber case', 'glitter case'])}"
            if r.random() < 0.7
            else ", no case"
        )
        if r.random() < 0.4:
            s += ", " + r.choice(
                [
                    "cracked screen",
                    "screen smashed",
                    "battery dead",
                    "locked",
                    "back glass cracked",
                    "scratched",
                    "sticker on back",
                ]
            )
    elif kind in ("wallet", "card holder"):
        s = f"{col.capitalize()} {r.choice(['leather', 'fabric', 'faux leather', ''])} {kind}".replace(
            "  ", " "
        )
        s += (
            ", contains "
            + r.choice(
                [
                    "bank cards",
                    "Navigo pass",
                    "driving licence",
                    "ID card",
                    "some cash",
                    "receipts",
                    "loyalty cards",
                    "travel card",
                    "foreign currency",
                    "business cards",
                    "health insurance card",
                ]
            )
            + (
                ", " + r.choice(["zip broken", "worn corners", "coin pocket", "name inside"])
                if r.random() < 0.3
                else ""
            )
        )
    elif kind == "keys":
        s = (
            f"Bunch of {r.choice(['2', '3', '4', '5', 'several'])} keys with {col} {r.choice(['keyring', 'fob', 'lanyard', 'bottle opener', 'leather tag', 'plush keyring', 'carabiner'])}"
            + (
                f", {r.choice(['car key', 'door badge', 'padlock key', 'bike lock key'])}"
                if r.random() < 0.4
                else ""
            )
        )
    elif kind == "passport":
        s = (
            f"{r.choice(['US', 'British', 'Irish', 'Australian', 'Indian', 'Chinese', 'Nigerian', 'South African', 'Italian', 'Spanish', 'German', 'Mexican', 'Korean', 'Israeli', 'Ukrainian'])} passport"
            + (f" in {col} cover" if r.random() < 0.5 else "")
            + (
                f", with {r.choice(['boarding pass', 'cash', 'visa', 'hotel card', 'train ticket'])}"
                if r.random() < 0.4
                else ""
            )
        )
    elif kind in ("glasses", "sunglasses"):
        s = (
            f"{r.choice(['Ray-Ban', 'Oakley', 'Gucci', 'Prada', 'Persol', 'Carrera', 'no-brand', 'Polaroid'])} {kind}, {col} frame"
            + (
                f", {r.choice(['hard case', 'soft pouch', 'no case', 'leather case'])}"
                if r.random() < 0.6
                else ""
            )
        )
    elif kind in ("jacket", "coat", "scarf"):
        s = (
            f"{col.capitalize()} {r.choice(['wool', 'leather', 'puffer', 'cotton', 'denim', 'cashmere', 'rain', 'fleece', ''])} {kind}".replace(
                "  ", " "
            )
            + (
                f", size {r.choice(['S', 'M', 'L', 'XL', '10', '12', '14', 'kids 6'])}"
                if r.random() < 0.5
                else ""
            )
            + (
                f", {r.choice(['hood', 'fur collar', 'button missing', 'gloves in pocket', 'zip broken', 'tag: ' + r.choice(['Zara', 'Uniqlo', 'Gap', 'M&S', 'Primark'])])}"
                if r.random() < 0.4 and kind != "scarf"
                else ""
            )
        )
    elif kind in ("bag", "backpack", "suitcase"):
        s = (
            f"{col.capitalize()} {r.choice(['Eastpak', 'Nike', 'Samsonite', 'North Face', 'Herschel', 'Adidas', 'Kipling', 'Delsey', 'no-brand', 'Longchamp'])} {kind}"
            + (
                f", contains {r.choice(['laptop', 'clothes', 'books', 'gym kit', 'toiletries', 'documents', 'shoes', 'charger', 'water bottle', 'tablet'])}"
                if r.random() < 0.6
                else ""
            )
            + (
                f", {r.choice(['broken zip', 'luggage tag', 'ribbon on handle', 'padlock', 'broken wheel', 'stickers'])}"
                if r.random() < 0.3
                else ""
            )
        )
    elif kind in ("headphones", "earbuds"):
        s = (
            f"{r.choice(['Sony', 'Bose', 'Beats', 'JBL', 'Apple AirPods', 'AirPods Pro', 'Galaxy Buds', 'Marshall', 'Sennheiser'])} {kind}, {col}"
            + (
                f", {r.choice(['in case', 'no case', 'charging case only', 'cushion worn', 'cable included'])}"
                if r.random() < 0.6
                else ""
            )
        )
    elif kind in ("laptop", "tablet"):
        s = (
            f"{r.choice(['MacBook Air', 'MacBook Pro', 'Dell XPS', 'HP EliteBook', 'Lenovo ThinkPad', 'iPad', 'iPad Air', 'Samsung Galaxy Tab', 'Surface Pro', 'Chromebook'])} {kind}, {col}"
            + (
                f", {r.choice(['in sleeve', 'stickers on lid', 'no charger', 'with charger', 'keyboard case', 'cracked screen'])}"
                if r.random() < 0.6
                else ""
            )
        )
    elif kind == "umbrella":
        s = (
            f"{col.capitalize()} {r.choice(['folding', 'long', 'golf', 'compact', 'kids'])} umbrella"
            + (
                f", {r.choice(['wooden handle', 'broken spoke', 'automatic', 'in sleeve', 'curved handle', 'rubber handle'])}"
                if r.random() < 0.5
                else ""
            )
        )
    elif kind == "watch":
        s = (
            f"{r.choice(['Casio', 'Swatch', 'Apple Watch', 'Seiko', 'Fossil', 'Garmin', 'Timex', 'Daniel Wellington'])} watch, {col} strap"
            + (
                f", {r.choice(['scratched glass', 'broken clasp', 'stopped', 'in box'])}"
                if r.random() < 0.4
                else ""
            )
        )
    else:
        s = (
            f"{col.capitalize()} {r.choice(['Jellycat', 'Ikea', 'Steiff', 'Build-A-Bear', 'no-brand'])} teddy bear"
            + (
                f", {r.choice(['ribbon around neck', 'worn', 'one ear loose', 'wearing a jumper', 'small size', 'large size'])}"
                if r.random() < 0.5
                else ""
            )
        )
    return s


# --------------------------------------------------------------------------- mix
FAMILIES: list[tuple[Callable[[random.Random], str], int]] = [
    (backpack_fr, 9),
    (handbag_fr, 8),
    (luggage_fr, 7),  # luggage and bags (largest)
    (phone_fr, 12),
    (electronics_fr, 7),  # electronics
    (clothing_fr, 9),  # clothing and shoes
    (wallet_fr, 10),  # wallets and money
    (papers_fr, 10),  # identity papers
    (glasses_fr, 7),  # optics
    (keys_fr, 9),  # keys and badges
    (other_fr, 3),  # books, stationery, other
    (bikes_fr, 1),
    (sport_fr, 1),
    (children_fr, 2),
    (umbrella_fr, 5),
    (jewel_fr, 2),
    (medical_fr, 1),
    (instrument_fr, 1),
]
_FUNCS = [fn for fn, _ in FAMILIES]
_CUM: list[int] = []
_t = 0
for _, w in FAMILIES:
    _t += w
    _CUM.append(_t)

EXTRA_FR = [
    "rayures",
    "traces d'usure",
    "étiquette de prix",
    "autocollant",
    "petite tache",
    "un peu usé",
    "neuf",
    "très abîmé",
    "odeur de tabac",
    "humide",
    "sale",
    "trouvé sous un siège",
    "trouvé sur un quai",
    "remis par un agent",
    "remis par un voyageur",
    "trouvé sur une banquette",
    "trouvé dans une poubelle",
    "trouvé près des escaliers",
    "remis par le conducteur",
    "trouvé au guichet",
    "trouvé près des portiques",
    "remis par la sécurité",
]
EXTRA_EN = [
    "scratched",
    "worn",
    "handed in by driver",
    "found under seat",
    "found on platform",
    "handed in by passenger",
    "dirty",
    "like new",
    "price tag on",
    "handed in by staff",
    "found at gate",
    "found near escalator",
]


def _draw(r: random.Random) -> tuple[str, str]:
    if r.random() < 0.10:
        return en_entry(r), "en"
    x = r.random() * _t
    i = 0
    while _CUM[i] <= x:
        i += 1
    return _FUNCS[i](r), "fr"


def background_items(
    count: int, *, end: datetime.date, per_day: int = 450, seed: int = 17
) -> Iterator[dict]:
    """Yield `count` distinct clerk entries, day by day going back from `end`."""
    if isinstance(end, str):
        end = datetime.date.fromisoformat(end)
    r = random.Random(seed)
    seen: set[str] = set()
    day = end
    produced = 0
    while produced < count:
        today = min(count - produced, max(1, round(per_day * (0.8 + 0.4 * r.random()))))
        iso = day.isoformat()
        for _ in range(today):
            desc, lang = _draw(r)
            tries = 0
            while desc in seen:
                tries += 1
                extra = r.choice(EXTRA_EN if lang == "en" else EXTRA_FR)
                if tries > 3:  # re-draw the whole entry, then decorate
                    desc, lang = _draw(r)
                    extra = r.choice(EXTRA_EN if lang == "en" else EXTRA_FR)
                if extra not in desc:
                    desc = f"{desc}, {extra}"
            seen.add(desc)
            yield {"description": desc, "language": lang, "found_on": iso, "found_at": _place(r)}
            produced += 1
        day -= datetime.timedelta(days=1)


if __name__ == "__main__":
    import collections
    import time

    end = datetime.date(2026, 11, 20)
    for it in list(background_items(20, end=end, seed=5)):
        print(it)
    t0 = time.perf_counter()
    n = 1_000_000
    descs = set()
    langs = collections.Counter()
    days = set()
    for it in background_items(n, end=end):
        descs.add(it["description"])
        langs[it["language"]] += 1
        days.add(it["found_on"])
    dt = time.perf_counter() - t0
    assert len(descs) == n, f"duplicates: {n - len(descs)}"
    print(f"{n} items, all distinct, {dt:.1f} s, languages {dict(langs)}, {len(days)} days")
    a = [x["description"] for x in background_items(1000, end=end)]
    b = [x["description"] for x in background_items(1000, end=end)]
    assert a == b, "not deterministic"
    last = list(background_items(30000, end=end))[-1]["found_on"]
    print("30000 items go back to", last)
