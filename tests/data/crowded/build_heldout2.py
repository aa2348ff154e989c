"""Hand-written source of crowded_heldout2.json, the second held-out crowded set.

    python3 build_heldout2.py      # rewrites crowded_heldout2.json next to this file

Standard library only. Every item, call and answer below was written by hand (2026-12-04),
without looking at the engine; nothing here is drawn at random or combined by program.
The builder only puts the rows into the JSON format of crowded_tuning.json.

Whoever tunes the engine must not read this file nor crowded_heldout2.json.

Rows:
  item: (suffix, language, found_on, found_at, description)   suffix "owner" is the owner's item
  call: (language, caller_number, lost_on, text, when, where, brand, inside, case)
"""
from __future__ import annotations

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "crowded_heldout2.json"
REFERENCE_DATE = "2026-11-20"  # Friday; every call is made that day
BACKGROUND = {"count": 30000, "end": "2026-11-20", "per_day": 450, "seed": 17}
N = None  # the owner does not know, or the question does not apply

GROUPS = [
    # ------------------------------------------------------------------ phones
    ("h01", "phones", [
        ("owner", "fr", "2026-11-17", "Métro ligne 2 - Pigalle", "iPhone 14 Pro violet, coque transparente, porte-cartes MagSafe en cuir marron au dos contenant une CB, vitre arrière fissurée"),
        ("a", "fr", "2026-11-17", "Métro ligne 2 - Pigalle", "iPhone 14 Pro violet, coque transparente, porte-cartes MagSafe noir avec carte Navigo"),
        ("b", "fr", "2026-11-16", "Métro ligne 2 - Barbès - Rochechouart", "iPhone 14 violet, coque transparente, porte-cartes MagSafe marron, vitre arrière fissurée"),
        ("c", "fr", "2026-11-18", "Métro ligne 2 - Place de Clichy", "iPhone 14 Pro Max violet, coque transparente, porte-cartes MagSafe en cuir marron, CB à l'intérieur"),
        ("d", "fr", "2026-11-17", "Métro ligne 2 - Anvers", "Tél. portable iPhone 14 Pro violet, coque silicone violette, vitre arrière fissurée"),
        ("e", "en", "2026-11-19", "Métro ligne 12 - Pigalle", "iPhone 14 Pro, deep purple, clear case, brown leather MagSafe wallet (empty), screen cracked"),
        ("f", "fr", "2026-11-17", "Bus 30", "iPhone 12 violet, coque transparente, porte-cartes MagSafe en cuir marron"),
        ("g", "fr", "2026-11-14", "Métro ligne 2 - Pigalle", "iPhone 14 Pro violet, coque transparente, porte-cartes MagSafe en cuir marron avec CB, vitre arrière intacte"),
        ("h", "fr", "2026-11-18", "Métro ligne 4 - Barbès - Rochechouart", "Smartphone iPhone 14 Pro violet, coque transparente avec PopSocket, porte-cartes MagSafe marron contenant carte Vitale"),
    ], [
        ("en", "+12125550148", "2026-11-16",
         "Hi, um, I lost my phone on the metro, line 2, on Monday evening, somewhere around Pigalle. It's an iPhone 14 Pro, the deep purple one, in a clear case, and there's a brown leather MagSafe wallet stuck on the back with my credit card in it. Oh, and the back glass is cracked.",
         "monday evening", "line 2, around pigalle", "apple", "my credit card, in the magsafe wallet", "a clear case with a brown leather magsafe wallet on the back"),
        ("es", "+34622814503", "2026-11-17",
         "se me perdió el iphone catorce pro morado en la línea dos lleva una funda transparente y una cartera magnética marrón pegada detrás",
         "el martes", "en la línea dos, por Pigalle", "Apple", "la tarjeta del banco", "funda transparente con una cartera magnética de cuero marrón"),
        ("de", "+4917634418820", "2026-11-16",
         "Guten Tag, ich habe am Montag in der Metro mein Handy verloren, ein lilafarbenes iPhone 14 Pro. Es steckt in einer durchsichtigen Hülle, hinten ist so ein braunes MagSafe-Kartenetui aus Leder dran, und da ist meine Kreditkarte drin. Die Rückseite ist gesprungen.",
         "am Montag", "Metro Linie 2, Pigalle", "Apple", "meine Kreditkarte im Kartenetui", "durchsichtige Hülle mit braunem MagSafe-Kartenetui"),
    ]),
    ("h02", "phones", [
        ("owner", "en", "2026-11-06", "RER A - Châtelet-Les Halles", "Samsung Galaxy Z Flip5, mint green, clear case, beaded phone charm, cover screen cracked"),
        ("a", "fr", "2026-11-04", "RER A - Auber", "Samsung Galaxy Z Flip5 vert menthe, coque transparente, bijou de téléphone en perles, écran externe intact"),
        ("b", "fr", "2026-11-05", "RER A - Châtelet-Les Halles", "Samsung Galaxy Z Flip3 vert, coque transparente, bijou de téléphone en perles"),
        ("c", "fr", "2026-11-07", "RER A - Gare de Lyon", "Samsung Galaxy Z Flip5 vert menthe, coque rigide vert d'eau, écran externe fissuré"),
        ("d", "fr", "2026-11-06", "RER A - Châtelet-Les Halles", "Samsung Galaxy Z Fold5 vert, coque transparente, écran externe fissuré"),
        ("e", "fr", "2026-11-03", "RER A - Nation", "Tél. Samsung Galaxy Z Flip5 vert menthe, coque transparente, bijou de téléphone en perles, petit écran fissuré"),
        ("f", "fr", "2026-11-06", "Métro ligne 1 - Châtelet", "Smartphone Samsung Galaxy Z Flip5 vert menthe, coque transparente, cordon noir, écran externe fissuré"),
        ("g", "fr", "2026-11-07", "Aéroport CDG T2", "Samsung Galaxy Z Flip5 vert menthe, coque transparente, bijou de téléphone perles, écran externe fendu"),
    ], [
        ("fr", "+33678145530", "2026-11-05",
         "Bonjour, j'ai perdu mon téléphone dans le RER A, à Châtelet, le jeudi 5 novembre. C'est un Samsung à clapet, le Galaxy Z Flip5, vert menthe, dans une coque transparente avec un bijou de téléphone en perles accroché. Le petit écran de devant est fissuré.",
         "jeudi 5 novembre", "RER A, à Châtelet", "Samsung", N, "une coque transparente avec un bijou en perles"),
        ("de", "+4915901238874", "2026-11-06",
         "samsung z flip fünf mint grün in einer durchsichtigen hülle mit perlen anhänger das kleine display vorne hat einen sprung rer a châtelet",
         "am Freitag, 6. November", "im RER A, Châtelet", "Samsung", N, "durchsichtige Hülle mit Perlenanhänger"),
        ("es", "+34661720948", "2026-11-05",
         "Hola, buenas, llamo porque el jueves cinco de noviembre perdí el móvil en el RER A. Es un Samsung de esos que se doblan, el Z Flip5, verde menta, con una funda transparente y un colgante de perlitas. Creo que se me cayó en Châtelet.",
         "el jueves cinco", "en el RER A, en Châtelet", "Samsung", N, "una funda transparente con un colgante de perlitas"),
    ]),
    ("h03", "phones", [
        ("owner", "fr", "2026-10-21", "Bus 183", "Smartphone OnePlus Nord CE 3 Lite gris, étui portefeuille en simili cuir noir contenant carte Navigo et carte Vitale, écran fêlé en bas"),
        ("a", "fr", "2026-10-21", "Bus 183", "OnePlus Nord CE 3 Lite gris, étui portefeuille noir contenant CB et carte Vitale"),
        ("b", "fr", "2026-10-20", "Bus 183", "Téléphone OnePlus Nord CE 2 Lite gris, étui portefeuille noir, carte Navigo dans l'étui"),
        ("c", "fr", "2026-10-22", "Métro ligne 7 - Porte d'Ivry", "OnePlus Nord 3 gris, étui portefeuille simili cuir noir, carte Navigo et carte Vitale"),
        ("d", "fr", "2026-10-21", "Bus 183", "OnePlus Nord CE 3 Lite gris, coque silicone noire, écran fêlé en bas"),
        ("e", "fr", "2026-10-23", "Bus 183", "Tél. OnePlus Nord CE 3 Lite gris, étui portefeuille marron contenant carte Navigo et carte Vitale"),
        ("f", "en", "2026-10-18", "Aéroport d'Orly - Orly 1", "OnePlus Nord CE 3 Lite, grey, black wallet case with Navigo pass and Vitale card, screen intact"),
        ("g", "fr", "2026-10-21", "Bus 183", "OnePlus Nord CE 3 Lite gris, étui portefeuille noir, contient titre de séjour au nom de DIALLO M."),
    ], [
        ("en", "+447418220593", "2026-10-20",
         "one plus nord c e three lite grey in a black wallet case with my navigo and my carte vitale inside the screen is cracked at the bottom i left it on the one eighty three bus",
         "tuesday the twentieth", "the one eighty three bus", "oneplus", "my navigo and my carte vitale", "a black wallet case"),
        ("es", "+33751208836", "2026-10-21",
         "Buenas tardes, perdí mi teléfono el miércoles veintiuno de octubre en el autobús ciento ochenta y tres. Es un OnePlus Nord, el CE 3 Lite, gris, con una funda tipo cartera negra, y dentro llevaba el Navigo y la tarjeta Vitale.",
         "el miércoles veintiuno de octubre", "en el autobús ciento ochenta y tres", "OnePlus", "el Navigo y la tarjeta Vitale", "una funda tipo cartera negra"),
    ]),
    # ------------------------------------------------------------------ wallets and card holders
    ("h04", "wallets", [
        ("owner", "fr", "2026-10-28", "Musée du Louvre", "Portefeuille compagnon Tous en cuir rose, breloque ourson dorée, contient CB, carte Sanitas, 30 €"),
        ("a", "fr", "2026-10-28", "Musée du Louvre", "Portefeuille compagnon Tous rose, breloque ourson dorée, vide"),
        ("b", "fr", "2026-10-27", "Métro ligne 1 - Palais Royal - Musée du Louvre", "Porte-monnaie Tous en cuir rose, breloque ourson argentée, contient CB"),
        ("c", "fr", "2026-10-29", "Musée du Louvre", "Portefeuille compagnon Guess en cuir rose, contient CB, carte Vitale"),
        ("d", "fr", "2026-10-28", "Métro ligne 1 - Châtelet", "Portefeuille compagnon Tous rose, breloque ourson dorée, contient carte Vitale, carte Navigo"),
        ("e", "en", "2026-10-28", "Tour Eiffel", "Pink Tous long wallet, gold teddy charm, contains bank card, Spanish driving licence, some euros"),
        ("f", "fr", "2026-10-30", "Métro ligne 1 - Louvre - Rivoli", "Portefeuille compagnon Tous en toile rose motif ourson, contient CB, carte Vitale, ticket de métro"),
        ("g", "fr", "2026-10-25", "Musée d'Orsay", "Portefeuille long Tous en cuir rose avec ourson doré, contient carte bancaire, carte Sanitas, 30 euros"),
    ], [
        ("es", "+34676302145", "2026-10-28",
         "Hola, buenos días. Perdí mi cartera en el museo del Louvre el miércoles veintiocho de octubre. Es una cartera larga de Tous, rosa, de piel, con el osito dorado colgando. Dentro tenía una tarjeta del banco, la tarjeta de Sanitas y unos treinta euros.",
         "el miércoles veintiocho de octubre", "en el museo del Louvre", "Tous", "una tarjeta del banco, la tarjeta de Sanitas y unos treinta euros", N),
        ("fr", "", "2026-10-28",
         "c'est pour le portefeuille de ma belle-sœur un portefeuille long rose de chez tous avec un petit ourson doré accroché dedans y a sa carte bleue sa carte sanitas et trente euros perdu au louvre mercredi vingt huit",
         "mercredi 28 octobre", "au musée du Louvre", "Tous", "sa carte bancaire, sa carte Sanitas et trente euros", N),
    ]),
    ("h05", "wallets", [
        ("owner", "fr", "2026-11-09", "Métro ligne 4 - Gare du Nord", "Porte-cartes en cuir noir, contient carte Oyster, CB Monzo orange, permis de conduire britannique au nom de WALSH C."),
        ("a", "fr", "2026-11-09", "Gare du Nord", "Porte-cartes en cuir noir, contient carte Oyster, CB Revolut, permis britannique"),
        ("b", "fr", "2026-11-08", "Métro ligne 4 - Châtelet", "Porte-cartes en cuir noir, contient carte Navigo, CB Monzo orange"),
        ("c", "en", "2026-11-06", "Gare du Nord", "Black leather card holder, Oyster card, coral Monzo card, UK driving licence, name PATEL R."),
        ("d", "fr", "2026-11-10", "Métro ligne 4 - Gare du Nord", "Porte-cartes en cuir noir avec fermeture éclair, contient carte Oyster, CB Barclays, permis britannique"),
        ("e", "fr", "2026-11-09", "Métro ligne 2 - Barbès - Rochechouart", "Porte-cartes en cuir noir, contient CB Monzo orange, carte d'identité irlandaise, carte Leap"),
        ("f", "fr", "2026-11-12", "Gare du Nord", "Porte-cartes en simili cuir noir, contient carte Oyster, carte Railcard, CB Lloyds"),
        ("g", "fr", "2026-11-09", "Métro ligne 4 - Gare du Nord", "Porte-cartes noir en cuir, vide"),
    ], [
        ("en", "+447723506184", "2026-11-09",
         "Hiya, I came over on the Eurostar on Monday the ninth and I think I dropped my card holder on the metro, line 4, just at Gare du Nord. It's a black leather one, and it's got my Oyster card, my Monzo card, the coral one, and my UK driving licence in it. The name's Ciara Walsh.",
         "monday the ninth", "line 4, at gare du nord", N, "my oyster card, my monzo card and my uk driving licence", N),
        ("fr", "+447862019437", "2026-11-08",
         "Bonjour, c'est pour un porte-cartes noir, en cuir. Je l'ai perdu dimanche soir ou lundi matin, je sais plus trop, à la gare du Nord en descendant de l'Eurostar. Dedans il y a ma carte Oyster, ma carte bancaire Monzo, elle est orange, et mon permis anglais.",
         "dimanche 8 ou lundi 9", "à la gare du Nord, ligne 4", N, "ma carte Oyster, ma carte Monzo orange et mon permis anglais", N),
        ("es", "+447951334028", "2026-11-09",
         "tarjetero negro de piel con la oyster la tarjeta monzo naranja y el carnet de conducir inglés lo perdí en la gare du nord el lunes nueve",
         "el lunes nueve", "en la Gare du Nord, en la línea cuatro", N, "la Oyster, la tarjeta Monzo y el carnet de conducir inglés", N),
    ]),
    # ------------------------------------------------------------------ keys
    ("h06", "keys", [
        ("owner", "fr", "2026-10-15", "Métro ligne 11 - Belleville", "Trousseau de 3 clés, porte-clés croissant en feutrine, badge Vigik bleu"),
        ("a", "fr", "2026-10-15", "Métro ligne 11 - Belleville", "Trousseau de 3 clés, porte-clés croissant en feutrine, badge Vigik rouge"),
        ("b", "fr", "2026-10-14", "Métro ligne 11 - Belleville", "Trousseau de 4 clés, porte-clés baguette en feutrine, badge Vigik bleu"),
        ("c", "fr", "2026-10-16", "Métro ligne 2 - Belleville", "Jeu de 3 clés, porte-clés croissant doré en métal, badge parking noir"),
        ("d", "fr", "2026-10-12", "Métro ligne 11 - Châtelet", "Trousseau de 3 clés, porte-clés croissant en feutrine, badge Vigik bleu, clé de voiture Peugeot"),
        ("e", "en", "2026-10-16", "Métro ligne 11 - Arts et Métiers", "3 keys on a felt croissant keyring, green door fob"),
        ("f", "fr", "2026-10-15", "Bus 26", "Trousseau de 5 clés, porte-clés croissant en feutrine, badge Vigik bleu, clé de boîte aux lettres"),
        ("g", "fr", "2026-10-15", "Métro ligne 11 - Belleville", "Trousseau de 3 clés, porte-clés pain au chocolat en feutrine, badge Vigik bleu"),
    ], [
        ("fr", "+33614870253", "2026-10-15",
         "Bonjour, j'ai perdu mes clés le jeudi 15 octobre sur la ligne 11, à Belleville je pense. Il y a trois clés, un badge Vigik bleu pour l'immeuble, et un porte-clés en feutrine en forme de croissant, comme la viennoiserie.",
         "jeudi 15 octobre", "ligne 11, Belleville", N, N, N),
        ("de", "+4916091127745", "2026-10-14",
         "schlüsselbund drei schlüssel mit einem croissant anhänger aus filz und einem blauen chip für die haustür linie elf belleville",
         "am 14. Oktober", "Linie elf, Belleville", N, N, N),
    ]),
    ("h07", "keys", [
        ("owner", "fr", "2026-11-02", "Métro ligne 6 - Bir-Hakeim", "Trousseau de 4 clés, porte-clés Ampelmann vert (bonhomme de feu piéton) en caoutchouc, clé de cadenas Abus"),
        ("a", "fr", "2026-11-02", "Métro ligne 6 - Bir-Hakeim", "Trousseau de 4 clés, porte-clés Ampelmann rouge en caoutchouc"),
        ("b", "fr", "2026-11-01", "Métro ligne 6 - Trocadéro", "Trousseau de 4 clés, porte-clés ours de Berlin, clé de cadenas"),
        ("c", "fr", "2026-11-03", "Métro ligne 6 - Bir-Hakeim", "Trousseau de 2 clés, porte-clés Ampelmann vert, badge Vigik gris"),
        ("d", "en", "2026-10-30", "Tour Eiffel", "4 keys on a green Ampelmann keyring, padlock key"),
        ("e", "fr", "2026-11-04", "RER C - Champ de Mars - Tour Eiffel", "Trousseau de 4 clés, porte-clés Ampelmann vert, clé de cadenas Abus, clé de voiture BMW"),
        ("f", "fr", "2026-11-02", "Métro ligne 6 - Passy", "Trousseau de 4 clés, porte-clés feu tricolore, clé de cadenas Abus"),
        ("g", "fr", "2026-11-02", "Bus 82", "Trousseau de 4 clés, porte-clés Ampelmann vert, décapsuleur"),
    ], [
        ("de", "+4915146620379", "2026-11-02",
         "Hallo, ich habe am Montag, also am 2. November, meinen Schlüsselbund in der Metro verloren, Linie 6, bei Bir-Hakeim, da wo man zum Eiffelturm aussteigt. Vier Schlüssel, einer davon ist ein kleiner Abus-Schlüssel fürs Fahrradschloss, und dran hängt ein grünes Ampelmännchen aus Gummi.",
         "am Montag, 2. November", "Linie 6, Bir-Hakeim", N, N, N),
        ("en", "+14155550172", "2026-11-01",
         "keys four keys one of them is a little padlock key green traffic light man keyring the berlin one line six bir hakeim sunday the first of november",
         "sunday the first of november", "line six, bir hakeim", N, N, N),
        ("fr", "+33156209814", "2026-10-31",
         "Oui bonjour, c'est pour des clés, quatre clés avec un porte-clés du petit bonhomme vert des feux de Berlin, l'Ampelmann. Perdues sur la ligne 6, vers Bir-Hakeim, samedi 31 octobre ou dimanche, je ne sais plus.",
         "samedi 31 ou dimanche 1er", "ligne 6, Bir-Hakeim", N, N, N),
    ]),
    # ------------------------------------------------------------------ glasses
    ("h08", "glasses", [
        ("owner", "fr", "2026-10-08", "Bus 63", "Lunettes de vue monture ronde écaille, verres progressifs, étui rigide vert Krys, plaquette gauche manquante"),
        ("a", "fr", "2026-10-08", "Bus 63", "Lunettes de vue monture ronde écaille, verres progressifs, étui souple bleu Afflelou"),
        ("b", "fr", "2026-10-07", "Bus 63", "Lunettes de vue monture carrée écaille, verres progressifs, étui rigide vert Krys"),
        ("c", "fr", "2026-10-08", "Bus 63", "Lunettes de vue monture ronde noire, étui rigide vert Krys, plaquette manquante"),
        ("d", "fr", "2026-10-09", "Bus 63", "Lunettes de soleil monture ronde écaille, étui rigide vert"),
        ("e", "fr", "2026-10-05", "Bus 63", "Lunettes de vue monture ronde écaille, verres progressifs, sans étui, plaquette gauche manquante"),
        ("f", "en", "2026-10-10", "Bus 86", "Round tortoiseshell reading glasses, green Krys hard case, both nose pads fine"),
        ("g", "fr", "2026-10-08", "Métro ligne 10 - Odéon", "Lunettes de vue monture ronde écaille, verres progressifs, étui rigide vert Krys, branche droite tordue"),
        ("h", "fr", "2026-10-09", "Bus 63", "Lunettes de vue monture ronde écaille, verres progressifs, étui rigide rouge Krys, plaquette gauche manquante"),
    ], [
        ("fr", "+33143275160", "2026-10-06",
         "Bonjour madame, j'ai oublié mes lunettes dans le bus 63, le mardi 6 octobre. Ce sont des lunettes de vue rondes, écaille, avec des verres progressifs. Elles étaient dans leur étui vert de chez Krys, un étui rigide. Et il manque la petite plaquette du nez, à gauche.",
         "mardi 6 octobre", "dans le bus 63", N, N, "un étui rigide vert de chez Krys"),
        ("en", "", "2026-10-07",
         "round tortoiseshell glasses progressive lenses in a green hard case from krys bus sixty three",
         "wednesday the seventh", "the sixty three bus", N, N, "a green hard case from krys"),
        ("es", "+34649917320", "2026-10-08",
         "Buenas, llamo por unas gafas graduadas que me dejé en el autobús sesenta y tres el jueves ocho de octubre. Son redondas, de pasta color carey, progresivas, y estaban en un estuche verde duro de la óptica Krys. Les falta la plaquita de la nariz del lado izquierdo.",
         "el jueves ocho de octubre", "en el autobús sesenta y tres", N, N, "un estuche verde duro de Krys"),
    ]),
    ("h09", "glasses", [
        ("owner", "fr", "2026-10-03", "Tour Eiffel", "Lunettes de soleil Ray-Ban Aviator monture dorée, verres verts, étui en cuir marron, verre droit rayé"),
        ("a", "fr", "2026-10-03", "Tour Eiffel", "Lunettes de soleil Ray-Ban Aviator monture dorée, verres verts, étui souple noir"),
        ("b", "fr", "2026-10-02", "Tour Eiffel", "Lunettes de soleil Ray-Ban Aviator monture argentée, verres verts, étui en cuir marron"),
        ("c", "fr", "2026-10-04", "RER C - Champ de Mars - Tour Eiffel", "Lunettes de soleil Ray-Ban Clubmaster monture dorée, verres verts, étui cuir marron"),
        ("d", "fr", "2026-10-03", "Tour Eiffel", "Lunettes de soleil aviateur sans marque, monture dorée, verres verts, sans étui"),
        ("e", "en", "2026-10-05", "Métro ligne 6 - Trocadéro", "Ray-Ban Aviator sunglasses, gold frame, brown gradient lenses, brown leather case"),
        ("f", "fr", "2026-10-01", "Tour Eiffel", "Ray-Ban Aviator dorées, verres verts, étui en cuir marron, rayure sur le verre droit"),
        ("g", "fr", "2026-10-03", "Musée du Louvre", "Lunettes de soleil Ray-Ban Aviator monture dorée, verres verts polarisés, étui rigide Ray-Ban noir, verre droit rayé"),
    ], [
        ("es", "+34634081276", "2026-10-03",
         "unas gafas de sol rey ban aviador doradas con los cristales verdes en una funda de cuero marrón se me cayeron en la torre eiffel el sábado tres",
         "el sábado tres de octubre", "en la torre Eiffel", "Ray-Ban", N, "una funda de cuero marrón"),
        ("de", "+436641258890", "2026-10-02",
         "Ich habe meine Sonnenbrille verloren, eine Ray-Ban Aviator mit goldenem Rahmen und grünen Gläsern, im braunen Lederetui. Das rechte Glas hat einen Kratzer. Das war am Eiffelturm, am 2. Oktober.",
         "am 2. Oktober", "am Eiffelturm", "Ray-Ban", N, "braunes Lederetui"),
        ("en", "+16175550139", "2026-10-03",
         "Hi, I lost my Ray-Bans at the Eiffel Tower on Saturday the third of October, the Aviators, gold frame, green lenses.",
         "saturday the third of october", "at the eiffel tower", "ray-ban", N, "a brown leather case"),
    ]),
    # ------------------------------------------------------------------ tablets and laptops
    ("h10", "tablets", [
        ("owner", "fr", "2026-11-11", "Métro ligne 14 - Bibliothèque François Mitterrand", "Tablette Samsung Galaxy Tab S6 Lite grise, étui à rabat rose, stylet S Pen attaché, écran fissuré en haut à gauche"),
        ("a", "fr", "2026-11-11", "Métro ligne 14 - Olympiades", "Tablette Samsung Galaxy Tab S6 Lite grise, étui à rabat bleu, S Pen"),
        ("b", "fr", "2026-11-10", "Métro ligne 14 - Bibliothèque François Mitterrand", "Tablette Samsung Galaxy Tab A8 grise, étui à rabat rose"),
        ("c", "fr", "2026-11-12", "Métro ligne 14 - Gare de Lyon", "Tablette Samsung Galaxy Tab S6 Lite grise, étui à rabat rose, sans stylet"),
        ("d", "fr", "2026-11-11", "Bibliothèque nationale de France", "Tablette Samsung Galaxy Tab S9 FE grise, étui à rabat rose, S Pen, écran fissuré"),
        ("e", "en", "2026-11-08", "Métro ligne 14 - Châtelet", "Samsung Galaxy Tab S6 Lite tablet, grey, pink folio case, S Pen attached, screen intact"),
        ("f", "fr", "2026-11-11", "Métro ligne 14 - Bibliothèque François Mitterrand", "Tablette Samsung Galaxy Tab S6 Lite grise, coque enfant mousse rose, écran fissuré en haut à gauche"),
        ("g", "fr", "2026-11-11", "Métro ligne 6 - Quai de la Gare", "Tablette iPad gris sidéral, étui à rabat rose, Apple Pencil"),
    ], [
        ("fr", "+33687402215", "2026-11-11",
         "Bonjour, ma fille a oublié sa tablette le mercredi 11 dans la ligne 14, à Bibliothèque François-Mitterrand. C'est une Samsung Galaxy Tab S6 Lite, grise, dans un étui à rabat rose, avec le stylet accroché. L'écran est fissuré en haut à gauche.",
         "mercredi 11", "ligne 14, Bibliothèque François-Mitterrand", "Samsung", N, "un étui à rabat rose"),
        ("es", "+34615550721", "2026-11-10",
         "Hola, perdí una tablet Samsung, la Galaxy Tab S6 Lite, gris, con una funda rosa de las que se doblan y el lápiz enganchado. Fue en la línea catorce del metro el martes diez.",
         "el martes diez", "en la línea catorce, en Bibliothèque", "Samsung", N, "una funda rosa de tapa"),
    ]),
    ("h11", "laptops", [
        ("owner", "en", "2026-10-19", "Gare de Lyon - hall 1", "Dell XPS 13 laptop, silver, grey felt sleeve, Tux penguin sticker on the lid, charger in sleeve pocket"),
        ("a", "fr", "2026-10-19", "Gare de Lyon", "Ordinateur portable Dell XPS 13 argenté, housse en feutre grise, autocollant Python sur le couvercle, sans chargeur"),
        ("b", "fr", "2026-10-18", "Gare de Lyon", "Ordinateur portable Dell XPS 15 argenté, housse grise, autocollant pingouin"),
        ("c", "fr", "2026-10-20", "Gare de Lyon - hall 2", "PC portable HP EliteBook argenté, housse en feutre grise, autocollant pingouin Linux"),
        ("d", "fr", "2026-10-19", "Métro ligne 14 - Gare de Lyon", "PC portable Dell XPS 13 argenté, sans housse, autocollant pingouin Linux sur le capot"),
        ("e", "fr", "2026-10-21", "Gare de Lyon", "Dell XPS 13 argenté, housse en néoprène noire, autocollant pingouin, chargeur"),
        ("f", "fr", "2026-10-16", "Gare de Lyon", "Ordinateur portable Dell XPS 13 argenté, housse feutre grise, autocollant pingouin Linux, chargeur dans la poche"),
        ("g", "fr", "2026-10-19", "Gare de Lyon - quai TGV", "MacBook Air argenté, housse en feutre grise, autocollant pingouin"),
    ], [
        ("en", "+353872264918", "2026-10-19",
         "Hi, I left my laptop at Gare de Lyon on Monday the nineteenth of October, I think in the main hall while I was waiting for my train. It's a silver Dell XPS 13 in a grey felt sleeve, there's a Tux sticker on the lid, you know, the Linux penguin, and the charger's in the front pocket.",
         "monday the nineteenth of october", "gare de lyon, in the main hall", "dell", "the charger, in the front pocket", "a grey felt sleeve"),
        ("fr", "+33762018854", "2026-10-18",
         "ordinateur dell x p s treize gris argenté dans une housse en feutre grise avec un autocollant pingouin dessus gare de lyon dimanche dix huit",
         "dimanche 18 octobre", "gare de Lyon", "Dell", "le chargeur dans la poche de la housse", "une housse en feutre grise"),
        ("de", "+4917087452310", "2026-10-19",
         "Ich habe meinen Laptop am Gare de Lyon vergessen, am 19. Oktober. Ein silberner Dell, XPS 13, in einer grauen Filzhülle.",
         "am 19. Oktober", "Gare de Lyon, in der Halle", "Dell", "das Ladegerät in der Vordertasche", "graue Filzhülle"),
    ]),
    # ------------------------------------------------------------------ earbuds and headphones
    ("h12", "earbuds", [
        ("owner", "fr", "2026-10-24", "Métro ligne 9 - Franklin D. Roosevelt", "Écouteurs Beats Studio Buds rouges, boîtier dans une coque de protection motif Snoopy"),
        ("a", "fr", "2026-10-24", "Métro ligne 9 - Franklin D. Roosevelt", "Écouteurs Beats Studio Buds rouges, boîtier sans coque"),
        ("b", "fr", "2026-10-23", "Métro ligne 9 - Saint-Augustin", "Écouteurs Powerbeats Pro rouges, boîtier noir"),
        ("c", "fr", "2026-10-25", "Métro ligne 1 - Franklin D. Roosevelt", "Écouteurs Beats Studio Buds rouges, coque de protection motif Hello Kitty"),
        ("d", "fr", "2026-10-24", "Métro ligne 9 - Saint-Augustin", "Écouteurs Beats Studio Buds rouges, coque Snoopy, écouteur gauche manquant"),
        ("e", "en", "2026-10-21", "Métro ligne 9 - Trocadéro", "Red Beats Studio Buds, Snoopy cover on case"),
        ("f", "fr", "2026-10-24", "Métro ligne 9 - Franklin D. Roosevelt", "Écouteurs sans fil JBL rouges, coque Snoopy"),
    ], [
        ("es", "+34711402963", "2026-10-24",
         "mis auriculares beats studio buds rojos la cajita tiene una funda de snoopy y estaban los dos dentro línea nueve",
         "el sábado veinticuatro", "en la línea nueve, en Franklin Roosevelt", "Beats", "los dos auriculares", "una funda de Snoopy"),
        ("de", "+4915782203316", "2026-10-23",
         "Hallo, ich hab am Freitag oder Samstag, also am 23. oder 24. Oktober, in der Metro, Linie 9, meine roten Beats-Kopfhörer verloren, die Studio Buds, die kleinen In-Ears. Das Ladecase steckt in einer Hülle mit Snoopy drauf.",
         "Freitag oder Samstag, 23. oder 24. Oktober", "Linie neun, Franklin D. Roosevelt", "Beats", "beide Ohrhörer sind drin", "Hülle mit Snoopy"),
    ]),
    ("h13", "headphones", [
        ("owner", "fr", "2026-11-18", "Aéroport CDG T2", "Casque audio Apple AirPods Max vert, dans sa Smart Case verte, housse en tricot beige sur l'arceau"),
        ("a", "fr", "2026-11-18", "Aéroport CDG T2", "Casque Apple AirPods Max vert, Smart Case verte"),
        ("b", "fr", "2026-11-17", "Aéroport CDG T2", "Casque Apple AirPods Max vert, sans étui, housse en tricot beige sur l'arceau"),
        ("c", "fr", "2026-11-19", "Aéroport CDG T2", "Casque Apple AirPods Max vert, Smart Case verte, housse d'arceau en tricot rose"),
        ("d", "en", "2026-11-15", "Aéroport CDG T2", "AirPods Max headphones, green, green Smart Case, beige knitted headband cover"),
        ("e", "fr", "2026-11-18", "Aéroport CDG T2", "Casque Apple AirPods Max vert, étui rigide noir, housse en tricot beige sur l'arceau"),
        ("f", "fr", "2026-11-18", "Aéroport d'Orly - Orly 4", "Casque audio AirPods Max vert, Smart Case verte, housse d'arceau en tricot beige"),
    ], [
        ("en", "+447384019265", "2026-11-18",
         "Hello, I flew out of Charles de Gaulle on Wednesday, terminal 2, and I left my AirPods Max at the security check. They're the green ones, in the green Smart Case, and there's a beige knitted cover over the headband.",
         "wednesday", "charles de gaulle, terminal 2, at security", "apple", N, "the green smart case"),
        ("de", "+4916234870051", "2026-11-17",
         "airpods max grün in der grünen smart case mit einem beigen strickbezug am bügel flughafen charles de gaulle terminal zwei dienstag",
         "am Dienstag", "Flughafen Charles de Gaulle, Terminal zwei", "Apple", N, "die grüne Smart Case"),
        ("es", "+34690348172", "2026-11-18",
         "Hola, perdí unos cascos, los AirPods Max verdes, en el aeropuerto Charles de Gaulle, en la terminal 2.",
         "el miércoles", "en el aeropuerto Charles de Gaulle, terminal dos", "Apple", N, "la funda Smart Case verde, y una funda de punto beige en la diadema"),
    ]),
    # ------------------------------------------------------------------ identity documents
    ("h14", "id_documents", [
        ("owner", "fr", "2026-10-31", "Aéroport CDG T2", "Passeport mexicain dans protège-passeport en cuir vert, carte d'embarquement Aeroméxico à l'intérieur"),
        ("a", "fr", "2026-10-31", "Aéroport CDG T2", "Passeport mexicain dans protège-passeport en cuir vert, rien à l'intérieur"),
        ("b", "fr", "2026-10-30", "Aéroport CDG T2", "Passeport colombien dans protège-passeport en cuir vert, carte d'embarquement Avianca"),
        ("c", "fr", "2026-11-01", "Aéroport CDG T2", "Passeport mexicain, sans étui, carte d'embarquement Air France"),
        ("d", "fr", "2026-10-31", "Aéroport CDG T2", "Passeport mexicain dans protège-passeport en cuir marron, carte d'embarquement Aeroméxico"),
        ("e", "en", "2026-11-02", "Aéroport d'Orly - Orly 3", "Mexican passport in green leather cover, Iberia boarding pass"),
        ("f", "fr", "2026-10-31", "Aéroport CDG T2", "Passeport argentin dans protège-passeport vert, carte d'embarquement Aeroméxico"),
        ("g", "fr", "2026-10-28", "RER B - Aéroport CDG 2", "Passeport mexicain dans un protège-passeport cuir vert, avec carte d'embarquement Aeroméxico"),
        ("h", "fr", "2026-10-31", "Aéroport CDG T2", "Carte d'électeur mexicaine (INE) dans étui vert, carte d'embarquement Aeroméxico"),
    ], [
        ("es", "+525587214630", "2026-10-31",
         "Buenas tardes, le llamo desde México. Mi esposo perdió su pasaporte mexicano en el aeropuerto Charles de Gaulle, en la terminal 2, el sábado 31 de octubre. Estaba en una funda de piel verde y adentro iba el pase de abordar de Aeroméxico.",
         "el sábado 31 de octubre", "en el aeropuerto Charles de Gaulle, terminal 2", N, "el pase de abordar de Aeroméxico", "una funda de piel verde"),
        ("en", "+13105550166", "2026-10-30",
         "mexican passport green leather cover aeromexico boarding pass inside lost at charles de gaulle terminal two october thirtieth",
         "october 30th", "charles de gaulle terminal two", N, "the aeromexico boarding pass", "a green leather cover"),
        ("fr", "+33644105972", "2026-10-31",
         "Bonjour, je suis mexicaine, j'ai perdu mon passeport à Roissy, au terminal 2. Il est dans un étui en cuir vert.",
         "le 31 octobre", "à Roissy, terminal 2", N, "ma carte d'embarquement Aeroméxico", "un étui en cuir vert"),
    ]),
    ("h15", "id_documents", [
        ("owner", "fr", "2026-11-13", "Gare de l'Est", "Carte d'identité allemande au nom de BRANDT S., dans un étui plastique rouge avec une BahnCard"),
        ("a", "fr", "2026-11-13", "Gare de l'Est", "Carte d'identité allemande au nom de KRÜGER T., étui plastique rouge"),
        ("b", "fr", "2026-11-12", "Gare de l'Est", "Permis de conduire allemand au nom de HAHN S., étui plastique rouge"),
        ("c", "fr", "2026-11-14", "Gare de l'Est", "Carte d'identité autrichienne, étui plastique rouge, BahnCard"),
        ("d", "fr", "2026-11-13", "Métro ligne 4 - Gare de l'Est", "Carte d'identité allemande, sans étui"),
        ("e", "en", "2026-11-11", "Gare de l'Est", "German ID card in red plastic sleeve with Deutschlandticket"),
        ("f", "fr", "2026-11-13", "Gare de l'Est - quai TGV", "Carte d'identité allemande dans un étui plastique bleu, avec BahnCard"),
        ("g", "fr", "2026-11-13", "Gare de Lyon", "Carte d'identité suisse, étui plastique rouge, abonnement CFF"),
    ], [
        ("de", "+4915229037761", "2026-11-13",
         "Guten Tag, ich habe am Freitag, dem 13. November, am Gare de l'Est meinen Personalausweis verloren. Der steckt in einer roten Plastikhülle, zusammen mit meiner BahnCard. Mein Name ist Sabine Brandt.",
         "am Freitag, 13. November", "am Gare de l'Est", N, "meine BahnCard", "rote Plastikhülle"),
        ("fr", "+33170248816", "2026-11-12",
         "Bonjour, je vous appelle pour ma compagne, elle est allemande, elle a perdu sa carte d'identité à la gare de l'Est jeudi 12, dans une pochette rouge en plastique avec sa carte de train allemande, la BahnCard.",
         "jeudi 12 novembre", "à la gare de l'Est", N, "sa BahnCard", "une pochette en plastique rouge"),
        ("en", "+491707781254", "2026-11-13",
         "german id card red plastic sleeve with a bahn card in it gare de l'est friday the thirteenth",
         "friday the 13th", "gare de l'est", N, "my bahncard", "a red plastic sleeve"),
    ]),
    # ------------------------------------------------------------------ bags
    ("h16", "backpacks", [
        ("owner", "fr", "2026-10-13", "Métro ligne 10 - Jussieu", "Sac à dos Herschel Little America gris chiné, pin's Nirvana et pin's cactus sur le rabat, contient ordinateur portable, gourde rouge"),
        ("a", "fr", "2026-10-13", "Métro ligne 10 - Jussieu", "Sac à dos Herschel Little America gris chiné, contient ordinateur portable, gourde bleue"),
        ("b", "fr", "2026-10-12", "Métro ligne 10 - Jussieu", "Sac à dos Herschel gris chiné, pin's Nirvana sur le rabat, contient cahiers, trousse"),
        ("c", "fr", "2026-10-14", "Métro ligne 10 - Odéon", "Sac à dos Herschel Little America Mini gris chiné (taille enfant), pin's Nirvana et cactus"),
        ("d", "fr", "2026-10-13", "Métro ligne 10 - Jussieu", "Sac à dos The North Face gris chiné, pin's Nirvana, contient ordinateur portable"),
        ("e", "en", "2026-10-10", "Métro ligne 7 - Jussieu", "Grey Herschel backpack, band pins on flap, contains laptop and red water bottle"),
        ("f", "fr", "2026-10-13", "RER B - Luxembourg", "Sac à dos Herschel Little America gris chiné, pin's Metallica sur le rabat, contient ordinateur portable, gourde rouge"),
        ("g", "fr", "2026-10-15", "Métro ligne 10 - Jussieu", "Sac à dos Herschel Little America gris chiné, pin's Nirvana et cactus, sangle magnétique cassée, contient livres"),
    ], [
        ("fr", "+33652908147", "2026-10-13",
         "sac à dos herchel gris avec un pin's nirvana et un pin's cactus sur le rabat y'a mon ordi dedans et une gourde rouge ligne dix jussieu mardi treize",
         "mardi 13 octobre", "ligne 10, Jussieu", "Herschel", "mon ordinateur et une gourde rouge", N),
        ("en", "+16465550107", "2026-10-12",
         "Hey, I left my backpack on metro line 10, at Jussieu, on Monday the twelfth. It's a Herschel, the Little America, heather grey, and it's got two pins on the flap, a Nirvana one and a little cactus. My laptop's in it and a red water bottle.",
         "monday the twelfth", "line 10, jussieu", "herschel", "my laptop and a red water bottle", N),
        ("de", "", "2026-10-13",
         "Mein Rucksack ist weg, ein grauer Herschel, normale Größe. Ich hab ihn in der Metro, Linie 10, liegen lassen, am 13. Oktober.",
         "am 13. Oktober", "Metro Linie 10, Jussieu", "Herschel", "mein Laptop und eine rote Trinkflasche", N),
    ]),
    ("h17", "handbags", [
        ("owner", "fr", "2026-11-05", "RER C - Saint-Michel - Notre-Dame", "Tote bag écru Shakespeare and Company, contient trousse, carnet Moleskine noir, portefeuille rouge"),
        ("a", "fr", "2026-11-05", "RER C - Saint-Michel - Notre-Dame", "Tote bag écru Shakespeare and Company, contient livres neufs sous sachet"),
        ("b", "fr", "2026-11-04", "Métro ligne 4 - Saint-Michel", "Tote bag écru Shakespeare and Company, vide"),
        ("c", "fr", "2026-11-05", "RER C - Saint-Michel - Notre-Dame", "Tote bag écru Le Bon Marché, contient carnet, portefeuille rouge"),
        ("d", "en", "2026-11-02", "Métro ligne 4 - Saint-Michel", "Shakespeare and Company tote bag, off-white, contains red wallet, black notebook, pencil case"),
        ("e", "fr", "2026-11-06", "RER B - Saint-Michel - Notre-Dame", "Tote bag écru Shakespeare and Company, anse déchirée, contient carnet Moleskine, portefeuille marron"),
        ("f", "fr", "2026-11-05", "RER C - Gare d'Austerlitz", "Tote bag écru Shakespeare and Company, contient ordinateur portable, chargeur"),
        ("g", "fr", "2026-11-05", "Bus 24", "Tote bag écru Shakespeare and Company, contient carnet Moleskine noir, trousse, portefeuille rouge, clés"),
    ], [
        ("en", "+12065550193", "2026-11-04",
         "Hi, this is a bit of a long shot, but I lost a tote bag, the cream Shakespeare and Company one from the bookshop, on the RER C at Saint-Michel on Wednesday the fourth. Inside there's my red wallet, a black Moleskine notebook and a pencil case.",
         "wednesday the fourth", "rer c, saint-michel", "shakespeare and company", "my red wallet, a black moleskine and a pencil case", N),
        ("es", "+34688270914", "2026-11-05",
         "una bolsa de tela color crema de shakespeare and company la librería con mi cartera roja y una libreta negra rer c saint michel",
         "el jueves cinco", "en el RER C, en Saint-Michel", "Shakespeare and Company", "mi cartera roja, una libreta negra y un estuche", N),
        ("de", "+493044719028", "2026-11-05",
         "Ich habe eine Stofftasche verloren, so einen Jutebeutel von Shakespeare and Company, cremefarben. Drin sind mein rotes Portemonnaie, ein schwarzes Moleskine und ein Federmäppchen. Das war am Donnerstag, den 5. November, im RER C.",
         "am Donnerstag, 5. November", "im RER C, Saint-Michel", "Shakespeare and Company", "rotes Portemonnaie, schwarzes Moleskine, Federmäppchen", N),
    ]),
    ("h18", "suitcases", [
        ("owner", "en", "2026-11-16", "Aéroport CDG T1", "Rimowa aluminium cabin suitcase, silver, dent on the front, Lufthansa luggage tag, contains men's clothes and a wash bag"),
        ("a", "fr", "2026-11-16", "Aéroport CDG T1", "Valise cabine Rimowa en aluminium argentée, étiquette Air France, contient vêtements homme"),
        ("b", "fr", "2026-11-15", "Aéroport CDG T1", "Grande valise Rimowa en aluminium argentée, étiquette Lufthansa, bosse sur le côté"),
        ("c", "fr", "2026-11-16", "RER B - Aéroport CDG 1", "Valise cabine aluminium argentée sans marque, étiquette Lufthansa, bosse à l'avant"),
        ("d", "fr", "2026-11-17", "Aéroport CDG T1", "Valise cabine Rimowa aluminium argentée, couverte d'autocollants de voyage, contient vêtements femme"),
        ("e", "fr", "2026-11-13", "Gare de l'Est", "Valise cabine Rimowa en aluminium argentée, bosse à l'avant, étiquette Lufthansa, contient vêtements homme, trousse de toilette"),
        ("f", "fr", "2026-11-16", "Aéroport CDG T1", "Valise cabine Rimowa aluminium argentée, roulette arrière droite cassée, étiquette Lufthansa, contient dossiers, ordinateur"),
    ], [
        ("de", "+4915118806243", "2026-11-16",
         "Ja, guten Tag, ich bin am Montag in Charles de Gaulle gelandet, Terminal 1, mit Lufthansa aus Frankfurt, und habe meinen Rimowa-Koffer stehen lassen. Silber, Aluminium, Handgepäckgröße, vorne ist eine Delle. Am Griff hängt ein Lufthansa-Anhänger.",
         "am Montag", "Flughafen Charles de Gaulle, Terminal 1", "Rimowa", "Herrenkleidung und ein Kulturbeutel", N),
        ("fr", "+33145806327", "2026-11-15",
         "Bonjour, mon mari a oublié sa valise à Roissy, au terminal 1, dimanche, ou peut-être samedi soir, il ne sait plus. C'est une petite valise Rimowa en alu, argentée, cabossée devant, avec une étiquette Lufthansa. Il y a ses vêtements et sa trousse de toilette.",
         "dimanche ou samedi soir", "à Roissy, terminal 1", "Rimowa", "ses vêtements et sa trousse de toilette", N),
        ("es", "+34747120389", "2026-11-14",
         "maleta rimowa de cabina de aluminio plateada con una abolladura delante y la etiqueta de lufthansa aeropuerto charles de gaulle terminal uno el sábado",
         "el sábado", "en el aeropuerto Charles de Gaulle, terminal uno", "Rimowa", "ropa de hombre y un neceser", N),
    ]),
    # ------------------------------------------------------------------ umbrellas
    ("h19", "umbrellas", [
        ("owner", "fr", "2026-10-26", "Musée d'Orsay", "Parapluie pliant imprimé La Nuit étoilée de Van Gogh, une baleine cassée, housse bleue"),
        ("a", "fr", "2026-10-26", "Musée d'Orsay", "Parapluie pliant imprimé La Nuit étoilée (Van Gogh), sans housse"),
        ("b", "fr", "2026-10-25", "Musée d'Orsay", "Grand parapluie canne imprimé La Nuit étoilée de Van Gogh"),
        ("c", "fr", "2026-10-26", "Musée d'Orsay", "Parapluie pliant imprimé Nymphéas de Monet, housse bleue, baleine cassée"),
        ("d", "fr", "2026-10-27", "Musée d'Orsay", "Parapluie pliant imprimé Les Tournesols de Van Gogh, housse jaune"),
        ("e", "en", "2026-10-26", "RER C - Invalides", "Folding umbrella, Van Gogh Starry Night print, blue sleeve, two broken spokes"),
        ("f", "fr", "2026-10-23", "Musée d'Orsay", "Parapluie pliant motif La Nuit étoilée de Van Gogh, baleine cassée, housse bleue"),
        ("g", "fr", "2026-10-26", "Musée du Louvre", "Parapluie pliant enfant imprimé La Nuit étoilée, housse bleue"),
    ], [
        ("es", "+34915270448", "2026-10-25",
         "Hola, me dejé un paraguas plegable en el museo de Orsay el domingo veinticinco de octubre. Tiene estampado el cuadro de La noche estrellada de Van Gogh, con su fundita azul, y una varilla rota.",
         "el domingo veinticinco de octubre", "en el museo de Orsay", N, N, "una fundita azul"),
        ("fr", "+33699284103", "2026-10-26",
         "parapluie pliant avec la nuit étoilée de van gogh dessus une baleine cassée dans sa housse bleue oublié au musée d'orsay lundi vingt six",
         "lundi 26 octobre", "au musée d'Orsay", N, N, "une housse bleue"),
    ]),
    # ------------------------------------------------------------------ coats and hats
    ("h20", "coats", [
        ("owner", "fr", "2026-11-19", "Métro ligne 13 - Montparnasse - Bienvenüe", "Caban Armor-Lux en laine bleu marine, homme, taille L, bouton manquant en bas à gauche"),
        ("a", "fr", "2026-11-19", "Métro ligne 13 - Montparnasse - Bienvenüe", "Caban Armor-Lux bleu marine homme, taille M"),
        ("b", "fr", "2026-11-18", "Métro ligne 13 - Montparnasse - Bienvenüe", "Caban Armor-Lux en laine bleu marine, taille L, bouton manquant en bas à droite"),
        ("c", "fr", "2026-11-20", "Métro ligne 13 - Duroc", "Caban Zara bleu marine homme, taille L, bouton manquant"),
        ("d", "en", "2026-11-19", "Métro ligne 4 - Montparnasse - Bienvenüe", "Navy Armor-Lux peacoat, women's size 40, all buttons"),
        ("e", "fr", "2026-11-19", "Métro ligne 13 - Montparnasse - Bienvenüe", "Caban en laine bleu marine Armor-Lux, taille L, tous les boutons, écharpe grise dans la manche"),
        ("f", "fr", "2026-11-16", "Gare Montparnasse", "Caban Armor-Lux bleu marine, taille L, un bouton manque en bas à gauche"),
        ("g", "fr", "2026-11-19", "Métro ligne 13 - Montparnasse - Bienvenüe", "Duffle-coat Gloverall bleu marine, taille L"),
    ], [
        ("en", "+447500318426", "2026-11-19",
         "Hi, I left my coat on the metro yesterday evening, line 13, around Montparnasse. It's a navy blue wool peacoat, Armor-Lux, men's large, and one button's missing, the bottom one on the left.",
         "yesterday evening", "line 13, montparnasse", "armor-lux", "nothing, the pockets were empty", N),
        ("es", "+34603785219", "2026-11-19",
         "Buenas, ayer me dejé el abrigo en el metro, en la línea trece, en Montparnasse. Es un chaquetón azul marino de lana, de Armor-Lux, de hombre, talla L, y le falta un botón, el de abajo a la izquierda.",
         "ayer", "en la línea trece, en Montparnasse", "Armor-Lux", "nada, los bolsillos estaban vacíos", N),
        ("de", "+4917215590836", "2026-11-19",
         "Ich habe gestern meinen Mantel in der Metro vergessen, Linie 13, Montparnasse. Einen dunkelblauen Caban von Armor-Lux, Herrengröße L.",
         "gestern", "Linie dreizehn, Montparnasse", "Armor-Lux", "nichts, die Taschen waren leer", N),
    ]),
    ("h21", "hats", [
        ("owner", "fr", "2026-10-10", "Métro ligne 1 - Charles de Gaulle - Étoile", "Casquette New Era des New York Yankees bleu marine, logo NY blanc, taille 7 1/4, autocollant doré sur la visière"),
        ("a", "fr", "2026-10-10", "Métro ligne 1 - Charles de Gaulle - Étoile", "Casquette New Era New York Yankees bleu marine, logo NY blanc, sangle réglable, sans autocollant"),
        ("b", "fr", "2026-10-09", "Métro ligne 1 - George V", "Casquette New Era Los Angeles Dodgers bleu marine, logo LA blanc, taille 7 1/4"),
        ("c", "fr", "2026-10-11", "Métro ligne 1 - Charles de Gaulle - Étoile", "Casquette Yankees bleu marine, logo NY rouge, autocollant sur la visière"),
        ("d", "en", "2026-10-10", "Métro ligne 6 - Charles de Gaulle - Étoile", "Navy New Era Yankees cap, white NY, fitted 7 3/8, gold sticker on brim"),
        ("e", "fr", "2026-10-07", "Tour Eiffel", "Casquette New Era Yankees bleu marine, NY blanc, 7 1/4, autocollant doré sur la visière"),
        ("f", "fr", "2026-10-10", "Métro ligne 1 - George V", "Casquette NY bleu marine, logo blanc, souvenir sans marque, réglable"),
        ("g", "fr", "2026-10-10", "Métro ligne 1 - Charles de Gaulle - Étoile", "Bonnet New York Yankees bleu marine, logo NY blanc"),
    ], [
        ("fr", "+33784516092", "2026-10-10",
         "casquette des yankees bleu marine avec le n y blanc new era taille sept un quart y'a encore l'autocollant doré sur la visière perdue ligne un à étoile samedi dix",
         "samedi 10 octobre", "ligne 1, Charles de Gaulle - Étoile", "New Era", N, N),
        ("de", "", "2026-10-09",
         "Hallo, mein Sohn hat seine Yankees-Cap in der Metro verloren, Linie 1, am Freitag, dem 9. Oktober. Dunkelblau mit weißem NY, von New Era, so eine feste Größe ohne Verschluss, sieben ein Viertel.",
         "am Freitag, 9. Oktober", "Linie 1, Étoile", "New Era", N, N),
    ]),
    # ------------------------------------------------------------------ children
    ("h22", "children", [
        ("owner", "fr", "2026-11-07", "Gare Saint-Lazare", "Poussette Babyzen YOYO pliée, châssis noir, tissu gris, porte-gobelet, Sophie la girafe attachée à l'arceau"),
        ("a", "fr", "2026-11-07", "Gare Saint-Lazare", "Poussette Babyzen YOYO châssis noir, tissu gris, sans accessoires"),
        ("b", "fr", "2026-11-06", "Gare Saint-Lazare", "Poussette Babyzen YOYO châssis blanc, tissu gris, porte-gobelet"),
        ("c", "fr", "2026-11-08", "Gare Saint-Lazare", "Poussette Bugaboo Butterfly noire, tissu gris, porte-gobelet"),
        ("d", "fr", "2026-11-04", "Métro ligne 13 - Saint-Lazare", "Poussette Babyzen YOYO châssis noir, tissu gris, porte-gobelet, Sophie la girafe attachée, capote déchirée"),
        ("e", "en", "2026-11-07", "Gare du Nord", "Babyzen YOYO stroller, black frame, grey fabric, Sophie giraffe toy clipped on"),
        ("f", "fr", "2026-11-07", "Gare Saint-Lazare", "Poussette Babyzen YOYO châssis noir, tissu bleu marine, porte-gobelet, Sophie la girafe"),
    ], [
        ("en", "+19175550124", "2026-11-07",
         "Hi, we left our stroller at Saint-Lazare station on Saturday the 7th, when we got on the train to Normandy, and we've only just got back to Paris. It's a Babyzen YOYO, black frame, grey fabric, it has a cup holder and there's a Sophie the giraffe toy tied to the bar.",
         "saturday the seventh", "gare saint-lazare", "babyzen", N, N),
        ("de", "+4915773460218", "2026-11-06",
         "kinderwagen babyzen yoyo schwarzes gestell grauer stoff mit getränkehalter und einer sophie giraffe dran bahnhof saint lazare",
         "am 6. November", "Bahnhof Saint-Lazare", "Babyzen", N, N),
        ("fr", "+33612750438", "2026-11-07",
         "Bonjour, nous avons oublié la poussette de notre fils à la gare Saint-Lazare le samedi 7 novembre, en montant dans le train pour Rouen. C'est une Babyzen YOYO, châssis noir, tissu gris, avec un porte-gobelet et une Sophie la girafe accrochée à l'arceau.",
         "samedi 7 novembre", "gare Saint-Lazare", "Babyzen", N, N),
    ]),
    # ------------------------------------------------------------------ watches and jewellery
    ("h23", "watches_jewellery", [
        ("owner", "fr", "2026-10-02", "Métro ligne 8 - Invalides", "Montre Seiko 5 automatique, cadran bleu, bracelet acier, gravée au dos « Für Jan – Abi 2015 »"),
        ("a", "fr", "2026-10-02", "Métro ligne 8 - Invalides", "Montre Seiko 5 automatique, cadran bleu, bracelet acier, dos non gravé"),
        ("b", "fr", "2026-10-01", "Métro ligne 8 - École Militaire", "Montre Seiko 5 automatique, cadran noir, bracelet acier"),
        ("c", "fr", "2026-10-03", "Métro ligne 8 - Invalides", "Montre Seiko 5 automatique, cadran bleu, bracelet cuir marron, gravée au dos « Jens 2015 »"),
        ("d", "fr", "2026-10-02", "RER C - Invalides", "Montre Citizen automatique, cadran bleu, bracelet acier"),
        ("e", "en", "2026-10-04", "Métro ligne 13 - Invalides", "Seiko 5 automatic watch, blue dial, steel bracelet, back engraved 'Für Jan – Abi 2016'"),
        ("f", "fr", "2026-10-02", "Bus 69", "Montre Seiko 5 automatique, cadran bleu, bracelet acier, gravée « Jan & Lea »"),
        ("g", "fr", "2026-10-02", "Métro ligne 8 - Invalides", "Montre Tissot cadran bleu, bracelet acier, gravure au dos"),
    ], [
        ("de", "+493078124450", "2026-10-02",
         "Ich habe meine Armbanduhr verloren, eine Seiko 5 Automatik mit blauem Zifferblatt und Stahlarmband. Hinten ist eingraviert „Für Jan – Abi 2015“, die hab ich von meinen Eltern zum Abitur bekommen. Das war in der Metro, Linie 8, bei Invalides, am 2. Oktober.",
         "am 2. Oktober", "Metro Linie 8, Invalides", "Seiko", N, N),
        ("en", "+447946281037", "2026-10-01",
         "seiko five automatic watch blue face steel bracelet engraved on the back fur jan abby twenty fifteen lost it on line eight at invalides on the first of october",
         "thursday the first of october", "line eight, invalides", "seiko", N, N),
    ]),
    # ------------------------------------------------------------------ other common things
    ("h24", "cameras", [
        ("owner", "fr", "2026-11-01", "Métro ligne 12 - Abbesses", "Appareil photo Fujifilm X100V argenté, dragonne en cuir marron, pare-soleil noir, sans bouchon d'objectif"),
        ("a", "fr", "2026-11-01", "Métro ligne 12 - Abbesses", "Appareil photo Fujifilm X100V argenté, dragonne cuir marron, bouchon d'objectif"),
        ("b", "fr", "2026-10-31", "Métro ligne 12 - Pigalle", "Appareil photo Fujifilm X100F argenté, dragonne en cuir marron, pare-soleil noir"),
        ("c", "fr", "2026-11-02", "Métro ligne 2 - Anvers", "Appareil photo Fujifilm X-T30 argenté, objectif 15-45, dragonne en cuir marron"),
        ("d", "fr", "2026-11-01", "Métro ligne 12 - Abbesses", "Appareil photo Fujifilm X100V noir, dragonne cuir marron, pare-soleil"),
        ("e", "en", "2026-11-01", "Basilique du Sacré-Cœur", "Fujifilm X100V camera, silver, black nylon strap, lens hood, no cap"),
        ("f", "fr", "2026-10-29", "Métro ligne 12 - Abbesses", "Appareil photo Fujifilm X100V argenté, dragonne cuir marron, pare-soleil noir, pas de bouchon"),
        ("g", "fr", "2026-11-01", "Métro ligne 12 - Lamarck - Caulaincourt", "Appareil photo Fujifilm X100VI argenté, dragonne en cuir marron, pare-soleil noir"),
    ], [
        ("fr", "+33623817409", "2026-11-01",
         "Bonjour, j'ai perdu mon appareil photo le dimanche 1er novembre dans le métro, ligne 12, à Abbesses. C'est un Fujifilm X100V, argenté, avec une dragonne en cuir marron et un pare-soleil noir au bout de l'objectif. Il n'y avait pas le bouchon.",
         "dimanche 1er novembre", "ligne 12, Abbesses", "Fujifilm", N, N),
        ("en", "+61412558307", "2026-10-31",
         "Hi, I dropped my camera in the metro, line 12, at Abbesses, on Saturday the thirty-first. It's a silver Fuji, the X100V, with a black lens hood on it, no lens cap, I lost that ages ago.",
         "saturday the thirty-first", "line 12, abbesses", "fujifilm", N, "no case, just a brown leather wrist strap"),
        ("es", "+34652093318", "2026-11-01",
         "cámara de fotos fuji x cien uve plateada con correa de cuero marrón y el parasol negro sin tapa línea doce abbesses",
         "el domingo uno de noviembre", "en la línea doce, en Abbesses", "Fujifilm", N, N),
    ]),
]

ABSENT = [
    ("fr", "+33611904527", "2026-11-17",
     "Bonjour, j'ai oublié un télescope dans le RER B mardi, un petit Celestron blanc, démonté, dans un sac de transport noir avec le trépied.",
     "mardi", "RER B, vers Denfert-Rochereau", "Celestron", "le trépied et deux oculaires", "un sac de transport noir"),
    ("fr", "+33148071936", "2026-11-15",
     "cerf-volant arc-en-ciel en forme de poisson dans un sac en toile oublié dans le bus soixante-dix-huit dimanche en revenant du parc",
     "dimanche", "dans le bus 78", N, N, "un sac en toile"),
    ("fr", "+33661402785", "2026-11-12",
     "C'est pour une machine à écrire, une vieille Olivetti verte dans sa mallette. Je l'ai laissée dans un taxi G7 le jeudi 12 novembre, elle était à mon grand-père.",
     "jeudi 12 novembre", "dans un taxi G7", "Olivetti", N, "sa mallette"),
    ("en", "+447700431862", "2026-11-18",
     "Hi, I left a VR headset on the Eurostar platform at Gare du Nord on Wednesday, a white Meta Quest 3 in a grey zip case with both controllers.",
     "wednesday", "gare du nord, eurostar platform", "meta", "the two controllers and a charging cable", "a grey zip case"),
    ("en", "+353861908274", "2026-11-14",
     "set of bagpipes in a black hard case with a tartan ribbon on the handle left on line one at nation saturday",
     "saturday", "line one, nation", N, "the pipes and a spare chanter", "a black hard case"),
    ("en", "+12025550161", "2026-11-10",
     "Hello, I lost a fishing rod, a telescopic one, in a long green tube, on the RER C on the tenth of November, on my way back from the Seine.",
     "the tenth of november", "rer c", N, N, "a long green tube"),
    ("en", "+447519203348", "2026-11-19",
     "We left our baby monitor in an Uber yesterday, the camera and the parent unit, white, Philips Avent, in a little white box.",
     "yesterday", "in an uber", "philips avent", "the camera and the parent unit", "a little white box"),
    ("es", "+34628914075", "2026-11-16",
     "Hola, se nos quedó una tabla de surf en la Gare Montparnasse el lunes, una tabla blanca de siete pies en una funda gris, volvíamos de Biarritz.",
     "el lunes", "en la Gare Montparnasse", N, N, "una funda gris"),
    ("es", "+34914458210", "2026-11-13",
     "un ajedrez de madera plegable con las piezas dentro lo perdí en el autobús sesenta y nueve el viernes trece",
     "el viernes trece", "en el autobús sesenta y nueve", N, "las piezas", N),
    ("es", "+33745190386", "2026-11-18",
     "Buenas, perdí una tienda de campaña, de esas que se abren solas, en una bolsa redonda azul, en la línea catorce anteayer.",
     "anteayer", "en la línea catorce", "Quechua", N, "una bolsa redonda azul"),
    ("de", "+4915231188407", "2026-11-17",
     "Guten Tag, ich habe am Dienstag im RER A ein Mikroskop liegen lassen, ein kleines weißes Schülermikroskop von Bresser in einem Alukoffer.",
     "am Dienstag", "im RER A", "Bresser", "Objektträger", "ein Alukoffer"),
    ("de", "+4930917726", "2026-11-19",
     "djembe trommel mit ziegenfell in einer schwarzen gepolsterten tasche gestern in der metro linie zwei vergessen",
     "gestern", "Linie zwei", N, N, "schwarze gepolsterte Tasche"),
    ("de", "+4917655120934", "2026-11-14",
     "Ich habe am Samstag im Bus 38 einen Metalldetektor vergessen, einen schwarzen von Garrett, zusammengeklappt in einer Tasche.",
     "am Samstag", "im Bus 38", "Garrett", N, "eine schwarze Tasche"),
]

ANSWER_KEYS = ("when", "where", "brand", "inside", "case")


def _call(row: tuple) -> dict:
    lang, number, lost_on, text, *answers = row
    assert len(answers) == len(ANSWER_KEYS), row[3][:40]
    return {"text": text, "language": lang, "caller_number": number, "lost_on": lost_on,
            "answers": dict(zip(ANSWER_KEYS, answers))}


def build() -> dict:
    groups = []
    for key, family, items, calls in GROUPS:
        groups.append({
            "key": key,
            "family": family,
            "items": [{"key": f"{key}-{suffix}", "description": desc, "language": lang,
                       "found_on": found_on, "found_at": found_at}
                      for suffix, lang, found_on, found_at, desc in items],
            "owner_key": f"{key}-owner",
            "calls": [_call(c) for c in calls],
        })
    return {"reference_date": REFERENCE_DATE, "background": BACKGROUND, "groups": groups,
            "absent_calls": [_call(c) for c in ABSENT]}


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    d = build()
    print(f"wrote {OUT.name}: {len(d['groups'])} groups, "
          f"{sum(len(g['items']) for g in d['groups'])} items, "
          f"{sum(len(g['calls']) for g in d['groups'])} calls, {len(d['absent_calls'])} absent calls")
