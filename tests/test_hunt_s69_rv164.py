"""Review rv164 (session 69) of hunt of16: its encoding sniffing (jixiao.pipeline._wide_encoding,
extract.txt.guess_wide: UTF-16 / UTF-32 by their NULs' pattern) on files that are no wide text, and its
extract.txt._short_rows_placed (a Word dump's row one cell short under a head with a narrow empty column) on rows
of other dumps (tests/fixtures/review/ct_s69_rv164_*, made by tests/fixtures/review/make_s69_rv164.py). Each
reading was written down by hand before the run.

Decided (wrong on BASE, fixed):
- a 绩效自评表's row one cell short under the narrow column holds more than one text after its name (年度指标值,
  实际完成值, 分值, 得分: `\\t\\t修复水毁路段\\t≥12处\\t12处\\t15\\t15`): of16's rule moved only a row whose one text
  after the name was its last, so this row was read one column off (target `12处` taken from 实际完成值, the
  actual `15`, the weight the score's, the score lost); now the name's next text and every text after it move on
  to the head's next field, when each then stands in a field the head or its full rows fill and the row grows no
  wider than the head;
- so a 申报表's short row with a 备注 after its value (`\\t\\t改造老旧管网长度\\t≥35公里\\t含入户管网`) has its value
  read (BASE: its target lost without a warning).
Kept (read right on BASE, guards): `_wide_encoding` finds no wide text in a 32-bit BMP whose pixels are CJK code
points, a WAV of 32-bit samples, GB18030 or UTF-8 text padded with NULs (a file zero-filled after a crash), a PNG;
the rows of of16's own fixtures and unit test; a short row under an operator column (the narrow column's full
rows hold `≥`), its qualitative value's cell merged over the operator's and the value's (`\\t\\t种苗检疫\\t全部检疫合格`):
left as it is (a field its full rows fill), the reader takes the value from the operator's column.
Left: nothing found wrong in of16's encoding sniffing (UTF-32 is tried only on whole 4-byte units, a quarter of
NULs at least, no NUL decoded, text-like characters; binaries and padded text fail one of those).
"""
from __future__ import annotations

import struct
import zlib

import pytest

from tests.hunt_tools import indicator_targets, only_project, warning_codes

PRE = "ct_s69_rv164_"
W = 10000.0
P, E, S = "产出指标", "效益指标", "满意度指标"


def _fields(p) -> tuple:
    return p["name"], p["department"], p["unit"], p["budget_year"]


def _self(r) -> list[tuple]:
    return [(i["level3"], i["op"], i["value"], i["unit"], i["actual_raw"], i["weight"], i["score"])
            for i in r.tables["indicators"]]


def test_self_evaluation_short_row_with_actual_weight_and_score(read):
    r = read(PRE + "self_short.txt")
    assert r.document["status"] == "ok"
    assert _fields(only_project(r)) == ("农村公路养护项目", "黔东南州交通运输局", "剑河县公路管理段", 320 * W)
    assert _self(r) == [("养护农村公路里程", ">=", 150.0, "公里", "156公里", 15.0, 15.0),
                        ("修复水毁路段", ">=", 12.0, "处", "12处", 15.0, 15.0),
                        ("路面技术状况指数", ">=", 80.0, None, "82", 20.0, 20.0),
                        ("群众出行条件改善", None, None, None, "明显改善", 30.0, 28.0),
                        ("沿线群众满意度", ">=", 90.0, "%", "93%", 10.0, 10.0)]
    assert [i["level2"] for i in r.tables["indicators"]] == ["数量指标", "数量指标", "质量指标", "社会效益指标",
                                                          "服务对象满意度指标"]
    assert "weights_not_100" not in warning_codes(r)


def test_declaration_short_row_with_a_remark(read):
    r = read(PRE + "remark_short.txt")
    assert r.document["status"] == "ok"
    assert _fields(only_project(r)) == ("农村饮水安全巩固提升工程", "定西市水务局", "通渭县农村供水管理站", 540 * W)
    assert indicator_targets(r) == [
        (P, "数量指标", "新建集中供水工程", ">=", 6.0, "处"), (P, "数量指标", "改造老旧管网长度", ">=", 35.0, "公里"),
        (P, "数量指标", "新增受益人口", ">=", 1.2, "万人"), (E, "社会效益指标", "农村自来水普及率", ">=", 92.0, "%"),
        (S, "服务对象满意度指标", "受益群众满意度", ">=", 90.0, "%")]
    assert "target_missing" not in warning_codes(r)


def test_short_rows_placed_moves_the_texts_after_the_name():
    from extract.txt import _short_rows_placed
    head = "一级指标\t二级指标\t三级指标\t\t年度指标值\t实际完成值\t分值\t得分"
    full = "产出指标\t数量指标\t养护农村公路里程\t\t≥150公里\t156公里\t15\t15"
    assert _short_rows_placed([head, full, "\t\t修复水毁路段\t≥12处\t12处\t15\t15"])[2] == \
        "\t\t修复水毁路段\t\t≥12处\t12处\t15\t15"
    # (not moved: a row that would grow wider than the head; a text before the name outside the head's fields;
    # no text right before the first one outside them; a row opening with a text)
    for row in ("\t\t修复水毁路段\t≥12处\t12处\t15\t15\t15", "\t\t\t修复水毁路段\t≥12处", "\t\t\t≥12处\t12处\t15\t15",
                "产出指标\t\t修复水毁路段\t≥12处\t12处\t15\t15"):
        assert _short_rows_placed([head, full, row])[2] == row


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    raw = b"".join(b"\x00" + bytes(range(48)) for _ in range(16))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _bmp32() -> bytes:
    pixels = b"".join(struct.pack("<I", 0x4E00 + n) for n in range(64 * 64))      # (each pixel a CJK code point)
    return b"BM" + struct.pack("<IHHI", 54 + len(pixels), 0, 0, 54) + \
        struct.pack("<IiiHHIIiiII", 40, 64, 64, 1, 32, 0, len(pixels), 2835, 2835, 0, 0) + pixels


def _wav32() -> bytes:
    samples = b"".join(struct.pack("<i", 0x4E00 + n % 512) for n in range(2000))
    return b"RIFF" + struct.pack("<I", 36 + len(samples)) + b"WAVEfmt " + \
        struct.pack("<IHHIIHH", 16, 1, 1, 8000, 32000, 4, 32) + b"data" + struct.pack("<I", len(samples)) + samples


_TEXT = "项目名称\t农村公路养护项目\r\n主管部门\t黔东南州交通运输局\r\n" * 20


@pytest.mark.parametrize("data", [_png(), _bmp32(), _wav32(), _TEXT.encode("gb18030") + b"\x00" * 8192,
                                  _TEXT.encode("utf-8") + b"\x00" * 8192], ids=["png", "bmp32", "wav32", "gbk_nuls",
                                                                                "utf8_nuls"])
def test_no_wide_text_sniffed_in_binary_or_padded_text(data):
    from extract.txt import guess_wide
    from jixiao.pipeline import _wide_encoding, detect_format
    assert _wide_encoding(data) is None
    assert guess_wide(data[:len(data) // 4 * 4]) is None
    tabs = b"\t" in data[:1024] and b"\x00" not in data[:1024]     # (a tab text under an office name: text)
    for ext, fmt in ((".doc", "docx"), (".xls", "xlsx"), (".rtf", "docx"), (".ods", "xlsx")):
        assert detect_format("表" + ext, data) == ("txt" if tabs and ext in (".doc", ".xls") else fmt)


def test_short_row_value_merged_over_an_operator_column(read):
    # (the narrow column holds the full rows' `≥`: a field its full rows fill, the short row left as it is, and the
    # reader takes the qualitative value from the operator's column)
    r = read(PRE + "op_column.txt")
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("新建标准化果园面积", "≥2000亩"), ("果园建设验收合格率", "≥95%"), ("种苗检疫", "全部检疫合格"), ("果农户均增收", "≥3000元")]
    assert indicator_targets(r)[2] == (P, "质量指标", "种苗检疫", None, None, None)
