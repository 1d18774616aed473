"""Generator of big files holding many 项目支出绩效目标表 forms, as budget systems export a department's whole year
(hunt BO, session of 2026-12-03): one XLSX sheet per project, forms stacked down one sheet, a DOCX of forms between
page / section breaks, a text dump, a PDF. Every form comes from seeded lists, and the expected projects and
indicators (with their provenance) are computed here from the same data, never read back from jixiao.

    projects = make_projects(50, seed=7)
    exp = write_txt(projects, path)          # -> list of expected projects, each with its indicators and lines
"""
from __future__ import annotations

import random
from pathlib import Path

STEMS = ["城乡生活垃圾收运处理", "农村公路养护", "中小学校舍维修", "基层医疗设备购置", "公共文化服务提升",
         "河道保洁", "农业技术推广", "残疾人康复服务", "老年助餐服务", "社区矫正管理", "食品安全抽检", "森林防火",
         "城市路灯维护", "全民健身设施更新", "退役军人帮扶", "困难群众临时救助", "智慧城管平台运维", "高标准农田建设",
         "职业技能培训", "农村饮水安全", "图书馆数字资源购置", "公交线路补贴", "环境空气监测", "消防装备更新"]
PLACES = ["城东", "城西", "河口", "青山", "白沙", "新桥", "石门", "长岭", "东湖", "南坪", "北岸", "西林"]
DEPTS = [("某县城市管理局", "某县环卫所"), ("某县交通运输局", "某县公路管理站"), ("某县教育局", "某县教育技术装备中心"),
         ("某县卫生健康局", "某县人民医院"), ("某县文化和旅游局", "某县文化馆"), ("某县水利局", "某县河道管理所"),
         ("某县农业农村局", "某县农技推广中心"), ("某县民政局", "某县社会福利院")]
# (level1, level2, name, target_raw, op, value, unit, target_text)
POOL = [
    ("产出指标", "数量指标", "培训人次", "≥{n}人次", ">=", None, "人次", None),
    ("产出指标", "数量指标", "维修道路里程", "{n}公里", "=", None, "公里", None),
    ("产出指标", "数量指标", "购置设备数量", "{n}台", "=", None, "台", None),
    ("产出指标", "数量指标", "开展宣传活动次数", "≥{n}次", ">=", None, "次", None),
    ("产出指标", "质量指标", "验收合格率", "100%", "=", 100, "%", None),
    ("产出指标", "质量指标", "设备完好率", "≥95%", ">=", 95, "%", None),
    ("产出指标", "时效指标", "按时完成率", "100%", "=", 100, "%", None),
    ("产出指标", "成本指标", "人均培训成本", "≤{n}元", "<=", None, "元", None),
    ("效益指标", "社会效益指标", "群众知晓率", "≥85%", ">=", 85, "%", None),
    ("效益指标", "经济效益指标", "带动就业人数", "≥{n}人", ">=", None, "人", None),
    ("效益指标", "生态效益指标", "城乡环境卫生", "明显改善", None, None, None, "明显改善"),
    ("效益指标", "可持续影响指标", "长效管理机制", "健全", None, None, None, "健全"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", ">=", 90, "%", None),
]
STD = {"产出指标": "output", "效益指标": "outcome", "满意度指标": "satisfaction"}
FOOTERS = ["填表人：{who}    联系电话：0571-8{ph}    填报日期：{y}年1月15日", "单位负责人：{who}", None, None]
WHO = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强"]
HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]


def make_projects(n: int, seed: int = 1, year: int = 2024) -> list[dict]:
    """n distinct projects: name, code, department, unit, money (万元 as written, yuan expected), goal, indicators."""
    rnd = random.Random(seed)
    out = []
    for k in range(n):
        stem = STEMS[k % len(STEMS)]
        place = PLACES[(k // len(STEMS)) % len(PLACES)]
        name = f"{year}年{place}{stem}项目" if k >= len(STEMS) else f"{stem}项目"
        dept, unit = DEPTS[rnd.randrange(len(DEPTS))]
        other = rnd.choice([0, 0, 0, rnd.randrange(1, 50) * 1.5])
        fiscal = rnd.randrange(5, 900) + rnd.choice([0, 0.5, 0.25, 0.8])
        total = fiscal + other
        picks = sorted(rnd.sample(range(len(POOL)), rnd.randint(4, 10)))
        if 12 not in picks and rnd.random() < 0.8:
            picks.append(12)
        inds = []
        for i in picks:
            l1, l2, nm, raw, op, val, u, tt = POOL[i]
            if "{n}" in raw:
                val = rnd.randrange(2, 900)
                raw = raw.format(n=val)
            inds.append({"level1": l1, "level1_std": STD[l1], "level2": l2, "level3": nm, "target_raw": raw,
                         "op": op, "value": None if val is None else float(val), "unit": u, "target_text": tt})
        footer = FOOTERS[rnd.randrange(len(FOOTERS))]
        if footer:
            footer = footer.format(who=rnd.choice(WHO), ph=rnd.randrange(1000000, 9999999), y=year - 1)
        style = {"money_unit": rnd.choice(["万元", "万元", "元"]), "unit_line": rnd.random() < 0.3,
                 "title": rnd.choice(["项目支出绩效目标表", "{y}年度项目支出绩效目标表", "项目支出绩效目标申报表"]),
                 "notes": rnd.random() < 0.3, "goal_label": rnd.choice(["年度总体目标", "年度绩效目标"]),
                 "other_blank": other == 0 and rnd.random() < 0.3,
                 "title_col": rnd.choice([0, 0, 2]), "footer_split": rnd.random() < 0.5}
        out.append({"style": style, "name": name, "code": f"33{year}{k + 1:04d}", "year": year, "department": dept, "unit": unit,
                    "total_wan": total, "fiscal_wan": fiscal, "other_wan": other,
                    "budget_year": round(total * 10000, 2), "budget_fiscal": round(fiscal * 10000, 2),
                    "budget_other": None if style["other_blank"] else round(other * 10000, 2),
                    "goal": f"完成{name}年度任务，{stem}服务覆盖{place}片区，群众满意度不低于90%。",
                    "indicators": inds, "footer": footer})
    return out


def _fmt(x: float) -> str:
    return f"{x:g}" if x != int(x) else str(int(x))


def form_rows(p: dict, title: bool = True) -> list[list]:
    """The form's rows as a grid of 5 columns (None = empty / merged), each with what it is: title, year line, the
    head fields, the goal, the indicator table (ind<j>), the notes and the footer. The money is written in the unit
    the form declares (万元 or 元), in its 项目资金 label or on a 金额单位 line above the form."""
    st = p["style"]
    wan = st["money_unit"] == "万元"
    money = (lambda x: _fmt(x)) if wan else (lambda x: _fmt(round(x * 10000, 2)))
    rows: list[tuple[list, str | None]] = []
    def at(col: int, text: str) -> list:      # a line's text in one cell of the row (a centred title typed in C)
        return [text if j == col else None for j in range(5)]
    if title:
        rows.append((at(st["title_col"], st["title"].format(y=p["year"])), "title"))
        if "{y}" not in st["title"]:
            rows.append((at(st["title_col"], f"（{p['year']}年度）"), "year"))
    if st["unit_line"]:
        rows.append(([None, None, None, None, f"金额单位：{st['money_unit']}"], "unit"))
    flabel = "项目资金" if st["unit_line"] else f"项目资金（{st['money_unit']}）"
    rows += [
        (["项目名称", p["name"], None, None, None], None),
        (["主管部门", p["department"], None, "实施单位", p["unit"]], None),
        ([flabel, "年度资金总额", money(p["total_wan"]), None, None], None),
        ([None, "其中：财政拨款", money(p["fiscal_wan"]), None, None], None),
        ([None, "其他资金", None if st["other_blank"] else money(p["other_wan"]), None, None], None),
        ([st["goal_label"], p["goal"], None, None, None], None),
        (["绩效指标"] + HEAD, None),
    ]
    prev = (None, None)
    for j, ind in enumerate(p["indicators"]):
        l1 = ind["level1"] if ind["level1"] != prev[0] else None
        l2 = ind["level2"] if (ind["level1"], ind["level2"]) != prev else None
        prev = (ind["level1"], ind["level2"])
        rows.append(([None, l1, l2, ind["level3"], ind["target_raw"]], f"ind{j}"))
    if st["notes"]:
        rows.append((["注：1.指标值为数值的，须注明计量单位；", None, None, None, None], "notes"))
        rows.append(([" 2.本表由项目单位填报，主管部门审核。", None, None, None, None], "notes"))
    if p["footer"]:
        parts = p["footer"].split("    ")
        if st["footer_split"] and len(parts) == 3:    # 填表人 | | 联系电话 | | 填报日期 in cells of their own
            rows.append(([parts[0], None, parts[1], None, parts[2]], "footer"))
        else:
            rows.append(([p["footer"], None, None, None, None], "footer"))
    return rows


def expected(p: dict, ind_pos: dict[int, tuple]) -> dict:
    """The project as jixiao should give it; ind_pos maps an indicator's index to its (page, line)."""
    e = {k: p[k] for k in ("name", "year", "department", "unit", "budget_year", "budget_fiscal", "budget_other", "goal")}
    e["indicators"] = [dict(ind, seq=j + 1, page=ind_pos.get(j, (None, None))[0], line=ind_pos.get(j, (None, None))[1])
                       for j, ind in enumerate(p["indicators"])]
    return e


def write_txt(projects: list[dict], path: Path, sep_lines: int = 2, title: bool = True, formfeed: bool = False) -> list[dict]:
    """A text dump (tab-separated cells, as a budget system's 导出文本 writes them), forms one after another."""
    lines, exp = [], []
    for p in projects:
        pos = {}
        for n, (cells, what) in enumerate(form_rows(p, title=title or not lines)):
            if what and what.startswith("ind"):
                pos[int(what[3:])] = (None, len(lines) + 1)
            line = "\t".join("" if c is None else str(c) for c in cells).rstrip("\t")
            # (a page's end: pdftotext's form feed opens the next page's first line, no line of its own)
            lines.append("\f" + line if formfeed and n == 0 and lines else line)
        lines += [""] * sep_lines
        exp.append(expected(p, pos))
    text = "\n".join(lines) + "\n"
    Path(path).write_text(text, encoding="utf-8")
    return exp


def _put_form(ws, p, top: int, col0: int = 1, title: bool = True, merge: bool = True) -> tuple[int, dict]:
    """Write a form in openpyxl sheet ws from row top, column col0; return (next free row, indicator rows)."""
    pos = {}
    r = top
    rows = form_rows(p, title=title)
    l1_start = l2_start = None
    for cells, what in rows:
        for j, c in enumerate(cells):
            if c is not None:
                ws.cell(row=r, column=col0 + j, value=c)
        if merge and what in ("title", "year", "footer", "notes") and cells[0] is not None and cells[1:] == [None] * 4:
            ws.merge_cells(start_row=r, start_column=col0, end_row=r, end_column=col0 + 4)
        elif merge and cells[0] in ("项目名称", "年度总体目标", "年度绩效目标"):
            ws.merge_cells(start_row=r, start_column=col0 + 1, end_row=r, end_column=col0 + 4)
        if what and what.startswith("ind"):
            pos[int(what[3:])] = r
        r += 1
    return r, pos


def write_xlsx_sheets(projects: list[dict], path: Path, extras: bool = True, summary: bool = False) -> list[dict]:
    """One sheet per project (sheet name = the project's code or a cut name), a 目录 sheet first with hyperlinks to
    them; with extras, a hidden sheet, an empty sheet, a sheet whose print area cuts the form (the data is all
    there: the print area only says what prints) and a very wide sheet whose form starts in column C."""
    import openpyxl
    wb = openpyxl.Workbook()
    toc = wb.active
    toc.title = "汇总" if summary else "目录"
    if summary:    # a 汇总 sheet: the projects with their money and goals, each name a link to its sheet
        toc.append(["2024年度项目支出绩效目标汇总表"])
        toc.append(["序号", "项目名称", "项目编码", "年度资金总额（万元）", "年度绩效目标"])
    else:
        toc.append(["序号", "项目名称", "项目编码"])
    exp = []
    n = 0
    for k, p in enumerate(projects):
        if extras and k == 3:
            h = wb.create_sheet("参数")
            h["A1"] = "项目名称"
            h["B1"] = "隐藏参数表"
            h.sheet_state = "hidden"
        if extras and k == 5:
            wb.create_sheet("Sheet空")
        sname = p["code"] if k % 2 else p["name"][:28].replace("/", "_")
        ws = wb.create_sheet(sname)
        col0 = 3 if extras and k == 7 else 1
        if extras:              # a link back to the contents at the top right of every sheet
            ws.cell(row=1, column=col0 + 6, value="返回目录").hyperlink = f"#'{toc.title}'!A1"
        _, pos = _put_form(ws, p, 1, col0=col0)
        if extras and k == 7:
            for c in range(10, 60):
                ws.cell(row=2, column=c, value=None)
            ws.cell(row=1, column=58, value="打印说明：本表由预算管理一体化系统导出")
        if extras and k == 4:
            ws.print_area = f"A1:E{min(pos.values())}"
        sheet_no = wb.sheetnames.index(sname) + 1
        toc.append([k + 1, p["name"], p["code"]] + ([round(p["total_wan"], 2), p["goal"]] if summary else []))
        toc.cell(row=toc.max_row, column=2).hyperlink = f"#'{sname}'!A1"
        exp.append(expected(p, {j: (sheet_no, r) for j, r in pos.items()}))
        n += 1
    wb.save(path)
    return exp


def write_xlsx_stacked(projects: list[dict], path: Path, gap: int = 2, page_breaks: bool = False,
                       repeat_titles: bool = True) -> list[dict]:
    """All forms down one sheet, gap blank rows between them (and a manual page break before each with
    page_breaks); without repeat_titles only the first form has its title (the year line kept)."""
    import openpyxl
    from openpyxl.worksheet.pagebreak import Break
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    r = 1
    exp = []
    for k, p in enumerate(projects):
        if page_breaks and k:
            ws.row_breaks.append(Break(id=r - 1))
        r, pos = _put_form(ws, p, r, title=repeat_titles or k == 0)
        exp.append(expected(p, {j: (1, rr) for j, rr in pos.items()}))
        r += gap
    wb.save(path)
    return exp


def write_docx(projects: list[dict], path: Path, breaks: str = "page", intable: bool = False,
               headers: bool = False, split: bool = False, titles: bool = True) -> list[dict]:
    """A DOCX: each form a title, a year line and one table, forms separated by page breaks (breaks="page") or
    section breaks ("section"); the footer is a paragraph after the table."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    exp = []
    n_tables = 0
    for k, p in enumerate(projects):
        if k and breaks != "none":
            if breaks == "section":
                sec = d.add_section(WD_SECTION.NEW_PAGE)
                if headers:     # each section's own page header and footer: the department and a page line
                    sec.header.is_linked_to_previous = False
                    sec.header.paragraphs[0].text = f"{p['department']}2024年度部门预算  项目支出绩效目标表"
                    sec.footer.is_linked_to_previous = False
                    sec.footer.paragraphs[0].text = f"第{k + 1}页 共{len(projects)}页"
            else:
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        rows = form_rows(p, title=titles or k == 0)
        outside = ("title", "year", "unit", "footer", "notes") if not intable else ("year",)
        for c, w in rows:
            if w in ("title", "year", "unit", "footer") and w in outside and w != "footer":
                d.add_paragraph(next(x for x in c if x))
        rows = [(c, w) for c, w in rows if w not in outside]
        # split: the head fields in one table, the indicator table (from its head row) in a second one
        cut = next(i for i, (c, w) in enumerate(rows) if c[0] == "绩效指标") if split else len(rows)
        pos = {}
        for part in ([rows[:cut], rows[cut:]] if split else [rows]):
            n_tables += 1
            t = d.add_table(rows=len(part), cols=5)
            t.style = "Table Grid"
            for i, (cells, what) in enumerate(part):
                for j, c in enumerate(cells):
                    if c is not None:
                        t.cell(i, j).text = str(c)
                if cells[0] in ("项目名称", "年度总体目标", "年度绩效目标"):
                    t.cell(i, 1).merge(t.cell(i, 4))
                elif what in ("title", "unit", "notes", "footer") and sum(x is not None for x in cells) == 1:
                    t.cell(i, 0).merge(t.cell(i, 4))
                if what and what.startswith("ind"):
                    pos[int(what[3:])] = (n_tables, i + 1)
        for c, w in form_rows(p):
            if w in ("notes", "footer") and w in outside:
                d.add_paragraph("    ".join(x for x in c if x))
        exp.append(expected(p, pos))
    d.save(path)
    return exp


def with_long_goals(projects: list[dict], which) -> list[dict]:
    """The projects, those whose index is in `which` with a goal of 40 numbered items (some 2,600 characters: over a
    page or two of a PDF)."""
    return [dict(p, goal=p["goal"] + "".join(f"（{i + 1}）推进{p['name']}第{i + 1}阶段工作，按期完成建设内容并通过"
                                             f"验收，资金使用规范，档案资料齐全，群众反映良好。" for i in range(40)))
            if k in which else p for k, p in enumerate(projects)]


def write_pdf(projects: list[dict], path: Path, breaks: str = "page", intable: bool = False,
              long=False, **docx_options) -> list[dict]:
    """A PDF printed from the DOCX of write_docx by LibreOffice (`soffice --headless --convert-to pdf`). Each form
    starts a page; with long (True: every third form; or the set of the forms' indices), the form's goal is long
    enough to push its indicator table (or part of it) onto a second page. The page of each indicator is found in the PDF's text (pypdfium2) between its form's first page
    and the next form's."""
    import shutil
    import subprocess
    import tempfile
    import pypdfium2
    path = Path(path)
    if long:
        projects = with_long_goals(projects, {k for k in range(len(projects)) if k % 3 == 1} if long is True else long)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        exp = write_docx(projects, src, breaks=breaks, intable=intable, **docx_options)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/lo", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=300)
        shutil.move(str(Path(td) / (path.stem + ".pdf")), path)
    return locate_pages(path, exp)


def locate_pages(path: Path, exp: list[dict]) -> list[dict]:
    """Set each expected indicator's page (line None) from a PDF's text layer (pypdfium2, not jixiao), reading the
    document's text in order: a form starts where `项目名称` and its name are next found; each of its indicators is the
    next place its name and target stand together (the name alone may be in the goal: 群众满意度不低于90%), or, for a
    row a page cut, its name's first four characters; the page is the one holding that place."""
    import bisect
    import pypdfium2
    pdf = pypdfium2.PdfDocument(str(path))
    texts = ["".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]
    starts, at = [], 0
    for t in texts:
        starts.append(at)
        at += len(t)
    whole = "".join(texts)
    pos = 0
    for e in exp:
        pos = whole.index("项目名称" + e["name"], pos)
        e["first_page"] = bisect.bisect_right(starts, pos)
        pos = whole.index("".join(HEAD), pos)       # the indicator table's head
        for ind in e["indicators"]:
            key = ind["level3"] + ind["target_raw"]
            nxt = whole.find(key, pos)
            if nxt < 0 or (nxt - pos) > 400:
                nxt = whole.index(ind["level3"][:4], pos)
            ind["page"], ind["line"] = bisect.bisect_right(starts, nxt), None
            pos = nxt + 1
    return exp


def compare(exp: list[dict], projects: list[dict], indicators: list[dict]) -> list[str]:
    """The differences between the expected projects and jixiao's rows (matched by name, in order): the number of
    projects, each one's year / department / unit / money / goal, its indicators' count and fields (levels, name,
    target and its normalization, page and line); [] when all is right."""
    faults = []
    if len(projects) != len(exp):
        faults.append(f"{len(projects)} projects, want {len(exp)}")
    by_name: dict = {}
    for p in projects:
        by_name.setdefault(p.get("name"), []).append(p)
    inds: dict = {}
    for r in indicators:
        inds.setdefault(r["project_id"], []).append(r)
    for k, e in enumerate(exp):
        if not by_name.get(e["name"]):
            faults.append(f"[{k}] project {e['name']} missing")
            continue
        p = by_name[e["name"]].pop(0)
        for f in ("year", "department", "unit", "budget_year", "budget_fiscal", "budget_other"):
            got = p.get(f)
            if got != e[f] and not (isinstance(got, float) and e[f] is not None and abs(got - e[f]) < 0.01):
                faults.append(f"[{k}] {e['name']} {f}: {got!r}, want {e[f]!r}")
        goal = p.get("goal_annual") or p.get("goal_total") or ""
        if goal.replace(" ", "") != e["goal"].replace(" ", ""):
            faults.append(f"[{k}] {e['name']} goal: {len(goal)} characters ending {goal[-20:]!r}, want {len(e['goal'])}")
        got_inds = sorted(inds.get(p["project_id"], []), key=lambda r: r["seq"])
        if len(got_inds) != len(e["indicators"]):
            faults.append(f"[{k}] {e['name']}: {len(got_inds)} indicators, want {len(e['indicators'])}: "
                          f"{[(r['level3'], r['target_raw']) for r in got_inds]}")
        for want, got in zip(e["indicators"], got_inds):
            for f in ("level1", "level1_std", "level2", "level3", "target_raw", "op", "value", "unit", "target_text",
                      "page", "line"):
                if got.get(f) != want[f]:
                    faults.append(f"[{k}] {e['name']} indicator {want['seq']} {f}: {got.get(f)!r}, want {want[f]!r}")
    for rest in by_name.values():
        faults += [f"phantom project {p.get('name')!r}" for p in rest]
    return faults
