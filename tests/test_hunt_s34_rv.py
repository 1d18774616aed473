"""Review RV (session 34): five faults a reviewer reproduced with small inputs — a name ending in a figure split into
name and target, a level's points read as a target, a monitoring row's equal values taken for a merged span, a
department's value on a sign-off row dropped, a breakdown's 合计 winning over the parts table's total by dict order."""
from __future__ import annotations

from extract.txt import _span_runs
from jixiao.pipeline import process_file
from parsers.core import split_name_and_target


def _read(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return process_file(p).tables


def test_a_name_with_a_figure_in_it_stays_whole(tmp_path):
    """`PM2.5年均浓度` / `国道G210沿线绿化` with no target cell: one name (they were split into `PM` + `2.5年均浓度`);
    a figure ending the cell with a short unit is still the target (`保洁面积180万平方米`)."""
    assert split_name_and_target("PM2.5年均浓度") == (None, "PM2.5年均浓度")
    assert split_name_and_target("国道G210沿线绿化") == (None, "国道G210沿线绿化")
    assert split_name_and_target("保洁面积180万平方米") == ("保洁面积", "180万平方米")
    assert split_name_and_target("培训人数500人次") == ("培训人数", "500人次")
    t = _read(tmp_path, "pm25.txt", "2024年项目支出绩效目标申报表\n项目名称\t大气污染防治\n"
              "主管部门\t某市生态环境局\t实施单位\t某市环境监测站\n年度预算（万元）\t300\n"
              "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t监测站点数量\t12个\n"
              "效益指标\t生态效益指标\tPM2.5年均浓度\t\n效益指标\t生态效益指标\t国道G210沿线绿化\t\n"
              "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n")
    got = [(i["level3"], i["target_raw"]) for i in t["indicators"]]
    assert ("PM2.5年均浓度", None) in got and ("国道G210沿线绿化", None) in got
    assert ("监测站点数量", "12个") in got


def test_a_levels_points_are_no_target(tmp_path):
    """`指标 | 得分情况` over `产出指标 | 48.5分`: a level's points, no indicator with the target 48.5分."""
    t = _read(tmp_path, "pairs.txt", "2023年度项目支出绩效自评报告\n项目名称\t城区环卫保洁\n"
              "主管部门\t某区城市管理局\t实施单位\t某区环卫所\n年度资金总额（万元）\t300\n"
              "指标\t得分情况\n产出指标\t48.5分\n效益指标\t28分\n满意度指标\t9分\n")
    assert not any((i["target_raw"] or "").endswith("分") for i in t["indicators"])


def test_equal_values_of_a_monitoring_row_are_no_merged_span(tmp_path):
    """`村容村貌 | 明显改善 | 明显改善 | 明显改善` (target, 1–7月执行, 全年预计) keeps its progress value; a label
    repeated over a merged span (`总分 | 总分 | 总分`) is still written once."""
    assert _span_runs(["村容村貌", "明显改善", "明显改善", "明显改善"]) == ["村容村貌", "明显改善", "明显改善", "明显改善"]
    assert _span_runs(["总分", "总分", "总分", "100"]) == ["总分", "", "", "100"]
    t = _read(tmp_path, "spanruns.md", "# 2024年项目绩效运行监控表\n\n| 项目名称 | 农村人居环境整治 | | | | |\n"
              "|---|---|---|---|---|---|\n| 主管部门 | 某县农业农村局 | 实施单位 | 某县农业农村局 | | |\n"
              "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 1-7月执行情况 | 全年预计完成情况 |\n"
              "| 产出指标 | 数量指标 | 改厕户数 | 500户 | 320户 | 500户 |\n"
              "| 效益指标 | 社会效益指标 | 村容村貌 | 明显改善 | 明显改善 | 明显改善 |\n"
              "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 92% | 92% |\n")
    row = next(i for i in t["indicators"] if i["level3"] == "村容村貌")
    assert (row["target_raw"], row["progress_raw"]) == ("明显改善", "明显改善")


def test_a_departments_value_on_a_signoff_row_is_read(tmp_path):
    """`主管部门（盖章）：某县交通运输局 | 单位负责人：张三 | …`: the department is read (the （盖章） mark made the
    row a sign-off row, and its value was dropped)."""
    t = _read(tmp_path, "signoff.txt", "2024年项目支出绩效目标申报表\n项目名称\t乡村道路建设\n实施单位\t某县公路中心\n"
              "年度预算（万元）\t500\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t新建道路\t≥5公里\n"
              "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n"
              "主管部门（盖章）：某县交通运输局\t单位负责人：张三\t填表人：李四\t联系电话：0351-1234567\n")
    p = t["projects"][0]
    assert (p["department"], p["contact"], p["phone"]) == ("某县交通运输局", "李四", "0351-1234567")


def test_a_parts_tables_total_wins_over_a_breakdowns_whatever_the_order(tmp_path):
    """A breakdown (`明细 | 金额 | 测算依据`, 合计 500) above a table of the money's parts (`支出内容 | 金额 | 财政拨款 |
    其他资金`, 合计 800): the project's total is the parts table's 800 (the breakdown's came first in the dict and won)."""
    t = _read(tmp_path, "lines.txt", "2024年项目支出绩效目标申报表\n项目名称\t城区道路维修\n"
              "主管部门\t某县住建局\t实施单位\t某县市政所\n项目预算（万元）\t明细\t金额\t测算依据\n"
              "\t材料费\t300\t按市场价\n\t人工费\t200\t按定额\n\t合计\t500\t\n"
              "资金来源（万元）\t支出内容\t金额\t财政拨款\t其他资金\n\t维修工程\t700\t500\t200\n\t监理\t100\t100\t0\n"
              "\t合计\t800\t600\t200\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维修道路\t≥5公里\n")
    p = t["projects"][0]
    assert (p["budget_total"], p["budget_fiscal"], p["budget_other"]) == (8000000.0, 6000000.0, 2000000.0)
