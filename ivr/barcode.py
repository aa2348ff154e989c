"""Code 128 barcodes as inline SVG, so a label printed at the counter scans back to its reference.

python-barcode encodes (code sets, checksum, the pattern of bars and spaces); this module
only draws that pattern as one SVG path in the page. python-barcode's own SVG writer makes
a standalone document styled with inline `style` attributes, which the pages'
Content-Security-Policy refuses. Barcode scanners type what they read followed by Enter,
which is exactly what the stored-items search box expects.
"""

from __future__ import annotations

from barcode import Code128
from barcode.errors import BarcodeError
from markupsafe import Markup, escape

__all__ = ["code128_modules", "code128_svg"]

_QUIET_ZONE = 10  # modules of white either side, as the standard asks


def code128_modules(text: str) -> str:
    """The barcode as modules, "1" a bar and "0" a space, Start to Stop; ValueError if
    Code 128 cannot carry the text (empty, accents, control characters)."""
    if not text or not text.isascii() or not text.isprintable():
        raise ValueError(f"Code 128 labels carry printable ASCII only, not {text!r}")
    try:
        return Code128(text).build()[0]
    except BarcodeError as error:
        raise ValueError(str(error)) from None


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
