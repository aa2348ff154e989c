"""Source of crowded_tuning.json / crowded_heldout.json (hand-written data, compact form).

Run:  python3 build_data.py   (rewrites the two JSON files; the split is fixed below)
The split was drawn before any group was written: keys g01..g44 shuffled with
random.Random(20261120); the first 22 go to tuning, the other 22 to held-out.
"""

import json
import random

Y = "2026-"
GROUPS = []
ABSENT = []


def G(key, family, owner, looks, calls):
    GROUPS.append((key, family, owner, looks, calls))


def C(lang, lost, num, text, when, where, brand=None, inside=None, case=None):
    return {
        "text": text,
        "language": lang,
        "caller_number": num,
        "lost_on": Y + lost,
        "answers": {"when": when, "where": where, "brand": brand, "inside": inside, "case": case},
    }


def A(lang, lost, num, text, when, where, brand=None, inside=None, case=None):
    ABSENT.append(C(lang, lost, num, text, when, where, brand, inside, case))


# item tuples: (description, language, "MM-DD", found_at)

# ---------------------------------------------------------------- g01 phones: black Galaxy A54
G(
    "g01",
    "phones",
    (
        "Tél. portable Samsung Galaxy A54 noir, protection en caoutchouc verte, écran fissuré en bas à gauche",
        "fr",
        "11-17",
        "Métro ligne 9 - République",
    ),
    [
        (
            "Samsung Galaxy A54 noir, coque silicone noire, écran intact",
            "fr",
            "11-16",
            "Métro ligne 9 - Nation",
        ),
        (
            "Smartphone Samsung Galaxy A34 noir, coque verte, écran fissuré",
            "fr",
            "11-17",
            "Métro ligne 9 - Trocadéro",
        ),
        (
            "Samsung Galaxy A54 noir, sans coque, écran fissuré en bas",
            "fr",
            "11-18",
            "Métro ligne 3 - République",
        ),
        (
            "Tél. Samsung Galaxy A54 noir, étui à rabat vert, carte Navigo dans l'étui",
            "fr",
            "11-17",
            "Bus 20",
        ),
        (
            "Samsung Galaxy A54 phone, black, clear case, screen cracked top right",
            "en",
            "11-19",
            "Métro ligne 9 - Grands Boulevards",
        ),
        (
            "Téléphone Samsung Galaxy S23 noir, coque silicone verte",
            "fr",
            "11-18",
            "Métro ligne 9 - République",
        ),
        (
            "Samsung Galaxy A55 noir, coque antichoc vert kaki, écran cassé",
            "fr",
            "11-16",
            "Métro ligne 8 - Bastille",
        ),
    ],
    [
        C(
            "es",
            "11-17",
            "+34612448213",
            "perdí mi móvil el martes en la línea nueve del metro, es un samsung galaxy a cincuenta y cuatro negro con una funda de silicona verde, y la pantalla está rota por abajo",
            "el martes",
            "en la línea nueve del metro, en República",
            "Samsung",
            None,
            "una funda de silicona verde",
        ),
        C(
            "de",
            "11-16",
            "+4915112873340",
            "Ich hab am Montag in der Metro Linie 9 mein Handy verloren, ein schwarzes Samsung A54 mit grüner Silikonhülle, unten links ist das Display gesprungen.",
            "am Montag",
            "in der Metro, Linie neun",
            "Samsung",
            None,
            "eine grüne Silikonhülle",
        ),
        C(
            "en",
            "11-17",
            "+447700918234",
            "black samsung galaxy a fifty four green rubber case cracked screen bottom left lost it on line nine tuesday",
            "tuesday",
            "line nine, république",
            "samsung",
            None,
            "green rubber case",
        ),
    ],
)

# ---------------------------------------------------------------- g02 phones: black iPhone 13, clear case
G(
    "g02",
    "phones",
    (
        "iPhone 13 noir, coque transparente avec carte Navigo glissée derrière, écran fissuré en bas à gauche",
        "fr",
        "11-12",
        "RER A - Châtelet-Les Halles",
    ),
    [
        ("iPhone 13 noir, coque transparente, écran intact", "fr", "11-12", "RER A - Nation"),
        (
            "iPhone 12 noir, coque transparente, carte Navigo dans la coque",
            "fr",
            "11-11",
            "RER A - Châtelet-Les Halles",
        ),
        (
            "iPhone 13 noir, coque transparente avec CB derrière, écran fissuré",
            "fr",
            "11-13",
            "RER A - La Défense",
        ),
        (
            "iPhone 13 Pro noir, coque transparente, écran fissuré en haut",
            "fr",
            "11-10",
            "Métro ligne 1 - Châtelet",
        ),
        (
            "iPhone 13 mini noir, coque transparente jaunie, carte Navigo derrière",
            "fr",
            "11-14",
            "RER B - Châtelet-Les Halles",
        ),
        (
            "iPhone 13, black, clear case with a Navigo pass behind it, screen intact",
            "en",
            "11-13",
            "Gare de Lyon",
        ),
        (
            "Tél. iPhone 13 noir, coque silicone noire, écran fissuré en bas à gauche",
            "fr",
            "11-12",
            "RER A - Auber",
        ),
        (
            "iPhone 14 noir, coque transparente avec carte Navigo au dos",
            "fr",
            "11-12",
            "RER A - Châtelet-Les Halles",
        ),
    ],
    [
        C(
            "de",
            "11-11",
            "+4917623410987",
            "Ich habe am elften November im RER A mein iPhone 13 verloren, schwarz, durchsichtige Hülle, hinten steckt mein Navigo-Pass drin und das Display hat unten links einen Sprung.",
            "am elften November",
            "im RER A, in Châtelet",
            "Apple, ein iPhone",
            "mein Navigo-Pass hinter der Hülle",
            "eine durchsichtige Hülle",
        ),
        C(
            "en",
            "11-12",
            "+12125550143",
            "hi yeah i lost my iphone thirteen on the rer a at chatelet on the twelfth its black in a clear case with my navigo card behind it and the screens cracked in the bottom left corner",
            "on the twelfth",
            "on the RER A at Châtelet",
            "apple iphone",
            "my navigo card behind the case",
            "a clear case",
        ),
        C(
            "fr",
            "11-12",
            "+33645120987",
            "Bonjour, j'ai perdu mon iPhone 13 noir dans le RER A jeudi de la semaine dernière, la coque est transparente, y'a mon passe Navigo derrière et l'écran est fendu en bas.",
            "le jeudi 12",
            "dans le RER A, vers Châtelet",
            "Apple",
            "mon passe Navigo derrière la coque",
            "une coque transparente",
        ),
    ],
)

# ---------------------------------------------------------------- g03 phones: grey Pixel 7
G(
    "g03",
    "phones",
    (
        "Google Pixel 7 gris, coque en tissu bleu marine, fond d'écran photo d'un chat roux",
        "fr",
        "11-05",
        "Bus 91",
    ),
    [
        (
            "Google Pixel 7 gris, coque bleu marine, fond d'écran paysage de montagne",
            "fr",
            "11-05",
            "Bus 91",
        ),
        ("Google Pixel 7a gris, coque tissu bleu marine", "fr", "11-04", "Bus 91"),
        ("Google Pixel 7 gris, sans coque, fond d'écran photo d'un chat", "fr", "11-06", "Bus 96"),
        ("Pixel 7 Pro grey phone, navy fabric case", "en", "11-07", "Gare Montparnasse"),
        ("Smartphone Google Pixel 8 gris, coque tissu bleu, écran rayé", "fr", "11-03", "Bus 91"),
        (
            "Google Pixel 7 gris, coque transparente, fond d'écran photo d'un chat roux",
            "fr",
            "11-06",
            "Métro ligne 6 - Montparnasse - Bienvenüe",
        ),
        (
            "Google Pixel 6a gris, coque en tissu bleu marine, écran fêlé",
            "fr",
            "11-05",
            "RER C - Gare d'Austerlitz",
        ),
    ],
    [
        C(
            "es",
            "11-04",
            "+34699201556",
            "mire, se me quedó el móvil en el autobús noventa y uno, es un google pixel siete gris con una funda de tela azul marino, y de fondo de pantalla tiene la foto de mi gato, que es naranja",
            "el cuatro de noviembre",
            "en el autobús noventa y uno",
            "Google",
            None,
            "una funda de tela azul marino",
        ),
        C(
            "fr",
            "11-05",
            "+33612908871",
            "pixel sept gris coque en tissu bleu marine fond d'écran mon chat roux bus quatre vingt onze",
            "le 5 novembre",
            "dans le bus 91",
            "Google Pixel",
            None,
            "une coque en tissu bleu marine",
        ),
    ],
)

# ---------------------------------------------------------------- g04 phones: blue Redmi Note 12
G(
    "g04",
    "phones",
    (
        "Tél. portable Xiaomi Redmi Note 12 bleu, coque transparente avec autocollant Totoro au dos, écran fissuré en haut à droite",
        "fr",
        "10-21",
        "Métro ligne 13 - Saint-Lazare",
    ),
    [
        (
            "Xiaomi Redmi Note 12 bleu, coque transparente, écran intact",
            "fr",
            "10-20",
            "Métro ligne 13 - Place de Clichy",
        ),
        (
            "Xiaomi Redmi Note 13 bleu, coque transparente avec autocollant, écran fissuré",
            "fr",
            "10-21",
            "Métro ligne 13 - Saint-Lazare",
        ),
        (
            "Téléphone Xiaomi Redmi Note 12 bleu, coque noire, écran fissuré en haut à droite",
            "fr",
            "10-22",
            "Métro ligne 14 - Saint-Lazare",
        ),
        (
            "Xiaomi Redmi 12 bleu, coque transparente, autocollant Pikachu au dos",
            "fr",
            "10-19",
            "Métro ligne 13 - Invalides",
        ),
        (
            "Xiaomi Redmi Note 12 phone, blue, clear case, cracked screen bottom",
            "en",
            "10-23",
            "Gare Saint-Lazare",
        ),
        (
            "Tél. Xiaomi Redmi Note 12 Pro bleu, coque transparente, autocollants au dos",
            "fr",
            "10-21",
            "Métro ligne 12 - Saint-Lazare",
        ),
    ],
    [
        C(
            "en",
            "10-20",
            "+447911402217",
            "i lost my phone on the twentieth on metro line thirteen it's a blue chao mi redmi note twelve clear case there's a totoro sticker on the back and the screen is cracked at the top right",
            "on the twentieth of october",
            "line thirteen, saint lazare",
            "chao mi",
            None,
            "clear case with a totoro sticker",
        ),
        C(
            "de",
            "10-21",
            "+4915209981234",
            "Mein Handy, ein blaues Xiaomi Redmi Note 12, ist mir am 21. Oktober in der Linie 13 runtergefallen oder so. Durchsichtige Hülle mit einem Totoro-Aufkleber hinten drauf.",
            "am einundzwanzigsten Oktober",
            "in der Metro Linie dreizehn, Saint-Lazare",
            "Xiaomi",
            None,
            "eine durchsichtige Hülle mit Totoro-Aufkleber",
        ),
        C(
            "es",
            "10-19",
            "+34655012398",
            "perdí un xiaomi azul, el redmi note doce, en la línea trece, tiene la pantalla rajada arriba a la derecha y una pegatina de totoro detrás",
            "el diecinueve de octubre",
            "en la línea trece del metro",
            "Xiaomi",
            None,
            "una funda transparente con una pegatina de Totoro",
        ),
    ],
)

# ---------------------------------------------------------------- g05 phones: white iPhone 11, red rubber case
G(
    "g05",
    "phones",
    ("iPhone 11 blanc, protection en caoutchouc rouge, dragonne noire", "fr", "11-18", "Bus 38"),
    [
        ("iPhone 11 blanc, coque rouge rigide, écran fissuré", "fr", "11-17", "Bus 38"),
        ("iPhone 12 blanc, coque silicone rouge", "fr", "11-18", "Bus 38"),
        ("iPhone 11 blanc, coque rose, dragonne noire", "fr", "11-19", "Bus 27"),
        (
            "iPhone 11 blanc, sans coque, dragonne rouge",
            "fr",
            "11-16",
            "Métro ligne 4 - Saint-Michel",
        ),
        ("iPhone 11 white, red glitter case", "en", "11-18", "Bus 38"),
        ("iPhone XR blanc, coque silicone rouge, dragonne noire", "fr", "11-20", "Bus 38"),
        ("iPhone 11 blanc, étui à rabat rouge en cuir", "fr", "11-18", "Gare du Nord"),
    ],
    [
        C(
            "en",
            "11-18",
            "+14155550188",
            "Hi, I left my white iPhone 11 on the 38 bus on Wednesday. It's in a red silicone cover, and there's a black wrist strap attached to it.",
            "wednesday",
            "on the 38 bus",
            "Apple",
            None,
            "a red silicone cover",
        ),
        C(
            "de",
            "11-18",
            "+4930224461",
            "ähm ja also mein weißes iphone elf mit roter silikonhülle und so einer schwarzen handschlaufe liegt wohl im bus achtunddreißig das war vorgestern",
            "vorgestern",
            "im Bus achtunddreißig",
            "Apple",
            None,
            "eine rote Silikonhülle",
        ),
        C(
            "es",
            "11-17",
            "",
            "Hola, perdí el martes mi iPhone once blanco, con una funda roja de goma blanda y una correa negra para la muñeca, en el autobús treinta y ocho.",
            "el martes",
            "en el autobús treinta y ocho",
            "Apple",
            None,
            "una funda roja de goma",
        ),
    ],
)

# ---------------------------------------------------------------- g06 tablets: grey iPad 9
G(
    "g06",
    "tablets",
    (
        "Tablette iPad 9e génération gris sidéral, étui Smart Folio bleu marine, dessins d'enfant dans le rabat",
        "fr",
        "11-09",
        "RER B - Massy-Palaiseau",
    ),
    [
        (
            "Tablette iPad gris sidéral, étui Smart Folio noir",
            "fr",
            "11-09",
            "RER B - Denfert-Rochereau",
        ),
        (
            "iPad 9e génération gris sidéral, étui bleu marine, écran fissuré",
            "fr",
            "11-08",
            "RER B - Massy-Palaiseau",
        ),
        ("iPad Air gris sidéral, étui bleu marine", "fr", "11-10", "RER B - Luxembourg"),
        ("Tablette iPad gris sidéral, coque enfant en mousse bleue", "fr", "11-09", "Gare du Nord"),
        ("iPad 10th gen, space grey, navy folio case", "en", "11-11", "RER B - Gare du Nord"),
        (
            "Tablette iPad gris sidéral, étui-clavier Logitech bleu marine",
            "fr",
            "11-07",
            "RER C - Versailles Château",
        ),
        (
            "iPad gris sidéral, sans étui, autocollants au dos",
            "fr",
            "11-09",
            "RER B - Massy-Palaiseau",
        ),
    ],
    [
        C(
            "fr",
            "11-09",
            "+33687402215",
            "eye pad gris dans un étui bleu marine à rabat il y a des dessins de mes enfants glissés dedans perdu dans le rer b à massy le neuf",
            "le 9",
            "dans le RER B, à Massy-Palaiseau",
            "Apple, un iPad",
            "des dessins de mes enfants",
            "un étui à rabat bleu marine",
        ),
        C(
            "es",
            "11-08",
            "+34622118874",
            "Buenas, el domingo ocho de noviembre me dejé un iPad gris en el RER B, con una funda azul marino que se dobla, de las de Apple, y dentro de la tapa había unos dibujos de mis hijos.",
            "el domingo ocho",
            "en el RER B",
            "Apple",
            "unos dibujos de mis hijos en la tapa",
            "una funda de Apple azul marino",
        ),
        C(
            "de",
            "11-09",
            "+491604471188",
            "iPad, grau, in einer dunkelblauen Klapphülle, RER B Richtung Massy, am 9. November. In der Hülle stecken Kinderzeichnungen.",
            "am neunten November",
            "im RER B, Massy-Palaiseau",
            "Apple",
            "Kinderzeichnungen",
            "dunkelblaue Klapphülle",
        ),
    ],
)

# ---------------------------------------------------------------- g07 tablets: pink iPad mini, child's
G(
    "g07",
    "tablets",
    (
        "iPad mini rose dans coque enfant en mousse violette à poignée, autocollants licorne",
        "fr",
        "10-25",
        "Aéroport d'Orly - Orly 3",
    ),
    [
        (
            "iPad mini rose, coque enfant en mousse violette",
            "fr",
            "10-24",
            "Aéroport d'Orly - Orly 1",
        ),
        (
            "iPad mini rose, coque mousse rose à poignée, autocollants Reine des neiges",
            "fr",
            "10-25",
            "Aéroport d'Orly - Orly 3",
        ),
        (
            "iPad rose, coque enfant violette à poignée, écran fissuré",
            "fr",
            "10-26",
            "Aéroport d'Orly - Orly 4",
        ),
        (
            "iPad mini pink, purple foam kids case with handle, no stickers",
            "en",
            "10-27",
            "Aéroport CDG T2",
        ),
        (
            "Tablette iPad mini rose, étui Smart Cover rose",
            "fr",
            "10-25",
            "Aéroport d'Orly - Orly 3",
        ),
        (
            "Tablette Samsung Galaxy Tab A rose, coque enfant mousse violette à poignée",
            "fr",
            "10-23",
            "Aéroport d'Orly - Orly 3",
        ),
    ],
    [
        C(
            "en",
            "10-25",
            "+61412339087",
            "we flew out of orly on the twenty fifth and my daughter left her ipad behind it's a pink ipad mini in one of those chunky purple foam cases with a handle and it's covered in unicorn stickers",
            "the twenty fifth of october",
            "orly airport, terminal three",
            "apple",
            None,
            "a purple foam kids case with a handle",
        ),
        C(
            "es",
            "10-25",
            "+34915550312",
            "La tableta de mi hija, un iPad mini rosa, con una funda gorda de goma espuma morada con asa y pegatinas de unicornios. Se quedó en Orly el veinticinco de octubre.",
            "el veinticinco de octubre",
            "en el aeropuerto de Orly",
            "Apple",
            None,
            "una funda de goma espuma morada con asa",
        ),
        C(
            "fr",
            "10-24",
            "+33768112045",
            "ma fille a oublié sa tablette à Orly, un petit iPad rose dans une coque violette en mousse, avec plein d'autocollants de licornes",
            "le 24 octobre",
            "à Orly",
            "Apple",
            None,
            "une coque en mousse violette",
        ),
    ],
)

# ---------------------------------------------------------------- g08 earbuds: AirPods Pro, right earbud missing
G(
    "g08",
    "earbuds",
    (
        "Écouteurs AirPods Pro, boîtier blanc avec coque silicone noire et mousqueton, écouteur droit manquant",
        "fr",
        "11-13",
        "Métro ligne 1 - Concorde",
    ),
    [
        (
            "Écouteurs AirPods Pro, boîtier avec coque silicone noire, écouteur gauche manquant",
            "fr",
            "11-13",
            "Métro ligne 1 - Concorde",
        ),
        (
            "AirPods Pro, boîtier blanc coque silicone noire, complets",
            "fr",
            "11-12",
            "Métro ligne 1 - Bastille",
        ),
        (
            "AirPods 3e génération, boîtier coque silicone noire, écouteur droit manquant",
            "fr",
            "11-14",
            "Métro ligne 1 - Nation",
        ),
        (
            "AirPods Pro, boîtier seul sans écouteurs, coque noire",
            "fr",
            "11-13",
            "Métro ligne 12 - Concorde",
        ),
        (
            "AirPods Pro, coque silicone noire avec mousqueton, écouteur gauche manquant",
            "fr",
            "11-15",
            "Métro ligne 1 - Châtelet",
        ),
        (
            "AirPods Pro case, black silicone cover, both earbuds inside",
            "en",
            "11-11",
            "Métro ligne 1 - La Défense",
        ),
        (
            "Écouteurs AirPods Pro 2, coque transparente, écouteur droit manquant",
            "fr",
            "11-13",
            "Métro ligne 8 - Concorde",
        ),
        (
            "AirPods Pro, boîtier blanc, coque en cuir noir, mousqueton doré",
            "fr",
            "11-14",
            "Métro ligne 1 - Concorde",
        ),
    ],
    [
        C(
            "es",
            "11-13",
            "+34678220153",
            "se me cayeron los air pods pro en la línea uno, en concorde, el viernes trece, la cajita tiene una funda negra de silicona con un mosquetón y dentro solo está el auricular izquierdo, el derecho lo perdí",
            "el viernes trece",
            "en la línea uno, en Concorde",
            "Apple",
            None,
            "una funda negra de silicona con mosquetón",
        ),
        C(
            "de",
            "11-12",
            "+4915773321009",
            "hair pods pro in schwarzer silikonhülle mit karabiner der rechte stöpsel fehlt linie eins",
            "am zwölften",
            "Linie eins, Concorde",
            "Apple",
            None,
            "schwarze Silikonhülle mit Karabiner",
        ),
        C(
            "fr",
            "11-13",
            "+33611029387",
            "J'ai perdu mes AirPods Pro dans la ligne 1 vendredi dernier, le 13. Il manque l'écouteur de droite, je l'avais déjà perdu avant. Le boîtier est dans une coque noire avec un mousqueton.",
            "vendredi 13",
            "ligne 1, à Concorde",
            "Apple",
            None,
            "une coque noire avec un mousqueton",
        ),
    ],
)

# ---------------------------------------------------------------- g09 earbuds: black Galaxy Buds2
G(
    "g09",
    "earbuds",
    (
        "Écouteurs Samsung Galaxy Buds2 noirs, boîtier dans coque Pikachu jaune",
        "fr",
        "11-02",
        "Métro ligne 7 - Opéra",
    ),
    [
        ("Samsung Galaxy Buds2 noirs, boîtier sans coque", "fr", "11-02", "Métro ligne 7 - Opéra"),
        (
            "Écouteurs Samsung Galaxy Buds2 Pro noirs, coque jaune",
            "fr",
            "11-01",
            "Métro ligne 7 - Chaussée d'Antin",
        ),
        ("Galaxy Buds Live noirs, coque Pikachu", "fr", "11-03", "Métro ligne 3 - Opéra"),
        (
            "Samsung Galaxy Buds2 noirs, coque silicone jaune unie",
            "fr",
            "11-02",
            "Métro ligne 8 - Opéra",
        ),
        ("Galaxy Buds2 earbuds, black, Minion case", "en", "11-04", "Métro ligne 7 - Opéra"),
        (
            "Écouteurs Galaxy Buds FE noirs, coque Pikachu jaune",
            "fr",
            "10-31",
            "Métro ligne 7 - Porte d'Ivry",
        ),
        (
            "Écouteurs sans fil Samsung Galaxy Buds2 noirs, coque Pokémon Évoli",
            "fr",
            "11-03",
            "Bus 68",
        ),
    ],
    [
        C(
            "en",
            "11-02",
            "+447452180334",
            "galaxy bads two black case looks like pikachu lost on line seven at opera monday the second",
            "monday the second of november",
            "line seven, opéra",
            "samsung",
            None,
            "a yellow pikachu case",
        ),
        C("fr", "11-01", "+33609874412", "J'ai perdu mes écouteurs Samsung, des Galaxy Buds 2 noirs, le boîtier est dans une coque Pikachu jaune. C'était sur la ligne 7, dimanche 1er novembre.",
     "dimanche 1er novembre", "ligne 7, à Opéra", "Samsung", None, "une coque Pikachu jaune"),
    ],
)

# ---------------------------------------------------------------- g10 earbuds: AirPods 3, engraved
G(
    "g10",
    "earbuds",
    (
        "AirPods 3e génération, boîtier blanc gravé « NINA ♥ », sans coque",
        "fr",
        "10-14",
        "Gare Montparnasse",
    ),
    [
        ("AirPods 3e génération, boîtier blanc gravé « NOA »", "fr", "10-14", "Gare Montparnasse"),
        (
            "AirPods 3e génération, boîtier blanc sans gravure",
            "fr",
            "10-13",
            "Gare Montparnasse - hall 1",
        ),
        (
            "AirPods 2e génération, boîtier gravé « NINA »",
            "fr",
            "10-15",
            "Métro ligne 6 - Montparnasse - Bienvenüe",
        ),
        ("AirPods Pro, boîtier gravé « Nina & Tom »", "fr", "10-14", "Gare Montparnasse"),
        (
            "AirPods (3rd gen), case engraved with a heart, no name",
            "en",
            "10-16",
            "Gare Montparnasse",
        ),
        (
            "AirPods 3e génération, boîtier blanc gravé « NINA ♥ », écouteur gauche manquant",
            "fr",
            "10-11",
            "Gare de Lyon",
        ),
        (
            "AirPods 3e génération, boîtier gravé « MINA », coque transparente",
            "fr",
            "10-14",
            "Métro ligne 4 - Montparnasse - Bienvenüe",
        ),
    ],
    [
        C(
            "de",
            "10-14",
            "+4917012345098",
            "Ich habe am 14. Oktober am Bahnhof Montparnasse meine AirPods verloren, die dritte Generation. Auf dem Case ist der Name Nina mit einem Herz eingraviert, und beide Stöpsel sind drin.",
            "am vierzehnten Oktober",
            "am Bahnhof Montparnasse",
            "Apple",
            None,
            None,
        ),
        C(
            "fr",
            "10-13",
            "+33699875520",
            "mes airpods trois avec nina gravé dessus et un petit cœur gare montparnasse le treize octobre",
            "le 13 octobre",
            "gare Montparnasse",
            "Apple",
            None,
            None,
        ),
        C(
            "en",
            "10-14",
            "+353871230456",
            "Hello, I think I dropped my AirPods at Montparnasse station on October 14th. Third generation, and my name Nina is engraved on the case with a little heart, both earbuds should be in there.",
            "october the fourteenth",
            "montparnasse train station",
            "Apple",
            None,
            None,
        ),
    ],
)

# ---------------------------------------------------------------- g11 wallets: black leather wallet, Navigo + CB
G(
    "g11",
    "wallets",
    (
        "Portefeuille en cuir noir, contient carte Navigo, CB Société Générale, ticket de pressing, au nom de LEMOINE P.",
        "fr",
        "11-16",
        "Métro ligne 4 - Châtelet",
    ),
    [
        (
            "Portefeuille en cuir noir, contient CB, carte Vitale",
            "fr",
            "11-16",
            "Métro ligne 4 - Châtelet",
        ),
        (
            "Portefeuille cuir noir, contient carte Navigo, permis de conduire",
            "fr",
            "11-15",
            "Métro ligne 4 - Strasbourg - Saint-Denis",
        ),
        ("Portefeuille en cuir noir, vide", "fr", "11-17", "Métro ligne 4 - Barbès - Rochechouart"),
        (
            "Porte-cartes en cuir noir, contient carte Navigo, CB",
            "fr",
            "11-16",
            "Métro ligne 1 - Châtelet",
        ),
        (
            "Portefeuille en cuir noir Lacoste, contient carte Navigo, CB, 20 €",
            "fr",
            "11-18",
            "RER A - Châtelet-Les Halles",
        ),
        (
            "Black leather wallet, contains Navigo pass and bank card, coin pocket broken",
            "en",
            "11-14",
            "Métro ligne 4 - Saint-Michel",
        ),
        (
            "Portefeuille en simili cuir noir, contient carte Navigo, CB",
            "fr",
            "11-16",
            "Métro ligne 4 - Montparnasse - Bienvenüe",
        ),
        (
            "Portefeuille en cuir noir, contient CNI, CB, carte Navigo",
            "fr",
            "11-17",
            "Métro ligne 11 - Châtelet",
        ),
        (
            "Portefeuille en cuir noir, contient tickets de caisse, carte Navigo, carte de fidélité",
            "fr",
            "11-16",
            "Bus 38",
        ),
    ],
    [
        C(
            "es",
            "11-15",
            "+34633871209",
            "perdí mi cartera el domingo en la línea cuatro, en Châtelet, es de piel negra, sin marca, y llevaba mi tarjeta Navigo, mi tarjeta del banco y un ticket de la tintorería",
            "el domingo",
            "en la línea cuatro, en Châtelet",
            None,
            "la Navigo, la tarjeta del banco y un ticket de la tintorería",
            None,
        ),
        C(
            "de",
            "11-16",
            "+4917688102231",
            "schwarze lederbrieftasche navigo karte bankkarte und so ein reinigungszettel linie vier montag",
            "am Montag",
            "Metro Linie vier, Châtelet",
            None,
            "Navigo, Bankkarte, Reinigungszettel",
            None,
        ),
        C(
            "fr",
            "11-16",
            "+33140556721",
            "Oui bonjour, je vous appelle parce que j'ai perdu mon portefeuille lundi, dans le métro ligne 4, je pense à Châtelet. Il est en cuir noir, tout simple, y'avait ma carte Navigo, ma carte bleue de la Société Générale, et un ticket de pressing.",
            "lundi",
            "ligne 4, à Châtelet",
            None,
            "carte Navigo, carte bleue Société Générale, ticket de pressing",
            None,
        ),
    ],
)

# ---------------------------------------------------------------- g12 wallets: black leather Hugo Boss, German licence
G("g12", "wallets",
  ("Portefeuille Hugo Boss en cuir noir, contient permis de conduire allemand, carte Vitale, carte Navigo", "fr", "11-10", "Gare de l'Est"),
  [("Portefeuille Hugo Boss en cuir noir, contient permis de conduire français, carte Vitale", "fr", "11-10", "Gare de l'Est"),
   ("Portefeuille en cuir noir, contient permis de conduire allemand, CB", "fr", "11-09", "Gare de l'Est - hall 1"),
   ("Portefeuille Hugo Boss en cuir noir, vide", "fr", "11-11", "Métro ligne 5 - Gare de l'Est"),
   ("Portefeuille Hugo Boss cuir noir, contient CNI allemande, carte Navigo", "fr", "11-10", "Métro ligne 4 - Gare de l'Est"),
   ("Black leather Hugo Boss wallet, German driving licence, bank cards, no health card", "en", "11-12", "Gare du Nord"),
   ("Porte-cartes Hugo Boss en cuir noir, contient carte Vitale, permis de conduire allemand", "fr", "11-08", "Gare de l'Est"),
   ("Portefeuille Calvin Klein en cuir noir, contient carte Vitale, permis allemand, carte Navigo", "fr", "11-10", "Métro ligne 7 - Gare de l'Est")],
  [C("de", "11-10", "+4915158923345", "Ich habe am 10. November am Gare de l'Est meine Brieftasche verloren, schwarzes Leder, von Hugo Boss. Drin sind mein deutscher Führerschein, meine französische Krankenkassenkarte, also die Carte Vitale, und mein Navigo.",
     "am zehnten November", "am Gare de l'Est", "Hugo Boss", "deutscher Führerschein, Carte Vitale, Navigo", None),
   C("fr", "11-09", "+33762201874", "portefeuille boss en cuir noir avec mon permis allemand ma carte vitale et mon passe navigo gare de l'est le neuf",
     "le 9 novembre", "gare de l'Est", "Hugo Boss", "permis allemand, carte Vitale, passe Navigo", None),
   C("en", "11-10", "+447823004551", "My husband lost his wallet at Gare de l'Est on the tenth, black leather, Hugo Boss. His German driving licence is in it, and his French health card and a Navigo pass.",
     "on the tenth", "gare de l'est", "hugo boss", "german driving licence, french health card, navigo pass", None)])

# ---------------------------------------------------------------- g13 wallets: red coin purse, broken zip
G("g13", "wallets",
  ("Porte-monnaie rouge en cuir, fermeture éclair cassée, contient pièces et une clé de boîte aux lettres", "fr", "10-08", "Bus 62"),
  [("Porte-monnaie rouge en cuir, contient pièces", "fr", "10-08", "Bus 62"),
   ("Porte-monnaie en simili cuir rouge, fermeture éclair cassée, vide", "fr", "10-07", "Bus 62"),
   ("Porte-monnaie Longchamp rouge, contient pièces, clé", "fr", "10-09", "Métro ligne 6 - Pasteur"),
   ("Porte-monnaie rouge en cuir, contient CB, carte Vitale", "fr", "10-08", "Bus 80"),
   ("Red leather coin purse, zip fine, coins and a small padlock key", "en", "10-10", "Bus 62"),
   ("Porte-monnaie rouge vernis, fermeture éclair cassée, contient pièces et tickets de métro", "fr", "10-06", "Métro ligne 14 - Olympiades")],
  [C("es", "10-08", "+34917448820", "Perdí un monedero rojo de piel, pequeño, la cremallera está rota, tenía monedas y la llavecita del buzón. En el autobús sesenta y dos, el ocho de octubre.",
     "el ocho de octubre", "en el autobús sesenta y dos", None, "monedas y la llave del buzón", None),
   C("de", "10-07", "+4930789011", "roter leder geldbeutel reißverschluss kaputt kleingeld und mein briefkastenschlüssel bus zweiundsechzig siebter oktober",
     "am siebten Oktober", "im Bus zweiundsechzig", None, "Kleingeld und der Briefkastenschlüssel", None),
   C("fr", "10-08", "+33153200144", "Bonjour madame, j'ai perdu mon petit porte-monnaie rouge, en cuir, dans le 62, le 8 octobre. La fermeture est cassée, il y avait de la monnaie et la clé de ma boîte aux lettres.",
     "le 8 octobre", "dans le bus 62", None, "de la monnaie et la clé de la boîte aux lettres", None)])

# ---------------------------------------------------------------- g14 wallets: black card holder, Sorbonne student card
G("g14", "wallets",
  ("Porte-cartes en cuir noir, contient carte étudiant Sorbonne Université, carte Navigo Imagine R, CB", "fr", "11-03", "Métro ligne 10 - Jussieu"),
  [("Porte-cartes en cuir noir, contient carte étudiant Université Paris Cité, carte Imagine R, CB", "fr", "11-03", "Métro ligne 10 - Jussieu"),
   ("Porte-cartes cuir noir, contient carte étudiant Sorbonne Nouvelle, CB", "fr", "11-02", "Métro ligne 7 - Jussieu"),
   ("Porte-cartes en cuir noir, contient carte Imagine R, CB", "fr", "11-04", "Métro ligne 10 - Odéon"),
   ("Porte-cartes en tissu noir, contient carte étudiant Sorbonne Université, carte Imagine R", "fr", "11-03", "Métro ligne 10 - Sèvres - Babylone"),
   ("Black leather card holder, Sorbonne University student card, bank card, no travel card", "en", "11-05", "Bus 63"),
   ("Porte-cartes en cuir noir, contient carte étudiant Sciences Po, carte Navigo, CB", "fr", "11-03", "Métro ligne 4 - Saint-Michel"),
   ("Porte-cartes en cuir noir, contient carte étudiant Sorbonne Université, carte Imagine R, CB, carte Vitale", "fr", "10-31", "Métro ligne 10 - Jussieu")],
  [C("en", "11-03", "+19175550192", "hey i'm an exchange student i lost my card holder on line ten at jussieu on tuesday the third it's black leather with my sorbonne university student card my imagine r pass and my bank card",
     "tuesday the third", "line ten, jussieu", None, "sorbonne student card, imagine r pass, bank card", None),
   C("es", "11-02", "+34644310027", "Hola, perdí un tarjetero negro de cuero en la línea diez, en Jussieu, el lunes dos. Tenía mi carné de estudiante de la Sorbona, la Imagine R y mi tarjeta del banco.",
     "el lunes dos de noviembre", "en la línea diez, en Jussieu", None, "el carné de estudiante de la Sorbona, la Imagine R y la tarjeta del banco", None),
   C("de", "11-03", "+4915901234871", "kartenetui schwarz leder studentenausweis sorbonne universität imagine r karte bankkarte linie zehn jussieu",
     "am dritten November", "Linie zehn, Jussieu", None, "Studentenausweis Sorbonne, Imagine-R-Karte, Bankkarte", None)])

# ---------------------------------------------------------------- g15 ID documents: blue sleeve, Portuguese ID card
G("g15", "id_documents",
  ("CNI portugaise (Cartão de Cidadão) au nom de FERREIRA A., dans pochette plastique bleue avec carte Vitale", "fr", "11-06", "Métro ligne 3 - Gallieni"),
  [("CNI française au nom de MARTIN S., dans pochette plastique bleue avec carte Vitale", "fr", "11-06", "Métro ligne 3 - Gallieni"),
   ("Carte d'identité roumaine au nom de POPESCU I., pochette plastique bleue, carte Vitale", "fr", "11-05", "Métro ligne 3 - République"),
   ("CNI italienne au nom de ROSSI M., dans pochette plastique bleue", "fr", "11-07", "Métro ligne 3 - Opéra"),
   ("CNI portugaise au nom de SILVA J., dans pochette plastique noire", "fr", "11-06", "Métro ligne 3 - Gallieni"),
   ("Spanish ID card (DNI), blue plastic sleeve, with health insurance card", "en", "11-08", "Métro ligne 3 - Gallieni"),
   ("Titre de séjour au nom de FERREIRA A., pochette plastique bleue", "fr", "11-04", "Bus 76"),
   ("CNI portugaise au nom de COSTA R., pochette bleue, avec carte Navigo", "fr", "11-09", "Métro ligne 11 - Rosny-Bois-Perrier")],
  [C("fr", "11-06", "+33654019283", "Allô, j'ai perdu ma carte d'identité portugaise, vendredi 6, dans la ligne 3 à Gallieni. Elle est dans une pochette plastique bleue avec ma carte Vitale.",
     "vendredi 6", "ligne 3, Gallieni", None, "ma carte Vitale", "une pochette plastique bleue"),
   C("es", "11-05", "+34687331952", "perdí el carnet de identidad portugués de mi mujer con su tarjeta vital en una fundita de plástico azul en la línea tres del metro",
     "el jueves cinco", "en la línea tres, en Gallieni", None, "su tarjeta Vitale", "una funda de plástico azul"),
   C("en", "11-06", "", "Hi, I lost my Portuguese ID card on metro line 3 on the sixth, it's in a blue plastic sleeve together with my French health card.",
     "the sixth of november", "line three, gallieni", None, "my carte vitale", "a blue plastic sleeve")])

# ---------------------------------------------------------------- g16 ID documents: Spanish passport, brown leather cover
G("g16", "id_documents",
  ("Passeport espagnol dans protège-passeport en cuir marron, carte d'embarquement Vueling à l'intérieur", "fr", "10-19", "Aéroport d'Orly - Orly 3"),
  [("Passeport italien dans protège-passeport en cuir marron", "fr", "10-19", "Aéroport d'Orly - Orly 3"),
   ("Passeport espagnol, sans étui, carte d'embarquement Iberia", "fr", "10-18", "Aéroport d'Orly - Orly 1"),
   ("Passeport portugais dans protège-passeport cuir marron, carte d'embarquement TAP", "fr", "10-19", "Aéroport d'Orly - Orly 3"),
   ("Passeport espagnol dans protège-passeport noir", "fr", "10-20", "Aéroport d'Orly - Orly 4"),
   ("Romanian passport in brown leather cover", "en", "10-21", "Aéroport CDG T2"),
   ("Passeport espagnol dans protège-passeport en cuir marron, vide à l'intérieur", "fr", "10-17", "Gare d'Austerlitz"),
   ("DNI espagnol dans étui en cuir marron, carte d'embarquement Vueling", "fr", "10-19", "Aéroport d'Orly - Orly 3")],
  [C("es", "10-19", "+34690055712", "mi pasaporte español se me quedó en orly el diecinueve de octubre, en una funda de cuero marrón, y dentro estaba la tarjeta de embarque de vueling",
     "el diecinueve de octubre", "en el aeropuerto de Orly", None, "la tarjeta de embarque de Vueling", "una funda de cuero marrón"),
   C("de", "10-18", "+4915224432198", "Meine Frau hat ihren spanischen Reisepass verloren, am Flughafen Orly, am 18. Oktober, in einer braunen Lederhülle. Da war auch noch die Bordkarte von Vueling drin.",
     "am achtzehnten Oktober", "am Flughafen Orly", None, "die Bordkarte von Vueling", "braune Lederhülle"),
   C("fr", "10-19", "+33645558810", "passeport espagnol dans un étui en cuir marron avec la carte d'embarquement vueling orly",
     "le 19 octobre", "à Orly", None, "la carte d'embarquement Vueling", "un étui en cuir marron")])

# ---------------------------------------------------------------- g17 ID documents: British passport, Eurostar boarding pass
G("g17", "id_documents",
  ("Passeport britannique, dans pochette plastique transparente avec billet Eurostar", "fr", "11-17", "Gare du Nord"),
  [("Passeport américain, pochette plastique transparente, billet Eurostar", "fr", "11-17", "Gare du Nord"),
   ("Passeport britannique, sans pochette", "fr", "11-16", "Gare du Nord"),
   ("Passeport britannique dans protège-passeport en cuir bleu marine, billet Eurostar", "fr", "11-18", "Gare du Nord"),
   ("British passport, clear plastic wallet, Ryanair boarding pass", "en", "11-17", "Aéroport Beauvais"),
   ("Passeport irlandais, pochette transparente, billet Eurostar", "fr", "11-19", "Gare du Nord"),
   ("Passeport argentin, pochette plastique transparente, billet SNCF", "fr", "11-17", "Métro ligne 4 - Gare du Nord"),
   ("Passeport britannique, pochette plastique transparente, billet Thalys", "fr", "11-16", "Gare du Nord - quai TGV")],
  [C("en", "11-17", "+447700900461", "Hi there, I've lost my British passport, I think at Gare du Nord on Tuesday. It was in a clear plastic wallet with my Eurostar ticket.",
     "tuesday", "gare du nord, at the eurostar terminal", None, "my eurostar ticket", "a clear plastic wallet"),
   C("de", "11-16", "+4915906677812", "britischer reisepass in einer durchsichtigen plastikhülle mit eurostar ticket gare du nord",
     "am Montag", "Gare du Nord", None, "das Eurostar-Ticket", "durchsichtige Plastikhülle"),
   C("es", "11-17", "+447488219034", "Buenas, soy inglesa pero vivo en Madrid, perdí mi pasaporte británico en la Gare du Nord el martes, estaba en una funda de plástico transparente con el billete del Eurostar.",
     "el martes", "en la Gare du Nord", None, "el billete del Eurostar", "una funda de plástico transparente")])

# ---------------------------------------------------------------- g18 keys: panda keyring + blue Vigik badge
G("g18", "keys",
  ("Trousseau de 4 clés, porte-clés peluche panda, badge Vigik bleu", "fr", "11-14", "Métro ligne 2 - Belleville"),
  [("Trousseau de 4 clés, porte-clés peluche ours, badge Vigik bleu", "fr", "11-14", "Métro ligne 2 - Belleville"),
   ("Trousseau de 3 clés, porte-clés peluche panda", "fr", "11-13", "Métro ligne 2 - Stalingrad"),
   ("Trousseau de 4 clés, porte-clés peluche panda, badge Vigik rouge", "fr", "11-15", "Métro ligne 11 - Belleville"),
   ("Jeu de 4 clés, porte-clés panda en métal, badge bleu", "fr", "11-14", "Bus 26"),
   ("Bunch of 4 keys, plush panda keyring, no badge, car key (Toyota)", "en", "11-16", "Métro ligne 2 - Pigalle"),
   ("Trousseau de 5 clés, porte-clés peluche panda, badge Vigik bleu, clé de vélo", "fr", "11-12", "Métro ligne 2 - Nation"),
   ("Trousseau de 4 clés, porte-clés peluche koala, badge Vigik bleu", "fr", "11-14", "Métro ligne 2 - Belleville")],
  [C("fr", "11-14", "+33143661290", "J'ai perdu mes clés samedi, sur la ligne 2 à Belleville. Quatre clés, un petit panda en peluche comme porte-clés et un badge bleu pour la porte de l'immeuble.",
     "samedi", "ligne 2, Belleville", None, None, None),
   C("en", "11-14", "", "keys four keys little panda soft toy keyring blue door fob lost saturday line two belleville",
     "saturday", "line two at belleville", None, None, None),
   C("es", "11-13", "+34665220198", "Se me han perdido las llaves, son cuatro, con un llavero de peluche de un oso panda y un chip azul del portal. Fue en la línea dos, creo que el viernes trece.",
     "el viernes trece", "en la línea dos, en Belleville", None, None, None)])

# ---------------------------------------------------------------- g19 keys: VW car key + bottle opener
G("g19", "keys",
  ("Clé de voiture Volkswagen avec 2 clés plates, porte-clés décapsuleur Leffe", "fr", "10-29", "Taxi G7"),
  [("Clé de voiture Volkswagen seule", "fr", "10-29", "Taxi G7"),
   ("Clé de voiture Renault avec 2 clés, porte-clés décapsuleur", "fr", "10-28", "Taxi G7"),
   ("Clé de voiture Volkswagen, 2 clés, porte-clés en cuir noir", "fr", "10-30", "VTC Uber"),
   ("Clé Volkswagen avec 3 clés, porte-clés décapsuleur Heineken", "fr", "10-29", "Taxi G7"),
   ("VW car key with two flat keys and a bottle-opener keyring (Kronenbourg)", "en", "10-31", "Taxi G7"),
   ("Clé de voiture Audi, 2 clés plates, porte-clés décapsuleur", "fr", "10-27", "Taxi Alpha"),
   ("Clé de voiture Volkswagen avec 2 clés plates, porte-clés décapsuleur Leffe, badge Vigik rouge", "fr", "10-26", "Gare de Bercy")],
  [C("fr", "10-29", "+33623490018", "clé de voiture volkswagen avec deux petites clés et un décapsuleur leffe oubliée dans un taxi g sept le vingt neuf",
     "le 29 octobre", "dans un taxi G7", "Volkswagen", None, None),
   C("de", "10-28", "+4915122009871", "Ich hab meinen VW-Schlüssel im Taxi liegen lassen, am 28. Oktober, abends, da hängen noch zwei flache Schlüssel dran und ein Flaschenöffner von Leffe.",
     "am achtundzwanzigsten Oktober", "in einem Taxi, G7 glaube ich", "VW", None, None)])

# ---------------------------------------------------------------- g20 umbrellas: black folding Isotoner, broken rib
G("g20", "umbrellas",
  ("Parapluie pliant noir Isotoner, une baleine cassée, dans sa housse noire", "fr", "11-19", "Bus 95"),
  [("Parapluie pliant noir Isotoner, dans sa housse", "fr", "11-19", "Bus 95"),
   ("Parapluie pliant noir Knirps, baleine cassée, housse", "fr", "11-18", "Bus 95"),
   ("Parapluie pliant noir Isotoner, sans housse, baleine tordue", "fr", "11-19", "Bus 21"),
   ("Parapluie pliant noir, une baleine cassée, poignée bois", "fr", "11-20", "Bus 95"),
   ("Black Isotoner folding umbrella, broken spoke, no sleeve", "en", "11-19", "Métro ligne 12 - Concorde"),
   ("Parapluie pliant noir Isotoner, housse, poignée caoutchouc rouge", "fr", "11-17", "Bus 95"),
   ("Parapluie pliant noir Isotoner, deux baleines cassées, housse noire, toile déchirée", "fr", "11-19", "Bus 95")],
  [C("es", "11-19", "+34618550091", "Perdí ayer un paraguas plegable negro de Isotoner en el autobús noventa y cinco, tiene una varilla rota y estaba metido en su funda.",
     "ayer", "en el autobús noventa y cinco", "Isotoner", None, "su funda negra"),
   C("en", "11-19", "+447984332104", "black folding umbrella isotoner one broken spoke still in its little cover bus ninety five yesterday",
     "yesterday", "bus ninety five", "isotoner", None, "its black cover"),
   C("de", "11-19", "+4915733109908", "Knirps oder Isotoner, ich weiß es nicht mehr genau, ein schwarzer Taschenschirm, eine Speiche kaputt, in der Hülle. Gestern im Bus 95.",
     "gestern", "im Bus fünfundneunzig", None, None, "in der schwarzen Hülle")])

# ---------------------------------------------------------------- g21 umbrellas: long black, wooden crook handle with red tape
G("g21", "umbrellas",
  ("Grand parapluie canne noir, poignée en bois courbée entourée de scotch rouge", "fr", "10-02", "Métro ligne 8 - Madeleine"),
  [("Grand parapluie canne noir, poignée en bois courbée", "fr", "10-02", "Métro ligne 8 - Madeleine"),
   ("Parapluie canne noir, poignée plastique courbée avec scotch rouge", "fr", "10-01", "Métro ligne 8 - Invalides"),
   ("Parapluie golf noir, poignée droite en mousse", "fr", "10-03", "Métro ligne 12 - Madeleine"),
   ("Long black umbrella, wooden crook handle, metal tip missing", "en", "10-02", "Métro ligne 14 - Madeleine"),
   ("Parapluie canne noir, poignée bois courbée, étiquette au nom de DURAND", "fr", "10-04", "Métro ligne 8 - Bastille"),
   ("Grand parapluie noir, poignée bois, toile déchirée, scotch bleu sur la poignée", "fr", "10-02", "Bus 42"),
   ("Parapluie canne noir Guy de Jean, poignée cuir rouge", "fr", "10-01", "Métro ligne 8 - Madeleine")],
  [C("fr", "10-02", "+33147220981", "C'est pour un grand parapluie noir, un parapluie canne, avec le manche en bois recourbé. J'avais mis du scotch rouge autour du manche pour le reconnaître. Ligne 8, à Madeleine, le 2 octobre.",
     "le 2 octobre", "ligne 8, Madeleine", None, None, None),
   C("en", "10-01", "+12025550179", "long black umbrella wooden hook handle with red tape wrapped round it line eight madeleine first of october",
     "the first of october", "line eight, madeleine", None, None, None)])

# ---------------------------------------------------------------- g22 backpacks: black Eastpak, rainbow patch
G("g22", "backpacks",
  ("Sac à dos Eastpak noir, écusson arc-en-ciel cousu sur la poche avant, contient chargeur MacBook, trousse, cahier", "fr", "11-04", "RER D - Gare du Nord"),
  [("Sac à dos Eastpak noir, écusson drapeau espagnol, contient trousse, cahiers", "fr", "11-04", "RER D - Gare du Nord"),
   ("Sac à dos Eastpak noir, contient chargeur MacBook, trousse", "fr", "11-03", "RER D - Gare de Lyon"),
   ("Sac à dos Eastpak noir, badges arc-en-ciel épinglés, contient cahiers", "fr", "11-05", "RER B - Gare du Nord"),
   ("Sac à dos Jansport noir, écusson arc-en-ciel, contient chargeur", "fr", "11-04", "RER D - Châtelet-Les Halles"),
   ("Black Eastpak backpack, rainbow patch, empty, broken zip", "en", "11-06", "Gare du Nord"),
   ("Sac à dos Eastpak noir, patch smiley jaune, contient ordinateur portable", "fr", "11-02", "RER D - Stade de France"),
   ("Sac à dos Eastpak noir, écusson arc-en-ciel, contient vêtements de sport, gourde", "fr", "11-04", "Métro ligne 4 - Gare du Nord"),
   ("Sac à dos Eastpak noir, contient trousse, cahier, lunettes de soleil", "fr", "11-05", "RER D - Gare du Nord")],
  [C("de", "11-04", "+4915167783342", "schwarzer eastpak rucksack mit regenbogen aufnäher vorne drin mein macbook ladekabel mäppchen und ein heft rer d gare du nord",
     "am vierten November", "RER D, Gare du Nord", "Eastpak", "MacBook-Ladegerät, Mäppchen, Heft", None),
   C("es", "11-03", "+34600127745", "Hola, perdí una mochila Eastpak negra con un parche del arcoíris cosido delante, en el RER D, el martes tres. Dentro llevaba el cargador del MacBook, un estuche y una libreta.",
     "el martes tres", "en el RER D, en Gare du Nord", "Eastpak", "el cargador del MacBook, un estuche y una libreta", None),
   C("fr", "11-04", "+33695120073", "mon sac à dos noir eastpak avec le patch arc-en-ciel, y'a mon chargeur de mac dedans, rer d mercredi 4",
     "mercredi 4", "RER D, Gare du Nord", "Eastpak", "chargeur de Mac, trousse, cahier", None)])

# ---------------------------------------------------------------- g23 backpacks: navy Kånken, fox keyring
G("g23", "backpacks",
  ("Sac à dos Fjällräven Kånken bleu marine, porte-clés renard orange accroché, contient gourde inox et livre de poche", "fr", "10-10", "Métro ligne 1 - Hôtel de Ville"),
  [("Sac à dos Fjällräven Kånken Mini bleu marine (taille enfant), porte-clés renard", "fr", "10-10", "Métro ligne 1 - Hôtel de Ville"),
   ("Sac à dos Kånken bleu marine, contient gourde, trousse", "fr", "10-09", "Métro ligne 1 - Bastille"),
   ("Sac à dos Fjällräven Kånken Laptop bleu marine, contient ordinateur portable", "fr", "10-11", "Métro ligne 11 - Hôtel de Ville"),
   ("Sac à dos Kånken bleu marine, porte-clés panda, contient livre", "fr", "10-10", "Bus 96"),
   ("Navy Fjällräven Kånken backpack, orange fox keyring, contains sandwich box and umbrella", "en", "10-12", "Métro ligne 1 - Châtelet"),
   ("Sac à dos Kånken bleu marine, bandes réfléchissantes, contient gourde inox", "fr", "10-08", "Métro ligne 1 - Hôtel de Ville"),
   ("Sac à dos bleu marine imitation Kånken, porte-clés renard orange, vide", "fr", "10-10", "Métro ligne 7 - Pont Marie")],
  [C("en", "10-10", "+447511287760", "Hello, it's about a navy blue Kånken backpack, the Fjällräven one, regular size. I left it on line 1 on the tenth of October, at Hôtel de Ville. There's a little orange fox keyring on it, and inside a steel water bottle and a paperback.",
     "the tenth of october", "line one, hôtel de ville", "fjällräven", "a steel water bottle and a paperback", None),
   C("es", "10-09", "+34639001284", "mochila canken azul marino de fial raven tamaño normal con un llavero de zorro naranja dentro una botella de acero y un libro de bolsillo linea uno",
     "el nueve de octubre", "en la línea uno, en Hôtel de Ville", "Fjällräven", "una botella de acero y un libro", None),
   C("de", "10-10", "+4917699120034", "Ich habe am zehnten Oktober meinen Kånken-Rucksack in der Linie 1 liegen lassen, dunkelblau, normale Größe, mit einem orangen Fuchs-Anhänger. Drin war eine Edelstahlflasche und ein Taschenbuch.",
     "am zehnten Oktober", "Linie eins, Hôtel de Ville", "Fjällräven", "Edelstahlflasche und ein Taschenbuch", None)])

# ---------------------------------------------------------------- g24 handbags: black Longchamp Le Pliage, scarf on handle
G("g24", "handbags",
  ("Sac Longchamp Le Pliage noir grand modèle anses longues, foulard à motifs noué à l'anse, contient trousse de maquillage, agenda", "fr", "11-16", "Métro ligne 14 - Saint-Lazare"),
  [("Sac Longchamp Le Pliage noir petit modèle anses courtes, foulard noué à l'anse", "fr", "11-16", "Métro ligne 14 - Saint-Lazare"),
   ("Sac Longchamp Le Pliage noir grand modèle, contient trousse de maquillage, agenda", "fr", "11-15", "Métro ligne 14 - Saint-Lazare"),
   ("Sac Longchamp Le Pliage Néo noir, foulard noué", "fr", "11-17", "Métro ligne 13 - Saint-Lazare"),
   ("Black Longchamp Le Pliage tote, large, long handles, contains laptop and charger", "en", "11-16", "Gare Saint-Lazare"),
   ("Sac cabas Longchamp Le Pliage noir, grand, foulard noué, contient livre, parapluie", "fr", "11-14", "Métro ligne 14 - Châtelet"),
   ("Sac Longchamp Le Pliage noir, anses longues, rabat déchiré, contient trousse", "fr", "11-18", "Métro ligne 14 - Gare de Lyon"),
   ("Sac en nylon noir type Le Pliage, foulard noué à l'anse, contient agenda", "fr", "11-16", "Bus 20")],
  [C("fr", "11-15", "+33678229014", "Alors c'est un sac Longchamp, le Pliage, en noir, le grand avec les longues anses. J'ai un petit foulard noué sur l'anse. Dedans ma trousse de maquillage et mon agenda. Ligne 14, dimanche soir.",
     "dimanche", "ligne 14, Saint-Lazare", "Longchamp", "trousse de maquillage, agenda", None),
   C("es", "11-16", "+34676551234", "perdí un bolso long champ negro el grande de asas largas con un pañuelo atado en el asa en la línea catorce el lunes llevaba mi neceser de maquillaje y mi agenda",
     "el lunes", "en la línea catorce, en Saint-Lazare", "Longchamp", "el neceser de maquillaje y la agenda", None),
   C("en", "11-16", "+447723118840", "Hi, I'm looking for my Longchamp bag, the big black Le Pliage with the long handles. There's a patterned scarf tied on the handle. I lost it on Monday on line 14.",
     "monday", "line fourteen, saint-lazare", "longchamp", "my make-up bag and my diary", None)])

# ---------------------------------------------------------------- g25 handbags: black leather Michael Kors, broken handle
G("g25", "handbags",
  ("Sac à main Michael Kors en cuir noir, anse gauche cassée, contient porte-monnaie rose, boîte à lentilles, CB", "fr", "11-11", "Galeries Lafayette"),
  [("Sac à main Michael Kors en cuir noir, contient porte-monnaie rose, clés", "fr", "11-11", "Galeries Lafayette"),
   ("Sac à main Michael Kors cuir noir, anse cassée, vide", "fr", "11-10", "Printemps Haussmann"),
   ("Sac à main Guess en simili cuir noir, anse cassée, contient porte-monnaie rose", "fr", "11-11", "Galeries Lafayette"),
   ("Black leather Michael Kors handbag with shoulder strap, contains make-up bag and phone charger", "en", "11-12", "Métro ligne 9 - Chaussée d'Antin"),
   ("Sac à main Michael Kors en cuir noir, bandoulière, contient porte-monnaie noir, boîte à lentilles", "fr", "11-09", "Galeries Lafayette"),
   ("Sac à main Michael Kors en cuir noir, contient portefeuille rose, lunettes de soleil", "fr", "11-13", "Métro ligne 7 - Chaussée d'Antin"),
   ("Sac à main Lancel en cuir noir, anse cassée, contient boîte à lentilles, CB", "fr", "11-11", "Galeries Lafayette")],
  [C("en", "11-11", "+16475550128", "Hi, I'm calling about a black leather Michael Kors handbag I left at Galeries Lafayette on Wednesday the 11th. One handle is broken. Inside there's a pink coin purse, my contact lens case and my bank card.",
     "wednesday the eleventh", "galeries lafayette", "michael kors", "pink coin purse, contact lens case, bank card", None),
   C("de", "11-11", "+4915226677120", "schwarze ledertasche von michael kors ein henkel ist gerissen drin ein rosa portemonnaie und ein linsenbehälter galeries lafayette elfter november",
     "am elften November", "in den Galeries Lafayette", "Michael Kors", "rosa Portemonnaie, Linsenbehälter, Bankkarte", None),
   C("fr", "11-10", "", "J'ai oublié mon sac à main noir aux Galeries Lafayette, un Michael Kors en cuir, l'anse est cassée d'un côté. Y'a mon porte-monnaie rose dedans et mon étui à lentilles.",
     "le 10 novembre", "aux Galeries Lafayette", "Michael Kors", "porte-monnaie rose, étui à lentilles, carte bleue", None)])

# ---------------------------------------------------------------- g26 suitcases: black Samsonite cabin, broken wheel
G("g26", "suitcases",
  ("Valise cabine Samsonite noire rigide, 4 roues, roulette avant gauche cassée, étiquette bagage en cuir marron, contient vêtements homme", "fr", "11-14", "Gare de Lyon - quai TGV"),
  [("Valise cabine Samsonite noire rigide, 4 roues, étiquette bagage en cuir marron, contient vêtements", "fr", "11-14", "Gare de Lyon - quai TGV"),
   ("Valise cabine Samsonite noire souple, roulette cassée", "fr", "11-13", "Gare de Lyon"),
   ("Grande valise Samsonite noire rigide, 4 roues, étiquette bagage cuir marron", "fr", "11-15", "Gare de Lyon - hall 1"),
   ("Valise cabine American Tourister noire rigide, roulette avant gauche cassée, contient vêtements homme", "fr", "11-14", "Gare de Lyon - quai TGV"),
   ("Black Samsonite hard-shell cabin case, 4 wheels, back right wheel broken, yellow luggage tag", "en", "11-16", "RER A - Gare de Lyon"),
   ("Valise cabine Samsonite noire rigide, 4 roues, ruban rouge à la poignée, contient vêtements femme", "fr", "11-12", "Gare de Bercy"),
   ("Valise cabine Samsonite noire rigide, 4 roues, roulette avant gauche cassée, contient dossiers et ordinateur", "fr", "11-14", "Métro ligne 14 - Gare de Lyon"),
   ("Valise cabine Delsey noire rigide, étiquette bagage cuir marron", "fr", "11-13", "Gare de Lyon - quai TGV")],
  [C("de", "11-14", "+4915233890017", "Ich habe am Samstag am Gare de Lyon, am TGV-Gleis, meinen Handgepäckkoffer stehen lassen. Samsonite, schwarz, Hartschale, vier Rollen, und die vordere linke Rolle ist abgebrochen. Am Griff hängt ein braunes Lederschild.",
     "am Samstag", "Gare de Lyon, am TGV-Gleis", "Samsonite", "Herrenkleidung", "braunes Lederschild am Griff"),
   C("es", "11-13", "+34628700115", "una maleta de cabina sam sonite negra rígida de cuatro ruedas le falta la rueda de delante a la izquierda y tiene una etiqueta de cuero marrón gare de lyon",
     "el viernes trece", "en la Gare de Lyon", "Samsonite", "ropa de hombre", None),
   C("en", "11-14", "+441614960532", "I lost my black Samsonite carry-on at Gare de Lyon on Saturday, hard shell, four wheels, the front left wheel is broken. It has a brown leather luggage tag and my clothes inside.",
     "saturday", "gare de lyon, the tgv platforms", "samsonite", "men's clothes", None)])

# ---------------------------------------------------------------- g27 suitcases: navy Delsey large, red strap
G("g27", "suitcases",
  ("Grande valise Delsey bleu marine rigide, sangle de valise rouge, cadenas TSA, contient vêtements et cadeaux emballés", "fr", "10-16", "Aéroport CDG T2"),
  [("Grande valise Delsey bleu marine rigide, cadenas TSA, contient vêtements", "fr", "10-16", "Aéroport CDG T2"),
   ("Valise cabine Delsey bleu marine, sangle rouge", "fr", "10-15", "Aéroport CDG T2"),
   ("Grande valise Samsonite bleu marine rigide, sangle de valise rouge, contient vêtements", "fr", "10-16", "Aéroport CDG T2"),
   ("Large navy Delsey suitcase, green luggage strap, contains clothes and shoes", "en", "10-17", "Aéroport CDG T2"),
   ("Grande valise Delsey bleu marine rigide, sangle de valise rouge, contient affaires de bébé", "fr", "10-14", "Aéroport CDG T1"),
   ("Grande valise Delsey bleu marine souple, sangle rouge, contient vêtements", "fr", "10-16", "RER B - Aéroport CDG 2"),
   ("Grande valise Delsey bleu marine rigide, sangle rouge, coque fendue, contient livres", "fr", "10-18", "Aéroport CDG T3")],
  [C("es", "10-16", "+34952118734", "Perdimos una maleta grande en el aeropuerto Charles de Gaulle, la terminal dos, el dieciséis de octubre. Es una Delsey azul marino rígida, con una correa roja alrededor y un candado TSA. Dentro ropa y unos regalos envueltos.",
     "el dieciséis de octubre", "en el aeropuerto Charles de Gaulle, terminal dos", "Delsey", "ropa y regalos envueltos", None),
   C("fr", "10-15", "+33612004478", "grande valise rigide bleu marine delsey avec une sangle rouge et un cadenas tsa y'a des vêtements et des cadeaux emballés roissy terminal deux",
     "le 15 octobre", "à Roissy, terminal 2", "Delsey", "vêtements et cadeaux emballés", None)])

# ---------------------------------------------------------------- g28 glasses: black Ray-Ban prescription, blue Krys case, taped arm
G("g28", "glasses",
  ("Lunettes de vue Ray-Ban monture noire, branche gauche réparée au scotch, étui rigide bleu Krys", "fr", "11-18", "Bus 38"),
  [("Lunettes de vue Ray-Ban monture noire, étui rigide bleu Krys", "fr", "11-18", "Bus 38"),
   ("Lunettes de vue monture noire, branche droite réparée au scotch, étui bleu", "fr", "11-17", "Bus 38"),
   ("Lunettes de vue Ray-Ban monture noire, étui rigide noir Optic 2000", "fr", "11-19", "Bus 38"),
   ("Lunettes de soleil Ray-Ban monture noire, étui rigide bleu", "fr", "11-18", "Métro ligne 4 - Saint-Michel"),
   ("Black Ray-Ban prescription glasses, sticky tape on left arm, no case", "en", "11-20", "Bus 38"),
   ("Lunettes de vue Ray-Ban monture noire, branche gauche réparée au scotch, étui souple gris Afflelou", "fr", "11-16", "Bus 27"),
   ("Lunettes de vue Oakley monture noire, étui rigide bleu Krys", "fr", "11-18", "Bus 38"),
   ("Lunettes de lecture Ray-Ban monture noire, étui bleu Krys, verre gauche rayé", "fr", "11-17", "Bus 85")],
  [C("es", "11-17", "+34670883321", "perdí mis gafas graduadas ray ban negras en el autobús treinta y ocho el martes están en un estuche rígido azul de krys y la patilla izquierda está arreglada con celo",
     "el martes", "en el autobús treinta y ocho", "Ray-Ban", None, "un estuche rígido azul de Krys"),
   C("en", "11-18", "+447700119823", "Hiya, I left my glasses on the 38 bus on Wednesday. Black Ray-Bans, prescription, the left arm's held together with tape, and they're in a blue hard case from Krys.",
     "wednesday", "the number 38 bus", "ray-ban", None, "a blue hard case from krys"),
   C("de", "11-18", "+4930551209", "Meine Brille, eine schwarze Ray-Ban, Sehbrille, der linke Bügel ist mit Tesafilm geklebt, in einem blauen Hartetui von Krys. Vorgestern im Bus 38.",
     "vorgestern", "im Bus achtunddreißig", "Ray-Ban", None, "blaues Hartetui von Krys")])

# ---------------------------------------------------------------- g29 glasses: black Ray-Ban Wayfarer sunglasses, brown leather case
G("g29", "glasses",
  ("Lunettes de soleil Ray-Ban Wayfarer monture noire, verres polarisés, étui en cuir marron", "fr", "10-05", "Tour Eiffel"),
  [("Lunettes de soleil Ray-Ban Wayfarer monture noire, étui rigide noir", "fr", "10-05", "Tour Eiffel"),
   ("Lunettes de soleil Ray-Ban Clubmaster monture noire, étui cuir marron", "fr", "10-04", "Tour Eiffel"),
   ("Lunettes de soleil Ray-Ban Wayfarer monture noire, verres dégradés, sans étui", "fr", "10-06", "RER C - Champ de Mars - Tour Eiffel"),
   ("Black Ray-Ban Wayfarer sunglasses, kids size, brown pouch", "en", "10-05", "Tour Eiffel"),
   ("Lunettes de soleil Wayfarer noires sans marque, étui cuir marron", "fr", "10-05", "Métro ligne 6 - Bir-Hakeim"),
   ("Lunettes de soleil Ray-Ban Wayfarer monture noire, verres polarisés, étui en cuir marron, verre droit fêlé", "fr", "10-03", "Musée du Louvre"),
   ("Lunettes de soleil Ray-Ban Wayfarer noires, verres miroir bleus, étui marron", "fr", "10-07", "Tour Eiffel")],
  [C("de", "10-05", "+4917312244590", "schwarze ray ban wayfarer sonnenbrille polarisiert in einem braunen lederetui eiffelturm fünfter oktober",
     "am fünften Oktober", "am Eiffelturm", "Ray-Ban", None, "braunes Lederetui"),
   C("en", "10-04", "+13105550166", "Hi, I lost my sunglasses at the Eiffel Tower on October 4th. Ray-Ban Wayfarers, black, polarized lenses, adult size, in a brown leather case. They're not scratched or anything.",
     "october fourth", "the eiffel tower", "ray-ban", None, "a brown leather case")])

# ---------------------------------------------------------------- g30 coats: black North Face Nuptse, size L
G("g30", "coats",
  ("Doudoune The North Face Nuptse noire, taille L, gants en laine grise dans la poche droite", "fr", "11-19", "Métro ligne 5 - Place d'Italie"),
  [("Doudoune The North Face Nuptse noire, taille M", "fr", "11-19", "Métro ligne 5 - Place d'Italie"),
   ("Doudoune The North Face noire, taille L, sans capuche, poches vides", "fr", "11-18", "Métro ligne 5 - Bastille"),
   ("Doudoune The North Face Nuptse noire, taille 10 ans (enfant)", "fr", "11-20", "Métro ligne 6 - Place d'Italie"),
   ("Black North Face Nuptse puffer jacket, size L, keys in left pocket", "en", "11-19", "Métro ligne 7 - Place d'Italie"),
   ("Doudoune Moncler noire, taille L, gants gris dans la poche", "fr", "11-19", "Centre commercial Italie 2"),
   ("Doudoune The North Face Nuptse noire, taille XL, bonnet dans la poche", "fr", "11-17", "Métro ligne 5 - Gare d'Austerlitz"),
   ("Doudoune The North Face Nuptse noire, taille L, manche déchirée, gants en cuir noir dans la poche", "fr", "11-20", "Métro ligne 5 - Jaurès")],
  [C("es", "11-19", "+34617700452", "Ayer me dejé el plumas en la línea cinco, en Place d'Italie. Es un North Face Nuptse negro, talla L, y en el bolsillo derecho llevaba unos guantes grises de lana.",
     "ayer", "en la línea cinco, en Place d'Italie", "The North Face", "unos guantes grises de lana", None),
   C("fr", "11-19", "+33698450012", "doudoune north face noire taille l y'a mes gants gris dans la poche ligne cinq hier soir",
     "hier soir", "ligne 5, place d'Italie", "The North Face", "des gants gris en laine", None),
   C("de", "11-19", "+4915124409981", "Gestern Abend habe ich in der Metro, Linie 5, meine schwarze Daunenjacke von North Face vergessen, das Modell Nuptse, Größe L. In der rechten Tasche sind graue Wollhandschuhe.",
     "gestern Abend", "Linie fünf, Place d'Italie", "The North Face", "graue Wollhandschuhe", None)])

# ---------------------------------------------------------------- g31 coats: beige trench, belt missing
G("g31", "coats",
  ("Trench beige femme, taille 38, sans ceinture, bouton du haut remplacé par un bouton noir", "fr", "11-06", "RER C - Invalides"),
  [("Trench beige femme, taille 38, avec ceinture", "fr", "11-06", "RER C - Invalides"),
   ("Trench beige homme, taille 50, sans ceinture", "fr", "11-05", "RER C - Saint-Michel - Notre-Dame"),
   ("Trench beige Zara, taille 40, ceinture, bouton manquant", "fr", "11-07", "Métro ligne 8 - Invalides"),
   ("Beige trench coat, women's size 38, belt included, lipstick in pocket", "en", "11-06", "RER C - Champ de Mars - Tour Eiffel"),
   ("Imperméable beige femme, taille 38, capuche, sans ceinture", "fr", "11-04", "RER C - Invalides"),
   ("Trench beige femme, taille 36, sans ceinture, doublure écossaise", "fr", "11-08", "RER C - Versailles Château"),
   ("Trench beige femme, taille 38, ceinture nouée, tache sur la manche", "fr", "11-06", "Bus 69")],
  [C("en", "11-05", "+447700123987", "Hello, I lost my trench coat on the RER C on Thursday the fifth. It's a women's beige trench, size 38 European, the belt's missing, and I'd sewn a black button at the top because the original fell off.",
     "thursday the fifth", "on the rer c, at invalides", None, None, None),
   C("es", "11-06", "+34621995530", "una gabardina beige de mujer talla treinta y ocho sin cinturón y el botón de arriba es negro distinto a los demás rer c viernes seis",
     "el viernes seis", "en el RER C, en Invalides", None, None, None),
   C("fr", "11-06", "+33156441230", "J'ai perdu un trench beige, taille 38, sans la ceinture, je l'avais perdue avant. Le bouton du haut est noir, c'est moi qui l'ai recousu. RER C, vendredi 6 novembre.",
     "vendredi 6 novembre", "RER C, Invalides", None, None, None)])

# ---------------------------------------------------------------- g32 scarves: grey hand-knitted wool scarf, pompoms
G("g32", "scarves",
  ("Écharpe grise en laine tricotée main, pompons aux deux bouts, un trou près d'un bout", "fr", "10-23", "Métro ligne 12 - Pigalle"),
  [("Écharpe grise en laine tricotée, franges aux deux bouts", "fr", "10-23", "Métro ligne 12 - Pigalle"),
   ("Écharpe grise en cachemire, pompons", "fr", "10-22", "Métro ligne 2 - Pigalle"),
   ("Écharpe grise et blanche rayée en laine tricotée main, pompons aux deux bouts", "fr", "10-24", "Métro ligne 12 - Concorde"),
   ("Grey hand-knitted wool scarf, pompoms, very long, stripe of red", "en", "10-23", "Métro ligne 12 - Madeleine"),
   ("Snood gris en laine tricotée, pompon", "fr", "10-21", "Métro ligne 12 - Pigalle"),
   ("Écharpe grise en laine tricotée, pompons aux deux bouts, taille enfant", "fr", "10-23", "Bus 30"),
   ("Écharpe gris chiné tricotée main, un pompon manquant", "fr", "10-25", "Métro ligne 12 - Front Populaire")],
  [C("en", "10-23", "+353861234987", "I lost my grey wool scarf, my gran knitted it for me, it has pompoms on both ends and a small hole near one end. Line 12 at Pigalle, on the 23rd of October.",
     "the twenty-third of october", "line twelve, pigalle", None, None, None),
   C("es", "10-22", "+34688113390", "bufanda gris de lana hecha a mano con pompones en las dos puntas tiene un agujerito linea doce pigalle",
     "el veintidós de octubre", "en la línea doce, en Pigalle", None, None, None)])

# ---------------------------------------------------------------- g33 children: Moulin Roty rabbit, torn ear
G("g33", "children",
  ("Doudou lapin Moulin Roty gris, oreille gauche décousue, ruban rose au cou", "fr", "11-15", "Jardin du Luxembourg"),
  [("Doudou lapin Moulin Roty gris, ruban rose au cou", "fr", "11-15", "Jardin du Luxembourg"),
   ("Doudou lapin Moulin Roty gris, oreille droite décousue, ruban bleu", "fr", "11-14", "RER B - Luxembourg"),
   ("Doudou lapin Jellycat gris, oreille décousue", "fr", "11-16", "Jardin du Luxembourg"),
   ("Grey Moulin Roty bunny comforter, left ear coming off, no ribbon", "en", "11-15", "Bus 82"),
   ("Doudou lapin Kaloo gris, ruban rose, oreille gauche décousue", "fr", "11-15", "Métro ligne 4 - Saint-Michel"),
   ("Doudou lapin Moulin Roty gris, très usé, ruban rose, grelot", "fr", "11-13", "Jardin du Luxembourg"),
   ("Doudou ours Moulin Roty gris, ruban rose au cou, oreille gauche décousue", "fr", "11-15", "Jardin du Luxembourg")],
  [C("es", "11-15", "+34654219870", "el muñeco de mi hija se quedó en el jardín de luxemburgo el domingo un conejito gris de mulan roti con una cinta rosa en el cuello y la oreja izquierda medio descosida",
     "el domingo", "en el Jardín de Luxemburgo", "Moulin Roty", None, None),
   C("en", "11-15", "+447402298813", "Hi, my son lost his comforter at the Luxembourg Gardens on Sunday, it's a grey rabbit from Moulin Roty, with a pink ribbon round its neck, and the left ear is half unstitched. He can't sleep without it.",
     "sunday", "the luxembourg gardens", "moulin roty", None, None),
   C("fr", "11-14", "+33688021144", "On a perdu le doudou de ma fille au Luxembourg, un lapin gris Moulin Roty avec un ruban rose, l'oreille gauche est décousue. Samedi ou dimanche, je sais plus.",
     "samedi ou dimanche", "au jardin du Luxembourg", "Moulin Roty", None, None)])

# ---------------------------------------------------------------- g34 children: navy child's parka, dinosaur patch
G("g34", "children",
  ("Parka enfant Okaïdi bleu marine, taille 4 ans, écusson dinosaure vert sur la manche, moufles rouges attachées", "fr", "11-18", "Bus 87"),
  [("Parka enfant Okaïdi bleu marine, taille 6 ans, écusson dinosaure", "fr", "11-18", "Bus 87"),
   ("Parka enfant bleu marine, taille 4 ans, écusson fusée sur la manche", "fr", "11-17", "Bus 87"),
   ("Parka enfant Okaïdi bleu marine, taille 4 ans, sans écusson, moufles grises dans la poche", "fr", "11-19", "Bus 86"),
   ("Kids' navy parka, age 4, dinosaur print lining, red mittens", "en", "11-18", "Métro ligne 10 - Jussieu"),
   ("Doudoune enfant Okaïdi bleu marine, taille 4 ans, écusson dinosaure", "fr", "11-16", "Bus 87"),
   ("Parka adulte bleu marine, taille S, écusson dinosaure vert", "fr", "11-18", "Bus 87"),
   ("Parka enfant Okaïdi bleu marine, taille 4 ans, écusson dinosaure vert, moufles bleues attachées", "fr", "11-20", "Bus 87")],
  [C("en", "11-18", "+447733018844", "my little boy's navy parka from okaidi size four years there's a green dinosaur patch on the sleeve and red mittens on a string bus eighty seven wednesday",
     "wednesday", "the 87 bus", "okaïdi", None, None),
   C("de", "11-17", "+4917687654321", "Mein Sohn hat am Dienstag im Bus 87 seine dunkelblaue Kinderjacke vergessen, so ein Parka, Größe 104, also vier Jahre. Auf dem Ärmel ist ein grüner Dino-Aufnäher und rote Fäustlinge hängen an einer Schnur dran.",
     "am Dienstag", "im Bus siebenundachtzig", "Okaïdi", None, None),
   C("es", "11-18", "+33752004419", "Buenas tardes, mi niño se dejó el abrigo en el autobús ochenta y siete, el miércoles. Es una parka azul marino de Okaïdi, talla cuatro años, con un parche de dinosaurio verde en la manga y unas manoplas rojas atadas.",
     "el miércoles", "en el autobús ochenta y siete", "Okaïdi", None, None)])

# ---------------------------------------------------------------- g35 children: brown teddy bear, red scarf, missing eye
G("g35", "children",
  ("Peluche ours marron, écharpe rouge tricotée, œil droit manquant", "fr", "10-27", "Gare d'Austerlitz"),
  [("Peluche ours marron, écharpe rouge tricotée", "fr", "10-27", "Gare d'Austerlitz"),
   ("Peluche ours marron, nœud rouge, œil gauche manquant", "fr", "10-26", "Gare d'Austerlitz - salle d’attente"),
   ("Peluche ours marron, écharpe verte tricotée, œil droit manquant", "fr", "10-28", "Gare d'Austerlitz"),
   ("Brown teddy bear, red knitted scarf, both eyes, large", "en", "10-27", "Métro ligne 5 - Gare d'Austerlitz"),
   ("Peluche chien marron, écharpe rouge, œil droit manquant", "fr", "10-27", "Gare d'Austerlitz"),
   ("Peluche ours marron clair Jellycat, écharpe rouge", "fr", "10-25", "Gare de Lyon"),
   ("Peluche ours marron, écharpe rouge tricotée, œil droit manquant, taille géante (1 m)", "fr", "10-29", "Gare d'Austerlitz")],
  [C("fr", "10-27", "+33627812290", "le nounours de mon fils, marron, avec une petite écharpe rouge en tricot et il lui manque l'œil droit, on l'a oublié gare d'Austerlitz le 27",
     "le 27 octobre", "gare d'Austerlitz", None, None, None),
   C("es", "10-26", "+34711220847", "un osito de peluche marron con una bufandita roja de punto le falta el ojo derecho es de tamaño normal estación de austerlitz",
     "el veintiséis de octubre", "en la estación de Austerlitz", None, None, None),
   C("en", "10-27", "+12155550134", "We left my daughter's teddy at Austerlitz station on October 27th. A brown bear, normal size, with a little knitted red scarf, and he's missing his right eye.",
     "october twenty-seventh", "austerlitz train station", None, None, None)])

# ---------------------------------------------------------------- g36 watches: black Apple Watch, orange sport loop
G("g36", "watches_jewellery",
  ("Montre connectée Apple Watch noire 41 mm, bracelet Sport Loop orange, écran rayé", "fr", "11-08", "Métro ligne 6 - Denfert-Rochereau"),
  [("Apple Watch noire 45 mm, bracelet Sport Loop orange", "fr", "11-08", "Métro ligne 6 - Denfert-Rochereau"),
   ("Apple Watch noire 41 mm, bracelet silicone orange, écran intact", "fr", "11-07", "Métro ligne 6 - Pasteur"),
   ("Montre connectée Apple Watch noire 41 mm, bracelet Sport Loop noir, écran rayé", "fr", "11-09", "Métro ligne 4 - Denfert-Rochereau"),
   ("Black Apple Watch 41mm, orange sport loop, SE model, no scratches", "en", "11-08", "RER B - Denfert-Rochereau"),
   ("Montre connectée Samsung Galaxy Watch noire, bracelet orange", "fr", "11-08", "Métro ligne 6 - Denfert-Rochereau"),
   ("Apple Watch noire 41 mm, bracelet Sport Loop orange, écran rayé, coque de protection transparente", "fr", "11-05", "Métro ligne 6 - Nation"),
   ("Apple Watch Ultra titane, bracelet Trail Loop orange", "fr", "11-10", "Métro ligne 6 - Trocadéro")],
  [C("fr", "11-08", "+33677301298", "j'ai perdu mon apple watch noire la petite de quarante et un avec le bracelet en tissu orange à scratch l'écran est rayé ligne six denfert",
     "dimanche 8", "ligne 6, Denfert-Rochereau", "Apple", None, None),
   C("en", "11-07", "+12065550111", "Hi, I lost my Apple Watch on metro line 6 around Denfert-Rochereau on Saturday the 7th. It's the black one, 41 millimetres, with an orange Sport Loop band, and the screen's scratched.",
     "saturday the seventh", "line six, denfert-rochereau", "apple", None, None),
   C("de", "11-08", "", "Apple Watch, schwarz, 41 Millimeter, mit orangem Stoffarmband zum Kletten, das Display ist zerkratzt. Metro Linie 6, am achten November.",
     "am achten November", "Linie sechs, Denfert-Rochereau", "Apple", None, None)])

# ---------------------------------------------------------------- g37 jewellery: gold gourmette engraved
G("g37", "watches_jewellery",
  ("Gourmette en or, gravée « Inès 12.05.2019 » sur le dessus", "fr", "11-10", "Commissariat 15e"),
  [("Gourmette en or, gravée « Inès »", "fr", "11-10", "Commissariat 15e"),
   ("Gourmette en or, gravée « Inès 21.05.2016 »", "fr", "11-09", "Métro ligne 6 - Pasteur"),
   ("Gourmette en argent, gravée « Inès 12.05.2019 »", "fr", "11-10", "Commissariat 15e"),
   ("Gold ID bracelet, engraved \"Inaya 12.05.2019\"", "en", "11-11", "Métro ligne 12 - Mairie d'Issy"),
   ("Gourmette en plaqué or, non gravée", "fr", "11-08", "Commissariat 15e"),
   ("Gourmette enfant en or, gravée « Léo 12.05.2019 »", "fr", "11-10", "Bus 80"),
   ("Gourmette en or, gravée « Inès » au dos et « 12.05.2019 » au dessus, fermoir cassé", "fr", "11-12", "Commissariat 14e")],
  [C("fr", "11-09", "+33145886622", "Bonjour, je cherche une gourmette en or, avec gravé dessus Inès et la date douze, cinq, deux mille dix-neuf. Je l'ai perdue dans le quinzième, je crois lundi 9.",
     "lundi 9", "dans le 15e", None, None, None),
   C("en", "11-10", "+447900654421", "gold id bracelet engraved ines and the date twelve five twenty nineteen lost in the fifteenth arrondissement on tuesday the tenth",
     "tuesday the tenth", "in the fifteenth arrondissement", None, None, None),
   C("de", "11-10", "+4915144788120", "Ich habe ein goldenes Namensarmband meiner Tochter verloren, graviert mit Inès und dem Datum zwölfter fünfter 2019, vorne drauf. Im 15. Arrondissement, am 10. November.",
     "am zehnten November", "im fünfzehnten Arrondissement", None, None, None)])

# ---------------------------------------------------------------- g38 laptops: silver MacBook Air, NASA sticker
G("g38", "laptops",
  ("Ordinateur portable MacBook Air argenté, autocollant NASA sur le couvercle, dans housse en feutre gris", "fr", "10-28", "Métro ligne 14 - Bibliothèque François Mitterrand"),
  [("MacBook Air argenté, dans housse en feutre gris, sans autocollant", "fr", "10-28", "Métro ligne 14 - Bibliothèque François Mitterrand"),
   ("MacBook Pro argenté, autocollant NASA, housse grise", "fr", "10-27", "Métro ligne 14 - Olympiades"),
   ("MacBook Air argenté, autocollants NASA et SpaceX, sans housse", "fr", "10-29", "Métro ligne 14 - Gare de Lyon"),
   ("Silver MacBook Air, NASA sticker, black neoprene sleeve", "en", "10-28", "RER C - Gare d'Austerlitz"),
   ("MacBook Air argenté, autocollant NASA, housse en feutre gris, clavier AZERTY avec touche manquante", "fr", "10-26", "Métro ligne 14 - Bibliothèque François Mitterrand"),
   ("Ordinateur portable MacBook Air argenté, coque rigide transparente, housse feutre grise", "fr", "10-28", "Bus 62"),
   ("MacBook Air gris sidéral, autocollant NASA, housse feutre gris", "fr", "10-30", "Métro ligne 14 - Bibliothèque François Mitterrand")],
  [C("en", "10-28", "+447566231190", "lost my macbook air silver one with a nasa sticker on the lid in a grey felt sleeve line fourteen at bibliotheque on wednesday the twenty eighth",
     "wednesday the twenty-eighth of october", "line fourteen, bibliothèque françois mitterrand", "apple", None, "a grey felt sleeve"),
   C("de", "10-27", "+4915788023411", "Ich habe mein MacBook Air in der Metro Linie 14 liegen lassen, am 27. Oktober. Silber, mit einem NASA-Aufkleber auf dem Deckel, in einer grauen Filzhülle. Die Tastatur ist komplett, keine Taste fehlt.",
     "am siebenundzwanzigsten Oktober", "Linie vierzehn, Bibliothèque François Mitterrand", "Apple", None, "graue Filzhülle"),
   C("es", "10-28", "+34680221377", "Me dejé el portátil en la línea catorce el miércoles veintiocho, un MacBook Air plateado con una pegatina de la NASA en la tapa, metido en una funda de fieltro gris.",
     "el miércoles veintiocho de octubre", "en la línea catorce, en Bibliothèque", "Apple", None, "una funda de fieltro gris")])

# ---------------------------------------------------------------- g39 laptops: black ThinkPad in sacoche
G("g39", "laptops",
  ("PC portable Lenovo ThinkPad noir, touche Échap manquante, autocollant « Université de Nanterre », dans sacoche noire avec chargeur", "fr", "10-06", "RER A - La Défense"),
  [("PC portable Lenovo ThinkPad noir, dans sacoche noire avec chargeur", "fr", "10-06", "RER A - La Défense"),
   ("PC portable Dell Latitude noir, autocollant université, sacoche noire", "fr", "10-05", "RER A - La Défense"),
   ("Lenovo ThinkPad noir, touche manquante, sans sacoche", "fr", "10-07", "RER A - Nanterre - Préfecture"),
   ("Black Lenovo ThinkPad laptop in black bag with charger, company asset tag", "en", "10-06", "Métro ligne 1 - La Défense"),
   ("PC portable Lenovo ThinkPad noir, autocollant « Université de Nanterre », sacoche grise", "fr", "10-04", "RER A - Auber"),
   ("PC portable HP noir, touche Échap manquante, sacoche noire", "fr", "10-06", "RER E - Nanterre - La Folie"),
   ("Lenovo ThinkPad noir, autocollant Sorbonne, sacoche noire avec chargeur et souris", "fr", "10-08", "RER A - La Défense")],
  [C("de", "10-06", "+4915210098776", "schwarzer lenovo thinkpad in einer schwarzen laptoptasche mit ladegerät die escape taste fehlt und ein aufkleber von der uni nanterre rer a la défense",
     "am sechsten Oktober", "RER A, La Défense", "Lenovo", "das Ladegerät", "schwarze Laptoptasche"),
   C("fr", "10-05", "+33634090221", "Bonjour, j'ai oublié mon ordinateur dans le RER A, lundi 5 octobre, vers La Défense. C'est un ThinkPad noir, il manque la touche Échap, et il y a un autocollant de la fac de Nanterre. Il était dans une sacoche noire avec le chargeur.",
     "lundi 5 octobre", "RER A, à La Défense", "Lenovo", "le chargeur", "une sacoche noire")])

# ---------------------------------------------------------------- g40 phones: black Galaxy S23, flip wallet case with card
G("g40", "phones",
  ("Téléphone Samsung Galaxy S23 noir, étui portefeuille en cuir noir contenant CB et carte Vitale", "fr", "10-31", "Taxi G7"),
  [("Samsung Galaxy S23 noir, étui portefeuille cuir noir, vide", "fr", "10-31", "Taxi G7"),
   ("Samsung Galaxy S22 noir, étui portefeuille noir avec CB", "fr", "10-30", "Taxi G7"),
   ("Samsung Galaxy S23 noir, coque silicone noire, écran fissuré", "fr", "11-01", "VTC Uber"),
   ("Samsung Galaxy S23 Ultra, black, black leather wallet case with ID card", "en", "10-31", "Taxi G7"),
   ("Samsung Galaxy S23 noir, étui portefeuille en cuir marron, CB et carte Vitale", "fr", "10-29", "Taxi G7"),
   ("Samsung Galaxy S23 noir, étui à rabat noir, carte Navigo", "fr", "11-02", "Taxi Alpha"),
   ("Tél. Samsung Galaxy S23 noir, étui portefeuille en simili cuir noir, contient CB, carte Vitale, permis", "fr", "10-31", "Aéroport CDG T2")],
  [C("es", "10-31", "+34626338121", "me dejé el móvil en un taxi el sábado treinta y uno, un samsung galaxy s veintitrés negro, con una funda tipo cartera de cuero negro, dentro están mi tarjeta del banco y la carte vitale",
     "el sábado treinta y uno de octubre", "en un taxi G7", "Samsung", "la tarjeta del banco y la carte Vitale", "una funda tipo cartera de cuero negro"),
   C("en", "10-30", "+447701456632", "samsung s twenty three black phone black leather wallet case with my bank card and french health card inside left it in a g seven taxi",
     "the thirtieth of october", "in a g7 taxi", "samsung", "my bank card and my carte vitale", "a black leather wallet case"),
   C("fr", "10-31", "+33149220177", "J'ai laissé mon portable dans un taxi G7, samedi 31. Un Samsung Galaxy S23 noir, dans un étui qui fait portefeuille, en cuir noir, avec ma carte bleue et ma carte Vitale dedans. Mon permis n'est pas dedans.",
     "samedi 31 octobre", "dans un taxi G7", "Samsung", "carte bleue et carte Vitale", "un étui portefeuille en cuir noir")])

# ---------------------------------------------------------------- g41 headphones: black Sony WH-1000XM5, torn left cushion
G("g41", "headphones",
  ("Casque audio Sony WH-1000XM5 noir, coussinet gauche déchiré, dans étui rigide noir", "fr", "11-03", "Aéroport CDG T2"),
  [("Casque audio Sony WH-1000XM5 noir, étui rigide noir", "fr", "11-03", "Aéroport CDG T2"),
   ("Casque Sony WH-1000XM4 noir, coussinet gauche déchiré, étui noir", "fr", "11-02", "Aéroport CDG T2"),
   ("Casque Sony WH-1000XM5 noir, coussinet droit déchiré, sans étui", "fr", "11-04", "Aéroport CDG T1"),
   ("Black Bose QuietComfort headphones, torn left ear cushion, black case", "en", "11-03", "Aéroport CDG T2"),
   ("Casque audio Sony WH-1000XM5 noir, coussinet gauche déchiré, étui gris", "fr", "11-05", "RER B - Aéroport CDG 2"),
   ("Casque Sony WH-CH720N noir, étui souple", "fr", "11-01", "Aéroport CDG T2"),
   ("Casque audio Sony WH-1000XM5 noir, coussinet gauche déchiré, étui rigide noir, arceau cassé", "fr", "11-03", "Aéroport d'Orly - Orly 4")],
  [C("de", "11-03", "+4916098230067", "Ich habe am 3. November am Flughafen Charles de Gaulle, Terminal 2, meinen Sony-Kopfhörer verloren, den WH-1000XM5 in Schwarz. Das linke Ohrpolster ist eingerissen, er steckte im schwarzen Hartschalenetui.",
     "am dritten November", "Flughafen Charles de Gaulle, Terminal zwei", "Sony", None, "schwarzes Hartschalenetui"),
   C("fr", "11-02", "+33600112233", "casque sony noir le wh mille xm cinq coussinet gauche déchiré dans son étui rigide noir perdu à roissy terminal deux",
     "le 2 novembre", "à Roissy, terminal 2", "Sony", None, "son étui rigide noir")])

# ---------------------------------------------------------------- g42 sport bags: black Nike holdall, football boots
G("g42", "sports_bags",
  ("Sac de sport Nike noir, cadenas à code sur la fermeture, contient chaussures de foot Adidas pointure 42, protège-tibias, maillot du PSG", "fr", "11-12", "Métro ligne 9 - Mairie de Montreuil"),
  [("Sac de sport Nike noir, contient chaussures de foot Nike pointure 42, maillot du PSG", "fr", "11-12", "Métro ligne 9 - Mairie de Montreuil"),
   ("Sac de sport Nike noir, cadenas, contient kimono de judo", "fr", "11-11", "Métro ligne 9 - Mairie de Montreuil"),
   ("Sac de sport Adidas noir, contient chaussures de foot pointure 42, protège-tibias", "fr", "11-13", "Métro ligne 9 - Nation"),
   ("Black Nike holdall, padlock, football boots size 38, Arsenal shirt", "en", "11-12", "Métro ligne 1 - Nation"),
   ("Sac de sport Nike noir, cadenas à code, contient chaussures de foot Adidas pointure 44, serviette", "fr", "11-14", "Métro ligne 9 - République"),
   ("Sac de sport Nike noir, sans cadenas, contient protège-tibias, maillot de l'OM", "fr", "11-10", "Bus 122"),
   ("Sac de sport Nike noir, cadenas à code, contient chaussures de foot Adidas pointure 42, maillot du Real Madrid", "fr", "11-12", "Métro ligne 9 - Mairie de Montreuil")],
  [C("es", "11-11", "+34633098711", "Perdí la bolsa de deporte de mi hijo, una Nike negra, con un candado de números en la cremallera. Dentro las botas de fútbol Adidas del cuarenta y dos, las espinilleras y una camiseta del PSG. En la línea nueve, el miércoles once.",
     "el miércoles once", "en la línea nueve, en Mairie de Montreuil", "Nike", "las botas Adidas del cuarenta y dos, espinilleras y la camiseta del PSG", None),
   C("en", "11-12", "+447720301455", "black nike sports bag with a combination padlock football boots adidas size forty two shin pads and a psg shirt line nine montreuil thursday the twelfth",
     "thursday the twelfth", "line nine at mairie de montreuil", "nike", "adidas boots size 42, shin pads, psg shirt", None),
   C("de", "11-12", "+4917633410092", "Schwarze Nike-Sporttasche, mit Zahlenschloss, drin Fußballschuhe von Adidas in 42, Schienbeinschoner und ein PSG-Trikot. Linie 9, Endstation Montreuil, am 12. November.",
     "am zwölften November", "Linie neun, Mairie de Montreuil", "Nike", "Fußballschuhe, Schienbeinschoner, PSG-Trikot", None)])

# ---------------------------------------------------------------- g43 keys: PSG keyring + red parking fob
G("g43", "keys",
  ("Trousseau de 3 clés, porte-clés PSG en caoutchouc, télécommande de parking rouge", "fr", "10-13", "Bus 183"),
  [("Trousseau de 3 clés, porte-clés PSG en métal, badge Vigik bleu", "fr", "10-13", "Bus 183"),
   ("Trousseau de 3 clés, porte-clés OM, télécommande de parking rouge", "fr", "10-12", "Bus 183"),
   ("Trousseau de 4 clés, porte-clés PSG en caoutchouc, télécommande de portail noire", "fr", "10-14", "Bus 183"),
   ("Keys: 3 keys, PSG keyring, red garage remote, Peugeot car key", "en", "10-13", "Métro ligne 7 - Porte d'Ivry"),
   ("Trousseau de 2 clés, porte-clés PSG en caoutchouc", "fr", "10-11", "Bus 183"),
   ("Trousseau de 3 clés, porte-clés PSG en caoutchouc, télécommande de parking rouge, clé de boîte aux lettres cassée", "fr", "10-15", "Commissariat 13e"),
   ("Trousseau de 3 clés, porte-clés Real Madrid, télécommande de parking rouge", "fr", "10-13", "Bus 183")],
  [C("es", "10-12", "+34643557812", "las llaves de casa, tres llaves con un llavero de goma del PSG y el mando rojo del garaje, se me cayeron en el autobús ciento ochenta y tres el doce de octubre",
     "el doce de octubre", "en el autobús ciento ochenta y tres", None, None, None),
   C("fr", "10-13", "+33146770215", "trois clés avec un porte-clés du psg en caoutchouc et le bip du parking rouge bus cent quatre-vingt-trois mardi 13",
     "mardi 13 octobre", "bus 183", None, None, None)])

# ---------------------------------------------------------------- g44 phones: pink iPhone 15, clear MagSafe case with photo
G("g44", "phones",
  ("iPhone 15 rose, coque MagSafe transparente avec photo de famille glissée derrière, verre trempé fissuré", "fr", "11-19", "Métro ligne 1 - Charles de Gaulle - Étoile"),
  [("iPhone 15 rose, coque MagSafe transparente, écran intact", "fr", "11-19", "Métro ligne 1 - Charles de Gaulle - Étoile"),
   ("iPhone 14 rose, coque transparente avec photo derrière", "fr", "11-18", "Métro ligne 1 - Porte Maillot"),
   ("iPhone 15 rose, coque silicone rose, verre trempé fissuré", "fr", "11-19", "Métro ligne 2 - Charles de Gaulle - Étoile"),
   ("Pink iPhone 15 Plus, clear case, photo of a dog behind it", "en", "11-20", "RER A - Charles de Gaulle - Étoile"),
   ("iPhone 15 rose, coque transparente avec carte Navigo derrière", "fr", "11-17", "Métro ligne 1 - Concorde"),
   ("iPhone 15 rose, coque MagSafe transparente, porte-cartes MagSafe noir collé au dos", "fr", "11-19", "Métro ligne 6 - Charles de Gaulle - Étoile"),
   ("iPhone 15 rose, coque transparente avec photo de famille derrière, verre trempé fissuré, cordon", "fr", "11-16", "Bus 92")],
  [C("de", "11-19", "+4915167700023", "Gestern hab ich in der Metro Linie 1, Charles de Gaulle Étoile, mein rosa iPhone 15 verloren. Durchsichtige MagSafe-Hülle, hinten drin steckt ein Familienfoto, und die Schutzfolie ist gesprungen.",
     "gestern", "Linie eins, Charles de Gaulle - Étoile", "Apple", "ein Familienfoto hinter der Hülle", "durchsichtige MagSafe-Hülle"),
   C("en", "11-19", "+14045550122", "pink iphone fifteen clear case with a family photo behind it the screen protector is cracked line one at etoile yesterday",
     "yesterday", "line one, charles de gaulle étoile", "apple", "a family photo behind the case", "a clear case"),
   C("fr", "11-18", "+33787446620", "J'ai perdu mon iPhone 15 rose mercredi sur la ligne 1, à Étoile, il est dans une coque transparente et il y a une photo de ma famille derrière. Le verre trempé est cassé.",
     "mercredi", "ligne 1, Charles de Gaulle - Étoile", "Apple", "une photo de famille derrière la coque", "une coque transparente")])

# ================================================================ absent calls
# Kinds the background never produces (see register.py docstring) and that no group holds.
# Tuning file: first 13; held-out file: last 13.
A("fr", "11-18", "+33614552019", "J'ai perdu un drone, un DJI Mini gris, dans sa petite sacoche noire avec la télécommande, mercredi, sur la ligne 6 vers Trocadéro.",
  "mercredi", "ligne 6, Trocadéro", "DJI", "la télécommande et deux batteries", "une sacoche noire")
A("fr", "11-12", "+33145012276", "trombone dans un étui rigide noir avec des autocollants de groupes de jazz oublié ligne sept jeudi douze",
  "jeudi 12", "ligne 7, Opéra", "Yamaha", "l'embouchure et des partitions", "un étui rigide noir")
A("fr", "11-19", "+33699301182", "Bonjour, j'ai oublié hier dans un taxi G7 un siège auto pour bébé, un Maxi-Cosi gris avec une housse à pois blancs.",
  "hier", "dans un taxi G7", "Maxi-Cosi", None, None)
A("en", "11-16", "+447700812299", "I left a Nintendo Switch on the Eurostar platform at Gare du Nord on Monday, it's the OLED one with red and blue controllers in a grey zip case with five game cards inside.",
  "monday", "gare du nord, the eurostar platforms", "nintendo", "five game cards", "a grey zip case")
A("en", "11-17", "+61402887310", "japanese passport in a pink leather cover lost at charles de gaulle terminal two on tuesday",
  "tuesday", "charles de gaulle, terminal two", None, "a boarding pass", "a pink leather cover")
A("en", "11-10", "+12125550177", "Hello, my mother lost her hearing aid on the 69 bus on the tenth, a small beige one that sits behind the right ear, in a little blue box.",
  "the tenth of november", "the 69 bus", "phonak", None, "a little blue box")
A("es", "11-15", "+34611002938", "Perdí mi monopatín, un skate negro con una pegatina grande de la bandera de España, en la línea uno el domingo.",
  "el domingo", "en la línea uno, en Bastille", None, None, None)
A("es", "11-13", "+34913330291", "se me olvidó en un taxi el vestido de novia de mi hija en una funda blanca larga con cremallera el viernes trece por favor es urgente",
  "el viernes trece", "en un taxi, desde el aeropuerto de Orly", "Pronovias", None, "una funda blanca con cremallera")
A("es", "11-17", "+34655880124", "Buenas, perdí un acordeón rojo pequeño, de botones, en su maleta negra, en la línea dos en Anvers el martes.",
  "el martes", "en la línea dos, en Anvers", "Hohner", None, "una maleta negra")
A("de", "11-14", "+4915144002871", "Ich habe am Samstag am Flughafen Charles de Gaulle meine Golftasche verloren, schwarz-weiß von Callaway, mit allen Schlägern drin.",
  "am Samstag", "Flughafen Charles de Gaulle, Terminal eins", "Callaway", "alle Schläger und Bälle", None)
A("de", "11-18", "+4930664401", "leere katzentransportbox grau mit blauem gitter gare de lyon vorgestern",
  "vorgestern", "Gare de Lyon", None, "eine Decke", None)
A("de", "11-16", "+4917633008871", "Wir haben am Montag am Gare de Lyon ein Snowboard in einer roten Boardtasche liegen lassen, ein Burton, mit Bindungen.",
  "am Montag", "Gare de Lyon", "Burton", "die Bindungen", "rote Boardtasche")
A("en", "11-19", "", "i lost a sewing machine a white singer in a carrying case in the back of an uber yesterday",
  "yesterday", "in an uber", "singer", None, "a carrying case")

A("fr", "11-17", "+33688120457", "j'ai perdu une nintendo switch blanche avec les manettes blanches dans une pochette zippée noire bus quatre-vingt-onze mardi",
  "mardi", "bus 91", "Nintendo", "trois jeux", "une pochette noire")
A("fr", "11-18", "+33612339004", "Bonjour, je suis québécoise, j'ai perdu mon passeport canadien mercredi au Louvre, il était dans un étui en cuir rouge.",
  "mercredi", "au musée du Louvre", None, None, "un étui en cuir rouge")
A("fr", "11-09", "+33144558210", "J'ai oublié mon accordéon dans le RER C lundi 9, un accordéon noir et blanc dans une housse bordeaux.",
  "lundi 9", "RER C, Saint-Michel", "Hohner", None, "une housse bordeaux")
A("en", "11-15", "+447903221456", "Hi, my son left his drone on the RER B on Sunday, a white DJI Mini in a grey zip case with the controller.",
  "sunday", "rer b, going to the airport", "dji", "the controller", "a grey zip case")
A("en", "11-19", "+14155550100", "baby car seat grey maxi cosi with a green sun canopy left on the platform at gare montparnasse yesterday",
  "yesterday", "gare montparnasse", "maxi-cosi", None, None)
A("en", "11-12", "+447700334120", "I've lost a trombone, a silver one, in a black soft gig bag with a Leeds Jazz Club sticker, on line 4 on Thursday the 12th.",
  "thursday the twelfth", "line four, châtelet", "bach", None, "a black gig bag")
A("es", "11-16", "+34917002245", "mi abuela perdió el audífono en el autobús ochenta y seis el lunes, es pequeñito, color carne, de los que van detrás de la oreja izquierda",
  "el lunes", "en el autobús ochenta y seis", None, None, "una cajita negra")
A("es", "11-18", "+34600998731", "Perdí mi pasaporte japonés, soy japonés pero hablo español, en el aeropuerto de Orly el miércoles, en una funda azul claro.",
  "el miércoles", "en el aeropuerto de Orly", None, None, "una funda azul claro")
A("es", "11-14", "+34622119045", "Hola, se nos quedó en el tren, en la Gare de Lyon, el transportín del gato, vacío, gris con la puerta azul, el sábado.",
  "el sábado", "en la Gare de Lyon", None, None, None)
A("de", "11-13", "+4915203318891", "Ich habe am Freitag, dem 13., in einem Taxi ein Brautkleid in einem langen weißen Kleidersack vergessen.",
  "am Freitag, dem dreizehnten", "in einem Taxi vom Flughafen", None, None, "langer weißer Kleidersack")
A("de", "11-19", "+4917688910034", "nähmaschine von singer weiß in einer tragetasche gestern im bus zweiundvierzig",
  "gestern", "im Bus zweiundvierzig", "Singer", None, "Tragetasche")
A("de", "11-17", "+4915777001229", "Mein Sohn hat am Dienstag sein Skateboard in der Metro Linie 1 liegen lassen, Deck mit blauem Totenkopf-Motiv, grüne Rollen.",
  "am Dienstag", "Linie eins, Châtelet", None, None, None)
A("en", "11-14", "+447511008823", "hello I left a golf bag in a taxi from Orly on Saturday, it's a blue TaylorMade bag with clubs in it and a yellow towel clipped on.",
  "saturday", "in a taxi from orly", "taylormade", "the clubs and a yellow towel", None)


# ================================================================ output
SPLIT_SEED = 20261120


def split_keys():
    keys = [f"g{i:02d}" for i in range(1, 45)]
    r = random.Random(SPLIT_SEED)
    r.shuffle(keys)
    return set(keys[:22]), set(keys[22:])


def group_json(key, family, owner, looks, calls):
    items = []
    for suffix, (desc, lang, day, place) in [("owner", owner)] + [(chr(ord("a") + i), t) for i, t in enumerate(looks)]:
        items.append({"key": f"{key}-{suffix}", "description": desc, "language": lang,
                      "found_on": Y + day, "found_at": place})
    return {"key": key, "family": family, "items": items, "owner_key": f"{key}-owner", "calls": calls}


def build():
    tuning, heldout = split_keys()
    out = {}
    for name, keys, absent in (("tuning", tuning, ABSENT[:13]), ("heldout", heldout, ABSENT[13:])):
        groups = [group_json(*g) for g in GROUPS if g[0] in keys]
        out[name] = {
            "reference_date": "2026-11-20",
            "background": {"count": 30000, "end": "2026-11-20", "per_day": 450, "seed": 17},
            "groups": groups,
            "absent_calls": absent,
        }
    return out


if __name__ == "__main__":
    data = build()
    for name, d in data.items():
        with open(f"crowded_{name}.json", "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(name, len(d["groups"]), "groups", sum(len(g["calls"]) for g in d["groups"]), "calls", len(d["absent_calls"]), "absent")
