"""Code 128 barcodes as SVG, so a label printed at the counter scans back to its reference.

A pure-Python encoder of ~100 lines saves a dependency: references are nine
digits, and barcode scanners type what they read followed by Enter, which is
exactly what the stored-items search box expects. Digits are packed two per
symbol (code set C), so a nine-digit reference is five symbols wide.
"""

from __future__ import annotations

from markupsafe import Markup, escape

__all__ = ["code128_modules", "code128_svg", "code128_values"]

# Bar and space widths (in modules) of symbol values 0-105, in the standard's order.
_WIDTHS = [
    "212222",
    "222122",
    "222221",
    "121223",
    "121322",
    "131222",
    "122213",
    "122312",
    "132212",
    "221213",
    "221312",
    "231212",
    "112232",
    "122132",
    "122231",
    "113222",
    "123122",
    "123221",
    "223211",
    "221132",
    "221231",
    "213212",
    "223112",
    "312131",
    "311222",
    "321122",
    "321221",
    "312212",
    "322112",
    "322211",
    "212123",
    "212321",
    "232121",
    "111323",
    "131123",
    "131321",
    "112313",
    "132113",
    "132311",
    "211313",
    "231113",
    "231311",
    "112133",
    "112331",
    "132131",
    "113123",
    "113321",
    "133121",
    "313121",
    "211331",
    "231131",
    "213113",
    "213311",
    "213131",
    "311123",
    "311321",
    "331121",
    "312113",
    "312311",
    "332111",
    "314111",
    "221411",
    "431111",
    "111224",
    "111422",
    "121124",
    "121421",
    "141122",
    "141221",
    "112214",
    "112412",
    "122114",
    "122411",
    "142112",
    "142211",
    "241211",
    "221114",
    "413111",
    "241112",
    "134111",
    "111242",
    "121142",
    "121241",
    "114212",
    "124112",
    "124211",
    "411212",
    "421112",
    "421211",
    "212141",
    "214121",
    "412121",
    "111143",
    "111341",
    "131141",
    "114113",
    "114311",
    "411113",
    "411311",
    "113141",
    "114131",
    "311141",
    "411131",
    "211412",
    "211214",
    "211232",
]
_STOP = "2331112"
_START_B, _START_C, _CODE_B = 104, 105, 100
_QUIET_ZONE = 10  # modules of white on each side, as the standard requires


def code128_values(text: str) -> list[int]:
    """Symbol values for `text`: start, data, checksum (the stop symbol is implicit).

    Runs of digits use code set C (two digits per symbol); a trailing odd
    digit or any other printable ASCII uses code set B.
    """
    if not text or not all(32 <= ord(ch) < 127 for ch in text):
        raise ValueError("Code 128 here takes printable ASCII text, at least one character")
    if text.isdigit():
        pairs = len(text) // 2 * 2
        values = [_START_C] + [int(text[i : i + 2]) for i in range(0, pairs, 2)]
        if pairs < len(text):
            values += [_CODE_B, ord(text[-1]) - 32]
    else:
        values = [_START_B] + [ord(ch) - 32 for ch in text]
    checksum = (values[0] + sum(i * v for i, v in enumerate(values[1:], start=1))) % 103
    return [*values, checksum]


def code128_modules(text: str) -> str:
    """The barcode as a string of modules, "1" for bar and "0" for space, stop included."""
    modules = []
    for widths in [*(_WIDTHS[v] for v in code128_values(text)), _STOP]:
        for position, width in enumerate(widths):
            modules.append(("1" if position % 2 == 0 else "0") * int(width))
    return "".join(modules)


def code128_svg(text: str, *, module_width: float = 2, height: float = 60) -> Markup:
    """An inline SVG of the barcode, with its text as the accessible name."""
    modules = _QUIET_ZONE * "0" + code128_modules(text) + _QUIET_ZONE * "0"
    path = "".join(
        f"M{start * module_width:g} 0h{length * module_width:g}v{height:g}"
        f"h-{length * module_width:g}z"
        for start, length in _bars(modules)
    )
    width = len(modules) * module_width
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="barcode" role="img" '
        f'aria-label="Barcode {escape(text)}" width="{width:g}" height="{height:g}" '
        f'viewBox="0 0 {width:g} {height:g}" shape-rendering="crispEdges">'
        f'<rect width="100%" height="100%" fill="#fff"/>'
        f'<path fill="#000" d="{path}"/></svg>'
    )


def _bars(modules: str) -> list[tuple[int, int]]:
    """(first module, width) of each bar."""
    bars: list[tuple[int, int]] = []
    for index, module in enumerate(modules):
        if module != "1":
            continue
        if bars and bars[-1][0] + bars[-1][1] == index:
            bars[-1] = (bars[-1][0], bars[-1][1] + 1)
        else:
            bars.append((index, 1))
    return bars
