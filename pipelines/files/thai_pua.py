"""Thai presentation forms in the Private Use Area, as data: what each stands for.

Thai fonts made for Windows (Tahoma, TH Sarabun PSK, and fonts-thai-tlwg's) carry shifted and
shortened glyphs of marks and consonants at U+F700-U+F71A: a tone mark lowered where no upper vowel
is, moved left over a tall consonant (ป ฝ ฟ), ญ and ฐ without their tail above a lower vowel. Old
shaping (Word's PDF export among them) writes those code points into the text, so a PDF's text layer
gives "ป" + U+F701 for "ปิ". Names as in the fonts' own glyph names (``uni0E34.left`` for U+F701),
the table HarfBuzz's Thai shaper uses in the other direction.
"""

from __future__ import annotations

#: Private-use code point -> the Thai character it is a form of (a ``str.translate`` table).
THAI_PUA: dict[int, str] = {
    0xF700: "\u0e10",  # ฐ without its tail (uni0E10.descless)
    0xF701: "\u0e34",  # sara i, left (over ป ฝ ฟ)
    0xF702: "\u0e35",  # sara ii, left
    0xF703: "\u0e36",  # sara ue, left
    0xF704: "\u0e37",  # sara uee, left
    0xF705: "\u0e48",  # mai ek, low and left
    0xF706: "\u0e49",  # mai tho, low and left
    0xF707: "\u0e4a",  # mai tri, low and left
    0xF708: "\u0e4b",  # mai chattawa, low and left
    0xF709: "\u0e4c",  # thanthakhat, low and left
    0xF70A: "\u0e48",  # mai ek, low (no upper vowel)
    0xF70B: "\u0e49",  # mai tho, low
    0xF70C: "\u0e4a",  # mai tri, low
    0xF70D: "\u0e4b",  # mai chattawa, low
    0xF70E: "\u0e4c",  # thanthakhat, low
    0xF70F: "\u0e0d",  # ญ without its tail (uni0E0D.descless)
    0xF710: "\u0e31",  # mai han-akat, left
    0xF711: "\u0e4d",  # nikhahit, left
    0xF712: "\u0e47",  # maitaikhu, left
    0xF713: "\u0e48",  # mai ek, left
    0xF714: "\u0e49",  # mai tho, left
    0xF715: "\u0e4a",  # mai tri, left
    0xF716: "\u0e4b",  # mai chattawa, left
    0xF717: "\u0e4c",  # thanthakhat, left
    0xF718: "\u0e38",  # sara u, low
    0xF719: "\u0e39",  # sara uu, low
    0xF71A: "\u0e3a",  # phinthu, low
}
