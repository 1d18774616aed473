"""Excel number formats rendered as the sheet shows the number (extract.office._num_text)."""
from __future__ import annotations

import pytest

from extract.office import _num_text, _XML_ESCAPE

CASES = [
    # (stored value, number format, shown text)
    (170000000, None, "170000000"),
    (0.30000000000000004, None, "0.3"),                 # General: 15 significant digits, no binary noise
    (0.5, "General", "0.5"),
    (1e20, None, "100000000000000000000"),
    (0.966, "0.0%", "96.6%"),
    (0.99502487562189, "0.0%", "99.5%"),               # a ratio formula rounded as its format shows it
    (0.9000000000000001, "0%", "90%"),
    (0.95, "0.00%", "95.00%"),                          # a percent as shown (the target `≥90.0%` as written)
    (0.9, "0.0%", "90.0%"),
    (1, "0%", "100%"),
    (85, '"≥"0"公里"', "≥85公里"),                      # quoted literals print where they stand
    (84.6, '0.0"公里"', "84.6公里"),
    (90, '"≥"0"%"', "≥90%"),                            # a quoted % is a literal, not a percent format
    (90, "\\≥0\\%", "≥90%"),                            # LibreOffice's BIFF writes the escapes
    (3860000, "0\\.0,", "386.0"),                        # yuan shown as 万元: /1000 and a literal point
    (3860000, "0!.0,", "386.0"),
    (7000000, "0.0,,", "7"),                             # two scaling commas: / 1e6
    (1234.5, "#,##0.00", "1,234.50"),                   # grouped formats keep what they show
    (1234, "#,##0", "1,234"),
    (5000, "0.00", "5000"),
    (12.345, "0.00", "12.345"),
    (0.30000000000000004, "0.00", "0.3"),                # what is dropped is a double's noise: rounded
    (-5, "#,##0;(#,##0)", "-5"),                         # one minus sign, whatever the negative section shows
    (-1234.5, "#,##0.00_);(#,##0.00)", "-1,234.50"),
    (-5.5, "#,##0.00;[Red]#,##0.00", "-5.50"),           # red without a sign is negative all the same
    (-5, "#,##0", "-5"),
    (0, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', "0"),  # the accounting zero `-` is the stored 0
    (0, "0.00;-0.00;;@", "0"),                           # a hidden zero too
    (123.456, "@", "123.456"),                           # a number in a text-formatted cell: as stored
    (12, "@", "12"),
    (1286666.6666666667, "0.00", "1286666.66666667"),    # an amount keeps the digits the format hides
    (12.3456, '0.00"万元"', "12.3456万元"),
    (3.5, "[$¥-804]#,##0.00", "3.50"),     # a currency format's yuan sign is no part of the figure (review s44 rw:
    (3.5, '"¥"#,##0.00', "3.50"),          # a typed sign says yuan, hunt mq2; the format's says no unit, was `¥3.50`)
    (3.5, "[Red]0.0", "3.5"),
    (3, "000-0000", "000-0003"),                         # literals inside the integer digits
    (0.5, "#.##", ".5"),
    (12.5, "# ?/?", "12 1/2"),                           # a fraction format as Excel shows it (hunt fm5; was 12.5)
    (True, None, "是"),
]


@pytest.mark.parametrize("value,fmt,shown", CASES)
def test_number_is_written_as_shown(value, fmt, shown):
    assert _num_text(value, fmt) == shown


@pytest.mark.parametrize("fmt", ["[DBNum1]0", "0.00E+00", "[>=100]0;0.0", "yyyy-mm-dd"])
def test_formats_that_are_no_plain_number_format_give_the_stored_number(fmt):
    assert _num_text(12.5, fmt) == "12.5"


def test_excel_escapes_of_control_characters_are_decoded_once():
    unescape = lambda s: _XML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), s)  # noqa: E731
    assert unescape("项目_x000D_\n名称") == "项目\r\n名称"
    assert unescape("_x005F_x000D_") == "_x000D_"       # an escaped underscore keeps the literal text
