"""Review rv21 of hunt sn3 (scans: `mend_percent_96` and the red seal's JPEG ghost in to_gray), on cells and arrays
made here (no OCR run).

Decided by hand:
- `96` read after a number is a percent sign only where the row does not say the number counts something else: a
  cell of the same row that is a unit alone (`人`, `个`, a 计量单位 column) or a name ending in its unit in brackets
  (`培训人数（人次）`) keeps `1296` as read (a count of 1296); a row whose unit is `%` still mends.
- A column giving its counts bare (as many bare numbers as shares among the other cells: `3000`, `2500`, `≥95%`,
  `100%`) is no column of shares: `1296` read there low stays.
- A share written with the full-width sign (`≥95％`) is a share too; a share with one decimal (`≥99.596`) is mended
  as the whole ones are (`≥99.5%`).
- Kept as sn3 decided: `≥96%` read right, `96` alone, `96人`, a number read surely, a share over 100, one other share
  only (`≥9596` stays), `85 96` (two numbers, the space is no percent sign), `2096` -> `20%` and `10096` -> `100%` in a
  column of shares read low.
- A red seal's ghost (a grey tinted red) is measured against the page's own tint: on a scan whose paper is warm
  (pinkish, (245, 225, 220)), grey print beside the seal (tinted as the paper is) stays ink; on a neutral page the
  ghost is paper as sn3 made it.
- Left: red print in a table (a red 合计 row, red targets) is turned to paper with a seal's red by to_gray's older
  step (colour alone cannot tell it from the seal's ink; telling them apart needs the seal's shape): not sn3's step,
  not changed here.
"""
from __future__ import annotations

import numpy as np
from PIL import Image

from extract.grid import Cell


def _column(texts: list[str], conf: float = 0.84, col: int = 3) -> list[Cell]:
    return [Cell(r, col, t, conf=0.99) for r, t in enumerate(texts[:-1])] + [Cell(len(texts), col, texts[-1], conf=conf)]


def _mend(cells: list[Cell], *more: Cell) -> str:
    """The column's last cell (read low) mended among the column's cells and `more` (other columns)."""
    from extract.scan import mend_percent_96
    return mend_percent_96(cells[-1], cells + list(more))


def test_unit_in_the_row_keeps_a_count():
    cells = _column(["≥95%", "100%", "≥90%", "1296"])
    assert _mend(cells) == "12%"                                    # (no unit said: a share)
    row = cells[-1].row
    assert _mend(cells, Cell(row, 4, "人", conf=0.99)) == "1296"
    assert _mend(cells, Cell(row, 4, " 个 ", conf=0.99)) == "1296"
    assert _mend(cells, Cell(row, 2, "培训人数（人次）", conf=0.99)) == "1296"
    assert _mend(cells, Cell(row, 2, "培训人数(人次)", conf=0.99)) == "1296"
    # a unit in another row is not this one's
    assert _mend(cells, Cell(0, 4, "人", conf=0.99)) == "12%"


def test_unit_percent_in_the_row_still_mends():
    cells = _column(["≥95%", "100%", "≥9096"])
    row = cells[-1].row
    assert _mend(cells, Cell(row, 4, "%", conf=0.99)) == "≥90%"
    assert _mend(cells, Cell(row, 2, "满意度（%）", conf=0.99)) == "≥90%"


def test_column_of_bare_counts_is_no_share_column():
    assert _mend(_column(["≥95%", "100%", "3000", "2500", "1296"])) == "1296"
    assert _mend(_column(["≥95%", "100%", "≥90%", "3000", "1296"])) == "12%"
    assert _mend(_column(["≥95%", "100%", "≥5000人次", "≥20个", "≥9096"])) == "≥90%"


def test_full_width_and_decimal_shares():
    assert _mend(_column(["≥95％", "100％", "≥9096"])) == "≥90%"
    assert _mend(_column(["≥95%", "100%", "≥99.596"])) == "≥99.5%"
    assert _mend(_column(["≥95%", "100%", "≥199.596"])) == "≥199.596"


def test_kept_as_sn3_decided():
    assert _mend(_column(["≥95%", "100%", "≥96%"])) == "≥96%"
    assert _mend(_column(["≥95%", "100%", "96"])) == "96"
    assert _mend(_column(["≥95%", "100%", "96人"])) == "96人"
    assert _mend(_column(["≥95%", "100%", "2096"])) == "20%"
    assert _mend(_column(["≥95%", "100%", "10096"])) == "100%"
    assert _mend(_column(["≥95%", "100%", "1096"], conf=0.95)) == "1096"
    assert _mend(_column(["≥95%", "100%", "85 96"])) == "85 96"
    assert _mend(_column(["≥95%", "≥9596"])) == "≥9596"
    assert _mend(_column(["≥95%", "≥5000人次", "≥9596"])) == "≥9596"


def _warm_page() -> np.ndarray:
    rgb = np.full((120, 200, 3), (245, 225, 220), np.uint8)   # a warm (pinkish) paper
    rgb[20:80, 40:44] = (220, 40, 40)           # the seal's red stroke
    rgb[30:50, 50:53] = (165, 150, 147)         # thin grey print beside it, tinted as the paper is
    rgb[60:70, 48:54] = (40, 30, 30)            # black print
    return rgb


def test_warm_paper_keeps_grey_print_by_the_seal():
    from extract.scan import to_gray
    g = to_gray(Image.fromarray(_warm_page()))
    assert g[30:50, 50:53].max() < 200
    assert g[60:70, 48:54].max() < 60


def test_ghost_on_warm_paper_still_paper():
    from extract.scan import to_gray
    rgb = _warm_page()
    rgb[30:50, 56:62] = (200, 150, 145)         # the seal's ghost: tinted well past the paper
    g = to_gray(Image.fromarray(rgb))
    assert (g[30:50, 56:62] == 255).all()


def test_red_print_far_from_the_seal_is_no_ghost_reach():
    """Neutral page (sn3's case): the ghost by the seal is paper, the same grey far from red ink stays."""
    from extract.scan import to_gray
    rgb = np.full((120, 200, 3), 255, np.uint8)
    rgb[20:80, 40:44] = (220, 40, 40)
    rgb[30:50, 50:56] = (176, 150, 150)
    rgb[30:50, 150:156] = (176, 150, 150)
    g = to_gray(Image.fromarray(rgb))
    assert (g[30:50, 50:56] == 255).all()
    assert g[30:50, 150:156].max() < 200


def test_bare_amounts_of_another_section_do_not_count():
    """The 100 dpi fax's table (ct_s51_sn2_fax_100dpi.png): the 资金 rows' amounts stand in the 指标值 column above
    `绩效指标`, which spans the indicator rows; only that section's bare numbers count against its shares."""
    texts = ["420.00", "400.00", "20.00", "指标值", "≥5200人次", "100%", "≥95%", "≥10%", "≥9096"]
    cells = [Cell(r + 2, 4, t, conf=0.99) for r, t in enumerate(texts)]
    cells[-1].conf = 0.84
    head = Cell(5, 0, "绩效指标", rowspan=6, conf=0.99)
    assert _mend(cells, head) == "≥90%"
    assert _mend(cells) == "≥9096"           # (no section said: the whole column, three bare amounts)
