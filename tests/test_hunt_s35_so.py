"""A sign-off line (落款) under a form's tables — a body's name with a day (`杭州市临平区财政局 2022年3月18日`), or the
body on one line and the day on the next (`某区交通运输委员会` / `2024年1月10日`) — says who signs and when: no title,
no project, no year of a form (parsers.core.signoff_line, reusing normalize.orgs.SIGNED_DAY). Input
tests/fixtures/review/ct_s35_so_signoff_under_forms.txt."""
from pathlib import Path

from jixiao.pipeline import process_file
from parsers.core import signoff_line

REVIEW = Path(__file__).parent / "fixtures" / "review"


def test_a_signoff_under_a_forms_tables_is_no_title_and_no_year():
    t = process_file(REVIEW / "ct_s35_so_signoff_under_forms.txt").tables
    assert [(p["name"], p["title"], p["year"]) for p in t["projects"]] == [
        ("社区养老服务项目", "项目支出绩效目标表", None), ("乡村道路养护项目", "项目支出绩效目标表", None)]
    assert [i["level3"] for i in t["indicators"]] == ["服务老人人数", "养护里程"]


def test_signoff_line():
    assert signoff_line("杭州市临平区财政局 2022年3月18日")
    assert signoff_line("2024年1月10日", "某区交通运输委员会")
    assert not signoff_line("2024年1月10日")                       # a date alone: a notice's, it may date the form
    assert not signoff_line("2024年1月10日", "项目名称：社区养老服务项目")
    assert not signoff_line("某某局2024年项目支出绩效目标表")
