"""Make extract/data/font_probe.pdf: Chinese glyphs and signs drawn one per text object in reportlab's
STSong-Light, a CID font the file does not embed (as many budget-system exports do).

PDFium drops such one-glyph text objects when the machine has no Chinese font to stand in for the
font; `extract.pdfium_page.system_cjk_fonts` opens this file to find out, once per process.
"""
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "font_probe.pdf"

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
c = canvas.Canvas(str(OUT), pagesize=(200, 60))
c.setFont("STSong-Light", 10)
x = 5
for ch in "√≥≤进究解制无":
    c.drawString(x, 40, ch)
    x += 14
c.drawString(5, 20, "√≥≤进究解制无一二三")
c.save()
