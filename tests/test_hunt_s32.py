"""The eighth session's own fixes: files whose extension says nothing read by their bytes, new web and image names."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from jixiao.pipeline import detect_format, process_file

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "tests/fixtures/html_quirks/cms_article.html"
SCAN = ROOT / "tests/fixtures/scan/scan_003_p1.png"


def _records(res):
    keep = ("projects", "indicators", "budget_items", "scores")
    return {t: [{k: v for k, v in r.items() if k not in ("doc_id", "project_id", "path")} for r in res.tables[t]]
            for t in keep}


@pytest.mark.parametrize("name", ["page.shtml", "page.xhtml", "art_2023_1187.jsp", "detail.aspx", "index.php",
                                  "download", "view.do"])
def test_a_saved_web_page_under_a_servers_name_is_read_as_html(tmp_path, name):
    """A government site's page saved as `art_2023_1187.jsp`, `.shtml` or with no extension at all failed as an
    unsupported file type; it is read as the web page its bytes are, with the same records as under `.html`."""
    ref = process_file(str(PAGE))
    assert ref.tables["projects"], "the fixture holds a form"
    f = tmp_path / name
    shutil.copy(PAGE, f)
    res = process_file(str(f))
    assert res.document["status"] == ref.document["status"] and res.document["format"] == "html"
    assert _records(res) == _records(ref)


def test_a_single_file_web_page_under_another_name_is_read(tmp_path):
    page = PAGE.read_bytes()
    mht = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
           b"Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + page + b"\r\n--B--\r\n")
    f = tmp_path / "saved"
    f.write_bytes(mht)
    assert detect_format(str(f), mht) == "html"
    res = process_file(str(f))
    assert _records(res) == _records(process_file(str(PAGE)))


@pytest.mark.parametrize("head,fmt", [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "image"), (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image"), (b"GIF89a\x01\x00", "image"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image"), (b"II*\x00\x08\x00", "image"),
    (b"\xef\xbb\xbf<!DOCTYPE html><html><body>", "html"), (b"<?xml version='1.0'?>\n<html xmlns='x'>", "html"),
    (b"  <!-- saved -->\n<HTML>\n<head>", "html"), (b"<div><table><tr><td>x</td></tr></table></div>", "html"),
    (b"{\"a\": 1}", None), (b"plain words, no tags", None), (b"<note><to>x</to></note>", None), (b"\x00\x01\x02", None),
    (b"BM\x00\x00", None),            # (two bytes are too weak a sign without the name)
])
def test_a_file_without_a_telling_extension_is_known_by_its_bytes(head, fmt):
    assert detect_format("/archive/download.bin", head) == fmt
    assert detect_format("/archive/download", head) == fmt


def test_an_unknown_file_still_fails_with_a_clear_error(tmp_path):
    f = tmp_path / "notes.json"
    f.write_text('{"项目名称": "x"}', encoding="utf-8")
    res = process_file(str(f))
    assert res.document["status"] == "failed"
    assert "unsupported file type .json" in res.document["error"] and str(f) in res.document["error"]


@pytest.mark.parametrize("ext,fmt", [(".webp", "WEBP"), (".gif", "GIF"), (".jfif", "JPEG")])
def test_a_scan_saved_as_webp_gif_or_jfif_is_read(tmp_path, ext, fmt):
    """A form photographed or screenshotted and saved as WebP / GIF / .jfif (a browser's `Save image as`) failed as
    an unsupported type; it is OCR'd as any scan is. WebP lossless and GIF keep a scan's gray levels (a GIF's
    palette holds 256 grays), so the records equal the PNG's; a JPEG's are compared by project only."""
    from PIL import Image
    ref = process_file(str(SCAN))
    assert ref.tables["indicators"]
    im = Image.open(SCAN)
    buf = io.BytesIO()
    if fmt == "WEBP":
        im.save(buf, fmt, lossless=True)
    elif fmt == "GIF":
        im.convert("L").save(buf, fmt)
    else:
        im.convert("RGB").save(buf, fmt, quality=95)
    f = tmp_path / f"scan{ext}"
    f.write_bytes(buf.getvalue())
    res = process_file(str(f))
    assert res.document["format"] == "image" and res.document["status"] != "failed", res.document
    if fmt == "JPEG":
        assert [p["name"] for p in res.tables["projects"]] == [p["name"] for p in ref.tables["projects"]]
    else:
        assert _records(res) == _records(ref)


def test_a_units_column_right_of_the_target_under_no_head():
    """An export writing an empty column after every label (`一级指标 | | 二级指标 | | … | 指标值 |`) puts each target's
    unit in the blank column right of 指标值 (`≥98 | %`): `%` was read as the target and `≥98` noted under the blank
    column left of it. The trailing column of units is the unit column."""
    res = process_file(str(ROOT / "tests/fixtures/review/ct_s32_unit_after_target.txt"))
    got = [(i["level3"], i["target_raw"], i["op"], i["value"], i["unit"], i["note"]) for i in res.tables["indicators"]]
    assert got == [("清扫面积", "≥98万平方米", ">=", 98.0, "万平方米", None),
                   ("清扫达标率", "≥98%", ">=", 98.0, "%", None),
                   ("群众满意度", "≥90%", ">=", 90.0, "%", None)]
    assert res.tables["projects"][0]["budget_year"] == 1_200_000


def test_labels_of_no_column_are_kept_in_other_fields():
    """A special bond's `债券期限 | 10年 | 偿还方式 | 到期一次还本` vanished without a word (债券期限 was a known label of no
    column) and `项目收益来源 | … | 融资平衡情况 | …` was an unparsed row (the document partial): both rows are kept in
    projects.other_fields, a JSON object in form order, and nothing is lost."""
    import json
    res = process_file(str(ROOT / "tests/fixtures/review/ct_s32_bond_other_fields.txt"))
    (p,) = res.tables["projects"]
    assert json.loads(p["other_fields"]) == {"债券期限": "10年", "偿还方式": "到期一次还本",
                                             "项目收益来源": "停车费、物业用房租金", "融资平衡情况": "本息覆盖倍数1.35"}
    assert list(json.loads(p["other_fields"])) == ["债券期限", "偿还方式", "项目收益来源", "融资平衡情况"]
    assert res.document["status"] == "ok" and not res.tables["warnings"]
    assert p["budget_total"] == 456_000_000 and p["name"] == "城东片区老旧小区改造项目"


def test_other_fields_beside_known_labels_stamps_and_placeholders(tmp_path):
    """Kept beside a known label on its row (`项目名称 | … | 建设地点 | …`), a label met twice joined by `；`; a stamp's
    place and a placeholder value (`合作期限 | /`) are not kept."""
    import json
    f = tmp_path / "f.txt"
    f.write_text("2023年项目支出绩效目标表\n\n项目名称\t乡村道路养护\t建设地点\t城东街道\n"
                 "主管部门\t县交通局\t单位（盖章）\t县公路中心（盖章）\n社会资本方\t某水务环境有限公司\t\t\n"
                 "合作期限\t/\t建设地点\t北村\n年度绩效目标\t养护道路20公里\t\t\n"
                 "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t养护里程\t20公里\n", encoding="utf-8")
    res = process_file(str(f))
    (p,) = res.tables["projects"]
    assert p["name"] == "乡村道路养护" and p["department"] == "县交通局"
    assert json.loads(p["other_fields"]) == {"建设地点": "城东街道；北村", "社会资本方": "某水务环境有限公司"}
    lost = [w["message"] for w in res.tables["warnings"] if w["code"] in ("unplaced_cell", "unparsed_row")]
    # (a stamp's place is not kept: reported as before)
    assert lost == ["label of no known field with its value, not kept: 单位（盖章） | 县公路中心（盖章）"]


def test_other_fields_is_null_without_such_labels():
    res = process_file(str(ROOT / "samples" / sorted(p.name for p in (ROOT / "samples").glob("*000*.txt"))[0]))
    assert all(p["other_fields"] is None for p in res.tables["projects"])


def test_an_amount_under_a_money_label_of_no_field_is_kept_and_still_reported(tmp_path):
    """`市场化融资 | 15,000.00` is money the budget should hold: kept in other_fields, and the row is still reported
    (the document stays partial) rather than settled quietly."""
    import json
    f = tmp_path / "f.txt"
    f.write_text("2024年专项债券项目绩效目标表\n\n项目名称\t城东供水工程\t\t\n主管部门\t区水务局\t实施单位\t区水投公司\n"
                 "市场化融资（万元）\t15,000.00\t运营期\t20年\n年度绩效目标\t完成管网铺设\t\t\n"
                 "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t铺设管网长度\t≥12公里\n", encoding="utf-8")
    res = process_file(str(f))
    (p,) = res.tables["projects"]
    assert json.loads(p["other_fields"]) == {"市场化融资（万元）": "15,000.00", "运营期": "20年"}
    assert res.document["status"] == "partial"
    assert [w["code"] for w in res.tables["warnings"] if "市场化融资" in w["message"]] == ["unparsed_row"]
