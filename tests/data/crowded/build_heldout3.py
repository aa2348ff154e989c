"""Hand-written source of crowded_heldout3.json, the third held-out crowded set.

    python3 build_heldout3.py      # rewrites crowded_heldout3.json next to this file

Standard library only. Every item, call and answer below was written by hand (2026-12-04),
without looking at the engine; nothing here is drawn at random or combined by program.
The builder only puts the rows into the JSON format of crowded_tuning.json.

Whoever tunes the engine must not read this file nor crowded_heldout3.json.

Rows:
  item: (suffix, language, found_on, found_at, description)   suffix "owner" is the owner's item
  call: (language, caller_number, lost_on, text, when, where, brand, inside, case)
"""
from __future__ import annotations

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "crowded_heldout3.json"
REFERENCE_DATE = "2026-11-20"  # Friday; every call is made that day
BACKGROUND = {"count": 30000, "end": "2026-11-20", "per_day": 450, "seed": 17}
N = None  # the owner does not know, or the question does not apply

GROUPS = [
    # ------------------------------------------------------------------ phones
    ("k01", "phones", [
        ("owner", "fr", "2026-11-18", "Métro ligne 3 - Réaumur - Sébastopol", "Smartphone Nothing Phone (2a) blanc, coque transparente, autocollant smiley jaune au dos, écran fissuré en haut à droite"),
        ("a", "fr", "2026-11-18", "Métro ligne 3 - Réaumur - Sébastopol", "Nothing Phone (2a) noir, coque transparente, autocollant smiley jaune au dos"),
        ("b", "fr", "2026-11-17", "Métro ligne 3 - Arts et Métiers", "Tél. Nothing Phone (2) blanc, coque transparente, écran fissuré en haut à droite"),
        ("c", "fr", "2026-11-19", "Métro ligne 3 - Opéra", "Nothing Phone (2a) blanc, coque transparente, autocollant étoile argentée au dos"),
        ("d", "fr", "2026-11-15", "Métro ligne 3 - Réaumur - Sébastopol", "Nothing Phone (2a) blanc, coque transparente, autocollant smiley jaune au dos, écran fissuré"),
        ("e", "en", "2026-11-18", "Métro ligne 4 - Réaumur - Sébastopol", "Nothing Phone (2a), white, no case, yellow smiley sticker on the back, screen cracked top right"),
        ("f", "fr", "2026-11-18", "Bus 20", "Smartphone Nothing Phone (2a) blanc, coque transparente, autocollant smiley jaune au dos"),
        ("g", "fr", "2026-11-20", "Métro ligne 3 - Gallieni", "CMF Phone 1 by Nothing blanc, coque transparente, écran fissuré en haut"),
        ("h", "fr", "2026-11-19", "Métro ligne 3 - Réaumur - Sébastopol", "Nothing Phone (2a) Plus gris, coque transparente, autocollant smiley au dos"),
    ], [
        ("de", "+4917623390417", "2026-11-18",
         "Guten Tag, ich habe am Mittwoch in der Metro mein Handy verloren, Linie 3, ich glaube bei Réaumur-Sébastopol. Es ist ein Nothing Phone 2a in Weiß, in einer durchsichtigen Hülle, und hinten klebt ein gelber Smiley-Aufkleber. Das Display hat oben rechts einen Sprung.",
         "am Mittwoch", "Metro Linie 3, Réaumur-Sébastopol", "Nothing", N, "durchsichtige Hülle"),
        ("en", "+447482915360", "2026-11-17",
         "nothing phone two a the white one in a clear case with a yellow smiley face sticker on the back i lost it on the metro line three on tuesday night",
         "tuesday night", "metro line three", "nothing", N, "a clear case"),
        ("es", "+33767240815", "2026-11-18",
         "Hola, buenas. Perdí mi móvil el miércoles, creo. Es un Nothing Phone 2a, blanco, con una funda transparente, y detrás lleva una pegatina de una carita sonriente amarilla.",
         "el miércoles", "en el metro, en la línea tres, por Réaumur-Sébastopol", "Nothing", N, "una funda transparente"),
    ]),
    ("k02", "phones", [
        ("owner", "fr", "2026-11-05", "Bus 69", "iPhone SE rouge, étui à rabat en cuir bleu marine, carte Navigo dans le rabat, coin supérieur gauche cabossé"),
        ("a", "fr", "2026-11-05", "Bus 69", "iPhone SE rouge, étui à rabat bleu marine, CB dans le rabat"),
        ("b", "fr", "2026-11-04", "Bus 69", "Tél. portable iPhone 8 rouge, étui à rabat en cuir bleu marine avec carte Navigo"),
        ("c", "fr", "2026-11-06", "Bus 69", "iPhone SE rouge, étui à rabat rouge, carte Navigo dans le rabat"),
        ("d", "fr", "2026-11-02", "Bus 69", "iPhone SE rouge, étui à rabat bleu marine, carte Navigo, coin cabossé"),
        ("e", "en", "2026-11-05", "Métro ligne 7 - Pont Marie", "iPhone SE, red, navy leather flip case with a Navigo pass inside"),
        ("f", "fr", "2026-11-07", "Bus 69", "iPhone XR rouge, étui à rabat bleu marine, carte Navigo dans l'étui"),
        ("g", "fr", "2026-11-05", "Bus 69", "iPhone SE blanc, étui à rabat bleu marine, carte Navigo dans le rabat"),
        ("h", "fr", "2026-11-05", "Bus 96", "iPhone SE rouge, coque silicone bleu marine, écran fissuré"),
    ], [
        ("es", "+34655183027", "2026-11-05",
         "Hola, buenos días. Perdí el móvil el jueves cinco de noviembre en el autobús sesenta y nueve. Es un iPhone SE rojo, el pequeñito con el botón redondo, dentro de una funda de tapa de piel azul marino, y en la tapa llevaba metida mi tarjeta Navigo.",
         "el jueves 5 de noviembre", "en el autobús 69", "Apple", "la tarjeta Navigo", "una funda de tapa de piel azul marino"),
        ("fr", "+33688412579", "2026-11-04",
         "iphone s e rouge dans un étui à rabat bleu marine avec mon passe navigo dedans je l'ai oublié dans le bus soixante neuf mercredi quatre novembre",
         "mercredi 4 novembre", "le bus 69", "Apple", "mon passe Navigo", "un étui à rabat bleu marine"),
        ("de", "+4915112874406", "2026-11-05",
         "Hallo, ich habe mein Handy verloren, ein rotes iPhone SE, in einer dunkelblauen Klapphülle aus Leder. In der Klappe steckt mein Navigo-Pass. Das war am Donnerstag, dem 5. November.",
         "am Donnerstag, 5. November", "im Bus 69", "Apple", "mein Navigo-Pass", "dunkelblaue Klapphülle aus Leder"),
    ]),
    ("k03", "phones", [
        ("owner", "en", "2026-10-23", "Aéroport d'Orly - Orly 4", "Motorola moto g84 5G, viva magenta, black rugged case with kickstand, screen protector cracked"),
        ("a", "fr", "2026-10-23", "Aéroport d'Orly - Orly 4", "Smartphone Motorola moto g84 magenta, coque transparente"),
        ("b", "fr", "2026-10-22", "Aéroport d'Orly - Orly 4", "Motorola moto g54 rose, coque antichoc noire avec béquille, protection d'écran fendue"),
        ("c", "fr", "2026-10-24", "Aéroport d'Orly - Orly 4", "Motorola moto g84 magenta, coque antichoc noire, protection d'écran intacte"),
        ("d", "fr", "2026-10-20", "Aéroport d'Orly - Orly 4", "Tél. Motorola moto g84 magenta, coque antichoc noire avec béquille, protection d'écran fendue"),
        ("e", "fr", "2026-10-23", "Aéroport CDG T3", "Motorola moto g84 magenta, coque antichoc noire avec béquille"),
        ("f", "fr", "2026-10-25", "Aéroport d'Orly - Orly 4", "Motorola edge 40 magenta, coque antichoc noire, protection d'écran fendue"),
        ("g", "fr", "2026-10-23", "Aéroport d'Orly - Orly 4", "Motorola moto g84 magenta, coque antichoc grise avec béquille, protection d'écran fendue"),
    ], [
        ("fr", "+33671904238", "2026-10-23",
         "Bonjour, j'ai perdu mon portable à Orly, au terminal 4, le vendredi 23 octobre, en rentrant de Marseille. C'est un Motorola, le moto g84, couleur magenta, un rose un peu foncé, dans une coque antichoc noire avec une petite béquille pour le poser. Le verre de protection de l'écran est fendu.",
         "vendredi 23 octobre", "aéroport d'Orly, terminal 4", "Motorola", N, "une coque antichoc noire avec béquille"),
        ("es", "+34620447198", "2026-10-22",
         "motorola g ochenta y cuatro color rosa fucsia con una funda negra gruesa de esas que tienen patita y el protector de la pantalla rajado lo perdí en orly el jueves veintidós",
         "el jueves 22 de octubre", "en el aeropuerto de Orly, terminal 4", "Motorola", N, "una funda negra gruesa con patita"),
        ("de", "+493061827354", "2026-10-23",
         "Guten Tag, ich habe am Freitag, dem 23. Oktober, am Flughafen Orly mein Handy verloren, im Terminal 4. Ein Motorola moto g84 in Magenta, in einer schwarzen, robusten Hülle mit Aufsteller.",
         "am Freitag, 23. Oktober", "Flughafen Orly, Terminal 4", "Motorola", N, "schwarze robuste Hülle mit Aufsteller, das Schutzglas ist gesprungen"),
    ]),
    # ------------------------------------------------------------------ wallets and purses
    ("k04", "wallets", [
        ("owner", "fr", "2026-11-12", "Métro ligne 7 - Chaussée d'Antin - La Fayette", "Portefeuille Fossil en cuir marron, contient CB N26, carte d'assurance maladie allemande AOK, 40 €, bouton-pression cassé"),
        ("a", "fr", "2026-11-12", "Métro ligne 7 - Chaussée d'Antin - La Fayette", "Portefeuille Fossil en cuir marron, contient CB Sparkasse, carte d'assurance maladie allemande AOK"),
        ("b", "fr", "2026-11-11", "Métro ligne 7 - Opéra", "Portefeuille Fossil en cuir marron, contient CB N26, carte Vitale, bouton-pression cassé"),
        ("c", "fr", "2026-11-13", "Galeries Lafayette", "Portefeuille Fossil en cuir marron, contient CB N26, carte AOK, 40 €"),
        ("d", "fr", "2026-11-09", "Métro ligne 7 - Chaussée d'Antin - La Fayette", "Portefeuille Fossil en cuir marron, contient CB N26, carte AOK, bouton-pression cassé"),
        ("e", "en", "2026-11-12", "Métro ligne 9 - Chaussée d'Antin - La Fayette", "Brown leather Fossil wallet, contains N26 bank card, German health insurance card, some cash"),
        ("f", "fr", "2026-11-14", "Métro ligne 7 - Chaussée d'Antin - La Fayette", "Portefeuille Tommy Hilfiger en cuir marron, contient CB N26, carte AOK, bouton-pression cassé"),
        ("g", "fr", "2026-11-12", "Métro ligne 7 - Chaussée d'Antin - La Fayette", "Portefeuille Fossil en cuir marron, vide"),
    ], [
        ("de", "+4917052218896", "2026-11-12",
         "Guten Tag, mein Mann hat am Donnerstag, dem 12. November, sein Portemonnaie in der Metro verloren, Linie 7. Wir sind an der Station Chaussée d'Antin ausgestiegen, wir wollten zu den Galeries Lafayette, und da war es schon weg. Braunes Leder, von Fossil. Drin sind seine N26-Karte, die AOK-Karte und ungefähr vierzig Euro. Der Druckknopf ist kaputt.",
         "am Donnerstag, 12. November", "Metro Linie 7, Chaussée d'Antin", "Fossil", "N26-Karte, AOK-Karte, ungefähr 40 Euro", N),
        ("fr", "+33645720913", "2026-11-11",
         "Bonjour, j'appelle pour un ami allemand qui loge chez moi. Il a perdu son portefeuille mercredi 11 ou jeudi 12 novembre, dans le métro, sur la ligne 7. C'est un portefeuille Fossil, en cuir marron. Dedans il y a sa carte bancaire N26, sa carte d'assurance maladie allemande et quelques billets.",
         "mercredi 11 ou jeudi 12 novembre", "ligne 7, vers Chaussée d'Antin", "Fossil", "sa carte N26, sa carte d'assurance maladie allemande, des billets", N),
    ]),
    ("k05", "wallets", [
        ("owner", "fr", "2026-10-30", "Métro ligne 5 - Bastille", "Porte-monnaie Desigual multicolore à fleurs, zippé, pompon rouge, contient pièces et CB BBVA"),
        ("a", "fr", "2026-10-30", "Métro ligne 5 - Bastille", "Porte-monnaie Desigual multicolore à fleurs, zippé, pompon rouge, contient pièces et CB Santander"),
        ("b", "fr", "2026-10-29", "Métro ligne 5 - Bréguet-Sabin", "Porte-monnaie Desigual multicolore motif mandala, zippé, contient CB BBVA"),
        ("c", "fr", "2026-10-31", "Métro ligne 5 - Bastille", "Portefeuille long Desigual multicolore à fleurs, pompon rouge, contient CB BBVA, DNI espagnol"),
        ("d", "fr", "2026-10-27", "Métro ligne 5 - Bastille", "Porte-monnaie Desigual à fleurs multicolore, zippé, pompon rouge, contient pièces, CB BBVA"),
        ("e", "en", "2026-10-30", "Bus 91", "Desigual coin purse, multicoloured flowers, red tassel, coins and a BBVA bank card"),
        ("f", "fr", "2026-10-30", "Métro ligne 5 - Bastille", "Porte-monnaie Desigual multicolore à fleurs, zippé, pompon bleu, contient pièces, CB BBVA"),
        ("g", "fr", "2026-11-02", "Métro ligne 5 - Gare d'Austerlitz", "Porte-monnaie sans marque multicolore à fleurs, zippé, pompon rouge, contient pièces, CB BBVA"),
    ], [
        ("es", "+34637205581", "2026-10-30",
         "monedero de desigual de flores de colores con cremallera y una borla roja dentro llevo monedas y la tarjeta del be be uve a lo perdí en el metro en la línea cinco en bastilla el viernes treinta de octubre",
         "el viernes 30 de octubre", "en el metro, línea 5, en Bastilla", "Desigual", "monedas y la tarjeta del BBVA, nada más", N),
        ("fr", "+33629517048", "2026-10-29",
         "Bonjour, j'ai perdu mon porte-monnaie le jeudi 29 octobre, dans le métro, je crois sur la ligne 5, vers Bastille. Il est de la marque Desigual, avec des fleurs de toutes les couleurs, une fermeture éclair et un petit pompon rouge. Dedans il y a de la monnaie et ma carte bancaire BBVA, c'est une banque espagnole, j'ai gardé mon compte là-bas.",
         "jeudi 29 octobre", "ligne 5, Bastille", "Desigual", "de la monnaie et ma carte BBVA", N),
        ("de", "", "2026-10-30",
         "Guten Tag, ich rufe für meine spanische Freundin an. Sie hat ein kleines Portemonnaie von Desigual verloren, bunt mit Blumen, mit Reißverschluss und einer roten Quaste dran. Das war am Freitag, dem 30. Oktober.",
         "am Freitag, 30. Oktober", "in der Metro, Linie 5, Bastille", "Desigual", "Münzen und ihre BBVA-Karte", N),
    ]),
    # ------------------------------------------------------------------ identity papers
    ("k06", "id_documents", [
        ("owner", "fr", "2026-11-16", "Métro ligne 5 - Gare du Nord", "Carte d'identité belge au nom de MERTENS L., dans un porte-cartes transparent avec une carte MOBIB"),
        ("a", "fr", "2026-11-16", "Métro ligne 5 - Gare du Nord", "Carte d'identité néerlandaise, dans un porte-cartes transparent avec une OV-chipkaart"),
        ("b", "fr", "2026-11-15", "Métro ligne 5 - Gare du Nord", "Carte d'identité belge au nom de JANSSENS M., dans un porte-cartes transparent"),
        ("c", "fr", "2026-11-17", "Métro ligne 5 - Gare du Nord", "Carte d'identité luxembourgeoise, porte-cartes transparent, carte MOBIB"),
        ("d", "fr", "2026-11-13", "Métro ligne 5 - Gare du Nord", "Carte d'identité belge dans un porte-cartes transparent, avec carte MOBIB"),
        ("e", "en", "2026-11-16", "Gare du Nord", "Belgian driving licence in a clear card holder with a MOBIB card"),
        ("f", "fr", "2026-11-16", "Métro ligne 4 - Gare du Nord", "CNI belge, porte-cartes noir, avec carte MOBIB et CB Belfius"),
        ("g", "fr", "2026-11-18", "Métro ligne 5 - Jaurès", "Carte d'identité française, porte-cartes transparent, carte MOBIB"),
        ("h", "fr", "2026-11-16", "Métro ligne 5 - Gare du Nord", "Carte d'identité belge, porte-cartes transparent, carte Navigo Easy"),
    ], [
        ("fr", "+32476318245", "2026-11-16",
         "Bonjour, je vous appelle de Bruxelles. Ma compagne a perdu sa carte d'identité lundi, en arrivant à Paris, dans le métro, la ligne 5 depuis la gare du Nord. C'est une carte d'identité belge, au nom de Lena Mertens, dans un petit porte-cartes en plastique transparent avec sa carte MOBIB, la carte des transports bruxellois.",
         "lundi", "ligne 5, depuis la gare du Nord", N, "sa carte MOBIB", "un porte-cartes transparent"),
        ("de", "+32497051736", "2026-11-15",
         "Guten Tag, hier ist Lena Mertens aus Eupen, in Belgien. Ich habe meinen belgischen Personalausweis verloren, am Sonntag oder am Montag, in Paris in der Metro. Er steckt in einer durchsichtigen Plastikhülle, zusammen mit meiner MOBIB-Karte.",
         "am Sonntag oder Montag", "Metro Linie 5, ab Gare du Nord", N, "meine MOBIB-Karte", "durchsichtige Plastikhülle"),
    ]),
    ("k07", "id_documents", [
        ("owner", "fr", "2026-10-19", "RER B - Aéroport CDG 2", "Passeport péruvien dans protège-passeport noir en simili cuir, carte d'embarquement Air Europa et billet de 20 dollars à l'intérieur"),
        ("a", "fr", "2026-10-19", "RER B - Aéroport CDG 2", "Passeport bolivien dans protège-passeport noir, carte d'embarquement Air Europa"),
        ("b", "fr", "2026-10-18", "RER B - Gare du Nord", "Passeport péruvien dans protège-passeport noir, carte d'embarquement Iberia"),
        ("c", "fr", "2026-10-20", "RER B - Aéroport CDG 2", "Passeport péruvien dans protège-passeport rouge, carte d'embarquement Air Europa"),
        ("d", "fr", "2026-10-16", "RER B - Aéroport CDG 2", "Passeport péruvien, protège-passeport noir, carte d'embarquement Air Europa, billet de 20 dollars"),
        ("e", "en", "2026-10-19", "Aéroport CDG T2", "Peruvian passport in a black cover, LATAM boarding pass inside"),
        ("f", "fr", "2026-10-19", "RER B - Châtelet-Les Halles", "Carte d'identité péruvienne (DNI) dans pochette noire, carte d'embarquement Air Europa"),
        ("g", "fr", "2026-10-21", "RER B - Aéroport CDG 2", "Passeport équatorien dans protège-passeport noir, carte d'embarquement Air Europa, billets en dollars"),
        ("h", "fr", "2026-10-19", "RER B - Aéroport CDG 2", "Passeport péruvien dans protège-passeport noir, rien à l'intérieur"),
    ], [
        ("es", "+51987432610", "2026-10-19",
         "Aló, buenas tardes. Le llamo porque perdí mi pasaporte peruano el lunes diecinueve de octubre, en el tren que va al aeropuerto, el RER B, llegando a Charles de Gaulle. Está en un forro negro, y adentro tenía la tarjeta de embarque de Air Europa y un billete de veinte dólares.",
         "el lunes 19 de octubre", "en el RER B, llegando al aeropuerto Charles de Gaulle", N, "la tarjeta de embarque de Air Europa y un billete de veinte dólares", "un forro negro"),
        ("en", "+13055550187", "2026-10-18",
         "hi im calling about my friends passport its a peruvian passport in a black cover with an air europa boarding pass inside we lost it on the rer b going to the airport on sunday the eighteenth",
         "sunday the eighteenth", "the rer b to the airport", N, "an air europa boarding pass and a twenty dollar bill", "a black cover"),
    ]),
    # ------------------------------------------------------------------ bags and luggage
    ("k08", "backpacks", [
        ("owner", "fr", "2026-11-19", "RER B - Cité Universitaire", "Sac à dos Jansport bordeaux, écusson brodé champignon rouge sur la poche avant, contient trousse, classeur, calculatrice NumWorks"),
        ("a", "fr", "2026-11-19", "RER B - Cité Universitaire", "Sac à dos Jansport bordeaux, écusson brodé fraise, contient trousse, classeur"),
        ("b", "fr", "2026-11-18", "RER B - Denfert-Rochereau", "Sac à dos Eastpak bordeaux, écusson brodé champignon, contient trousse, classeur, calculatrice"),
        ("c", "fr", "2026-11-20", "RER B - Cité Universitaire", "Sac à dos Jansport bordeaux, contient ordinateur portable, chargeur, sans écusson"),
        ("d", "fr", "2026-11-16", "RER B - Cité Universitaire", "Sac à dos Jansport bordeaux, écusson brodé champignon, contient trousse, classeur, calculatrice NumWorks"),
        ("e", "en", "2026-11-19", "RER B - Luxembourg", "Burgundy Jansport backpack, embroidered mushroom patch, contains a pencil case and a Texas Instruments calculator"),
        ("f", "fr", "2026-11-19", "Bus 88", "Sac à dos Jansport bordeaux, écusson champignon, contient trousse, classeur, calculatrice NumWorks, bretelle gauche cassée"),
        ("g", "fr", "2026-11-19", "RER B - Cité Universitaire", "Sac à dos Jansport noir, écusson brodé champignon, contient trousse, classeur"),
        ("h", "fr", "2026-11-17", "RER B - Cité Universitaire", "Sac à dos Jansport rouge, écusson brodé champignon, contient gourde, trousse"),
    ], [
        ("fr", "+33751840263", "2026-11-19",
         "bonjour c'est pour mon sac à dos un jansport bordeaux avec un écusson champignon rouge brodé dessus dedans y a ma trousse mon classeur et ma calculatrice numworks je l'ai oublié hier dans le rer b à cité u",
         "hier", "RER B, Cité Universitaire", "Jansport", "ma trousse, mon classeur, ma calculatrice NumWorks", N),
        ("en", "+33769215478", "2026-11-18",
         "Hi, yeah, so I left my backpack on the RER B on Wednesday, I think at Cité Universitaire, that's where I get off. It's a Jansport, the dark red one, like a burgundy colour, with a little embroidered mushroom patch on the front pocket. Inside there's a pencil case, a binder and my calculator, the NumWorks one.",
         "wednesday", "rer b, cité universitaire", "jansport", "a pencil case, a binder and a numworks calculator", N),
        ("es", "+34644908312", "2026-11-19",
         "Hola, buenas. Ayer me dejé la mochila en el RER B, creo que en Cité Universitaire. Es una Jansport granate, con un parche bordado de una seta roja. Dentro llevaba el estuche y la calculadora.",
         "ayer", "en el RER B, en Cité Universitaire", "Jansport", "el estuche, un archivador y la calculadora NumWorks", N),
    ]),
    ("k09", "handbags", [
        ("owner", "fr", "2026-11-07", "Métro ligne 7 - Pyramides", "Sac à main Polène Numéro Un en cuir camel, bandoulière en tissu à rayures rouges et blanches, contient trousse de maquillage, carnet, lunettes de soleil"),
        ("a", "fr", "2026-11-07", "Métro ligne 7 - Pyramides", "Sac à main Polène Numéro Un en cuir camel, bandoulière en cuir camel, contient trousse de maquillage, carnet"),
        ("b", "fr", "2026-11-06", "Métro ligne 14 - Pyramides", "Sac à main Polène Numéro Un en cuir camel, bandoulière en tissu à rayures, contient portefeuille, clés"),
        ("c", "fr", "2026-11-08", "Métro ligne 7 - Pyramides", "Sac à main Polène Numéro Neuf en cuir camel, bandoulière à rayures rouges et blanches"),
        ("d", "fr", "2026-11-04", "Métro ligne 7 - Pyramides", "Sac Polène Numéro Un camel, bandoulière en tissu à rayures rouges et blanches, contient trousse de maquillage, lunettes de soleil"),
        ("e", "fr", "2026-11-07", "Métro ligne 7 - Opéra", "Sac à main Polène Numéro Un en cuir cognac, bandoulière à rayures bleues et blanches, contient parapluie"),
        ("f", "en", "2026-11-07", "Métro ligne 7 - Pyramides", "Polène Numéro Un handbag, camel leather, red and white striped strap, empty"),
        ("g", "fr", "2026-11-09", "Métro ligne 7 - Pyramides", "Sac à main Sézane en cuir camel, bandoulière à rayures rouges et blanches, contient trousse de maquillage, carnet, lunettes de soleil"),
    ], [
        ("fr", "+33145226718", "2026-11-07",
         "Bonjour madame, j'ai oublié mon sac à main dans le métro le samedi 7 novembre, sur la ligne 7, je suis descendue à Pyramides. C'est un sac Polène, le modèle Numéro Un, en cuir camel. J'ai remplacé la bandoulière d'origine par une sangle en tissu à rayures rouges et blanches. Dedans il y avait une trousse de maquillage, un carnet et mes lunettes de soleil.",
         "samedi 7 novembre", "ligne 7, Pyramides", "Polène", "une trousse de maquillage, un carnet, mes lunettes de soleil", N),
        ("en", "+19175550143", "2026-11-06",
         "hi so i lost my purse on the metro last friday the sixth its a camel leather bag from paul lane the numero un with a red and white striped strap",
         "friday the sixth", "line seven, pyramides", "polène", "a make-up bag, a notebook and my sunglasses", N),
        ("es", "+34699310527", "2026-11-07",
         "Buenas tardes, llamo por un bolso que me dejé en el metro el sábado siete. Es un bolso de Polène, de piel color camel, el modelo Numéro Un. Le puse una correa de tela de rayas rojas y blancas.",
         "el sábado 7 de noviembre", "en la línea siete, en Pyramides", "Polène", "un neceser de maquillaje, una libreta y las gafas de sol", N),
    ]),
    ("k10", "suitcases", [
        ("owner", "en", "2026-11-14", "Aéroport Beauvais", "American Tourister Soundbox cabin suitcase, turquoise, hard shell, 4 wheels, yellow ribbon tied to the handle, contains women's clothes and a wash bag"),
        ("a", "fr", "2026-11-14", "Aéroport Beauvais", "Valise cabine American Tourister Soundbox turquoise, ruban rouge à la poignée, contient vêtements d'enfant"),
        ("b", "fr", "2026-11-13", "Aéroport Beauvais", "Grande valise American Tourister Soundbox turquoise, ruban jaune à la poignée, contient vêtements de femme"),
        ("c", "fr", "2026-11-15", "Aéroport Beauvais", "Valise cabine Samsonite rigide turquoise, 4 roues, ruban jaune à la poignée"),
        ("d", "fr", "2026-11-11", "Aéroport Beauvais", "Valise cabine American Tourister turquoise, ruban jaune à la poignée, contient vêtements de femme, trousse de toilette"),
        ("e", "fr", "2026-11-14", "Métro ligne 1 - Porte Maillot", "Valise cabine American Tourister Soundbox turquoise, ruban jaune à la poignée, roulette arrière droite cassée, contient vêtements de femme"),
        ("f", "en", "2026-11-14", "Aéroport Beauvais", "American Tourister cabin case, turquoise, yellow ribbon on the handle, contains men's clothes and a laptop"),
        ("g", "fr", "2026-11-16", "Aéroport Beauvais", "Valise cabine American Tourister Soundbox bleu marine, ruban jaune à la poignée, contient vêtements de femme"),
    ], [
        ("es", "+34679052814", "2026-11-14",
         "Hola, buenas tardes. El sábado perdí una maleta en el aeropuerto de Beauvais, cuando íbamos a coger el vuelo de Ryanair a Sevilla. Es una maleta de cabina American Tourister, color turquesa, de las rígidas con cuatro ruedas, y tiene una cinta amarilla atada al asa. Dentro hay ropa de mujer y un neceser.",
         "el sábado", "en el aeropuerto de Beauvais", "American Tourister", "ropa de mujer y un neceser", N),
        ("de", "+4916093427718", "2026-11-13",
         "türkiser handgepäckkoffer von american tourister hartschale mit einem gelben band am griff flughafen beauvais am freitag den dreizehnten",
         "am Freitag, 13. November", "Flughafen Beauvais", "American Tourister", "Damenkleidung und ein Kulturbeutel", N),
        ("en", "+447946550218", "2026-11-14",
         "Hi, yes, I'm calling about a suitcase my sister left at Beauvais airport on Saturday, she flew home without it. It's a turquoise American Tourister cabin case, the hard shell one, with a yellow ribbon tied on the handle. Her clothes are in it, and her wash bag.",
         "saturday", "beauvais airport", "american tourister", "her clothes and her wash bag", N),
    ]),
    # ------------------------------------------------------------------ clothing
    ("k11", "coats", [
        ("owner", "fr", "2026-11-10", "RER E - Magenta", "Doudoune légère Uniqlo bleu marine, homme, taille M, sans capuche, rustine noire sur la manche gauche"),
        ("a", "fr", "2026-11-10", "RER E - Magenta", "Doudoune légère Uniqlo bleu marine, homme, taille M, à capuche"),
        ("b", "fr", "2026-11-09", "RER E - Magenta", "Doudoune légère Uniqlo bleu marine, taille L, sans capuche, rustine sur la manche droite"),
        ("c", "fr", "2026-11-11", "RER E - Haussmann - Saint-Lazare", "Doudoune sans manches Uniqlo bleu marine, taille M"),
        ("d", "fr", "2026-11-07", "RER E - Magenta", "Doudoune légère Uniqlo bleu marine homme taille M, rustine sur la manche gauche"),
        ("e", "en", "2026-11-10", "RER E - Magenta", "Navy Uniqlo light down jacket, women's size M, no hood"),
        ("f", "fr", "2026-11-10", "RER E - Magenta", "Doudoune légère Uniqlo noire, homme, taille M, rustine sur la manche gauche"),
        ("g", "fr", "2026-11-12", "RER E - Magenta", "Doudoune légère Zara bleu marine, homme, taille M, sans capuche, manche gauche recousue"),
    ], [
        ("de", "+4915778320645", "2026-11-10",
         "Guten Tag, ich habe am Dienstag, dem 10. November, meine Jacke im RER E liegen lassen, zwischen Magenta und Haussmann. Eine dünne Daunenjacke von Uniqlo, dunkelblau, Herren, Größe M, ohne Kapuze. Am linken Ärmel ist ein kleiner schwarzer Flicken, da war mal ein Loch.",
         "am Dienstag, 10. November", "RER E, zwischen Magenta und Haussmann", "Uniqlo", N, N),
        ("en", "+447723180465", "2026-11-09",
         "navy uniqlo light down jacket mens medium no hood theres a black patch on the left sleeve i left it on the rer e at magenta on monday the ninth",
         "monday the ninth", "rer e, magenta", "uniqlo", N, N),
        ("es", "+34686213950", "2026-11-10",
         "plumífero fino de uniqlo azul marino de hombre talla m sin capucha con un parche negro en la manga izquierda lo dejé en el rer e el martes diez",
         "el martes 10 de noviembre", "en el RER E, en Magenta", "Uniqlo", N, N),
    ]),
    ("k12", "hats", [
        ("owner", "fr", "2026-11-18", "Bus 72", "Bonnet en laine gris chiné à revers, sans pompon, petite étiquette en cuir marron cousue sur le revers"),
        ("a", "fr", "2026-11-18", "Bus 72", "Bonnet en laine gris chiné à revers, pompon gris"),
        ("b", "fr", "2026-11-17", "Bus 72", "Bonnet gris en laine, étiquette en cuir noir sur le revers"),
        ("c", "fr", "2026-11-19", "Bus 72", "Bonnet en laine gris anthracite à revers, étiquette en cuir marron"),
        ("d", "fr", "2026-11-15", "Bus 72", "Bonnet en laine gris chiné, revers, étiquette en cuir marron"),
        ("e", "fr", "2026-11-18", "Bus 72", "Bonnet enfant en laine gris chiné à revers, étiquette en cuir marron"),
        ("f", "en", "2026-11-18", "Métro ligne 10 - Javel - André Citroën", "Light grey knitted beanie, turn-up, small brown leather tag"),
        ("g", "fr", "2026-11-18", "Bus 72", "Bonnet en cachemire gris chiné à revers, étiquette brodée"),
    ], [
        ("fr", "", "2026-11-18",
         "un bonnet pour homme gris clair chiné en laine avec un revers et une petite étiquette en cuir marron cousue dessus pas de pompon perdu dans le bus soixante douze avant hier",
         "avant-hier", "le bus 72", N, N, N),
        ("en", "+447851264093", "2026-11-17",
         "Hello, this might be a long shot, but I left my hat on the number 72 bus on Tuesday afternoon. It's just a plain light grey wool beanie, the speckled sort, with a turn-up and a little brown leather label stitched on the front. No bobble. It's a man's one, fairly big.",
         "tuesday afternoon", "the 72 bus", N, N, N),
        ("de", "+4917384520961", "2026-11-18",
         "Hallo, ich habe vorgestern im Bus 72 meine Mütze liegen lassen. Eine hellgraue, melierte Wollmütze mit Umschlag, ohne Bommel, und vorne ist ein kleines braunes Lederetikett aufgenäht. Ganz normale Erwachsenengröße.",
         "vorgestern", "im Bus 72", N, N, N),
    ]),
    # ------------------------------------------------------------------ keys
    ("k13", "keys", [
        ("owner", "fr", "2026-10-27", "Métro ligne 3 - Gambetta", "Trousseau de 3 clés sur un anneau simple, une clé à capuchon violet, badge Vigik gris"),
        ("a", "fr", "2026-10-27", "Métro ligne 3 - Gambetta", "Trousseau de 3 clés, une clé à capuchon vert, badge Vigik gris"),
        ("b", "fr", "2026-10-26", "Métro ligne 3 - Gambetta", "Trousseau de 3 clés, une clé à capuchon violet, badge Vigik bleu"),
        ("c", "fr", "2026-10-28", "Métro ligne 3 - Père Lachaise", "Trousseau de 4 clés, une clé à capuchon violet, badge Vigik gris"),
        ("d", "fr", "2026-10-24", "Métro ligne 3 - Gambetta", "Trousseau de 3 clés sur anneau simple, capuchon violet, badge Vigik gris"),
        ("e", "fr", "2026-10-27", "Métro ligne 3 - Gambetta", "Trousseau de 3 clés, une clé à capuchon violet, badge Vigik gris, porte-clés tour Eiffel"),
        ("f", "en", "2026-10-27", "Bus 61", "3 keys on a plain ring, one with a purple cap, grey door fob"),
        ("g", "fr", "2026-10-29", "Métro ligne 3 - Gambetta", "Trousseau de 2 clés, une clé à capuchon violet, badge Vigik gris"),
    ], [
        ("fr", "+33143618207", "2026-10-26",
         "Oui bonjour monsieur, j'ai perdu mes clés le lundi 26 octobre, dans le métro, sur la ligne 3, je suis descendue à Gambetta. Il y a trois clés sur un simple anneau, pas de porte-clés, et il y en a une qui a un petit capuchon violet en plastique. Et le badge de l'immeuble, il est gris.",
         "lundi 26 octobre", "ligne 3, Gambetta", N, N, N),
        ("es", "+34611573208", "2026-10-27",
         "tres llaves en una anilla sin llavero una tiene un capuchón morado y un chip gris del portal las perdí en la línea tres en gambetta el martes veintisiete",
         "el martes 27 de octubre", "en la línea 3, en Gambetta", N, N, N),
    ]),
    ("k14", "keys", [
        ("owner", "fr", "2026-11-01", "Métro ligne 14 - Olympiades", "Clé de voiture Toyota avec télécommande, 2 clés plates, porte-clés flotteur en mousse orange"),
        ("a", "fr", "2026-11-01", "Métro ligne 14 - Olympiades", "Clé de voiture Toyota, 1 clé plate, porte-clés flotteur en mousse jaune"),
        ("b", "fr", "2026-10-31", "Métro ligne 14 - Olympiades", "Clé de voiture Peugeot, 2 clés plates, porte-clés flotteur orange"),
        ("c", "fr", "2026-11-02", "Métro ligne 14 - Bibliothèque François Mitterrand", "Clé de voiture Toyota, 2 clés plates, porte-clés flotteur en mousse bleu"),
        ("d", "fr", "2026-10-29", "Métro ligne 14 - Olympiades", "Clé de voiture Toyota, 2 clés plates, porte-clés flotteur en mousse orange"),
        ("e", "en", "2026-11-01", "Métro ligne 14 - Olympiades", "Toyota car key with remote on an orange foam floating keyring, no other keys"),
        ("f", "fr", "2026-11-01", "Bus 83", "Clé de voiture Toyota, 2 clés plates, porte-clés flotteur orange"),
        ("g", "fr", "2026-11-03", "Métro ligne 14 - Olympiades", "Clé de voiture Toyota, 3 clés plates, porte-clés flotteur orange, porte-clés décapsuleur"),
    ], [
        ("de", "+41793348120", "2026-11-01",
         "Guten Tag, ich habe am Sonntag, dem 1. November, meinen Autoschlüssel in der Metro verloren, auf der Linie 14, ich bin in Olympiades ausgestiegen. Ein Toyota-Schlüssel mit Fernbedienung, dazu zwei normale Schlüssel, und ein orangefarbener Schwimmanhänger aus Schaumstoff, so einer fürs Boot.",
         "am Sonntag, 1. November", "Metro Linie 14, Olympiades", "Toyota", N, N),
        ("fr", "+33660215874", "2026-10-31",
         "clé de voiture toyota avec deux autres clés et un porte clé flotteur orange en mousse perdu ligne quatorze samedi trente et un",
         "samedi 31 octobre", "ligne 14, Olympiades", "Toyota", N, N),
    ]),
    # ------------------------------------------------------------------ glasses
    ("k15", "glasses", [
        ("owner", "fr", "2026-11-03", "Bus 21", "Lunettes de vue monture œil-de-chat bordeaux, cordon en perles bleues, étui souple gris Optical Center"),
        ("a", "fr", "2026-11-03", "Bus 21", "Lunettes de vue monture œil-de-chat bordeaux, cordon en perles blanches, étui souple gris"),
        ("b", "fr", "2026-11-02", "Bus 21", "Lunettes de vue monture œil-de-chat bordeaux, sans cordon, étui rigide noir Krys"),
        ("c", "fr", "2026-11-04", "Bus 21", "Lunettes de soleil monture œil-de-chat bordeaux, cordon en perles bleues"),
        ("d", "fr", "2026-10-31", "Bus 21", "Lunettes de vue œil-de-chat bordeaux, cordon en perles bleues, étui souple gris Optical Center"),
        ("e", "fr", "2026-11-03", "Bus 27", "Lunettes de vue monture œil-de-chat bordeaux, cordon en perles bleues, étui souple gris"),
        ("f", "en", "2026-11-03", "Bus 21", "Burgundy cat-eye glasses, blue beaded chain, no case"),
        ("g", "fr", "2026-11-05", "Bus 21", "Lunettes de vue monture ronde bordeaux, cordon en perles bleues, étui souple gris Optical Center"),
        ("h", "fr", "2026-11-03", "Bus 21", "Lunettes de vue monture œil-de-chat noire, cordon en perles bleues, étui souple gris"),
    ], [
        ("fr", "+33142519736", "2026-11-03",
         "Allô, bonjour. Voilà, j'ai oublié mes lunettes dans l'autobus 21, le mardi 3 novembre, en fin de matinée. Ce sont des lunettes de vue, la monture est bordeaux, en amande, œil-de-chat comme on dit, avec un cordon en perles bleues que ma petite-fille m'a fait. Elles étaient dans un étui souple gris, de chez Optical Center.",
         "mardi 3 novembre", "l'autobus 21", N, N, "un étui souple gris Optical Center"),
        ("en", "+447392816054", "2026-11-02",
         "hi im calling for my mum she left her glasses on the twenty one bus on monday the second her normal glasses not sunglasses burgundy cat eye frames with a blue beaded chain",
         "monday the second", "the 21 bus", N, N, "a grey soft pouch from optical center"),
        ("de", "+493078215640", "2026-11-03",
         "Guten Tag, meine Mutter hat am Dienstag, dem 3. November, ihre Brille im Bus 21 vergessen. Eine Korrekturbrille in Cat-Eye-Form, bordeauxrot, mit einer Kette aus blauen Perlen dran.",
         "am Dienstag, 3. November", "im Bus 21", N, N, "ein weiches graues Etui von Optical Center"),
    ]),
    ("k16", "glasses", [
        ("owner", "fr", "2026-10-10", "RER D - Stade de France", "Lunettes de soleil Oakley Holbrook monture noire mate, verres miroir bleus, pochette microfibre noire, branche gauche rayée"),
        ("a", "fr", "2026-10-10", "RER D - Stade de France", "Lunettes de soleil Oakley Holbrook monture noire mate, verres noirs, pochette microfibre noire"),
        ("b", "fr", "2026-10-09", "RER D - Stade de France", "Lunettes de soleil Oakley Frogskins noires, verres miroir bleus, pochette microfibre"),
        ("c", "fr", "2026-10-11", "RER D - Gare du Nord", "Lunettes de soleil Oakley Holbrook noires, verres miroir bleus, étui rigide noir Oakley"),
        ("d", "fr", "2026-10-07", "RER D - Stade de France", "Lunettes de soleil Oakley Holbrook noires, verres miroir bleus, pochette microfibre noire, branche gauche rayée"),
        ("e", "en", "2026-10-10", "RER B - Stade de France", "Oakley Holbrook sunglasses, matte black, blue mirror lenses, black microfibre bag"),
        ("f", "fr", "2026-10-10", "RER D - Stade de France", "Lunettes de soleil Oakley Holbrook monture blanche, verres miroir bleus"),
        ("g", "fr", "2026-10-12", "RER D - Stade de France", "Lunettes de soleil Ray-Ban Wayfarer noires, verres miroir bleus, pochette microfibre noire"),
    ], [
        ("en", "+353861427593", "2026-10-10",
         "Hi there, I was at the rugby at the Stade de France on Saturday the tenth, and I lost my sunglasses on the RER D on the way back into town. They're Oakley Holbrooks, matte black frame, with the blue mirrored lenses, in a black microfibre pouch. There's a scratch on the left arm.",
         "saturday the tenth", "rer d, from stade de france", "oakley", N, "a black microfibre pouch"),
        ("fr", "+33652871409", "2026-10-09",
         "lunettes de soleil oakley holbrook noires verres bleus effet miroir dans une pochette noire perdues dans le rer d vendredi neuf octobre",
         "vendredi 9 octobre", "RER D, Stade de France", "Oakley", N, "une pochette en microfibre noire"),
        ("es", "+34914736028", "2026-10-09",
         "Buenas tardes. Perdí unas gafas de sol en París, el viernes nueve o el sábado diez de octubre, no me acuerdo bien. Son unas Oakley Holbrook, negras mate, con los cristales azules de espejo.",
         "el viernes 9 o el sábado 10 de octubre", "en el RER D, volviendo del Stade de France", "Oakley", N, "una bolsita negra de microfibra"),
    ]),
    # ------------------------------------------------------------------ umbrellas
    ("k17", "umbrellas", [
        ("owner", "fr", "2026-11-13", "Bus 24", "Parapluie cloche transparent, liseré rouge, poignée crosse rouge, fermeture à scratch cassée"),
        ("a", "fr", "2026-11-13", "Bus 24", "Parapluie cloche transparent, liseré noir, poignée crosse noire"),
        ("b", "fr", "2026-11-12", "Bus 24", "Parapluie cloche transparent enfant, liseré rouge, poignée crosse rouge"),
        ("c", "fr", "2026-11-14", "Bus 24", "Parapluie pliant transparent, poignée rouge"),
        ("d", "fr", "2026-11-10", "Bus 24", "Parapluie cloche transparent, liseré rouge, poignée crosse rouge, scratch cassé"),
        ("e", "en", "2026-11-13", "Métro ligne 1 - Louvre - Rivoli", "Clear dome umbrella, red trim, red crook handle"),
        ("f", "fr", "2026-11-13", "Bus 24", "Parapluie cloche transparent à pois rouges, poignée crosse rouge"),
        ("g", "fr", "2026-11-15", "Bus 24", "Parapluie cloche transparent, liseré rouge, poignée droite en bois"),
    ], [
        ("en", "", "2026-11-13",
         "clear bubble umbrella with red trim and a red hooked handle the velcro strap is broken left it on the twenty four bus friday the thirteenth",
         "friday the thirteenth", "the 24 bus", N, N, N),
        ("de", "+4915209473318", "2026-11-12",
         "Guten Tag, ich habe am Donnerstag, dem 12. November, im Bus 24 meinen Regenschirm vergessen. Es ist so ein großer, durchsichtiger Glockenschirm mit rotem Rand und einem roten Rundgriff. Der Klettverschluss zum Zumachen ist kaputt.",
         "am Donnerstag, 12. November", "im Bus 24", N, N, N),
    ]),
    # ------------------------------------------------------------------ earbuds
    ("k18", "earbuds", [
        ("owner", "fr", "2026-10-16", "Métro ligne 5 - Oberkampf", "Écouteurs Google Pixel Buds Pro corail, boîtier dans une coque en cuir marron avec initiales « C.M. » embossées"),
        ("a", "fr", "2026-10-16", "Métro ligne 5 - Oberkampf", "Écouteurs Google Pixel Buds Pro corail, boîtier dans coque silicone rose"),
        ("b", "fr", "2026-10-15", "Métro ligne 5 - Oberkampf", "Écouteurs Google Pixel Buds A-Series blancs, coque en cuir marron"),
        ("c", "fr", "2026-10-17", "Métro ligne 5 - Bastille", "Écouteurs Google Pixel Buds Pro corail, coque en cuir marron, initiales « C.L. »"),
        ("d", "fr", "2026-10-13", "Métro ligne 5 - Oberkampf", "Écouteurs Pixel Buds Pro corail, coque en cuir marron"),
        ("e", "en", "2026-10-16", "Métro ligne 5 - Oberkampf", "Google Pixel Buds Pro, coral, brown leather case cover, left earbud missing"),
        ("f", "fr", "2026-10-16", "Métro ligne 9 - Oberkampf", "Écouteurs Google Pixel Buds Pro corail, coque en cuir marron, initiales embossées"),
        ("g", "fr", "2026-10-18", "Métro ligne 5 - Oberkampf", "Écouteurs Google Pixel Buds Pro bleu ciel, coque en cuir marron, initiales « C.M. »"),
        ("h", "fr", "2026-10-16", "Métro ligne 5 - Oberkampf", "Écouteurs Google Pixel Buds Pro 2 rose, coque en cuir marron"),
    ], [
        ("en", "+16465550192", "2026-10-16",
         "Hi, I lost my earbuds on Friday the sixteenth on metro line 5, I got off at Oberkampf. They're Google Pixel Buds Pro, the coral colour, and the case is in a brown leather cover with my initials, C M, pressed into it. Both earbuds are in there.",
         "friday the sixteenth", "line 5, oberkampf", "google", "both earbuds", "a brown leather cover with my initials c m"),
        ("es", "+34662081975", "2026-10-15",
         "auriculares google pixel bads pro color coral en una funda de cuero marrón con las iniciales ce eme los perdí en la línea cinco en oberkampf el jueves quince",
         "el jueves 15 de octubre", "en la línea 5, en Oberkampf", "Google", "los dos auriculares", "una funda de cuero marrón con mis iniciales, C. M."),
    ]),
    # ------------------------------------------------------------------ e-readers
    ("k19", "tablets", [
        ("owner", "fr", "2026-11-19", "Gare de Bercy", "Liseuse Kindle Paperwhite dans un étui à rabat en tissu vert sapin, autocollant tournesol sur le rabat"),
        ("a", "fr", "2026-11-19", "Gare de Bercy", "Liseuse Kobo Clara dans étui à rabat vert, autocollant tournesol"),
        ("b", "fr", "2026-11-18", "Gare de Bercy", "Liseuse Kindle Paperwhite, étui à rabat en tissu bleu marine"),
        ("c", "fr", "2026-11-20", "Gare de Bercy", "Liseuse Kindle Paperwhite, étui à rabat vert sapin, autocollant citron"),
        ("d", "fr", "2026-11-16", "Gare de Bercy", "Liseuse Kindle Paperwhite, étui à rabat en tissu vert, autocollant tournesol sur le rabat"),
        ("e", "en", "2026-11-19", "Gare de Lyon - hall 1", "Kindle Paperwhite e-reader, dark green fabric cover, sunflower sticker"),
        ("f", "fr", "2026-11-19", "Gare de Bercy", "Liseuse Kindle (modèle de base) noire, étui à rabat vert sapin, autocollant tournesol"),
        ("g", "fr", "2026-11-19", "Métro ligne 14 - Cour Saint-Émilion", "Tablette Amazon Fire HD 8, étui vert sapin, autocollant tournesol"),
    ], [
        ("fr", "+33782104569", "2026-11-19",
         "ma liseuse kindle paperwhite dans un étui vert foncé en tissu avec un autocollant tournesol dessus oubliée hier dans le train à la gare de bercy",
         "hier", "Gare de Bercy, dans le train", "Kindle", N, "un étui vert foncé en tissu avec un autocollant tournesol"),
        ("en", "+447418902376", "2026-11-18",
         "Hello, I think I left my Kindle on the train that came into Bercy station on Wednesday evening. It's a Paperwhite, in a dark green fabric cover that folds over, and there's a little sunflower sticker on the front.",
         "wednesday evening", "bercy station, on the train", "kindle", N, "a dark green fabric folding cover with a sunflower sticker"),
        ("de", "+4917612948305", "2026-11-19",
         "Guten Tag. Ich habe gestern im Zug meinen E-Reader liegen lassen, einen Kindle Paperwhite, in einer grünen Stoffhülle zum Aufklappen.",
         "gestern", "Gare de Bercy, im Zug aus Clermont-Ferrand", "Kindle", N, "dunkelgrüne Stoffhülle mit einem Sonnenblumen-Aufkleber"),
    ]),
    # ------------------------------------------------------------------ children
    ("k20", "children", [
        ("owner", "fr", "2026-10-25", "RER A - Marne-la-Vallée - Chessy", "Doudou éléphant Jellycat gris, attache-tétine en perles de bois « MILO », trompe recousue au fil rouge"),
        ("a", "fr", "2026-10-25", "RER A - Marne-la-Vallée - Chessy", "Doudou éléphant Jellycat gris, attache-tétine en perles de bois « MILA »"),
        ("b", "fr", "2026-10-24", "RER A - Val d'Europe", "Doudou éléphant Jellycat bleu ciel, attache-tétine en perles de bois « MILO »"),
        ("c", "fr", "2026-10-26", "RER A - Marne-la-Vallée - Chessy", "Doudou lapin Jellycat gris, attache-tétine en silicone bleu"),
        ("d", "fr", "2026-10-22", "RER A - Marne-la-Vallée - Chessy", "Doudou éléphant Jellycat gris, trompe recousue au fil rouge"),
        ("e", "en", "2026-10-25", "RER A - Marne-la-Vallée - Chessy", "Grey elephant soft toy (Ikea), dummy clip with wooden beads spelling MILO"),
        ("f", "fr", "2026-10-27", "RER A - Marne-la-Vallée - Chessy", "Doudou girafe Jellycat grise, attache-tétine en perles de bois « NOLAN »"),
        ("g", "fr", "2026-10-25", "RER A - Marne-la-Vallée - Chessy", "Doudou éléphant Jellycat gris, attache-tétine « MILO », trompe recousue au fil blanc"),
    ], [
        ("fr", "+33687215340", "2026-10-25",
         "Bonjour, on a perdu le doudou de notre fils dimanche 25 octobre, dans le RER A, en rentrant de Disneyland, à Marne-la-Vallée je pense. C'est un éléphant gris de chez Jellycat, il a la trompe recousue avec du fil rouge, et il est accroché à une attache-tétine en perles de bois avec son prénom, Milo, M-I-L-O. Il ne dort pas sans, alors s'il vous plaît...",
         "dimanche 25 octobre", "RER A, Marne-la-Vallée - Chessy", "Jellycat", N, N),
        ("en", "+447583016427", "2026-10-24",
         "hi we lost our little boys comforter on the rer a coming back from disneyland on saturday the twenty fourth its a grey jellycat elephant with a dummy clip made of wooden beads with his name milo on it and its trunk has been sewn back on with red thread",
         "saturday the twenty fourth", "rer a from disneyland", "jellycat", N, N),
        ("es", "+34628390417", "2026-10-25",
         "Buenas, perdimos el muñeco de mi hijo el domingo veinticinco, volviendo de Disney en el RER. Es un elefantito gris de Jellycat, con un sujetachupetes de bolitas de madera que pone Milo, y tiene la trompa cosida con hilo rojo.",
         "el domingo 25 de octubre", "en el RER A, desde Disneyland", "Jellycat", N, N),
    ]),
    # ------------------------------------------------------------------ jewellery
    ("k21", "watches_jewellery", [
        ("owner", "en", "2026-11-08", "Métro ligne 4 - Saint-Germain-des-Prés", "Silver Pandora charm bracelet with three charms: Eiffel Tower, letter S, red enamel heart"),
        ("a", "fr", "2026-11-08", "Métro ligne 4 - Saint-Germain-des-Prés", "Bracelet Pandora en argent, charms tour Eiffel, lettre M, cœur rouge"),
        ("b", "fr", "2026-11-07", "Métro ligne 4 - Saint-Germain-des-Prés", "Bracelet Pandora en argent, charms lettre S, cœur rose, papillon"),
        ("c", "fr", "2026-11-09", "Métro ligne 4 - Saint-Sulpice", "Bracelet Pandora en or rose, charms tour Eiffel, lettre S, cœur rouge"),
        ("d", "fr", "2026-11-05", "Métro ligne 4 - Saint-Germain-des-Prés", "Bracelet Pandora argent, charms tour Eiffel, lettre S, cœur rouge émaillé"),
        ("e", "fr", "2026-11-08", "Métro ligne 4 - Saint-Germain-des-Prés", "Bracelet Pandora en argent, 4 charms : tour Eiffel, lettre S, cœur rouge, statue de la Liberté"),
        ("f", "fr", "2026-11-08", "Bus 95", "Bracelet Pandora en argent, charms tour Eiffel, lettre S, cœur rouge"),
        ("g", "fr", "2026-11-10", "Métro ligne 4 - Saint-Germain-des-Prés", "Bracelet Thomas Sabo en argent, charms tour Eiffel, lettre S, cœur rouge"),
        ("h", "fr", "2026-11-08", "Métro ligne 4 - Saint-Germain-des-Prés", "Bracelet jonc Pandora en argent, sans charms"),
    ], [
        ("es", "+34615284309", "2026-11-08",
         "Hola, perdí una pulsera Pandora de plata el domingo ocho de noviembre en el metro, en la línea cuatro, por Saint-Germain-des-Prés. Tiene tres charms: una torre Eiffel, una letra S y un corazón rojo.",
         "el domingo 8 de noviembre", "en la línea 4, en Saint-Germain-des-Prés", "Pandora", N, N),
        ("de", "+4916287403519", "2026-11-07",
         "pandora armband silber mit drei anhängern eiffelturm buchstabe s und ein rotes herz verloren am samstag den siebten november in der metro",
         "am Samstag, 7. November", "Metro Linie 4, Saint-Germain-des-Prés", "Pandora", N, N),
        ("en", "+16175550182", "2026-11-08",
         "Hi, my daughter lost her Pandora bracelet on Sunday the eighth, on metro line 4, we'd just been to Saint-Germain. It's silver, with three charms on it: the Eiffel Tower, a letter S, and a red heart.",
         "sunday the eighth", "line 4, saint-germain-des-prés", "pandora", N, N),
    ]),
    # ------------------------------------------------------------------ sport
    ("k22", "sports", [
        ("owner", "fr", "2026-10-06", "Métro ligne 10 - Porte d'Auteuil", "Raquette de tennis Babolat Pure Drive bleue, surgrip blanc, antivibrateur smiley jaune, dans housse noire Babolat"),
        ("a", "fr", "2026-10-06", "Métro ligne 10 - Porte d'Auteuil", "Raquette de tennis Babolat Pure Drive bleue, grip noir, dans housse noire"),
        ("b", "fr", "2026-10-05", "Métro ligne 10 - Porte d'Auteuil", "Raquette de tennis Babolat Pure Aero jaune, grip blanc, antivibrateur smiley"),
        ("c", "fr", "2026-10-07", "Métro ligne 10 - Michel-Ange - Auteuil", "Raquette de tennis Babolat Pure Drive Junior bleue, housse noire"),
        ("d", "fr", "2026-10-03", "Métro ligne 10 - Porte d'Auteuil", "Raquette de tennis Babolat Pure Drive bleue, grip blanc, antivibrateur smiley jaune, housse noire"),
        ("e", "en", "2026-10-06", "Métro ligne 9 - Michel-Ange - Molitor", "Babolat Pure Drive tennis racket, blue, white grip, yellow smiley dampener, no cover"),
        ("f", "fr", "2026-10-06", "Métro ligne 10 - Porte d'Auteuil", "Raquette de tennis Wilson Ultra bleue, grip blanc, housse noire"),
        ("g", "fr", "2026-10-08", "Métro ligne 10 - Porte d'Auteuil", "Raquette de tennis Babolat Pure Drive bleue, grip blanc, antivibrateur rouge, housse noire"),
    ], [
        ("fr", "", "2026-10-06",
         "une raquette de tennis adulte babolat pure drive bleue grip blanc avec un antivibrateur smiley jaune dans sa housse noire oubliée ligne dix porte d'auteuil mardi six octobre",
         "mardi 6 octobre", "ligne 10, Porte d'Auteuil", "Babolat", N, "sa housse noire Babolat"),
        ("en", "+12065550134", "2026-10-05",
         "Hi, I left my tennis racket on the metro, line 10, on Monday the fifth, coming back from the courts near Porte d'Auteuil. It's a Babolat Pure Drive, blue, full size, with a white overgrip and a little yellow smiley-face dampener on the strings. It was in a black Babolat cover.",
         "monday the fifth", "line 10, porte d'auteuil", "babolat", N, "a black babolat cover"),
        ("es", "+34917250864", "2026-10-06",
         "Hola, me dejé la raqueta de tenis en el metro de París, en la línea diez, el martes seis de octubre. Es una Babolat Pure Drive azul, de adulto, con el grip blanco y un antivibrador amarillo con una carita sonriente, dentro de la funda negra de Babolat.",
         "el martes 6 de octubre", "en la línea 10, en Porte d'Auteuil", "Babolat", N, "la funda negra de Babolat"),
    ]),
    # ------------------------------------------------------------------ musical instrument
    ("k23", "instruments", [
        ("owner", "fr", "2026-11-15", "Métro ligne 5 - Porte de Pantin", "Violon 3/4 dans étui rigide bleu marine, archet inclus, autocollant licorne sur le couvercle"),
        ("a", "fr", "2026-11-15", "Métro ligne 5 - Porte de Pantin", "Violon 4/4 dans étui rigide bleu marine, archet inclus, autocollant licorne"),
        ("b", "fr", "2026-11-14", "Métro ligne 5 - Porte de Pantin", "Violon 1/2 dans étui rigide bleu marine, autocollant licorne"),
        ("c", "fr", "2026-11-16", "Métro ligne 5 - Porte de Pantin", "Violon 3/4 dans étui rigide noir, archet inclus, autocollant licorne"),
        ("d", "fr", "2026-11-12", "Métro ligne 5 - Porte de Pantin", "Violon 3/4 dans étui rigide bleu marine, archet inclus, autocollant licorne sur l'étui"),
        ("e", "en", "2026-11-15", "Tram T3b - Porte de Pantin", "3/4 violin in a navy hard case, bow included, unicorn sticker"),
        ("f", "fr", "2026-11-15", "Métro ligne 5 - Porte de Pantin", "Violon 3/4 dans étui rigide bleu marine, sans archet, autocollant dauphin"),
        ("g", "fr", "2026-11-17", "Métro ligne 5 - Porte de Pantin", "Alto dans étui rigide bleu marine, archet inclus, autocollant licorne"),
    ], [
        ("fr", "+33619285740", "2026-11-15",
         "Bonjour, ma fille a oublié son violon dans le métro dimanche, sur la ligne 5, en revenant de la Philharmonie, on est descendues à Porte de Pantin. C'est un violon trois quarts, dans un étui rigide bleu marine, avec un autocollant de licorne sur le dessus. L'archet est dedans.",
         "dimanche", "ligne 5, Porte de Pantin", N, "le violon et l'archet", "un étui rigide bleu marine"),
        ("de", "+33652390187", "2026-11-14",
         "Hallo, meine Tochter hat ihre Geige in der Metro liegen lassen, am Samstag oder am Sonntag, ich weiß es nicht mehr genau, auf der Linie 5 bei Porte de Pantin. Eine Dreiviertelgeige in einem dunkelblauen Hartschalenkoffer, mit Bogen, und auf dem Deckel klebt ein Einhorn.",
         "Samstag oder Sonntag", "Metro Linie 5, Porte de Pantin", N, "die Geige und der Bogen", "dunkelblauer Hartschalenkoffer"),
    ]),
    # ------------------------------------------------------------------ bike accessory
    ("k24", "bikes", [
        ("owner", "fr", "2026-11-02", "Métro ligne 6 - Glacière", "Casque de vélo Abus gris mat, taille M, lumière LED intégrée à l'arrière, autocollant « NO PLANET B »"),
        ("a", "fr", "2026-11-02", "Métro ligne 6 - Glacière", "Casque de vélo Abus gris mat, taille L, lumière LED arrière"),
        ("b", "fr", "2026-11-01", "Métro ligne 6 - Glacière", "Casque de vélo Abus noir mat, taille M, autocollant « NO PLANET B »"),
        ("c", "fr", "2026-11-03", "Métro ligne 6 - Corvisart", "Casque de vélo Decathlon B'Twin gris, taille M, lumière arrière"),
        ("d", "fr", "2026-10-30", "Métro ligne 6 - Glacière", "Casque de vélo Abus gris mat taille M, LED arrière, autocollant NO PLANET B"),
        ("e", "en", "2026-11-02", "Métro ligne 6 - Glacière", "Grey Abus bike helmet, size M, rear light, sticker 'PLAN B'"),
        ("f", "fr", "2026-11-02", "Bus 21", "Casque de vélo Abus gris mat, taille M, lumière arrière, autocollant « NO PLANET B »"),
        ("g", "fr", "2026-11-04", "Métro ligne 6 - Glacière", "Casque de vélo enfant Abus gris, autocollant dinosaure"),
    ], [
        ("en", "+447812350967", "2026-11-02",
         "grey abus bike helmet matt size medium with a little red light built into the back and a sticker that says no planet b left it on metro line six at glacière monday the second of november",
         "monday the second of november", "metro line six, glacière", "abus", N, N),
        ("es", "+34687159032", "2026-11-01",
         "Hola, buenos días. Me dejé el casco de la bici en el metro, en la línea seis, el domingo uno de noviembre. Es un casco Abus gris mate, talla M, con una lucecita roja detrás, y lleva una pegatina que pone No Planet B.",
         "el domingo 1 de noviembre", "en la línea 6, en Glacière", "Abus", N, N),
        ("de", "+4915736201948", "2026-11-02",
         "Guten Tag, ich suche meinen Fahrradhelm. Den habe ich am Montag, dem 2. November, in Paris liegen lassen. Ein grauer Helm von Abus, matt, Größe M, mit einem kleinen Rücklicht, und hinten klebt ein Aufkleber: No Planet B.",
         "am Montag, 2. November", "in der Metro, Linie 6, Glacière", "Abus", N, N),
    ]),
]

# Things in no group, of kinds register.py never generates (checked on 300,000 entries).
ABSENT = [
    ("fr", "+33612408853", "2026-11-17",
     "Bonjour, j'ai oublié une perceuse-visseuse dans le bus 38 mardi matin, une Makita bleue, dans sa mallette avec les deux batteries. C'est mon outil de travail, je suis artisan.",
     "mardi matin", "le bus 38", "Makita", "la perceuse, deux batteries et le chargeur", "une mallette bleue"),
    ("fr", "+33763019428", "2026-11-19",
     "porte bébé ergobaby gris oublié sur un banc du quai du rer b à luxembourg hier après midi",
     "hier après-midi", "RER B, Luxembourg", "Ergobaby", N, N),
    ("fr", "+33148527306", "2026-11-07",
     "Oui bonjour, c'est pour une contrebasse, enfin la housse avec la contrebasse dedans, une grande housse noire matelassée. Je l'ai laissée dans un taxi G7 le samedi 7 novembre, tard le soir, en rentrant d'un concert.",
     "samedi 7 novembre", "un taxi G7", N, N, "une grande housse noire matelassée"),
    ("en", "+447937261058", "2026-11-15",
     "Hi, I left a sleeping bag on the RER B on Sunday, a red North Face one, rolled up in its stuff sack. We'd just come in from the airport.",
     "sunday", "the rer b from the airport", "the north face", N, "a red stuff sack"),
    ("en", "+14085550119", "2026-11-18",
     "pair of white ice skates figure skates size thirty eight tied together by the laces left on line four on wednesday",
     "wednesday", "line four", N, N, N),
    ("en", "+61413720586", "2026-11-12",
     "Hello, I'm calling about a banjo, a five-string Deering, in a black hard case with a Nashville sticker on it. I left it on the 96 bus on the twelfth of November.",
     "the twelfth of november", "the 96 bus", "deering", N, "a black hard case with a nashville sticker"),
    ("en", "+447466203815", "2026-11-14",
     "my son left his hoverboard a black one with light up wheels in an uber on saturday",
     "saturday", "an uber", N, N, N),
    ("es", "+34652710493", "2026-11-16",
     "Hola, buenas, me dejé una tuba en el metro, en la línea cuatro, el lunes. Va en una funda negra enorme, con ruedas. Soy músico y la necesito para el concierto del sábado.",
     "el lunes", "en la línea 4", N, N, "una funda negra grande con ruedas"),
    ("es", "+33745882016", "2026-11-19",
     "una maqueta de arquitectura de cartón blanco en una caja de cartón grande la perdí en el rer b ayer es para la entrega de la facultad",
     "ayer", "en el RER B", N, N, "una caja de cartón grande"),
    ("es", "+34913268745", "2026-11-12",
     "Buenas tardes, perdí un cuadro pequeño, un óleo de un paisaje, envuelto en papel de burbujas, en un taxi desde Orly el jueves doce de noviembre.",
     "el jueves 12 de noviembre", "en un taxi desde Orly", N, N, "papel de burbujas"),
    ("de", "+4917028351946", "2026-11-19",
     "Guten Tag, ich habe gestern im Bus 69 eine Perücke liegen lassen, blond, schulterlang, in einer durchsichtigen Plastiktüte. Es ist eine Echthaarperücke, die ist sehr wichtig für mich.",
     "gestern", "im Bus 69", N, N, "eine durchsichtige Plastiktüte"),
    ("de", "+4915114730592", "2026-11-15",
     "stativ von manfrotto schwarz zusammengeklappt in einer grauen tasche am sonntag in der metro linie eins vergessen",
     "am Sonntag", "Metro Linie 1", "Manfrotto", N, "eine graue Tasche"),
    ("de", "+493044820173", "2026-11-10",
     "Ich habe am Dienstag, dem 10. November, eine Zither im RER C vergessen, in einem braunen Holzkoffer. Sie gehörte meiner Großmutter.",
     "am Dienstag, 10. November", "im RER C", N, N, "ein brauner Holzkoffer"),
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
    d = build()
    OUT.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT.name}: {len(d['groups'])} groups, "
          f"{sum(len(g['items']) for g in d['groups'])} items, "
          f"{sum(len(g['calls']) for g in d['groups'])} calls, {len(d['absent_calls'])} absent calls")
