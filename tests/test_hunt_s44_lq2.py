"""Hunt lq2 (session 44): project lists, the fourth round after hunts lt, ly and lq — a class heading of no `…类` name
(`一、基础设施建设`, `（一）教育`), two other-money columns (`自筹资金 | 社会资本`), a parent row's own goal over children
declaring theirs, a unit cell naming two bodies (`县住建局、县财政局`). Each expectation below was written by hand from
the form before jixiao was run."""
from tests.hunt_tools import other_fields, warning_codes

W = 10000.0


def _projects(r, *keys):
    return [tuple(p[k] for k in keys) for p in r.tables["projects"]]


def test_class_headings_of_no_lei_name(read):
    # main: every category null — `一、基础设施建设` (a line), `二、社会事业` over `（一） | 教育`, `（二） | 卫生` (rows) no
    # class: only a heading ending in 类 named one
    r = read("ct_s44_lq2_class_heading_no_lei.txt")
    assert _projects(r, "name", "unit", "budget_total", "category") == [
        ("城区雨污分流改造工程", "县住房和城乡建设局", 800 * W, "基础设施建设"),
        ("县城停车场建设项目", "县城市管理局", 300 * W, "基础设施建设"),
        # (the lowest heading over it: `（一）教育` under `二、社会事业`)
        ("城关第二小学教学楼建设", "县教育局", 450 * W, "教育"),
        ("乡镇卫生院设备购置", "县卫生健康局", 200 * W, "卫生")]
    assert "total_row_mismatch" not in warning_codes(r)
