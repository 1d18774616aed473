"""Hunt ly20 (session 68): a true tab dump taken for a dump typed to tab stops (fixtures ct_s68_ly20_* from
tests/fixtures/review/make_s68_ly20.py); each reading was written down by hand before jixiao was run.
Decided: a Word / Excel table exported to text with its merged cells as runs of empty cells (`主管部门\t…局\t\t实施单位
\t…中心`), a short form whose money is one sentence row, is a tab dump: `_tab_stops` now asks, besides rows that a
head's stops align, one of them at least that the tab split does not already put in the fields of that head or of a
line of four texts or more between them (a label / value row aligns by its widths alone, and so, by chance, did an
indicator row under its own head); BASE expanded the tabs and read the short form as flattened text
(`text_flattened`). One such row is enough: a small table typed to stops whose rows but one have the head's tabs
keeps its tab-stop reading.
Kept (read right on BASE): longer padded-cell dumps (runs of 2-3 empty cells, empty merged 一级 / 二级 cells, an
自评表 with 实际完成值, trailing empty cells kept by Excel) and a short 自评表 whose pairs' rows are padded read as
tab dumps; Notepad dumps typed to stops of 8 columns (and ls4's), a small one with one row out of the tab split,
read as tab-stop text.
Left: money sentences under labels `资金总额` / `资金` (`本年度资金总额520万元，…`, `年度资金总额：310万元，…`) give no
budget_year in a tab dump, and `年度资金总额860万元` after `项目资金` in a tab-stop dump none either: not hunted here.
"""
from __future__ import annotations

from tests.hunt_tools import indicator_targets, only_project, warning_codes

P = "ct_s68_ly20_"


def _lines(name: str) -> list[str]:
    from pathlib import Path

    from extract.txt import split_lines
    return split_lines((Path(__file__).parent / "fixtures" / "review" / name).read_text(encoding="utf-8"))


def test_short_padded_form_is_a_tab_dump(read):
    from extract.txt import _tab_stops
    assert _tab_stops(_lines(P + "hunan_short_padded.txt")) is None
    r = read(P + "hunan_short_padded.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["contact"]) == (
        "农村公路安防设施建设项目", "祁东县交通运输局", "祁东县公路建设养护中心", "谭伟")
    assert (p["budget_year"], p["budget_fiscal"], p["budget_other"]) == (4800000.0, 4500000.0, 300000.0)
    assert indicator_targets(r) == [("产出指标", "数量指标", "安防设施建设里程", ">=", 65.0, "公里"),
                                    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", ">=", 92.0, "%")]
    assert "text_flattened" not in warning_codes(r)


def test_short_padded_self_eval(read):
    r = read(P + "yunnan_short_self_eval.txt")
    p = only_project(r)
    assert (p["department"], p["unit"], p["contact"], p["budget_year"]) == (
        "弥渡县卫生健康局", "弥渡县寅街镇卫生院", "李红梅", 1200000.0)
    assert [(i["level3"], i["target_raw"], i["actual_raw"]) for i in r.tables["indicators"]] == [
        ("改造业务用房面积", "≥800平方米", "820平方米"), ("就诊群众满意度", "≥90%", "94%")]
    assert "text_flattened" not in warning_codes(r)


def test_padded_target_merged_levels(read):
    r = read(P + "hubei_padded_target.txt")
    p = only_project(r)
    assert (p["department"], p["unit"], p["budget_year"], p["budget_fiscal"]) == (
        "郧西县农业农村局", "郧西县农业技术推广中心", 1860000.0, 1860000.0)
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "建设农业科技示范基地", "≥5个"), ("产出指标", "数量指标", "培育农业科技示范主体", "≥300户"),
        ("产出指标", "质量指标", "主推技术到位率", "≥95%"), ("产出指标", "时效指标", "项目完成时间", "2024年12月底前"),
        ("效益指标", "经济效益指标", "示范主体增收", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "示范主体满意度", "≥90%")]
    assert "text_flattened" not in warning_codes(r)


def test_three_and_two_empty_cells(read):
    r = read(P + "gansu_three_tabs.txt")
    p = only_project(r)
    assert (p["department"], p["unit"], p["budget_total"]) == ("天水市交通运输局", "天水市公路养护中心", 4200000.0)
    assert [i["level3"] for i in r.tables["indicators"]] == [
        "日常养护里程", "安全生命防护工程", "养护路段优良率", "农村公路通行条件", "沿线群众满意度"]
    r = read(P + "guangxi_two_pad.txt")
    p = only_project(r)
    assert (p["department"], p["unit"], p["contact"]) == ("融水县水利局", "融水县农村供水站", "韦家明")
    assert indicator_targets(r)[1] == ("产出指标", "数量指标", "改造供水管网长度", ">=", 46.0, "公里")
    for name in ("gansu_three_tabs.txt", "guangxi_two_pad.txt"):
        assert "text_flattened" not in warning_codes(read(P + name))


def test_trailing_empty_cells_and_self_eval(read):
    r = read(P + "hebei_trailing_pad.txt")
    assert (only_project(r)["department"], only_project(r)["unit"]) == ("邢台市教育局", "邢台市第三中学")
    assert indicator_targets(r)[0] == ("产出指标", "数量指标", "改造教学楼面积", ">=", 4200.0, "平方米")
    r = read(P + "sichuan_padded_self_eval.txt")
    assert only_project(r)["budget_year"] == 2600000.0
    assert [(i["level2"], i["level3"], i["actual_raw"]) for i in r.tables["indicators"]][:2] == [
        ("数量指标", "新增医疗设备台套数", "16台"), ("质量指标", "设备验收合格率", "100%")]


def test_dumps_typed_to_tab_stops_keep_their_reading(read):
    from extract.txt import _tab_stops
    for name in ("jiangxi_tab_stops.txt", "shanxi_tab_stops.txt"):
        assert _tab_stops(_lines(P + name)) is not None
    r = read(P + "jiangxi_tab_stops.txt")
    p = only_project(r)
    assert (p["name"], p["department"], p["unit"], p["contact"]) == (
        "城区排水管网改造工程", "赣县区住建局", "赣县区市政服务中心", "刘晓东")
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "改造排水管网长度", "≥12公里"), ("产出指标", "数量指标", "新建雨水检查井数量", "≥300座"),
        ("产出指标", "质量指标", "管网验收合格率", "100%"), ("效益指标", "社会效益指标", "城区内涝点消除数", "≥6处"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%")]
    r = read(P + "shanxi_tab_stops.txt")
    assert (only_project(r)["unit"], only_project(r)["budget_total"]) == ("孝义市自然资源局", 15000000.0)
    assert [i["level3"] for i in r.tables["indicators"]] == [
        "修复治理面积", "植被成活率", "完工时间", "林草覆盖率提高", "周边群众满意度"]
    assert "target_missing" not in warning_codes(r)


def test_small_table_typed_to_stops_one_row_out_of_the_split(read):
    # its first two rows have the head's tabs; the third, under a merged 一级 cell, one tab more (fields 4, 6, 8 of
    # a head in 0, 3, 5, 7): the stops read it, the tab split cannot
    from extract.txt import _tab_stops
    assert _tab_stops(_lines(P + "zhejiang_small_tab_stops.txt")) is not None
    r = read(P + "zhejiang_small_tab_stops.txt")
    assert indicator_targets(r) == [("产出指标", "数量指标", "河道整治长度", ">=", 15.0, "公里"),
                                    ("效益指标", "生态效益指标", "断面水质达标率", "=", 100.0, "%"),
                                    ("效益指标", "社会效益指标", "带动就业人数", ">=", 50.0, "人")]
    assert only_project(r)["unit"] == "浦江县水务局"
