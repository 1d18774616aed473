"""Hunt DF (session 35): forms that say whose they are only outside their fields — in the title
(`县教育局2024年项目支出绩效目标表`), a cover letter's line (`县交通运输局关于报送…的报告`), a sheet's name, a page header
(DOCX, PDF), a web page's <title>, the file's or its folder's name in an archive. The department (主管部门) or unit is
taken from there only when the form's fields leave it empty and the name is plainly one body's, with a
`department_from_title` / `department_from_name` note; never over a value the form states. Inputs in
tests/fixtures/review/ct_s35_df_*; each test asserts what a person reading the form would say."""
from pathlib import Path

import pytest

from jixiao.pipeline import collect_inputs, process_file
from normalize.orgs import name_org, title_org

FIX = Path(__file__).parent / "fixtures" / "review"


@pytest.fixture(scope="module")
def read():
    cache = {}

    def get(name):
        if name not in cache:
            r = process_file(name if "!/" in name else str(FIX / name))
            cache[name] = r
        return cache[name]
    return get


def _owners(r):
    return [(p["name"], p["department"], p["unit"]) for p in r.tables["projects"]]


def _notes(r, code):
    return [w["message"] for w in r.tables["warnings"] if w["code"] == code]


def _levels(r):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]


def test_title_names_the_department(read):
    """`县教育局2024年项目支出绩效目标表` over a form with no 主管部门 / 实施单位 row: the 局 is its department."""
    r = read("ct_s35_df_title_dept.txt")
    assert _owners(r) == [("中小学教师培训", "县教育局", None)]
    p = r.tables["projects"][0]
    assert (p["year"], p["budget_year"]) == (2024, 850_000)
    assert _notes(r, "department_from_title") == [
        "department 县教育局 taken from the title `县教育局2024年项目支出绩效目标表` (the form's fields state none)"]
    assert r.document["status"] == "ok"


def test_title_department_beside_the_stated_unit(read):
    """The form states its 实施单位 (县第一中学) and no 主管部门: the title's 县教育局 is the department; the unit stays."""
    r = read("ct_s35_df_title_dept_unit_stated.txt")
    assert _owners(r) == [("中小学教师培训", "县教育局", "县第一中学")]


def test_year_first_title_and_traditional_characters(read):
    r = read("ct_s35_df_year_first_title.txt")
    assert _owners(r) == [("老旧小区改造", "县住房和城乡建设局", None)]
    r = read("ct_s35_df_traditional_title.txt")
    assert _owners(r) == [("中小學教師培訓", "縣教育局", None)]       # (as written)
    assert _levels(r)[0] == ("產出指標", "數量指標", "培訓教師人數", "≥300人")


def test_an_institution_in_the_title_is_the_unit(read):
    """`县疾病预防控制中心2024年…`: a 中心 is an implementing unit, not a 主管部门."""
    r = read("ct_s35_df_title_center_unit.txt")
    assert _owners(r) == [("传染病监测", None, "县疾病预防控制中心")]


def test_cover_letter_line_above_the_form(read):
    """`县交通运输局关于报送2024年项目绩效目标的报告` with its letter above the form `2024年项目支出绩效目标表`."""
    r = read("ct_s35_df_cover_letter.txt")
    assert _owners(r) == [("农村公路养护", "县交通运输局", None)]
    assert r.tables["projects"][0]["budget_year"] == 4_205_000
    assert len(r.tables["indicators"]) == 4


def test_each_form_its_own_title(read):
    r = read("ct_s35_df_two_titles.txt")
    assert _owners(r) == [("中小学教师培训", "县教育局", None), ("小型农田水利建设", "县水利局", None)]


def test_sheet_named_by_the_department(read):
    """Two sheets `县教育局` and `县卫生健康委员会`, each a form titled `2024年项目支出绩效目标表`."""
    r = read("ct_s35_df_sheet_names.xlsx")
    assert _owners(r) == [("中小学教师培训", "县教育局", None), ("基本公共卫生服务", "县卫生健康委员会", None)]
    assert _notes(r, "department_from_name")[0] == \
        "department 县教育局 taken from the sheet's name `县教育局` (the form's fields state none)"


def test_summary_sheet_under_the_departments_title(read):
    r = read("ct_s35_df_summary_title.xlsx")
    assert _owners(r) == [("义务教育学校公用经费补助", "县教育局", None), ("学生资助补助经费", "县教育局", None)]


def test_docx_page_header_holding_the_title(read):
    """The DOCX's only title is its page header `县民政局2024年度项目绩效目标申报表`."""
    r = read("ct_s35_df_docx_header_title.docx")
    assert _owners(r) == [("困难群众救助", "县民政局", None)]
    assert r.tables["projects"][0]["year"] == 2024


def test_web_page_title(read):
    r = read("ct_s35_df_html_page_title.html")
    assert _owners(r) == [("市场监管执法装备购置", "县市场监督管理局", None)]
    assert "web page's title" in _notes(r, "department_from_name")[0]


def test_pdf_page_header_fill_unit(read):
    """`填报单位：县水利局` printed as the page header above the title (a DOCX printed to PDF): it was a line of no
    form (not_a_form, the unit lost); it is the form's unit."""
    r = read("ct_s35_df_pdf_header_unit.pdf")
    assert _owners(r) == [("河道清淤疏浚", None, "县水利局")]
    assert not [w for w in r.tables["warnings"] if w["code"] == "not_a_form"]


def test_pdf_page_header_on_every_page(read):
    """The same header on page 2 above the indicator table going on: 18 of 36 indicators were unparsed rows."""
    r = read("ct_s35_df_pdf_header_two_pages.pdf")
    assert _owners(r) == [("河道清淤疏浚", None, "县水利局")]
    assert len(r.tables["indicators"]) == 36
    assert _levels(r)[-1] == ("满意度指标", "服务对象满意度指标", "受益群众满意度（第9标段）", "≥90%")
    assert r.document["status"] == "ok"
    assert not [w for w in r.tables["warnings"] if w["code"] == "unparsed_row"]


def test_folders_and_file_name_in_an_archive():
    """`各单位/县农业农村局/2023项目绩效目标表.xlsx`; a 林场's folder (no body's name) under `县林业局`: the 林业局;
    a DOCX named `县文化广电旅游局2024年项目绩效目标表.docx`."""
    z = str(FIX / "ct_s35_df_folders.zip")
    got = {}
    for m in collect_inputs([z]):
        r = process_file(m)
        got[m[len(z) + 2:]] = _owners(r)
    assert got == {
        "各单位/县农业农村局/2023项目绩效目标表.xlsx": [("高标准农田建设", "县农业农村局", None)],
        "各单位/县林业局/2023项目绩效目标表.xlsx": [("森林防火", "县林业局", None)],
        "各单位/县林业局/县国有林场/2023项目绩效目标表.xlsx": [("林场管护", "县林业局", None)],
        "县文化广电旅游局2024年项目绩效目标表.docx": [("送戏下乡", "县文化广电旅游局", None)],
    }


@pytest.mark.parametrize("name, owners", [
    # the form's own 主管部门 and 实施单位 stay (the title names the 财政局)
    ("ct_s35_df_guard_dept_stated.txt", [("农田水利设施建设", "县农业农村局", "县农田建设服务中心")]),
    # a project's name in the title
    ("ct_s35_df_guard_project_title.txt", [("县城污水处理厂提标改造项目", None, None)]),
    # 乡村振兴…: no body
    ("ct_s35_df_guard_xiangcun.txt", [("乡村振兴衔接资金", None, None)]),
    # a finance bureau's 汇总表 lists other departments' projects
    ("ct_s35_df_guard_finance_summary.txt", [("义务教育学校公用经费补助", None, None), ("农村公路养护", None, None)]),
    # a notice handing targets down (关于下达…的通知): its sender owns no form
    ("ct_s35_df_guard_notice_xiada.txt", [("农村公路养护", None, None)]),
    # the form's unit is another body of government: the 财政局's title is not its department
    ("ct_s35_df_guard_unit_other_body.txt", [("农田水利设施建设", None, "县农业农村局")]),
])
def test_guards(read, name, owners):
    r = read(name)
    assert _owners(r) == owners
    assert not _notes(r, "department_from_title") and not _notes(r, "department_from_name")


def test_org_names():
    assert title_org("XX区卫生健康局部门整体支出绩效目标表") == ("XX区卫生健康局", "department")
    # (a finance bureau's title is no owner's: it gathers and publishes other departments' forms — 城乡低保资金 is the
    # 民政局's — review of session 35)
    assert title_org("某市财政局2023年度城乡低保资金项目绩效自评表") is None
    assert title_org("城关镇人民政府2024年项目支出绩效目标表") == ("城关镇人民政府", "department")
    assert title_org("2024年项目支出绩效目标表（县水利局）") == ("县水利局", "department")
    assert title_org("县第一人民医院2024年项目支出绩效目标表") == ("县第一人民医院", "unit")
    for t in ("杭州市临平区财政局 2022年3月18日", "某区卫生健康委员会\n2024年1月10日",     # sign-off lines
              "县教育局、县财政局2024年项目绩效目标表", "县教育局、县财政局学生资助项目绩效目标表", "某县2025年项目支出绩效目标汇总表",
              "县财政局关于下达2024年项目绩效目标的通知", "2024年城乡居民医疗保险补助项目绩效目标表"):
        assert title_org(t) is None, t
    # (a body then its project's name, no year between: the body files the form — since hunt fam4 the name is the
    # words after it, `水库除险加固项目`, so the body is the department, else lost; it was None: hunt ti8, session 53)
    assert title_org("县水利局水库除险加固项目绩效目标表") == ("县水利局", "department")
    assert name_org("03-县农业农村局") == ("县农业农村局", "department")
    for n in ("Sheet1", "县国有林场", "各单位", "乡镇", "2023年", "绩效目标表"):
        assert name_org(n) is None, n


def test_a_finance_bureaus_folder_collecting_forms_is_no_department(tmp_path):
    import shutil
    from jixiao.pipeline import process_file as read
    src = sorted((Path(__file__).resolve().parent.parent / "samples").glob("000_*.txt"))[0]
    for sub in ("各单位报送", "县林业局"):
        (tmp_path / "县财政局" / sub).mkdir(parents=True)
        shutil.copy(src, tmp_path / "县财政局" / sub / "a.txt")
    assert read(str(tmp_path / "县财政局" / "各单位报送" / "a.txt")).tables["projects"][0]["department"] is None
    assert read(str(tmp_path / "县财政局" / "县林业局" / "a.txt")).tables["projects"][0]["department"] == "县林业局"
