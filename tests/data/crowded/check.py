"""Self-check for crowded_tuning.json, crowded_heldout.json, crowded_heldout2.json, crowded_heldout3.json,
crowded_heldout4.json, crowded_heldout5.json, crowded_heldout6.json, crowded_heldout7.json,
crowded_heldout8.json, crowded_heldout9.json, crowded_heldout10.json, crowded_heldout11.json and
crowded_heldout12.json
(standard library only).

    python3 check.py          # exits 1 and lists the problems if anything is wrong

Checks the shapes described in README.md, unique keys, 6-10 lookalikes per group found
within 3 days of the owner's item, lost_on in [owner found_on - 3 days, owner found_on],
spoken day words in `answers.when` that agree with lost_on (calls are made on the
reference date), language balance of the calls, overall counts, and that no group item
repeats a background description.
"""
from __future__ import annotations

import collections
import datetime
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FILES = ["crowded_tuning.json", "crowded_heldout.json", "crowded_heldout2.json", "crowded_heldout3.json", "crowded_heldout4.json", "crowded_heldout5.json",
         "crowded_heldout6.json", "crowded_heldout7.json", "crowded_heldout8.json", "crowded_heldout9.json",
         "crowded_heldout10.json", "crowded_heldout11.json", "crowded_heldout12.json"]
CALL_LANGS = ("fr", "en", "es", "de")
ANSWER_KEYS = ("when", "where", "brand", "inside", "case")
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
FIRST_DAY = datetime.date(2026, 10, 1)

WEEKDAYS = {  # weekday() -> spoken forms
    0: ("lundi", "monday", "lunes", "montag"),
    1: ("mardi", "tuesday", "martes", "dienstag"),
    2: ("mercredi", "wednesday", "miércoles", "mittwoch"),
    3: ("jeudi", "thursday", "jueves", "donnerstag"),
    4: ("vendredi", "friday", "viernes", "freitag"),
    5: ("samedi", "saturday", "sábado", "samstag"),
    6: ("dimanche", "sunday", "domingo", "sonntag"),
}
YESTERDAY = ("hier", "yesterday", "ayer", "gestern")
DAY_BEFORE = ("avant-hier", "vorgestern", "anteayer", "day before yesterday")

ABSENT_KINDS = ("drone", "nintendo", "switch", "trombone", "accordéon", "accordion", "skate", "snowboard", "golf bag", "sac de golf",
                "machine à coudre", "sewing", "transport pour chat", "cat carrier", "caisse de transport", "maxi-cosi", "siège auto", "car seat", "auditif", "hearing",
                "japonais", "japanese", "canadien", "canadian", "brésilien", "brazilian", "mariée", "wedding", "housse de costume",
                # the second held-out set's absent calls (crowded_heldout2.json)
                "télescope", "telescop", "teleskop", "cerf-volant", "kite", "cometa", "drachen",
                "machine à écrire", "typewriter", "máquina de escribir", "schreibmaschine",
                "réalité virtuelle", "realidad virtual", "vr headset", "vr-brille", "casque vr", "meta quest", "oculus",
                "cornemuse", "bagpipe", "gaita", "dudelsack", "canne à pêche", "fishing rod", "caña de pescar", "angelrute",
                "babyphone", "baby monitor", "vigilabebés", "écoute-bébé", "planche de surf", "surfboard", "tabla de surf", "surfbrett",
                "échiquier", "jeu d'échecs", "chess", "ajedrez", "schach", "microscop", "mikroskop", "djembé", "djembe",
                "tente de camping", "tent", "tienda de campaña", "zelt",
                "détecteur de métaux", "metal detector", "detector de metales", "metalldetektor",
                # the third held-out set's absent calls (crowded_heldout3.json)
                "perceuse", "drill", "taladro", "bohrmaschine", "akkuschrauber",
                "porte-bébé", "porte bébé", "baby carrier", "portabebés", "babytrage",
                "contrebasse", "double bass", "contrabajo", "kontrabass",
                "sac de couchage", "sleeping bag", "saco de dormir", "schlafsack",
                "patins à glace", "ice skate", "patines de hielo", "schlittschuh",
                "banjo", "hoverboard", "gyropode", "tuba", "maquette", "maqueta", "architectural model",
                "tableau", "painting", "cuadro", "gemälde", "perruque", "wig", "peluca", "perücke",
                "trépied", "tripod", "trípode", "stativ", "cithare", "zither", "cítara",
                # the fourth held-out set's absent calls (crowded_heldout4.json)
                "cage à oiseau", "birdcage", "bird cage", "jaula", "vogelkäfig",
                "platine vinyle", "turntable", "record player", "tocadiscos", "plattenspieler",
                "aspirateur", "vacuum cleaner", "aspiradora", "staubsauger", "dyson",
                "paddle", "didgeridoo", "manette", "controller", "dualsense", "playstation",
                "boîte à outils", "caisse à outils", "toolbox", "tool box", "caja de herramientas", "werkzeug",
                "cajón", "cajon", "thermomix", "robot de cuisine", "robot de cocina", "food processor", "küchenmaschine",
                "globe terrestre", "globo terráqueo", "globus", "luge", "sled", "trineo", "schlitten",
                "chevalet", "easel", "caballete", "staffelei",
                "machine à café", "cafetière", "coffee machine", "espresso machine", "cafetera", "kaffeemaschine", "siebträger",
                # the fifth held-out set's absent calls (crowded_heldout5.json)
                "bonsaï", "bonsai", "fleuret", "escrime", "fencing", "florete", "esgrima", "florett", "fechten",
                "pétanque", "petanque", "cochonnet", "boccia", "trophée", "trophy", "trofeo", "pokal", "trophäe",
                "mandolin", "imprimante", "printer", "impresora", "drucker",
                "monocycle", "unicycle", "monociclo", "einrad", "paellera", "paella", "bandurria",
                "maniquí", "mannequin", "busto de modista", "schneiderpuppe",
                "fer à repasser", "steam iron", "plancha de ropa", "bügeleisen",
                "aquarium", "acuario", "raclette",
                # the sixth held-out set's absent calls (crowded_heldout6.json)
                "handpan", "hang drum", "mégaphone", "megaphone", "megáfono", "megafon",
                "sabre laser", "lightsaber", "sable láser", "laserschwert",
                "cricket", "bowling", "pogo", "projecteur", "projector", "proyector", "projektor", "beamer",
                "castagnette", "castanet", "castañuela", "kastagnette",
                "jambon", "jamón", "jamon", "piñata", "pinata",
                "kuckucksuhr", "cuckoo", "horloge à coucou", "reloj de cuco",
                "nain de jardin", "garden gnome", "gartenzwerg", "enano de jardín",
                "alphorn", "alpenhorn", "cor des alpes", "cuerno alpino",
                # the seventh held-out set's absent calls (crowded_heldout7.json)
                "samovar", "marionnette", "marionette", "marioneta", "puppet",
                "hamac", "hammock", "hamaca", "hängematte", "kalimba",
                "boule à neige", "snow globe", "bola de nieve", "schneekugel",
                "kettlebell", "pesa rusa", "rice cooker", "cuiseur à riz", "arrocera", "reiskocher",
                "abanico", "éventail", "fächer", "cachimba", "chicha", "narguilé", "shisha", "hookah", "wasserpfeife",
                "xylophon", "xilófono", "sextant", "laterne", "lanterne", "lantern", "farol",
                "sapin de noël", "christmas tree", "weihnachtsbaum", "árbol de navidad",
                # the eighth held-out set's absent calls (crowded_heldout8.json)
                "gaufrier", "waffle", "gofrera", "arbalète", "crossbow", "ballesta", "armbrust",
                "boomerang", "bumerán", "bumerang", "theremin", "thérémine",
                "gramophone", "gramófono", "grammophon", "grammofon",
                "boule de cristal", "crystal ball", "bola de cristal", "kristallkugel",
                "lava lamp", "lampe à lave", "lámpara de lava", "lavalampe", "botijo", "zambomba", "peineta",
                "nussknacker", "casse-noisette", "nutcracker", "cascanueces", "räuchermännchen",
                "sanduhr", "sablier", "hourglass", "reloj de arena",
                # the ninth held-out set's absent calls (crowded_heldout9.json)
                "hautbois", "oboe", "urne funéraire", "funeral urn", "urna funeraria", "cendres", "cenizas",
                "friteuse", "air fryer", "freidora", "fritteuse", "sitar", "backgammon", "trictrac",
                "abat-jour", "lampshade", "lampenschirm", "pantalla de lámpara", "hula", "cerceau",
                "bandonéon", "bandoneon", "bandoneón", "pandereta", "tambourin", "tamburin",
                "théière", "teapot", "tetera", "teekanne", "kuhglocke", "cloche de vache", "cowbell", "cencerro",
                "haarschneide", "tondeuse", "hair clipper", "cortapelos", "fondue", "caquelon",
                # the tenth held-out set's absent calls (crowded_heldout10.json)
                "moulin à café", "coffee grinder", "molinillo", "kaffeemühle",
                "extincteur", "extinguisher", "extintor", "feuerlöscher",
                "vielle à roue", "hurdy-gurdy", "zanfona", "drehleier",
                "cor d'harmonie", "french horn", "corno francés", "waldhorn",
                "pèse-personne", "bathroom scale", "báscula", "personenwaage",
                "métier à tisser", "weaving loom", "telar", "webstuhl",
                "cocotte", "le creuset", "dutch oven", "bräter",
                "mortier", "mortar", "mortero", "mörser",
                "casque de chantier", "hard hat", "casco de obra", "bauhelm", "schutzhelm",
                "dominó", "domino", "schwibbogen", "lichterbogen", "candle arch",
                "fléchettes", "dartboard", "dartscheibe", "diana de dardos",
                "sécateur", "secateurs", "pruning shears", "tijeras de podar", "rosenschere", "gartenschere",
                # the eleventh held-out set's absent calls (crowded_heldout11.json)
                "crêpière", "crepe maker", "crepera", "tire-lait", "tire lait", "breast pump", "sacaleches", "milchpumpe",
                "jumelles", "binocular", "prismáticos", "fernglas", "bodhrán", "bodhran",
                "oxygen", "oxygène", "oxígeno", "sauerstoff", "puzzle", "jigsaw", "rompecabezas",
                "pasta maker", "machine à pâtes", "máquina de pasta", "nudelmaschine",
                "belén", "nativity", "crèche de noël", "santons", "krippe", "maracas",
                "huile d'olive", "olive oil", "aceite de oliva", "olivenöl",
                "bouilloire", "kettle", "hervidor", "wasserkocher",
                "piolet", "ice axe", "eispickel", "steigeisen", "crampons",
                "spieluhr", "boîte à musique", "music box", "caja de música",
                # the twelfth held-out set's absent calls (crowded_heldout12.json)
                "cheval à bascule", "rocking horse", "caballo balancín", "caballito balancín", "schaukelpferd",
                "machine à pain", "bread machine", "bread maker", "panificadora", "brotbackautomat",
                "boulier", "abacus", "ábaco", "abakus", "bodhrán", "bodhran",
                "ship in a bottle", "bateau en bouteille", "barco en una botella", "buddelschiff", "flaschenschiff",
                "empaillé", "taxiderm", "disecad", "ausgestopft", "stuffed owl",
                "jonglage", "juggling", "malabar", "jonglier",
                "calebasse", "calabaza", "bombilla", "yerba", "maraca", "rumbakugel", "tortilla",
                "adventskranz", "couronne de l'avent", "advent wreath", "corona de adviento",
                "maßkrug", "bierkrug", "steinkrug", "beer stein", "chope de bière", "jarra de cerveza",
                "glockenspiel", "métallophone", "metalófono")

problems: list[str] = []


def bad(msg: str) -> None:
    problems.append(msg)


def day(s: str, where: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        bad(f"{where}: bad date {s!r}")
        return None


def check_answers(ans: object, lost: datetime.date | None, ref: datetime.date, where: str) -> None:
    if not isinstance(ans, dict) or tuple(sorted(ans)) != tuple(sorted(ANSWER_KEYS)):
        bad(f"{where}: answers must have exactly {ANSWER_KEYS}")
        return
    for k, v in ans.items():
        if v is not None and (not isinstance(v, str) or not v.strip()):
            bad(f"{where}: answers.{k} must be a non-empty string or null")
    when = (ans.get("when") or "").lower()
    if not when:
        bad(f"{where}: answers.when is empty")
    if lost is None or not when:
        return
    words = set(re.findall(r"[\wáéíóúäöüß-]+", when))
    if any(w in when for w in DAY_BEFORE):
        if lost != ref - datetime.timedelta(days=2):
            bad(f"{where}: when={when!r} but lost_on={lost}")
    elif words & set(YESTERDAY) or "yesterday" in when:
        if lost != ref - datetime.timedelta(days=1):
            bad(f"{where}: when={when!r} but lost_on={lost}")
    named = {wd for wd, forms in WEEKDAYS.items() if words & set(forms)}
    if named and lost.weekday() not in named:
        bad(f"{where}: when={when!r} names a weekday but lost_on={lost} is a {lost.strftime('%A')}")
    if named and (ref - lost).days > 6 and not re.search(r"\d|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci|veinte|veinti|treinta|primero|"
                                                     r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|eleventh|teenth|twenty|twentieth|thirty|thirtieth|"
                                                     r"ersten|zweiten|dritten|vierten|fünften|sechsten|siebten|siebenten|achten|neunten|zehnten|elften|zwölften|zwanzigsten|ßigsten|"
                                                     r"\b(?:premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente)\b", when):
        bad(f"{where}: when={when!r} names a bare weekday more than 6 days before the call")


def check_call(c: object, ref: datetime.date, owner_found: datetime.date | None, where: str) -> str | None:
    if not isinstance(c, dict):
        bad(f"{where}: call is not an object")
        return None
    need = {"text", "language", "caller_number", "lost_on", "answers"}
    if set(c) != need:
        bad(f"{where}: call keys {sorted(c)} != {sorted(need)}")
    if not isinstance(c.get("text"), str) or len(c.get("text", "").split()) < 4:
        bad(f"{where}: text missing or too short")
    lang = c.get("language")
    if lang not in CALL_LANGS:
        bad(f"{where}: language {lang!r}")
    num = c.get("caller_number")
    if not isinstance(num, str) or (num and not E164.match(num)):
        bad(f"{where}: caller_number {num!r} is not E.164 or empty")
    lost = day(c.get("lost_on"), where)
    if lost and lost > ref:
        bad(f"{where}: lost_on after reference date")
    if lost and owner_found:
        if lost > owner_found:
            bad(f"{where}: lost_on {lost} after owner's found_on {owner_found}")
        if lost < owner_found - datetime.timedelta(days=3):
            bad(f"{where}: lost_on {lost} more than 3 days before owner's found_on {owner_found}")
    check_answers(c.get("answers"), lost, ref, where)
    return lang


def main() -> int:
    all_group_keys: set[str] = set()
    all_item_keys: set[str] = set()
    all_descs: dict[str, str] = {}
    tot_calls: collections.Counter[str] = collections.Counter()
    tot_absent: collections.Counter[str] = collections.Counter()
    families: collections.Counter[str] = collections.Counter()
    item_langs: collections.Counter[str] = collections.Counter()
    n_groups = 0
    cross = 0
    background_spec = None
    for fname in FILES:
        path = HERE / fname
        d = json.loads(path.read_text(encoding="utf-8"))
        if set(d) != {"reference_date", "background", "groups", "absent_calls"}:
            bad(f"{fname}: top-level keys {sorted(d)}")
        ref = day(d.get("reference_date"), fname) or datetime.date(2026, 11, 20)
        bg = d.get("background", {})
        if set(bg) != {"count", "end", "per_day", "seed"}:
            bad(f"{fname}: background keys {sorted(bg)}")
        background_spec = background_spec or bg
        if bg != background_spec:
            bad(f"{fname}: background differs between files")
        groups = d.get("groups", [])
        if len(groups) < 20:
            bad(f"{fname}: only {len(groups)} groups (need 20+)")
        calls_here: collections.Counter[str] = collections.Counter()
        for g in groups:
            gk = g.get("key")
            w = f"{fname}:{gk}"
            if set(g) != {"key", "family", "items", "owner_key", "calls"}:
                bad(f"{w}: group keys {sorted(g)}")
            if gk in all_group_keys:
                bad(f"{w}: duplicate group key")
            all_group_keys.add(gk)
            families[g.get("family")] += 1
            items = g.get("items", [])
            owner = None
            descs = set()
            for it in items:
                iw = f"{w}:{it.get('key')}"
                if set(it) != {"key", "description", "language", "found_on", "found_at"}:
                    bad(f"{iw}: item keys {sorted(it)}")
                if it.get("key") in all_item_keys:
                    bad(f"{iw}: duplicate item key")
                all_item_keys.add(it.get("key"))
                if not str(it.get("key", "")).startswith(f"{gk}-"):
                    bad(f"{iw}: item key does not start with the group key")
                if it.get("language") not in ("fr", "en"):
                    bad(f"{iw}: item language {it.get('language')!r}")
                item_langs[it.get("language")] += 1
                if not it.get("description") or not it.get("found_at"):
                    bad(f"{iw}: empty description or found_at")
                if it.get("description") in descs:
                    bad(f"{iw}: description repeated in the group")
                descs.add(it.get("description"))
                if it.get("description") in all_descs:
                    bad(f"{iw}: description also used by {all_descs[it['description']]}")
                all_descs[it.get("description")] = it.get("key")
                fd = day(it.get("found_on"), iw)
                if fd and not (FIRST_DAY <= fd <= ref):
                    bad(f"{iw}: found_on {fd} outside {FIRST_DAY}..{ref}")
                if it.get("key") == g.get("owner_key"):
                    owner = it
            if owner is None:
                bad(f"{w}: owner_key {g.get('owner_key')!r} not among the items")
                continue
            of = day(owner["found_on"], w)
            looks = [it for it in items if it is not owner]
            if not 6 <= len(looks) <= 10:
                bad(f"{w}: {len(looks)} lookalikes (need 6-10)")
            for it in looks:
                fd = day(it.get("found_on"), w)
                if fd and of and abs((fd - of).days) > 3:
                    bad(f"{w}:{it['key']}: found {fd}, more than 3 days from owner's {of}")
            calls = g.get("calls", [])
            if not 2 <= len(calls) <= 3:
                bad(f"{w}: {len(calls)} calls (need 2-3)")
            for i, c in enumerate(calls):
                lang = check_call(c, ref, of, f"{w}:call{i}")
                if lang:
                    calls_here[lang] += 1
                    cross += lang != owner["language"]
        absent_here: collections.Counter[str] = collections.Counter()
        for i, c in enumerate(d.get("absent_calls", [])):
            lang = check_call(c, ref, None, f"{fname}:absent{i}")
            if lang:
                absent_here[lang] += 1
        if sum(absent_here.values()) < 12 or any(absent_here[lg] < 3 for lg in CALL_LANGS):
            bad(f"{fname}: absent calls {dict(absent_here)} (need 12+, 3+ per language)")
        n = sum(calls_here.values())
        for lg in CALL_LANGS:
            if not 0.18 * n <= calls_here[lg] <= 0.32 * n:
                bad(f"{fname}: {calls_here[lg]} {lg} calls out of {n} (keep each language near a quarter)")
        print(f"{fname}: {len(groups)} groups, {sum(len(g['items']) for g in groups)} items, {n} calls {dict(sorted(calls_here.items()))}, absent {dict(sorted(absent_here.items()))}")
        tot_calls.update(calls_here)
        tot_absent.update(absent_here)
        n_groups += len(groups)
    n_calls = sum(tot_calls.values())
    if n_groups < 40:
        bad(f"only {n_groups} groups in total (need 40+)")
    if n_calls < 100:
        bad(f"only {n_calls} calls in total (need 100+)")
    # no group item may repeat a background entry
    sys.path.insert(0, str(HERE))
    try:
        import register

        spec = background_spec or {}
        end = datetime.date.fromisoformat(spec.get("end", "2026-11-20"))
        seen = {x["description"] for x in register.background_items(spec.get("count", 30000), end=end, per_day=spec.get("per_day", 450), seed=spec.get("seed", 17))}
        clash = [k for desc, k in all_descs.items() if desc in seen]
        if clash:
            bad(f"group items identical to background entries: {clash}")
        # the absent calls rely on these kinds never appearing in the background
        leaks = [(w, x) for x in seen for w in ABSENT_KINDS if w in x.lower()]
        if leaks:
            bad(f"background contains kinds reserved for absent calls: {leaks[:5]}")
    except Exception as exc:  # noqa: BLE001
        bad(f"could not run register.background_items: {exc!r}")
    print(f"total: {n_groups} groups, {n_calls} calls {dict(sorted(tot_calls.items()))}, {cross} cross-language, absent {dict(sorted(tot_absent.items()))}")
    print(f"items by language {dict(item_langs)}; groups by family {dict(sorted(families.items()))}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
