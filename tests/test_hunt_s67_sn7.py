"""OCR glyph confusions in targets and figures (session 67 hunt `sn7`): 渭南's 目标表 printed by chromium, rendered at
85 and 72 dpi, blurred, greyed, noised and passed once through JPEG q25 (tests/fixtures/review/make_s67_sn7.py:
ct_s67_sn7_lowres_blur.png at 85 dpi, ct_s67_sn7_72dpi_blur.png, and ct_s67_sn7_strict_signs.png, the form with its
`≥` / `≤` printed `>` / `<`, at 72 dpi). What RapidOCR reads on them (checked on the images before any rule): at 85
dpi `≥91%` as `≥9196` (0.93), `≥100%` as `>100%6`, `≤0.5%` as `≤0.5%6`, the 三级指标 head as `三级播标`; at 72 dpi
`≥10座` as `>10`, `≤0.5%` as `<0.5%`, `≤11.01万元` as `<11.01万元`, `≥10.1%` as `>10.1%`, `≥101.1公里` as
`≥10L1公里`; the money `1,108.10` / `1,018.01` right on both.

Decided (extract/scan.py):
- A share after a comparison sign whose OCR line ends in `96` (`≥9196`) is re-read at its tail alone
  (`reread_percent_tails`): a tail read `91%` / `91%6` after the same digit proves the `96` a percent sign; the line is
  mended as any `%6` is (`≥91%`, the cell reported low_confidence `taken as`). Main kept `>= 9196` with no unit for
  受益群众满意度 (mend_percent_96 only takes a cell read below 0.9).
- A line opening with `>` / `<` before a figure is re-read whole at twice its size (`reread_strict_signs`): when the
  larger copy opens with `≥` / `≤` before the same figure, the sign's bar was lost and the line takes it (`>10.1%` ->
  `≥10.1%`, `<11.01万元` -> `≤11.01万元`, `>100%6` -> `≥100%`; reported low_confidence naming both). On the page
  whose signs are printed `>` / `<` every re-read said `>` / `<` again: they stay strict.
Kept: `≤0.5%6` taken as `≤0.5%` (mend_percent), the money with thousands' commas and two decimals, the 11月底前 date
left a text.
Left (strict xfails): at 72 dpi `≥10座` read `>10` and `≤0.5%` read `<0.5%` stay strict (their twice-size copies
read `>` / `<` too), `10L1公里` no figure (L for 1 with the point lost: 101 or 101.1 cannot be told); at 85 dpi the head
`三级播标` (播 for 指) is no 三级指标 head, so every name is lost (level3 null, `unparsed_row`): a look-alike for
parsers.labels.OCR_LOOKALIKES, not edited in this hunt; so is 戮 for 拨 at 72 dpi (`其中：财政戮款`, budget_fiscal
null). (Session 68, hunt sn8: both look-alikes are in OCR_LOOKALIKES now, the cell's unclosed `（万元` dropped from
the label's key: test_names_kept and test_72dpi_money pass, their xfail marks removed.) Not reproduced, so not ruled: `O`/`o` for `0`, `l`/`I` for
`1` (but `10L1`), `，` for a decimal point, `万兀` for `万元`.

The expectations were written by hand from the form before jixiao read it (money in 元, as jixiao writes it).
"""
from __future__ import annotations

import pytest

from tests.hunt_tools import only_project

NAME = "ct_s67_sn7_lowres_blur.png"
LOW = "ct_s67_sn7_72dpi_blur.png"
STRICT = "ct_s67_sn7_strict_signs.png"
W = 10_000.0


def _targets(r) -> list[tuple]:
    return [(i["level2"], i["op"], i["value"], i["unit"]) for i in r.tables["indicators"]]


def test_money_read_whole(read):
    p = only_project(read(NAME))
    assert (p["budget_year"], p["budget_fiscal"]) == (pytest.approx(1108.10 * W), pytest.approx(1018.01 * W))


def test_share_read_as_96_taken_as_percent(read):
    r = read(NAME)
    assert _targets(r)[-1] == ("服务对象满意度指标", ">=", 91.0, "%")
    assert any(w["code"] == "low_confidence" and "taken as '≥91%'" in w["message"] for w in r.tables["warnings"])


def test_percent_with_a_digit_glued_kept(read):
    t = _targets(read(NAME))
    assert t[3] == ("质量指标", "<=", 0.5, "%")
    assert t[6] == ("生态效益指标", ">=", 10.1, "%")
    assert t[5] == ("成本指标", "<=", 110100.0, "元")


def test_greater_than_read_strict_takes_its_bar_back(read):
    r = read(NAME)
    assert _targets(r)[2] == ("质量指标", ">=", 100.0, "%")
    assert any(w["code"] == "low_confidence" and "'>100%6'" in w["message"] and "taken as '≥100%'" in w["message"]
               for w in r.tables["warnings"])


def test_72dpi_signs_take_their_bar_back(read):
    t = _targets(read(LOW))
    assert t[5] == ("成本指标", "<=", 110100.0, "元")
    assert t[6] == ("生态效益指标", ">=", 10.1, "%")
    assert t[7] == ("服务对象满意度指标", ">=", 91.0, "%")


def test_72dpi_money(read):
    p = only_project(read(LOW))
    assert (p["budget_year"], p["budget_fiscal"]) == (pytest.approx(1108.10 * W), pytest.approx(1018.01 * W))


def test_strict_signs_stay_strict(read):
    ops = [i["op"] for i in read(STRICT).tables["indicators"] if i["op"]]
    assert len(ops) >= 6 and set(ops) <= {">", "<"}


@pytest.mark.xfail(strict=True, reason="`≥10座` / `≤0.5%` read `>10` / `<0.5%` at 72 dpi: the twice-size copy reads "
                   "the strict sign too, nothing on the page proves the bar")
def test_72dpi_signs_left_strict(read):
    t = _targets(read(LOW))
    assert t[0][1:3] == (">=", 10.0) and t[3] == ("质量指标", "<=", 0.5, "%")


@pytest.mark.xfail(strict=True, reason="`≥101.1公里` read `≥10L1公里` at 72 dpi: an L for a 1 with the point lost, "
                   "101 or 101.1 cannot be told from the text")
def test_72dpi_l_for_one(read):
    assert _targets(read(LOW))[1] == ("数量指标", ">=", 101.1, "公里")


def test_names_kept(read):
    names = [i["level3"] for i in read(NAME).tables["indicators"]]
    assert names[0] == "新建污水处理站" and names[-1] == "受益群众满意度"
