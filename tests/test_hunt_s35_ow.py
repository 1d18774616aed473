"""Review of hunt DF (session 35): a form's department (主管部门) / unit (实施单位) read from its title, file or folders
when its fields state none gave wrong bodies. A wrong department is worse than none: a project's own name ending
in 乡 / 镇 / 政府 / 厅 / 部 / 站 / 院 / 俱乐部 (`送戏下乡`, `特色小镇`, `数字政府`, `政务服务大厅`, `美丽庭院`, `政府网站`,
`村级光伏电站`) was read as a body; plural folders (`各乡镇`, `各委办局`); a county's government folder or title over
another body's form; a 财政局's title over a form another body owns. Inputs tests/fixtures/review/ct_s35_ow_*."""
import shutil
from pathlib import Path

import pytest

from jixiao.pipeline import process_file
from normalize.orgs import name_org, org_kind, title_org

FIX = Path(__file__).parent / "fixtures" / "review"


def _owners(r):
    return [(p["name"], p["department"], p["unit"]) for p in r.tables["projects"]]


def _notes(r):
    return [w["message"] for w in r.tables["warnings"]
            if w["code"] in ("department_from_title", "department_from_name")]


@pytest.mark.parametrize("name, project", [
    ("ct_s35_ow_songxi.txt", "送戏下乡"),                 # 2024年送戏下乡项目支出绩效目标表
    ("ct_s35_ow_dating.txt", "政务服务大厅运行维护"),       # 2024年政务服务大厅项目…
    ("ct_s35_ow_xiaozhen.txt", "特色小镇建设"),
    ("ct_s35_ow_szzf.txt", "数字政府建设"),
    ("ct_s35_ow_qingnian.txt", "青少年足球俱乐部"),
    ("ct_s35_ow_tingyuan.txt", "美丽庭院创建"),             # (was the unit 美丽庭院)
    ("ct_s35_ow_wangzhan.txt", "政府网站集约化"),           # (was the unit 政府网站)
])
def test_a_projects_name_in_the_title_is_no_body(read, name, project):
    r = read(name)
    assert _owners(r) == [(project, None, None)]
    assert not _notes(r)


@pytest.mark.parametrize("fixture, file_name, project", [
    ("ct_s35_ow_file_dating.txt", "政务服务大厅.txt", "政务服务大厅运行维护"),
    ("ct_s35_ow_file_guangfu.txt", "村级光伏电站.txt", "村级光伏电站运维"),
    ("ct_s35_ow_file_xiaxiang.txt", "送文化下乡.txt", "送文化下乡"),
])
def test_a_projects_name_as_the_files_name_is_no_body(tmp_path, fixture, file_name, project):
    shutil.copy(FIX / fixture, tmp_path / file_name)
    r = process_file(str(tmp_path / file_name))
    assert _owners(r) == [(project, None, None)]
    assert not _notes(r)


@pytest.mark.parametrize("folders, owner", [
    ("各乡镇", (None, None)),                                   # a list of bodies, not one
    ("各委办局", (None, None)),
    ("县人民政府", (None, None)),                               # a county's government collects its bodies' forms
    ("县政府/各部门报送", (None, None)),
    ("县政府/县疾病预防控制中心", (None, "县疾病预防控制中心")),
    ("市政府/县交通运输局", ("县交通运输局", None)),             # (the nearer folder names the body: kept)
    ("城关镇人民政府", ("城关镇人民政府", None)),                 # (a town's government owns its forms: kept)
])
def test_plural_and_government_folders(tmp_path, folders, owner):
    d = tmp_path.joinpath(*folders.split("/"))
    d.mkdir(parents=True)
    shutil.copy(FIX / "ct_s35_ow_folder_form.txt", d / "t.txt")
    r = process_file(str(d / "t.txt"))
    assert _owners(r) == [("农村公路养护项目", *owner)]


@pytest.mark.parametrize("name, owner", [
    # `县财政局2024年度项目绩效目标表（县水利局）`: the bracket names the form's owner
    ("ct_s35_ow_bracket_owner.txt", ("县水利局", None)),
    # a 财政局's title over a form whose stated unit is another organisation (an institution): not its department
    ("ct_s35_ow_czj_unit.txt", (None, "县农业技术推广中心")),
    # `县财政局2023年度重点项目绩效评价评分表`: the 财政局's evaluation of another body's project
    ("ct_s35_ow_czj_eval.txt", (None, None)),
    # `县人民政府2024年度民生实事项目绩效目标表`: a county's government compiles
    ("ct_s35_ow_county_gov_title.txt", (None, None)),
])
def test_a_collectors_title(read, name, owner):
    assert _owners(read(name)) == [("农村公路养护项目", *owner)]


def test_org_names():
    for n in ("送戏下乡", "特色小镇", "数字政府", "政务服务大厅", "美丽庭院", "政府网站", "村级光伏电站", "青少年足球俱乐部",
              "卫生乡镇", "各乡镇", "各委办局", "所属单位", "直属中心", "服务中心", "数据中心", "文化中心"):
        assert org_kind(n) is None, n
    for n, col in (("城关镇", "department"), ("永安乡", "department"), ("城关镇人民政府", "department"),
                   ("县人民政府", "department"), ("省教育厅", "department"), ("县委宣传部", "department"),
                   ("县文化馆", "unit"), ("城关镇文化站", "unit"), ("城关派出所", "unit"), ("县疾病预防控制中心", "unit"),
                   # (an institution named by its work, no place before it: session 36, ol)
                   ("政务服务中心", "unit"), ("疾病预防控制中心", "unit"), ("农业技术推广站", "unit")):
        assert org_kind(n) == (n, col), n
    assert title_org("县人民政府2024年度民生实事项目绩效目标表") is None
    assert title_org("城关镇人民政府2024年项目支出绩效目标表") == ("城关镇人民政府", "department")
    assert title_org("县财政局2024年度项目绩效目标表（县水利局）") == ("县水利局", "department")
    assert title_org("县财政局2023年度重点项目绩效评价评分表") is None
    assert name_org("送文化下乡") is None
