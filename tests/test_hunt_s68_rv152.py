"""Review rv152 (session 68) of hunt nw17: its three rules tried on forms it did not test
(tests/fixtures/review/ct_s68_rv152_*, made by tests/fixtures/review/make_s68_rv152.py; each reading written down by
hand before jixiao was run): an XLSX and a DOCX 任务分解表 whose section cell is merged over its items and whose
责任单位 / 完成时限 cells are merged over one section's items and left blank, not merged, in another's (西安 2023,
郫都 2022); text dumps whose 责任领导 (南宁 2023) or 考核单位 (西宁 2022) cell is merged over a section's items as the
责任单位 and 完成时限 are; a 申报表 whose 申报 money labels stand beside 申报类型 / 申报理由 / 申报资料, its fiscal
part `其中：申报财政资金` (长治 2024), and that part spelt 申请 (晋城 2021).

Decided:
- nw17's fill of a merged 责任单位 / 完成时限 cell is a text dump's (a blank cell of a dump may be a merged cell's
  rows below its first); in a grid whose merges are known (Word, Excel, a web page, a ruled PDF, an .xls sheet) a
  blank cell is blank — a merged one is carried by its span, as a unit's already was, now a 完成时限's, a 责任领导's
  and a 考核单位's too (BASE: the XLSX's and the DOCX's blank unit, and the XLSX's blank deadline, took the item
  above's);
- nor in items read from prose (an outline's `1.…` with `牵头单位：` / `责任单位：` lines, a 考评办法's `由…考评`): an
  item naming no unit has none (BASE: at_lishan_…'s item 7 took item 6's three units, ap_guangxi_…'s item 9
  item 8's 市农业局, as did its PDF as_outline_… — fixtures of earlier sessions, of no unit there before nw17);
- a 责任领导 / 考核单位 cell merged over a section's items is each item's, as the 责任单位 and 完成时限 cells are
  (BASE: the leader and the assessor of the first item only);
- `其中：申报财政资金（万元） | 2,000.00` under `本年度申报金额（万元） | 2,350.00`: a label of the money asked for
  naming 财政 written as a part of the year's money is its fiscal part, budget_fiscal 2,000 (BASE: nw17 made
  `申报财政资金` a budget_year label, the twin of `申请财政资金`, and the part was dropped without a word where BASE's
  parent read it as budget_fiscal; `其中：申请财政资金` was lost so since before nw17).
Kept (BASE already): the 申报 labels of money (本年度申报金额: budget_year) beside 申报类型 / 申报理由 (other_fields)
and 申报资料 (an unparsed_row, no money); the XLSX's merged 责任单位 each item's.
Left: a section head of another spelling, `工作类别` over `工作任务`, is no section: a dump's merged cells under it
are not filled (a hunt of section heads, not of nw17's rule); `其中：申报资金` of no 财政 word under a total stays
the year's money's lower-ranked label (not tried).
"""
from __future__ import annotations

from tests.hunt_tools import only_project, other_fields, warning_codes

W = 10_000
P = "ct_s68_rv152_"


def _items(r, *keys):
    return [tuple(a[k] for k in keys) for a in r.tables["assessment_items"]]


def test_xlsx_blank_unit_not_merged(read):
    """XLSX: section 1's 责任领导 / 责任单位 / 完成时限 merged over both items (each one's); section 2's second item's
    cells blank, not merged (no unit, no leader, no deadline)."""
    r = read(P + "xian_unmerged_blank.xlsx")
    assert _items(r, "section", "points") == [("营商环境", 10.0)] * 2 + [("生态环境", 10.0)] * 2
    assert _items(r, "responsible", "leader", "deadline") == [
        (["区行政审批服务局"], "赵军", "2023年6月底前"),
        (["区行政审批服务局"], "赵军", "2023年6月底前"),
        (["区生态环境分局"], "孙丽", "2023年12月底前"),
        (None, None, None),
    ]


def test_docx_blank_unit_not_merged(read):
    """DOCX: section 1's 责任单位 merged over both items; section 2's second item's unit blank, not merged."""
    r = read(P + "pidu_unmerged_blank.docx")
    assert [a["section"] for a in r.tables["assessment_items"]] == ["乡村振兴"] * 2 + ["社会事业"] * 2
    assert [a["responsible"] for a in r.tables["assessment_items"]] == [
        ["区农业农村局"], ["区农业农村局"], ["区教育局"], None]


def test_dump_leader_merged(read):
    """Text dump: 责任领导, 责任单位, 完成时限 merged over each section's items (the section's cell too)."""
    r = read(P + "nanning_leader_merged.txt")
    assert _items(r, "section", "points") == [
        ("产业发展", 15.0), ("产业发展", 10.0), ("城市管理", 10.0), ("城市管理", 10.0), ("安全稳定", 15.0)]
    assert _items(r, "leader", "responsible", "deadline") == [
        ("张伟", ["区投资促进局"], "2023年12月底前"), ("张伟", ["区投资促进局"], "2023年12月底前"),
        ("李强", ["区城管局"], "2023年11月底前"), ("李强", ["区城管局"], "2023年11月底前"),
        ("王芳", ["区应急管理局"], "全年")]


def test_dump_assessor_merged(read):
    """Text dump: a 考核单位 merged over each section's items beside a 责任单位 per item."""
    r = read(P + "xining_assessor_merged.txt")
    assert _items(r, "responsible", "assessor") == [
        (["各街道党工委"], ["区委组织部"]), (["各街道党工委"], ["区委组织部"]),
        (["各街道综治中心"], ["区委政法委"]), (["各街道综治中心"], ["区委政法委"])]


def test_declare_labels_kept(read):
    """申报 money labels: the year's money and its other part; 申报类型 / 申报理由 kept, 申报资料 no money."""
    r = read(P + "changzhi_declare_labels.txt")
    p = only_project(r)
    assert (p["name"], p["year"]) == ("潞州区城区老旧供热管网改造项目", 2024)
    assert (p["budget_year"], p["budget_other"]) == (2_350 * W, 350 * W)
    assert other_fields(p)["申报类型"] == "新增项目"
    assert "申报资料" in str([w["message"] for w in r.tables["warnings"] if w["code"] == "unparsed_row"])
    assert len(r.tables["indicators"]) == 4


def test_declare_fiscal_part(read):
    """`其中：申报财政资金（万元） | 2,000.00` under the year's 2,350: budget_fiscal 2,000 (BASE's parent read it so)."""
    r = read(P + "changzhi_declare_labels.txt")
    p = only_project(r)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (2_350 * W, 2_000 * W, 350 * W)
    assert "fiscal_other_mismatch" not in warning_codes(r)


def test_apply_fiscal_part(read):
    """`其中：申请财政资金（万元） | 800.00` under `年度资金总额（万元） | 1,000.00`, `其他资金 | 200.00` below."""
    r = read(P + "jincheng_apply_fiscal_part.txt")
    p = only_project(r)
    assert (p["name"], p["year"]) == ("泽州县农村饮水安全巩固提升工程", 2021)
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (1_000 * W, 800 * W, 200 * W)
    assert not {"fiscal_other_mismatch", "unparsed_row"} & set(warning_codes(r))
    assert len(r.tables["indicators"]) == 3


def test_outline_item_of_no_unit(read):
    """Items read from prose (an outline's `1.…` under `一、…`, `牵头单位：` / `责任单位：` lines after each): an item
    naming no unit has none — prose has no merged cell to carry the one above."""
    r = read("at_lishan_task_breakdown_lead_and_responsible.txt")
    a = r.tables["assessment_items"]
    assert a[5]["responsible"] == ["区发改局", "各街道", "各相关单位"]
    assert a[6]["content"].startswith("其他主要经济指标不低于全市平均水平") and a[6]["responsible"] is None


def test_outline_item_of_no_assessor_unit(read):
    """A 考评办法 in prose (a dump, a PDF): the item whose text names no `由…考评` has no unit (the one above named
    市农业局)."""
    for name in ("ap_guangxi_assess_rules_in_prose.txt", "as_outline_items_wrapped_page.pdf"):
        a = read(name).tables["assessment_items"]
        assert a[7]["responsible"] is not None
        assert a[8]["content"].startswith("完成猪、牛品种改良任务") and a[8]["responsible"] is None
