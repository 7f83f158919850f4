"""Makes NotoEmoji-Regular.ttf, the fallback font the PDF draws emoji with.

Usage: python3 make.py noto-emoji-emoji-400-normal.woff NotoEmoji-Regular.ttf

The input is the emoji subset of Noto Emoji (weight 400) as the npm package
@fontsource/noto-emoji 5.3.2 ships it (files/noto-emoji-emoji-400-normal.woff);
it needs fontTools (Debian: python3-fonttools).

The PDF library addresses a font's glyphs by BMP code point only, so each
character above U+FFFF is also mapped, in code point order, to the Private
Use Area from U+E000: the cmap's format 4 subtable holds the BMP characters
and those stand-ins, its format 12 subtable both and the real code points. The
renderer draws the stand-in and gives the real character as /ActualText.
Layout tables (sequences, skin tones, flags) are dropped: the PDF draws one
glyph per character. Units per em are scaled to 1000 to keep the file small.
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

font = TTFont(sys.argv[1])
chars = [c for c in font.getBestCmap() if c >= 0x80]  # ASCII comes from the text fonts

opts = subset.Options()
opts.layout_features = []
opts.name_IDs = ["*"]
opts.notdef_outline = True
opts.hinting = False
opts.drop_tables += ["GSUB", "GPOS", "STAT", "vhea", "vmtx", "gasp"]
sub = subset.Subsetter(opts)
sub.populate(unicodes=chars)
sub.subset(font)
font.flavor = None

full = dict(font.getBestCmap())
bmp = {c: g for c, g in full.items() if c <= 0xFFFF}
for i, c in enumerate(sorted(c for c in full if c > 0xFFFF)):
    assert 0xE000 + i <= 0xF8FF, "more characters than the Private Use Area holds"
    bmp[0xE000 + i] = full[c]
every = {**full, **bmp}
font["cmap"].tables = []
for pid, eid, fmt, m in [(0, 3, 4, bmp), (3, 1, 4, bmp), (0, 4, 12, every), (3, 10, 12, every)]:
    st = CmapSubtable.newSubtable(fmt)
    st.platformID, st.platEncID, st.language, st.cmap = pid, eid, 0, m
    font["cmap"].tables.append(st)
scale_upem(font, 1000)
font.save(sys.argv[2])
print(len(full), "characters,", font["maxp"].numGlyphs, "glyphs")
