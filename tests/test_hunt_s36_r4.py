"""Review RV3 of hunt EX's extraction rules (session 36, fix R4): inputs made with the real tools for other documents
than those the rules were written for (catdoc's and antiword's text of a .doc, web pages whose script builds the
indicator rows). Inputs tests/fixtures/review/ct_s36_r4_*; each test asserts what the form shows, written down by the
reviewer before the run."""
from extract.txt import _cell_paragraphs
from tests.hunt_tools import warning_codes


def _p(r, k=0):
    return r.tables["projects"][k]


def _inds(r):
    return [(i["level1"], i["level2"], i["level3"], i["target_raw"]) for i in r.tables["indicators"]]


# ---------------------------------------------------------------- catdoc: a line after a row is no cell's paragraph


def test_catdoc_paragraph_after_an_amount_row(read):
    # `资金总额（万元）⇥⇥800` then the paragraph `本项目资金已纳入2024年部门预算，分两次拨付`: the paragraph went into the
    # amount's cell (`800\n本项目…`) and the budget was lost
    r = read("ct_s36_r4_catdoc_para_after_amount.txt")
    p = _p(r)
    assert (p["name"], p["department"], p["unit"], p["leader"]) == ("城乡环卫一体化", "县城市管理局", "县环境卫生管理所", "刘强")
    assert p["budget_total"] == 8000000.0
    assert _inds(r) == [
        ("产出指标", "数量指标", "垃圾清运量", "≥300吨/日"),
        ("产出指标", "质量指标", "无害化处理率", "100%"),
        ("效益指标", "生态效益指标", "城区环境改善", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]


def test_catdoc_annex_and_unit_lines_stay_lines(read):
    # `资金总额⇥200` / `附件2` and `年度资金总额⇥500` / `金额单位：万元`: both went into the amount's cell
    r = read("ct_s36_r4_catdoc_annex_unit_lines.txt")
    a, b = r.tables["projects"]
    assert (a["name"], a["department"], a["budget_total"]) == ("农村公路养护", "县交通运输局", 200.0)
    assert (b["name"], b["unit"], b["leader"], b["budget_year"]) == ("乡村道路硬化", "县农村公路管理站", "张伟", 5000000.0)
    assert [(i["level3"], i["target_raw"]) for i in r.tables["indicators"]] == [
        ("硬化道路长度", "≥12公里"), ("群众满意度", "≥90%")]
    assert all(i["project_id"] == b["project_id"] for i in r.tables["indicators"])


def test_catdoc_paragraph_between_two_tables(read):
    # real catdoc of a .doc: `资金总额（万元）⇥⇥800`, the document's paragraph `以上资金已纳入2024年部门预算`, then the next
    # table's one-cell rows `年度绩效目标` and the goal: all three went into the cell `800`
    r = read("ct_s36_r4_catdoc_para_between_tables.txt")
    p = _p(r)
    assert p["budget_total"] == 8000000.0
    assert p["goal_annual"] == "完成城区及12个乡镇生活垃圾清运，日清运量300吨"
    assert (p["unit"], p["leader"], p["phone"]) == ("县环境卫生管理所", "刘强", "13800001111")


def test_catdoc_sentence_under_a_value_stays_a_line(read):
    # a sentence under a short value (`资金来源⇥县级财政` / `本项目资金已纳入…，分两次拨付`) is the document's paragraph;
    # a note in brackets under a row (`（各乡镇环卫站具体实施）`) is still its cell's second paragraph
    lines = open(__file__.rsplit("/", 1)[0] + "/fixtures/review/ct_s36_r4_catdoc_sentence_under_value.txt",
                 encoding="utf-8").read().splitlines()
    got = [ln for ln in _cell_paragraphs(lines, None) if ln.strip()]
    assert "资金来源\t县级财政" in got
    assert "本项目资金已纳入2024年部门预算，分两次拨付" in got
    assert "实施单位\t县环境卫生管理所\u2028（各乡镇环卫站具体实施）" in got
    r = read("ct_s36_r4_catdoc_sentence_under_value.txt")
    assert _p(r)["unit"] == "县环境卫生管理所（各乡镇环卫站具体实施）"
    assert len(r.tables["indicators"]) == 3


# ---------------------------------------------------------------- antiword: a section row is no note


def test_antiword_section_row_in_the_content_column(read):
    # `|    |（二）经济发展（30分）|    |    |`: a section written in the content column, read as a note in brackets of
    # item 2 (`基层党组织标准化建设（二）经济发展（30分）`), items 3-4 under section （一）
    r = read("ct_s36_r4_antiword_section_row.txt")
    got = [(a["section"], a["item_no"], a["content"], a["points"]) for a in r.tables["assessment_items"]]
    assert [g[1:] for g in got] == [
        (1, "落实党建工作责任制", 10.0), (2, "基层党组织标准化建设", 10.0),
        (3, "完成固定资产投资任务", 15.0), (4, "完成招商引资任务", 15.0)]
    assert "党的建设" in got[0][0] and "党的建设" in got[1][0]
    assert got[2][0] == got[3][0] == "经济发展"


# ---------------------------------------------------------------- rows a script builds


def test_script_cell_of_a_lookup_is_not_written_as_its_key(read):
    # the level cell is `mc(r.lx)`, a lookup of `lx` in a second array: it was written `1` / `2` / `3`. The page's
    # computed value is not the key's: the script's rows are not written (no indicators, the form says so)
    r = read("ct_s36_r4_script_lookup_cell.html")
    assert _p(r)["name"] == "农村人居环境整治"
    assert not any(i["level1"] in ("1", "2", "3") for i in r.tables["indicators"])
    assert r.tables["indicators"] == [] and "no_indicators" in warning_codes(r)


def test_script_cell_of_a_ternary_is_not_written_as_its_key(read):
    # `(r.wc == 1 ? "是" : "否")` was written `1` / `0` (note `是否完成：1`): not written at all now
    r = read("ct_s36_r4_script_ternary_cell.html")
    assert _p(r)["name"] == "中小学校舍维修"
    assert not any("是否完成：1" in (i["note"] or "") or "是否完成：0" in (i["note"] or "")
                   for i in r.tables["indicators"])
    assert r.tables["indicators"] == [] and "no_indicators" in warning_codes(r)


def test_script_head_row_before_the_data_rows(read):
    # the script writes `<tr><th>一级指标</th>…` before the data rows into an empty <table>: the first <tr> of the
    # script had no key, nothing was written (layout_unknown)
    r = read("ct_s36_r4_script_head_row.html")
    assert _p(r)["name"] == "中小学校舍维修"
    assert _inds(r) == [
        ("产出指标", "数量指标", "维修校舍面积", "≥3000平方米"),
        ("产出指标", "质量指标", "验收合格率", "100%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ]


def test_script_without_row_markup_computing_a_cell():
    # a script that builds its rows with the DOM (`insertCell().innerText = …`, no `<td>` in it): a key handed to a
    # function or compared is a value the page computes; a row of plain keys is written as before
    from lxml import html

    from extract.office import _script_rows

    def run(body):
        page = ('<html><body><table><tbody id="b"></tbody></table><script>var a=[{"lx":"1","ej":"数量指标"}];'
                'var t=document.getElementById("b");for(var i=0;i<a.length;i++){var r=a[i];var tr=t.insertRow();'
                + body + '}</script></body></html>')
        root = html.fromstring(page)
        return _script_rows(root), [td.text for td in root.iter("td")]
    assert run('tr.insertCell().innerText=mc(r.lx);tr.insertCell().innerText=r.ej;') == (0, [])
    assert run('tr.insertCell().innerText=(r.lx == 1 ? "是" : "否");') == (0, [])
    assert run('tr.insertCell().innerText=r.lx;tr.insertCell().innerText=r.ej;') == (1, ["1", "数量指标"])
