"""Hunt pf1 (pathological input): cells holding a run of tens of thousands of spaces (a reviewer's text dump of a
100,000-character project name, a 40,000-character indicator and a target `≥1` + 30,000 spaces + `km路段`) took the
readers' patterns 5-23 s of CPU each (a `\\s*…\\s*$` pattern tries every space of the run as a start): a batch over
an archive stalled on one odd file. Now a run of more than 200 spaces is cut to 200 before the form is read
(`space_run_cut` warning) and the file reads in a fraction of a second. The forms are made here from short patterns
(no 140 KB fixture); long cells with no run of spaces (a 200,000-character line, 50,000 `≥` / digits / `%`, 20,000
tabs) were linear already."""
from __future__ import annotations

import signal
from contextlib import contextmanager

import pytest

from jixiao.pipeline import process_file
from tests.hunt_tools import indicator_targets, only_project, warning_codes

HEAD = "一级指标\t二级指标\t三级指标\t指标值\n"
ROW = "产出指标\t数量指标\t道路长度\t≥10公里\n"
TAIL = "效益指标\t社会效益指标\t群众满意度\t≥90%\n"
SPACES = " " * 30000
LIMIT = 4.0          # CPU seconds: each form reads in < 0.2 s now; main took 5-23 s


@contextmanager
def _within(seconds: float):
    """Fail (rather than stall the suite) when the block takes more than `seconds` of CPU time (the process's own, so
    a busy machine does not make it fail)."""
    def _late(signum, frame):
        raise TimeoutError(f"still running after {seconds} s of CPU time")
    old = signal.signal(signal.SIGVTALRM, _late)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, old)


@pytest.fixture(scope="module")
def timed(tmp_path_factory):
    """`timed(text)`: the text written as a dump and read by process_file within LIMIT s of CPU (the readers'
    patterns compiled first by reading a plain form, outside the limit)."""
    d = tmp_path_factory.mktemp("pf1")
    warm = d / "warm.txt"
    warm.write_text("项目名称\t农村道路\n主管部门\t某某县财政局\n年度资金总额（万元）\t100\n" + HEAD + ROW + TAIL,
                    encoding="utf-8")
    process_file(str(warm))

    def run(name: str, text: str):
        p = d / name
        p.write_text(text, encoding="utf-8")
        with _within(LIMIT):
            r = process_file(str(p))
        # (process_file keeps a reader's exception as the document's error: the CPU limit's too)
        assert not r.document.get("error"), r.document.get("error")
        return r
    return run


def test_reviewers_file_of_long_cells(timed):
    # the reviewer's odd_long.txt: 项目名称 | 100,000 × 农; a target `≥1` + 30,000 spaces + `km路段` beside a
    # 40,003-character indicator. main: 20 s of CPU in parsers.tables._target_text's `_END_NOTE` search and
    # normalize_indicator's split_named_target
    r = timed("odd_long.txt", "项目名称\t" + "农" * 100000 + "\n" + "一级指标\t二级指标\t三级指标\t指标值\n"
              "产出指标\t数量指标\t" + "安全" * 20000 + "零事故\t≥1" + SPACES + "km路段\n")
    assert only_project(r)["name"] == "农" * 100000
    ind = r.tables["indicators"]
    assert [(i["level1"], i["level2"], i["level3"], i["op"], i["value"], i["unit"], i["qualifier"]) for i in ind] == \
        [("产出指标", "数量指标", "安全" * 20000 + "零事故", ">=", 1.0, "km", "路段")]
    assert "space_run_cut" in warning_codes(r)


def test_spaces_inside_a_target(timed):
    # `≥` + 30,000 spaces + `10公里`. main: 20 s of CPU (the same searches)
    r = timed("tgt.txt", "项目名称\t农村道路\n" + HEAD + "产出指标\t数量指标\t道路长度\t≥" + SPACES + "10公里\n" + TAIL)
    assert indicator_targets(r) == [("产出指标", "数量指标", "道路长度", ">=", 10.0, "公里"),
                                    ("效益指标", "社会效益指标", "群众满意度", ">=", 90.0, "%")]


def test_spaces_inside_an_indicator_name(timed):
    # `道路` + 30,000 spaces + `长度` under 三级指标. main: 10 s of CPU in normalize_indicator (the core mark's and
    # the numbering's patterns on the name)
    r = timed("name.txt", "项目名称\t农村道路\n" + HEAD + "产出指标\t数量指标\t道路" + SPACES + "长度\t≥10公里\n" + TAIL)
    assert [(i[3], i[4], i[5]) for i in indicator_targets(r)] == [(">=", 10.0, "公里"), (">=", 90.0, "%")]
    assert r.tables["indicators"][0]["level3"].replace(" ", "") == "道路长度"


def test_a_label_line_padded_with_spaces(timed):
    # a line `项目名称` + 30,000 spaces + `农村道路` over the form (no tab: one text). main: 23 s of CPU in
    # parsers.forms' money-sentence and sign-off searches
    r = timed("line.txt", "项目名称" + SPACES + "农村道路\n项目名称\t农村道路\n主管部门\t某某县财政局\n" + HEAD + ROW + TAIL)
    p = only_project(r)
    assert (p["name"], p["department"]) == ("农村道路", "某某县财政局")
    assert len(r.tables["indicators"]) == 2


def test_spaces_inside_a_money_cell(timed):
    # `年度资金总额（万元） | 1` + 30,000 spaces + `00`. main: 5.4 s of CPU in parsers.tables.is_number (forms'
    # _heads_fit)
    r = timed("money.txt", "项目名称\t农村道路\n主管部门\t某某县财政局\n年度资金总额（万元）\t1" + SPACES + "00\n"
              + HEAD + ROW + TAIL)
    assert only_project(r)["name"] == "农村道路"
    assert len(r.tables["indicators"]) == 2
    assert "space_run_cut" in warning_codes(r)
