"""Fix fb (session 41): review findings 2, 7, 11 and 16 on the merged s41 diff.

Expectations written by hand from the forms before running jixiao (tests/fixtures/make_s41_fb.py makes the binaries).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from tests.hunt_tools import other_fields

FIX = Path(__file__).resolve().parent / "fixtures"


def test_merged_note_over_heading_keeps_each_departments_projects(read):
    # 备注 F5:F10 merged from project 1 down over 小计, `二 | 县教育局` and both 教育局 projects; 实施单位 E9:E10 merged
    # over the two 教育局 projects. Main gave 县农业农村局 for projects 3 and 4 (the carried 备注 made `二 | 县教育局`
    # no heading).
    r = read("ct_s41_fb_carry_heading.xlsx")
    got = [(p["name"], p["department"], p["unit"]) for p in r.tables["projects"]]
    assert got == [("高标准农田建设项目", "县农业农村局", "县农业技术推广中心"),
                   ("农机购置补贴项目", "县农业农村局", "县农机服务站"),
                   ("农村义务教育学生营养改善计划", "县教育局", "县教育局"),
                   ("乡村学校校舍维修改造", "县教育局", "县教育局")]
    # the merged 备注 is still each project's, across the heading (the sheet draws it over all four)
    assert [other_fields(p).get("备注") for p in r.tables["projects"]] == ["按实际结算，结余资金收回统筹"] * 4


def _indicators(r, n):
    pid = r.tables["projects"][n]["project_id"]
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]
            if i["project_id"] == pid]


def test_lead_in_label_is_no_indicator_name(read):
    # `培训农民≥300人次，其中考核指标：培训合格率≥90%`: two indicators, the lead-in no name. Main gave
    # ("产出指标", None, "其中考核指标", "培训合格率≥90%") and, for project 3, level3 "主要指标：高血压患者规范管理率".
    r = read("ct_s41_fb_level_in_cell.txt")
    assert _indicators(r, 0)[:2] == [("产出指标", None, "培训农民", "≥300人次"),
                                     ("产出指标", None, "培训合格率", "≥90%")]
    assert _indicators(r, 2) == [("产出指标", None, "65岁以上老年人健康管理率", "≥70%"),
                                 ("产出指标", None, "高血压患者规范管理率", "≥65%"),
                                 ("效益指标", None, None, "居民健康素养水平提升"),
                                 ("满意度指标", None, "群众满意度", "≥90%")]


def test_level_label_naming_its_one_target(read):
    # `满意度指标：≥90%`: the label is the indicator's name. Main gave level3 None (the name lost).
    r = read("ct_s41_fb_level_in_cell.txt")
    assert _indicators(r, 0)[2:] == [("效益指标", None, "带动农户增收", "≥10%"),
                                     ("满意度指标", None, "满意度指标", "≥90%")]
    assert _indicators(r, 1) == [("产出指标", None, "培训人次", "≥800人次"),
                                 ("产出指标", "质量指标", "取证率", "≥60%"),
                                 ("效益指标", None, "就业率", "≥70%"),
                                 ("满意度指标", None, "满意度指标", "≥85%")]


def test_long_paragraph_read_whole(read):
    sys.path.insert(0, str(FIX))
    from make_s41_fb import LONG
    r = read("ct_s41_fb_long_paragraph.pdf")
    (p,) = r.tables["projects"]
    assert (p["name"], p["department"], p["unit"]) == ("农村人居环境整治提升项目", "某县住房和城乡建设局",
                                                      "某县住房和城乡建设局")
    assert re.sub(r"\s", "", p["overview"]) == LONG
    assert [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("产出指标", "数量指标", "新建垃圾中转站", "3座"), ("产出指标", "数量指标", "购置垃圾运输车", "8辆"),
        ("产出指标", "时效指标", "项目完成时间", "2025年11月底前"),
        ("效益指标", "社会效益指标", "生活垃圾收运处置体系覆盖率", "100%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]


def test_long_paragraph_skips_cubic_split(monkeypatch):
    # a ~33-line paragraph in one cell is one run of one cell: nothing to move, and cells_of (cubic: `centred` on every
    # (i, j) pair, each a bisect) is not asked. Main made 516 bisect_right calls for the page (0.088 s; 0.66 s for 51
    # lines), 19 now.
    import extract.pdf as X
    from jixiao.pipeline import process_file
    n, real, counts = [0], X.bisect_right, []
    orig = X._keep_wrapped_cells_whole

    def counting(*a):
        n[0] += 1
        return real(*a)

    def wrapped(*a):
        n[0] = 0
        monkeypatch.setattr(X, "bisect_right", counting)
        try:
            return orig(*a)
        finally:
            monkeypatch.setattr(X, "bisect_right", real)
            counts.append(n[0])
    monkeypatch.setattr(X, "_keep_wrapped_cells_whole", wrapped)
    process_file(str(FIX / "review" / "ct_s41_fb_long_paragraph.pdf"))
    assert counts and max(counts) < 100
