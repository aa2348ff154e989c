"""Details read from where words stand: the case's own colour, no case, the model."""

import pytest

from lost_items.describing import describe, describe_place
from lost_items.details import same_model


@pytest.mark.parametrize(
    ("text", "language", "item_colors", "case"),
    [
        ("iPhone 13 noir, coque verte", "fr", ["color:black"], "case:color:green"),
        ("black iPhone with a green rubber case", "en", ["color:black"], "case:color:green"),
        ("móvil negro con una funda de silicona verde", "es", ["color:black"], "case:color:green"),
        ("schwarzes Handy mit grüner Silikonhülle", "de", ["color:black"], "case:color:green"),
        ("Samsung noir, étui à rabat vert", "fr", ["color:black"], "case:color:green"),
        ("iPhone 13 coque rose", "fr", ["color:pink"], "case:color:pink"),  # all one sees
    ],
)
def test_the_colour_said_of_the_case_is_the_cases(text, language, item_colors, case):
    described = describe(text, language)
    assert described.colors == item_colors
    assert case in described.words


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Samsung Galaxy A54 noir, sans coque", "fr"),
        ("black Samsung phone, no case", "en"),
        ("Samsung negro sin funda", "es"),
        ("schwarzes Samsung ohne Hülle", "de"),
    ],
)
def test_no_case_is_a_detail_not_a_case(text, language):
    assert "case:none" in describe(text, language).words


def test_without_a_flap_is_still_a_case():
    """ "Sans rabat" says which kind of case it is, not that there is none."""
    words = describe("Samsung vert, coque silicone rouge sans rabat", "fr").words
    assert "case:color:red" in words
    assert "case:none" not in words and "feature:flip_cover" not in words


def test_a_negation_keeps_other_phrases_whole():
    assert describe("doudoune sans manches", "fr").kind == "kind:puffer_jacket"


@pytest.mark.parametrize(
    ("text", "language", "model"),
    [
        ("Samsung Galaxy A54 noir", "fr", "model:54"),
        ("samsung galaxy a fifty four", "en", "model:54"),
        ("Xiaomi Redmi Note 12 bleu", "fr", "model:note-12"),
        ("iPhone 13 Pro noir", "fr", "model:13-pro"),
        ("iPhone 13 mini", "en", "model:13-mini"),
        ("AirPods Pro blancs", "fr", "model:pro"),
        ("Google Pixel siete gris", "es", "model:7"),
        ("Écouteurs Sony WF-1000XM5 noirs", "fr", "model:wf-1000-xm-5"),
        ("black sony x m five earbuds", "en", "model:xm-5"),
        ("OnePlus 12R vert", "fr", "model:12-r"),
        ("Sony Xperia 10 V violet", "fr", "model:10-5"),
        ("sony xperia zehn fünf lila", "de", "model:10-5"),
        ("Google Pixel 8a vert", "fr", "model:8-a"),  # "a", glued, is no article
        ("my pixel 8a", "en", "model:8-a"),
        ("iPhone 13 à Châtelet", "fr", "model:13"),
    ],
)
def test_the_model_is_the_number_and_words_after_the_name(text, language, model):
    assert model in describe(text, language).words


def test_a_line_or_a_date_after_the_phone_is_no_model():
    words = describe("iPhone perdu ligne 13 le 12", "fr").words
    assert not [w for w in words if w.startswith("model:")]


@pytest.mark.parametrize(
    ("said", "logged", "agree"),
    [
        ("54", "54", 1.0),
        ("54", "34", -1.0),
        ("13", "13-mini", 0.5),
        ("note-12", "note-12-pro", 0.5),
        ("pro", "3", -1.0),
        ("13-pro", "13-mini", -1.0),
        ("xm-5", "wf-1000-xm-5", 1.0),  # the line's first letters left out, as owners do
        ("xm-5", "wf-1000-xm-4", -1.0),
        ("12", "12-r", 0.5),  # the R is another phone, or a word the owner left out
    ],
)
def test_models_agree_by_number_and_words(said, logged, agree):
    assert same_model(said, logged) == agree


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Portefeuille noir, permis, sans carte Vitale", "fr", "kind:health_card"),
        ("Black wallet, driving licence, no health card", "en", "kind:health_card"),
        ("Trousseau de 4 clés, sans badge", "fr", "kind:badge"),
        ("Cartera negra sin tarjeta sanitaria", "es", "kind:health_card"),
        ("Schwarze Geldbörse ohne Führerschein", "de", "kind:driving_licence"),
    ],
)
def test_what_is_said_to_be_missing_is_not_there(text, language, kind):
    described = describe(text, language)
    assert kind not in described.words and described.kind != kind


@pytest.mark.parametrize(
    ("text", "language", "issued"),
    [
        ("CNI portugaise avec carte Vitale", "fr", {"issued:id_card:pt"}),
        (
            "Portuguese ID card with my French health card",
            "en",
            {"issued:id_card:pt", "issued:health_card:fr"},
        ),
        (
            "pasaporte español y permiso de conducir francés",
            "es",
            {"issued:passport:es", "issued:driving_licence:fr"},
        ),
        (
            "deutscher Führerschein, französische Krankenkassenkarte",
            "de",
            {"issued:driving_licence:de", "issued:health_card:fr"},
        ),
    ],
)
def test_a_country_is_the_documents_it_is_said_beside(text, language, issued):
    assert {w for w in describe(text, language).words if w.startswith("issued:")} == issued


def test_a_coats_sleeve_is_no_case_and_the_colour_after_it_is_the_coats():
    described = describe("navy parka, a green patch on the sleeve and red mittens", "en")
    assert not [w for w in described.words if w.startswith(("case:", "feature:case"))]
    assert "color:red" in described.colors


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("one plus nord c e three lite grey in a black wallet case", "en", "kind:phone"),
        ("OnePlus Nord CE 3 Lite gris, étui portefeuille noir, CB", "fr", "kind:phone"),
        ("I lost my Ray-Bans at the Eiffel Tower", "en", "kind:sunglasses"),
        ("mi Eastpak negra", "es", "kind:backpack"),
        ("Portefeuille noir avec carte grise Renault", "fr", "kind:wallet"),  # a kind first
        ("black Ray-Ban glasses, the left lens is scratched", "en", "kind:glasses"),  # akin
        ("Ray-Ban Sonnenbrille", "de", "kind:sunglasses"),
    ],
)
def test_a_brand_named_before_any_kind_means_what_it_makes(text, language, kind):
    assert describe(text, language).kind == kind


def test_letters_heard_one_by_one_are_the_word_they_spell():
    assert "xps" in describe("ordinateur dell x p s treize", "fr").words
    assert describe("il y a un sac", "fr").kind == "kind:bag"  # "y a" stays two words


@pytest.mark.parametrize(
    ("text", "case"),
    [
        (
            "iPhone 14 Pro, purple, clear case, brown leather MagSafe wallet",
            "case:color:transparent",
        ),
        ("round glasses in a green hard case from Krys", "case:color:green"),
    ],
)
def test_in_english_the_colour_before_the_case_is_the_cases(text, case):
    assert [w for w in describe(text, "en").words if w.startswith("case:")] == [case]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Carte d'identité espagnole (DNI) au nom de MARTÍNEZ", "fr", "martinez"),  # not "marine"
        ("se me perdió el DNI, a nombre de Martínez", "es", "martinez"),  # not "marrones"
        ("Ausweis auf den Namen Schwarz", "de", "schwarz"),  # not black
        ("a black wallet, the name on it is Rose", "en", "rose"),  # not pink
    ],
)
def test_a_name_after_au_nom_de_is_read_as_itself(text, language, name):
    described = describe(text, language)
    assert name in described.words
    assert described.colors in ([], ["color:black"])


@pytest.mark.parametrize(
    ("text", "language", "model"),
    [
        ("iPhone SE rouge", "fr", "model:se"),  # "se" is a French word too
        ("un iphone se rojo", "es", "model:se"),
        ("iPhone 15 Plus noir", "fr", "model:15-plus"),
    ],
)
def test_a_model_word_after_a_product_name_is_the_model_even_if_a_common_word(
    text, language, model
):
    assert model in describe(text, language).words


def test_a_brand_is_not_read_as_a_country_and_the_negation_not_is_understood():
    # "Tourister" looks like "türkischer": a country is never guessed from a look-alike.
    described = describe("türkiser Handgepäckkoffer von American Tourister", "de")
    assert not [w for w in described.words if w.startswith("country:")]
    assert "kind:sunglasses" not in describe("her normal glasses, not sunglasses", "en").words


@pytest.mark.parametrize(
    ("text", "language", "concept"),
    [
        ("Carte mains-libres Renault avec 2 clés", "fr", "kind:car_key"),
        ("Renault Schlüsselkarte mit zwei Schlüsseln", "de", "kind:car_key"),
        ("Microsoft Surface Pro 9, platinum, black Surface Pen", "en", "kind:tablet"),
        ("PopSocket marguerite", "fr", "feature:floral"),
        ("a daisy PopSocket", "en", "feature:floral"),
        ("ein PopSocket mit einem Gänseblümchen", "de", "feature:floral"),
        ("Toniebox rouge, autocollant étoile dorée", "fr", "feature:star"),
        ("una toniebox roja con una pegatina de una estrella dorada", "es", "feature:star"),
        ("una toniebox roja con una pegatina de una estrella dorada", "es", "kind:toy"),
        ("Carré Hermès en soie, petite tache", "fr", "kind:scarf"),
        ("an Hermès carré with a tiny stain", "en", "feature:stain"),
        ("ein Seidentuch mit einem kleinen Fleck", "de", "feature:stain"),
        ("passeport de la république dominicaine", "fr", "issued:passport:do"),
        ("un pasaporte dominicano", "es", "issued:passport:do"),
        ("ein kubanischer Reisepass", "de", "issued:passport:cu"),
        ("Gobelet isotherme Stanley rose, paille rose", "fr", "kind:water_bottle"),
        ("a pink Stanley cup with a straw", "en", "kind:water_bottle"),
        ("un vaso térmico rosa con una pajita", "es", "feature:straw"),
        ("Sony Xperia 10 V lavande", "fr", "kind:phone"),
        (
            "Smartphone Fairphone 5 bleu ciel, coque Fairphone transparente",
            "fr",
            "case:color:transparent",
        ),
        ("die Lunii, diese Geschichtenbox, hinten klebt ein Krake", "de", "feature:octopus"),
        ("auriculares jabra elite ocho con un trébol de cuatro hojas", "es", "feature:clover"),
        ("un passeport de la Corée du Sud", "fr", "issued:passport:kr"),
        ("sac en cuir vernis rouge", "fr", "feature:patent"),
        ("a red patent leather bag", "en", "feature:patent"),
        ("bolso rojo de charol", "es", "feature:patent"),
        ("rote Lacktasche", "de", "feature:patent"),
        ("trousseau de clés avec un jeton de caddie", "fr", "feature:token"),
        ("keys with a shopping trolley token", "en", "feature:token"),
        ("llaves con una ficha de carrito", "es", "feature:token"),
        ("Schlüssel mit einem Einkaufswagenchip", "de", "feature:token"),
        ("casque noir, coussinet droit abîmé", "fr", "feature:ear_cushion"),
        ("black headphones, the right ear cushion is torn", "en", "feature:ear_cushion"),
        ("auriculares negros, la almohadilla derecha rota", "es", "feature:ear_cushion"),
        ("schwarze Kopfhörer, das rechte Ohrpolster ist kaputt", "de", "feature:ear_cushion"),
        ("black headphones, the right ear cushion is torn", "en", "feature:cracked"),
        ("my transport card in a blue holder", "en", "kind:transit_pass"),
        ("verres progressifs", "fr", "feature:progressive_lenses"),
        ("varifocal lenses", "en", "feature:progressive_lenses"),
        ("con cristales progresivos", "es", "feature:progressive_lenses"),
        ("mit Gleitsichtgläsern", "de", "feature:progressive_lenses"),
        ("étui à motif cachemire", "fr", "feature:paisley"),
        ("a paisley pouch", "en", "feature:paisley"),
        ("una funda con estampado de cachemir", "es", "feature:paisley"),
        ("ein Etui mit Paisleymuster", "de", "feature:paisley"),
        ("étui souple", "fr", "feature:soft"),
        ("a soft case", "en", "feature:soft"),
        ("una funda blandita", "es", "feature:soft"),
        ("ein weiches Etui", "de", "feature:soft"),
        ("verres miroir bleus", "fr", "feature:mirrored"),
        ("blue mirrored lenses", "en", "feature:mirrored"),
        ("cristales de espejo azules", "es", "feature:mirrored"),
        ("blau verspiegelte Gläser", "de", "feature:mirrored"),
        ("lunettes rondes", "fr", "feature:round"),
        ("round glasses", "en", "feature:round"),
        ("gafas redondas", "es", "feature:round"),
        ("eine runde Brille", "de", "feature:round"),
        ("branche droite tordue", "fr", "feature:cracked"),
        ("the right arm is bent", "en", "feature:cracked"),
        ("la patilla derecha está doblada", "es", "feature:cracked"),
        ("der rechte Bügel ist verbogen", "de", "feature:cracked"),
        ("une breloque œil turc", "fr", "feature:evil_eye"),
        ("an evil eye charm", "en", "feature:evil_eye"),
        ("un dije de ojo turco", "es", "feature:evil_eye"),
        ("ein Nazar-Amulett", "de", "feature:evil_eye"),
        ("en fond d'écran, mes enfants", "fr", "feature:wallpaper"),
        ("a photo of my kids on the lock screen", "en", "feature:wallpaper"),
        ("de fondo de pantalla, mis hijos", "es", "feature:wallpaper"),
        ("als Hintergrundbild meine Kinder", "de", "feature:wallpaper"),
        ("coque avec porte-cartes", "fr", "kind:card_holder"),
        ("a case with a card slot", "en", "kind:card_holder"),
        ("una funda con tarjetero", "es", "kind:card_holder"),
        ("eine Hülle mit Kartenfach", "de", "kind:card_holder"),
        ("Duffle-coat camel", "fr", "kind:coat"),
        ("a camel duffle coat", "en", "kind:coat"),
        ("una trenca camel", "es", "kind:coat"),
        ("ein kamelfarbener Dufflecoat", "de", "kind:coat"),
        ("lunettes à monture carrée", "fr", "feature:square"),
        ("square glasses", "en", "feature:square"),
        ("gafas cuadradas", "es", "feature:square"),
        ("eine eckige Brille", "de", "feature:square"),
        ("porte-clés canard jaune", "fr", "feature:duck"),
        ("a keyring with a rubber duck", "en", "feature:duck"),
        ("un llavero con un patito de goma", "es", "feature:duck"),
        ("ein Schlüsselanhänger mit einer Quietscheente", "de", "feature:duck"),
        ("une broche dorée sur le col", "fr", "feature:brooch"),
        ("a gold brooch on the collar", "en", "feature:brooch"),
        ("un broche dorado en el cuello", "es", "feature:brooch"),
        ("eine goldene Brosche am Kragen", "de", "feature:brooch"),
        ("une poupée aux cheveux blonds", "fr", "feature:blond"),
        ("a doll with blonde hair", "en", "feature:blond"),
        ("una muñeca rubia", "es", "feature:blond"),
        ("eine Puppe mit blonden Haaren", "de", "feature:blond"),
        ("ma carte d'embarquement dans la pochette", "fr", "kind:transit_pass"),
        ("my boarding pass was in the pouch", "en", "kind:transit_pass"),
        ("la tarjeta de embarque estaba dentro", "es", "kind:transit_pass"),
        ("die Bordkarte war in der Hülle", "de", "kind:transit_pass"),
        ("Samsung vert, étui portefeuille en cuir", "fr", "feature:flip_cover"),
        ("a green Samsung in a wallet case", "en", "feature:flip_cover"),
        ("un Samsung verde con funda cartera", "es", "feature:flip_cover"),
        ("ein grünes Samsung in einer Lederklapphülle", "de", "feature:flip_cover"),
    ],
)
def test_the_same_thing_said_in_each_language_is_one_concept(text, language, concept):
    described = describe(text, language)
    assert concept in (described.kind, *described.words)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the big ninety centimetre one", "en"),
        ("I'd just bought it, the red one", "en"),
    ],
)
def test_one_is_neither_missing_nor_an_id_card(text, language):
    described = describe(text, language)
    assert "feature:missing" not in described.words and described.kind is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("foulard, petite tache dans un coin", "fr"),
        ("scarf with a tiny stain", "en"),
        ("pañuelo con un parche pequeño", "es"),
        ("Schal mit einem kleinen Aufkleber", "de"),
    ],
)
def test_a_size_beside_a_mark_is_the_marks(text, language):
    assert "feature:small" not in describe(text, language).words


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Carte d'identité portugaise dans une pochette bleue", "fr"),
        ("my Portuguese ID card in a blue plastic sleeve", "en"),
    ],
)
def test_the_colour_of_what_a_document_is_kept_in_is_a_cases(text, language):
    described = describe(text, language)
    assert {"feature:case", "case:color:blue"} <= set(described.words)


@pytest.mark.parametrize(
    ("text", "language", "brand"),
    [
        ("Sac à dos Rains noir, contient ordinateur portable HP, chargeur", "fr", "brand:rains"),
        ("black backpack with my HP laptop inside", "en", None),
        ("un Samsung noir", "fr", "brand:samsung"),
        ("my glasses, the black ray ban ones, the sunglasses", "en", "brand:ray_ban"),
    ],
)
def test_a_brand_said_of_another_thing_inside_is_not_the_items(text, language, brand):
    assert describe(text, language).brand == brand


@pytest.mark.parametrize("language", ["fr", "en", "es", "de"])
def test_a_place_is_read_as_the_register_writes_it_with_its_line(language):
    """An English or Spanish entry's "Métro ligne 14 - Gare de Lyon" is the French one:
    "gare" and "de" name nothing, the line is a term of its own."""
    terms = describe_place("Métro ligne 14 - Gare de Lyon", language)
    assert {"place:metro", "place:station", "place:line:14", "lyon"} <= set(terms)
    assert "gare" not in terms and "de" not in terms


def test_words_are_not_glued_into_a_country():
    described = describe("Hi, I ran a race and left my Garmin watch", "en")
    assert described.brand == "brand:garmin"
    assert "country:ir" not in described.words  # "I ran" is no Iran


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("lunettes de vue, verre gauche rayé", "fr"),
        ("my glasses, the left lens is scratched", "en"),
        ("gafas con una raya en el cristal", "es"),
        ("Brille, das linke Glas ist zerkratzt", "de"),
    ],
)
def test_lines_on_glass_are_scratches(text, language):
    words = describe(text, language).words
    assert "feature:scratched" in words and "feature:striped" not in words


def test_lines_on_cloth_are_stripes():
    words = describe("parapluie rayé bleu et blanc", "fr").words
    assert "feature:striped" in words and "feature:scratched" not in words


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("white AirPods, only the left one", "en"),
        ("AirPods blancos, solo el izquierdo", "es"),
        ("weiße AirPods, nur noch der linke", "de"),
    ],
)
def test_only_the_left_one_is_the_right_one_missing(text, language):
    words = describe(text, language).words
    assert {"side:right", "feature:missing"} <= set(words) and "side:left" not in words


def test_only_the_left_lens_scratched_is_nothing_missing():
    words = describe("only the left lens is scratched", "en").words
    assert "side:left" in words and "feature:missing" not in words


def test_a_word_that_begins_a_longer_name_is_itself():
    """ "I'm a student" is no student card."""
    described = describe("I'm a student and I lost my black backpack", "en")
    assert described.kind == "kind:backpack"
    assert "kind:student_card" not in described.words


def test_the_brand_of_a_purse_is_not_the_card_in_the_next_sentence():
    text = "un porte-monnaie rouge vernis de chez Lancel. Il y a ma carte Vitale"
    assert describe(text, "fr").brand == "brand:lancel"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("un médaillon gravé M et P", "fr"),
        ("a locket engraved M and P", "en"),
        ("un guardapelo con las letras M y P grabadas", "es"),
        ("ein Medaillon, graviert M und P", "de"),
    ],
)
def test_initials_said_with_and_are_the_clerks_initials(text, language):
    """The clerk writes "Médaillon gravé 'M & P'"; a locket is a necklace in every language."""
    described = describe(text, language)
    assert described.kind == "kind:necklace"
    assert set(describe("Médaillon gravé 'M & P'", "fr").words) & set(described.words) >= {
        "mp",
        "feature:engraved",
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("une coque marron clair", "fr"),
        ("a light brown case", "en"),
        ("una funda marrón claro", "es"),
        ("einer hellbraunen Hülle", "de"),
        ("une coque camel", "fr"),
    ],
)
def test_light_brown_is_the_clerks_camel(text, language):
    assert "case:color:beige" in describe(text, language).words


def test_the_arm_of_glasses_is_no_white():
    """ "Branche" is one letter from "blanche": a known word is never taken for a typo."""
    described = describe("Lunettes rouges, branche droite tordue", "fr")
    assert described.colors == ["color:red"]
    assert "feature:glasses_arm" in described.words


def test_a_portable_speaker_is_no_phone():
    """ "Portable" alone is a mobile phone in French; after "enceinte" it says it is carried."""
    described = describe("Enceinte portable JBL Flip 6 bleue", "fr")
    assert (described.kind, described.brand) == ("kind:speaker", "brand:jbl")
    assert "kind:phone" not in described.words
