#!/usr/bin/env python3
"""Makes the PDF fixtures of the PDF reader's tests from a text the test writes.

    make_pdf_fixture.py text|scan|encrypted SPEC OUT.pdf

SPEC is UTF-8 text: "L: ..." lines make the left column of the header and "R: ..." lines
the right column, side by side line by line (issuer | motto, number | place and date, as
Nghị định 30/2020 lays them out); "C: ..." is a centred line; a line "=" starts a new page;
"T: a | b | c" lines in a row make a table with ruled cells (the first row its column titles),
each cell's text wrapped to its column, as a word processor prints an assignment table; a cell
"<" is merged into the one on its left (a group title over two columns), and a line "W: 0.4 0.1 …"
before them gives the columns' shares of the width; every other line is a paragraph, wrapped to
the page width.

text       a text PDF (reportlab, DejaVu Serif embedded: Vietnamese as Unicode)
encrypted  the same, with a user password
scan       each page drawn into a 300 dpi grey image (PIL), put into a PDF with img2pdf:
           no text layer, as a scanner makes it
"""
import io
import sys

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
W, H = 595.0, 842.0            # A4 in points
LEFT, RIGHT = 85.0, 57.0       # margins (30 mm, 20 mm)
SIZE, LEADING = 13.0, 18.0


def pages_of(spec):
    """[(kind, text)] per page."""
    pages = [[]]
    for line in spec.splitlines():
        if line.strip() == "=":
            pages.append([])
        elif line[:3] in ("L: ", "R: ", "C: ", "T: ", "W: "):
            pages[-1].append((line[0], line[3:]))
        elif line.strip():
            pages[-1].append(("P", line.strip()))
    return pages


def placed_lines(page, width_of):
    """(x, y_from_top, text) for each drawn line of a page."""
    out = []
    y = 60.0
    left = [t for k, t in page if k == "L"]
    right = [t for k, t in page if k == "R"]
    for i in range(max(len(left), len(right))):
        y += LEADING
        if i < len(left):
            out.append((160 - width_of(left[i]) / 2, y, left[i]))
        if i < len(right):
            out.append((400 - width_of(right[i]) / 2, y, right[i]))
    y += LEADING
    for kind, text in page:
        if kind == "C":
            y += LEADING
            out.append(((LEFT + W - RIGHT) / 2 - width_of(text) / 2, y, text))
        elif kind == "P":
            words, line = text.split(), ""
            for w in words:
                trial = (line + " " + w).strip()
                if width_of(trial) > W - LEFT - RIGHT and line:
                    y += LEADING
                    out.append((LEFT, y, line))
                    line = w
                else:
                    line = trial
            if line:
                y += LEADING
                out.append((LEFT, y, line))
    return out


def table_rows(page):
    """The cells of the page's "T:" lines, and the page without them."""
    rows = [[c.strip() for c in t.split("|")] for k, t in page if k == "T"]
    shares = [[float(w) for w in t.split()] for k, t in page if k == "W"]
    return rows, (shares[0] if shares else None), [(k, t) for k, t in page if k not in "TW"]


def draw_table(c, rows, shares, y, width_of):
    """Draws the table under y (points from the top); returns the y under it."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle
    style = ParagraphStyle("cell", fontName="DejaVuSerif", fontSize=SIZE - 2, leading=LEADING - 3)
    widths = [0.07, 0.31, 0.16, 0.18, 0.14, 0.14]
    span = W - LEFT - RIGHT
    n = len(rows[0])
    if shares:
        widths = shares
    cols = [span * w for w in widths] if n == len(widths) else [span / n] * n
    spans = []
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            if cell == "<":
                first = k
                while first > 0 and row[first - 1] == "<":
                    first -= 1
                spans.append(("SPAN", (first - 1, r), (k, r)))
    table = Table([[Paragraph("" if cell == "<" else cell, style) for cell in row] for row in rows], colWidths=cols)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")] + spans))
    _, h = table.wrapOn(c, span, H)
    table.drawOn(c, LEFT, H - y - h)
    return y + h


def text_pdf(pages, out, password=None):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pdfencrypt import StandardEncryption
    pdfmetrics.registerFont(TTFont("DejaVuSerif", FONT))
    enc = StandardEncryption(password, canPrint=1) if password else None
    c = canvas.Canvas(out, pagesize=(W, H), encrypt=enc)
    width_of = lambda s: pdfmetrics.stringWidth(s, "DejaVuSerif", SIZE)
    for page in pages:
        c.setFont("DejaVuSerif", SIZE)
        rows, shares, page = table_rows(page)
        y = 0
        for x, y, text in placed_lines(page, width_of):
            c.drawString(x, H - y, text)
        if rows:
            draw_table(c, rows, shares, y + LEADING, width_of)
        c.showPage()
    c.save()


def scan_pdf(pages, out):
    import img2pdf
    from PIL import Image, ImageDraw, ImageFont
    dpi = 300
    scale = dpi / 72.0
    font = ImageFont.truetype(FONT, int(SIZE * scale))
    width_of = lambda s: font.getlength(s) / scale
    images = []
    for page in pages:
        img = Image.new("L", (int(W * scale), int(H * scale)), 255)
        draw = ImageDraw.Draw(img)
        for x, y, text in placed_lines(page, width_of):
            draw.text((x * scale, (y - SIZE) * scale), text, fill=0, font=font)
        buf = io.BytesIO()
        img.save(buf, format="PNG", dpi=(dpi, dpi))
        images.append(buf.getvalue())
    with open(out, "wb") as f:
        f.write(img2pdf.convert(images))


def main():
    mode, spec_path, out = sys.argv[1:4]
    with open(spec_path, encoding="utf-8") as f:
        pages = pages_of(f.read())
    if mode == "text":
        text_pdf(pages, out)
    elif mode == "encrypted":
        text_pdf(pages, out, password="secret")
    elif mode == "scan":
        scan_pdf(pages, out)
    else:
        sys.exit("unknown mode " + mode)


if __name__ == "__main__":
    main()
