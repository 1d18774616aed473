"""A form layout described by its signature: title patterns, field labels and table kinds.

Every built-in layout reads its forms with the shared core (split_forms ->
read_form); what differs is how it is recognised. `detect()` scores the
fraction of the signature found in the document, so a form of the same
family with a changed label still scores well, and an unrelated document
scores 0.
"""
from __future__ import annotations

import re
from normalize._lazy_re import lazy
from dataclasses import dataclass
from functools import lru_cache

from extract.grid import TEXT_OF, Extracted, ParseWarning, unit_error_warning
from parsers.core import (BODY_ASSESSMENT, FIELD_INDEX, register_table, clean, continued_title, detect_header, document_rows, fold, heading_year, is_value_for,
                          is_title, label_key, level_info, match_field, split_forms, split_summary_table)
from parsers.forms import PLACEHOLDER_NAME as _PLACEHOLDER_NAME, REVIEW_TITLE, RawForm, declared_unit, read_form
from parsers.forms import marks_only, title_project_name
from normalize import orgs
from normalize.dates import A_DAY
from normalize.records import form_year
from normalize.text import NORMALIZER_FAILURES, strict_on
from parsers import labels as L
from parsers.registry import LayoutParser, ParseResult


@dataclass
class Profile:
    """What detect() looks at, computed once per document."""
    text: str                      # title and text lines, folded, no spaces
    labels: frozenset[str]         # label keys of every cell shorter than 40 characters
    fields: frozenset[str]         # contract columns whose labels occur
    headers: frozenset[str]        # table kinds whose header rows occur
    table_fields: frozenset[str] = frozenset()   # those of `fields` given in table cells, a value beside the label


# a day or a month alone on a line (a letter's sign-off day: when it was sent, no year of a form's)
_DAY_ALONE = lazy(rf"^(?:{A_DAY}|(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月份?)$")

_LINE_SPACE = lazy(r"[^\S\n]+")     # spaces, not line breaks


@lru_cache(maxsize=1 << 16)
def _short_label(text: str) -> tuple[str, str | None] | None:
    """A cell's text shorter than 40 characters: its label key and the contract column the key names (FIELD_INDEX, a
    table built once), else None. Memoised by the text: a template's labels fill every form of a run."""
    if len(text) >= 40:
        return None
    k = label_key(text)
    return k, FIELD_INDEX.get(k)


def profile(doc: Extracted) -> Profile:
    cached = doc.__dict__.get("_profile")
    if cached is not None:
        return cached
    rows = document_rows(doc)
    text_parts, labels, fields, headers, in_tables = [], set(), set(), set(), set()
    for row in rows:
        cells = row.cells
        n_cells = len(cells)                             # (asked once a row, not once a cell)
        text_line = row.is_text_line
        if text_line or n_cells == 1:                    # titles: text lines, or one-cell rows of a sheet
            text_parts.append(cells[0].text)
        h = row._header                                  # (detect_header's own cache read here: one call a row
        if h.__class__ is int:                           # less, the header worked out as it does)
            h = detect_header(row)
        if h:
            headers.add(h.kind)
            continue
        for n, (c, short) in enumerate(zip(cells, map(_short_label, map(TEXT_OF, cells)))):
            t = c.text
            if short is not None:
                k, col = short
                labels.add(k)
                if col:
                    fields.add(col)
                    if not text_line and n + 1 < n_cells and is_value_for(cells[n + 1].text):
                        in_tables.add(col)       # (a label with its value beside it, not a list's column head)
                    continue
            if "：" in t[:30] or ":" in t[:30]:
                m = match_field(t)
                if m:
                    fields.add(m[0])
                    if not row.is_text_line and m[1] is not None:
                        in_tables.add(m[0])
    p = Profile(_LINE_SPACE.sub("", fold("\n".join(text_parts))), frozenset(labels), frozenset(fields),
                frozenset(headers), frozenset(in_tables))
    doc.__dict__["_profile"] = p
    return p


_CONTACT_FIELDS = frozenset({"contact", "phone", "fill_date", "leader"})
# a notice's or letter's title (`县财政局关于报送2024年度项目绩效目标的通知`): its lines are the issuer's
_NOTICE_TITLE = lazy(r"(?:通知|函|公告|通告)\s*$")
_COVER_FIELDS = _CONTACT_FIELDS | {"unit", "department", "department_code"}


_SIGNATURES: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[tuple[re.Pattern, ...], tuple[str, ...]]] = {}


def _signature(titles: tuple[str, ...], labels: tuple[str, ...]) -> tuple[tuple[re.Pattern, ...], tuple[str, ...]]:
    """A layout's title regexes compiled and its labels' keys (`label_key`), worked out once a layout (asked of every
    document by `FormLayout.detect`). (A dict of its own, not an lru cache: a layout's signature is no text of a
    document, and a run clearing the text caches between files worked all five out again for each.)"""
    sig = _SIGNATURES.get((titles, labels))
    if sig is None:
        sig = _SIGNATURES[(titles, labels)] = (tuple(re.compile(rx) for rx in titles),
                                               tuple(label_key(x) for x in labels))
    return sig


class FormLayout(LayoutParser):
    """A layout read by the shared core; subclasses give the signature."""
    titles: tuple[str, ...] = ()       # regexes searched in the text lines
    labels: tuple[str, ...] = ()       # label texts expected in cells
    headers: tuple[str, ...] = ()      # table kinds expected
    title_weight = 0.4

    def detect(self, doc: Extracted) -> float:
        p = profile(doc)
        titles, want = _signature(tuple(self.titles), tuple(self.labels))
        t = 1.0 if any(rx.search(p.text) for rx in titles) else 0.0
        found = sum(1 for k in want if k in p.labels) + sum(1 for h in self.headers if h in p.headers)
        total = len(want) + len(self.headers)
        body = found / total if total else 0.0
        if not found:
            return 0.0
        return round(self.title_weight * t + (1 - self.title_weight) * body, 3)

    def parse(self, doc: Extracted) -> ParseResult:
        res = ParseResult()
        rows = document_rows(doc)
        # the document's own title lines (before its first table): a report's, a library's
        head = []
        for r in rows:
            if not r.is_text_line:
                break
            head.append(r.cells[0].text)
        body = next((t for t in head[:6] if _body_assessment_title(clean(t) or "")), None)
        token = BODY_ASSESSMENT.set(True if _BODY_TARGET_ASSESSMENT.search(clean(body) or "") else "work") \
            if body is not None else None
        if token is not None:
            for r in rows:
                r._header = 0              # (asked before, by the layout's detection: asked again under the title)
        try:
            return self._parse(res, rows, head)
        finally:
            if token is not None:
                BODY_ASSESSMENT.reset(token)

    def _parse(self, res: ParseResult, rows: list, head: list[str]) -> ParseResult:
        segs = _split_or_say(rows, res)
        letters = [seg for seg in segs if seg.letter]
        if letters:
            # a covering letter after the last form (`关于报送…的报告` / `县财政局：` / …): no form's rows
            res.warnings.append(_tables_not_read(letters, "covering letter", "after the forms"))
        segs = [seg for seg in segs if not seg.letter]
        registers = [seg for seg in segs if seg.disclosure is not None and register_table(seg.disclosure)]
        if registers:
            # an office's register filed with its forms (a payroll, an asset count): its rows no form's
            res.warnings.append(_tables_not_read(registers, "register", "of an office"))
        tables = [seg for seg in segs if seg.disclosure is not None and not register_table(seg.disclosure)]
        if tables:
            # a 部门预算 / 决算公开's own tables (收支总表, “三公”经费表, 政府采购预算表 …): the department's accounts,
            # no form's money, lines or project; said once, not row by row (their rows are no form's rows lost)
            res.warnings.append(_tables_not_read(tables, "budget table", "of a 部门预算 / 决算公开",
                                                 "the department's accounts, "))
        segs = [s for seg in segs if seg.disclosure is None for s in (split_summary_table(seg) or [seg])]
        read = [_read_or_say(seg, res) for seg in segs]
        # (a form whose reading raised: said once by `internal_error`, no half records; the other forms kept)
        lost = _lost_names([s for s, f in zip(segs, read) if f is None])
        segs, read = [s for s, f in zip(segs, read) if f is not None], [f for f in read if f is not None]
        cover_year: list[str] = []        # the titles and year lines of a cover page just left out
        cover_fields: dict = {}           # its unit, department, leader, contact, phone, fill date
        cover_other: list = []            # its labels of no column (单位负责人：赵刚): other_fields
        for k, (seg, form) in enumerate(zip(segs, read)):
            if lost and _names_lost(form, lost):
                # a cover page or a prose chapter (no table's records) naming the project of a form whose reading
                # raised: no project of its own, that form's (it came out as the project, its name and the notice's
                # contact, its indicators lost — a half record: review rv150)
                res.warnings.append(_not_a_form(form, "a cover page or prose chapter naming the project of a form "
                                                      "whose reading raised (see internal_error): no project"))
                continue
            if form.header_missing and _fields_only_in_text(form, seg):
                if _merged_chapter(res, form, seg, read, "its fields are"):
                    # a report's prose chapter with no table of its own (`（一）项目名称：…`, `（三）项目负责人：李强`
                    # over the form of that project further on): the form's project told in prose, as one with
                    # tables under it is (its leader was lost with it, said as a notice's paragraphs)
                    continue
                if _owner_lines(form) and k + 1 < len(read):
                    # `填报单位：县水利局` printed as a PDF's page header, above the form's title: the unit of the
                    # forms after it that state none (it was no form's, said as a notice's line)
                    cover_fields = dict(form.fields)
                    continue
                # (7)绩效目标：1.深入学习… in a notice's numbered text above the form's title: no form of its own
                res.warnings.append(_not_a_form(form, "a field read from the text above a form (a notice's numbered "
                                                      "paragraphs), no table of its own: no project"))
                continue
            if not (form.fields.keys() - _CONTACT_FIELDS or _has_records(form) or form.slots):
                # nothing read, or only 联系人 / 联系电话 / 填报日期 (a notice's closing lines): no form
                res.warnings.extend(form.warnings)
                named = form.titles + form.year_texts
                if not any(w.code == "project_list" for w in form.warnings):
                    # (a letter's day, `2023年12月20日` over its contact, is when it was sent, the year before the
                    # budget's as often as not: no year of the form's — review rv47)
                    named = [t for t in named if not _DAY_ALONE.match(fold(t).strip(" \u3000()（）"))]
                if form_year(named):
                    # (`2023年度…部门决算公开` over a list, then the form; a cover letter's `关于报送2024年度…绩效目标的函`
                    # over its `联系人：王明` / `联系电话：…` lines, then the form's title naming no year: the letter's year
                    # the form's — it was lost with the letter)
                    cover_year = named
                continue
            if _cover_naming_later(form, seg, read[k + 1:]):
                # a 申报书's cover (`项目名称：职业技能提升培训` / `申报单位（盖章）：…` on lines of their own) over the
                # document whose appendix is the form of that project (`职业技能提升培训项目`): no project of its own
                # (it came out as a second one), its unit and contacts the form's when it states none
                res.warnings.append(_not_a_form(form, "a cover page naming the project of a form further on "
                                                      "(no table of its own): no project"))
                if not any(_NOTICE_TITLE.search(fold(t)) for t in form.titles + form.year_texts):
                    # (a notice's, `县财政局关于报送…的通知` over `（三）联系人：财政局预算股 张敏`: the issuer's contact,
                    # not the form's — it was merged into it)
                    cover_fields = {c: v for c, v in form.fields.items() if c in _COVER_FIELDS}
                continue
            if _merged_chapter(res, form, seg, read, "its fields and tables are"):
                # a 实施方案 / 申报书's prose chapter (`（一）项目名称：区职业技能提升培训（二期）`, `（四）项目负责人：…`) with the
                # 预算明细表 / 进度安排表 under it, and the project's form further on or above: the form's project told
                # in prose (it came out as a second project): its fields where the form states none, its tables the
                # form's
                continue
            listed = any(w.code == "project_list" for w in form.warnings)
            if not _has_records(form) and form.fields and not form.fields.keys() - _COVER_FIELDS and (listed or not any(
                    re.sub(r"[\s(（)）\d年度]+$", "", t).endswith("表") for t in form.titles)
                    or _title_again(form, read[k + 1:])):
                # (under a 汇总表's title, `填报单位：…` over a list of projects read as no form's fields: the list's
                # submitter, no project)
                # a workbook's cover sheet or a form's cover page (`2024年度项目支出绩效目标` over `申报单位：…（盖章）`):
                # no project's name, money, goal or table, under no form's title (…表: a form whose page lost the rest),
                # or under the title the next form repeats (a cover sheet `项目支出绩效目标申报表` over 申报单位（盖章）,
                # then the sheet of `2024年度省级财政专项资金项目支出绩效目标申报表`)
                res.warnings.extend(form.warnings)
                res.warnings.append(_not_a_form(form, (
                    "a list of projects (see project_list) with only its submitter's unit or department above it"
                    if listed else "a cover page (only the unit or department, no project name, money, goal or table)")
                    + ": no project"))
                if not listed and form_year(form.titles + form.year_texts) is not None:
                    cover_year = form.titles + form.year_texts
                if not listed:
                    cover_fields = dict(form.fields)
                    cover_other = list(form.other)
                continue
            if _quoted_scores_only(form):
                # a report or a summary quoting a table of its level-1 scores (决策 | 20 | 18 …) under a title
                # that names no form: no form
                res.warnings.extend(form.warnings)
                res.warnings.append(_not_a_form(form, "a table of level-1 scores quoted under a title that names no "
                                                      "form (a report or a summary): no project"))
                continue
            # (a web page's dateline among the segment's first rows, `发布时间：… | 信息来源：… | 浏览次数：…` in a dump's
            # cells, as among the document's head lines)
            dated = [c.text for r in seg.titles + seg.rows[:6] for c in r.cells if _DATELINE.search(clean(c.text) or "")]
            # (a slide's case line among the segment's rows, `示例：某区…项目（仅为示例…）` over its table: a handout's
            # worked case, as in the head lines)
            cases = [" ".join(c.text for c in r.cells) for r in seg.rows
                     if r.cells and _CASE_LINE.search(fold(r.cells[0].text).strip())]
            why = _no_project(form, head[:6] + dated + cases)
            if why:
                res.warnings.append(_not_a_form(form, f"rows read like a form's, but {why}: no project"))
                continue
            if cover_year and form_year(form.titles + form.year_texts) is None:
                # the sheets after a workbook's cover `…2024年度部门预算项目绩效目标表` that state no year: the cover's
                # (the forms after the first take the year of the form before them)
                form.year_texts.extend(cover_year)
            cover_year = []
            for col, value in cover_fields.items():
                # the cover's 填报单位 / 联系电话 / 填报日期 (and its 单位负责人, in other_fields) are those of the forms
                # after it that state none (they were lost with the cover)
                form.fields.setdefault(col, value)
            form.other.extend(x for x in cover_other if x[0] not in {o[0] for o in form.other})
            res.forms.append(form)
        _inherit_preamble(res.forms, rows, res.warnings)
        return res


def _split_or_say(rows: list, res: ParseResult) -> list:
    """split_forms(ROWS); an error raised cutting them (a bug met by one part of the file) cuts them again in blocks
    (_blocks: a page or sheet each, else a block from one form's title to the next's), each cut on its own, a block
    whose cutting raises left out with one `internal_error` warning naming its pages or lines and the error (it failed
    the whole file: hunt rb2). Strict, raised."""
    try:
        return split_forms(rows)
    except Exception as e:
        if strict_on():
            raise
        first = e
    blocks = _blocks(rows)
    segs: list = []
    for block in blocks:
        try:
            if len(blocks) < 2:
                raise first
            segs.extend(split_forms(block))
        except Exception as e:
            if strict_on():
                raise
            res.warnings.append(_block_error(block, e))
    return segs


def _blocks(rows: list) -> list[list]:
    """ROWS cut where a page or sheet that opens a form begins (a file of pages: _opens_form), else where a form's
    title begins after rows that are none (is_title: a text dump's forms). (A page continuing the form above it, its
    indicator rows under the page break, stays that form's: cut off it was read as a form of its own, the form above
    losing its last rows — review rv155.)"""
    pages = [next((c.page for c in r.cells), None) for r in rows]
    if len(set(pages) - {None}) > 1:
        cut, last = [], None
        for k, page in enumerate(pages):
            if page is not None:
                if last is not None and page != last and _opens_form(rows[k:k + 3], pages[k:k + 3], page):
                    cut.append(k)
                last = page
    else:
        cut = [k for k in range(1, len(rows)) if is_title(rows[k]) and not is_title(rows[k - 1])
               and not continued_title(rows[k])]
    return [rows[a:b] for a, b in zip([0, *cut], [*cut, len(rows)]) if rows[a:b]]


def _opens_form(first: list, pages: list, page) -> bool:
    """Whether a page's FIRST rows (their PAGES; those of PAGE asked) open a form: one is a form's title (under an
    `附件2` line or a page's head), or the first states a 项目名称 (a sheet's form under no title)."""
    own = [r for r, p in zip(first, pages) if p in (page, None)]
    # (a title marked as the form's continuation, `项目支出绩效目标表（续）` atop the page, opens none: the page was cut
    # off as a form of its own, the form above losing its last rows — hunt rb3)
    return any(is_title(r) and not continued_title(r) for r in own) or bool(own) and any(
        "名称" in c.text and (m := match_field(c.text)) is not None and m[0] == "name" for c in own[0].cells)


def _block_error(block: list, e: Exception) -> ParseWarning:
    """The `internal_error` of a block of rows whose cutting into forms raised E: its pages or lines named."""
    cells = [c for r in block for c in r.cells]
    first = cells[0] if cells else None
    pages = sorted({c.page for c in cells} - {None})
    lines = [c.line for c in cells if c.line is not None]
    if pages:
        unit = f"page {pages[0]}" if len(pages) == 1 else f"pages {pages[0]}-{pages[-1]}"
    else:
        unit = f"lines {min(lines)}-{max(lines)}" if lines else "a block of rows"
    said = " ".join((first.text if first is not None else "").split())[:40]
    return unit_error_warning(f"{unit} (`{said}`)", e, "its rows", "parts",
                              first.page if first else None, first.line if first else None)


def _read_or_say(seg, res: ParseResult) -> RawForm | None:
    """read_form(SEG); an error raised reading it (a bug met by one form of the file) None and one `internal_error`
    warning in RES at the form's first line naming the error — the file's other forms are read (one form's error
    failed the whole file, every table emptied: hunt rb1). Strict (process_file(strict=True), --strict), raised."""
    noted = NORMALIZER_FAILURES.get()
    n0 = len(noted) if noted is not None else 0
    try:
        form = read_form(seg)
    except Exception as e:
        if strict_on():
            raise
        res.warnings.append(form_error_warning(seg, e, "read"))
        if noted is not None:
            # (the normalizer failures its reading noted before the error: no record of it holds those cells, a
            # `normalizer_failed` of them pointed at records left out — hunt rb2)
            del noted[n0:]
        return None
    if noted is not None and len(noted) > n0 and form is not None:
        form.noted = noted[n0:]
    return form


def _lost_names(segs: list) -> set[str]:
    """The project names (_bare_name, 4 characters or more) the 项目名称 labels of SEGS state (forms whose reading
    raised): beside the label (`项目名称 | 农村饮水安全巩固提升工程项目`) or after its colon; of a segment stating
    none, the name its title writes before the form's kind (`安定区城区集中供热管网改造项目支出绩效目标表`, 5 characters
    or more, as the form's reader reads a title's name, forms.title_project_name: a cover naming it was a half record
    of the dropped form, hunt rb2)."""
    out = set()
    for seg in segs:
        labelled = len(out)
        for r in [*seg.titles, *seg.rows]:
            for k, c in enumerate(r.cells):
                if "名称" in c.text and (m := match_field(c.text)) is not None and m[0] == "name":
                    said = m[1] or (r.cells[k + 1].text if k + 1 < len(r.cells) else "")
                    if len(bare := _bare_name(said or "")) >= 4:
                        out.add(bare)
        if len(out) == labelled:
            for r in seg.titles:
                # (the form's reader's own reading of a title, forms.title_project_name: a third rule here, hunt ti24)
                named = title_project_name(" ".join(c.text for c in r.cells))
                if named and len(bare := _bare_name(named)) >= 5:
                    out.add(bare)
    return out


def _names_lost(form: RawForm, lost: set[str]) -> bool:
    """A form of no table's records whose 项目名称 names a project of LOST (one bare name holding the other, as
    _prose_chapter_of compares them)."""
    name = form.fields.get("name")
    if name is None or _has_records(form) or form.slots:
        return False
    own = _bare_name(name.text)
    return len(own) >= 4 and any(own in b or b in own for b in lost)


def form_error_warning(where, e: Exception, what: str,
                       lost: str = "its records left out, the file's other forms kept") -> ParseWarning:
    """The `internal_error` warning of a form (a RawForm or a FormSegment: WHERE) whose WHAT (its reading, its
    records' normalizing) raised E: at its first line, the form's title (its first text) and the error named, then
    what was LOST."""
    first = where.first
    if first is None:
        rows = list(getattr(where, "titles", None) or []) + list(getattr(where, "rows", None) or [])
        first = next((c for r in rows for c in r.cells if (c.text or "").strip()), None)
    titles = getattr(where, "own_titles", None) or getattr(where, "titles", None) or []
    said = next((t if isinstance(t, str) else " ".join(c.text for c in t.cells) for t in titles), None) or (
        first.text if first is not None else "")
    said = " ".join((said or "").split())[:40]
    # (what names it among forms of one title: its 项目名称 read, else its first row's text)
    named = where.fields.get("name") if isinstance(getattr(where, "fields", None), dict) else None
    row = named.text if named is not None else next((" ".join(c.text for c in r.cells if c.text) for r in
                                                    getattr(where, "rows", None) or [] if not r.is_text_line), "")
    if (row := " ".join((row or "").split())[:40]) and row != said:
        said += f"` / `{row}"
    return ParseWarning("internal_error", f"the form at `{said}` could not be {what} ({type(e).__name__}: "
                        f"{str(e)[:160]}): {lost}",
                        first.page if first else None, first.line if first else None)


def _not_a_form(form, message: str) -> ParseWarning:
    """The `not_a_form` warning for rows read like a form's that give no project (a RawForm), or a segment of no
    form's (a FormSegment), at its first cell."""
    first = form.first
    return ParseWarning("not_a_form", message, first.page if first else None, first.line if first else None)


def _tables_not_read(segs: list, noun: str, whose: str, why: str = "") -> ParseWarning:
    """One `not_a_form` warning for the tables of no form's a document holds (segments with a `disclosure` name),
    at the first: `2 registers of an office (…; …): no form's; not read`, the first six named."""
    names = list(dict.fromkeys(seg.disclosure for seg in segs))
    return _not_a_form(segs[0], f"{len(segs)} {noun}{'s' if len(segs) > 1 else ''} {whose} "
                                f"({'; '.join(names[:6])}{' …' if len(names) > 6 else ''}): {why}no form's; not read")


_TITLE_NOISE = lazy(r"[\s(（)）]|(?:19|20)\d{2}\s*年度?|年度")


def _bare_title(title: str) -> str:
    """A title without its years, spaces and brackets (`（2024年度）`), for comparing the titles of two forms."""
    return _TITLE_NOISE.sub("", fold(title))


def _title_again(form: RawForm, later: list[RawForm]) -> bool:
    """Is a form's title (one ending in 表) repeated by a later form of the document that has records: a cover's?"""
    own = {k for t in form.titles if len(k := _bare_title(t)) >= 6 and k.endswith("表")}
    # (or the later form's title inside the cover's: `昆明市盘龙区2024年度部门预算项目绩效目标表` over the sheets of
    # `项目绩效目标表`, the collection's title)
    return bool(own) and any(_has_records(f) and any(
        o in (b := _bare_title(t)) or len(b) >= 6 and b.endswith("表") and o.endswith(b) for t in f.titles for o in own)
        for f in later)


def _has_records(form: RawForm) -> bool:
    """Did the form give any table's records (indicators, budget lines, scores, safeguards, assessment items)?"""
    return bool(form.indicators or form.budget_items or form.scores or form.safeguards or form.assessment_items)


def _fields_only_in_text(form: RawForm, seg) -> bool:
    """A form without records whose fields were all read from text lines (no table row of its own)."""
    if _has_records(form) or not form.fields:
        return False
    text_cells = {id(c) for r in seg.rows if r.is_text_line for c in r.cells}
    return all(id(v.cell) in text_cells for v in form.fields.values())


_OWNER_FIELDS = frozenset({"unit", "department", "department_code"})


def _owner_lines(form: RawForm) -> bool:
    """Only a 填报单位 / 主管部门 (and its code) on lines of their own, each naming one body (`填报单位：县水利局`, a page
    header's; not a notice's instruction `主管部门：填写项目主管部门名称`), maybe with the header's date and contact
    beside it (`填报单位（盖章）：县统计局    填报日期：2024年3月1日`: the unit was lost, said as a notice's line)."""
    return bool(form.fields.keys() & _OWNER_FIELDS) \
        and form.fields.keys() <= _OWNER_FIELDS | _CONTACT_FIELDS - {"leader"} and all(
            col not in ("unit", "department") or orgs.org_kind(v.text) is not None for col, v in form.fields.items())


def _bare_name(text: str) -> str:
    """A project name without spaces, brackets and a closing 项目 (`职业技能提升培训项目` → `职业技能提升培训`)."""
    return re.sub(r"项目$", "", re.sub(r"[\s(（)）〔〕\[\]“”\"]", "", fold(text)))


def _cover_naming_later(form: RawForm, seg, later: list[RawForm]) -> bool:
    """A form with no records whose fields all come from text lines, its name the same as (or the start of) the name
    of a later form of the document that has records: a cover page of that form's project."""
    name = form.fields.get("name")
    if name is None or not _fields_only_in_text(form, seg) or form.fields.keys() & L.MONEY_FIELDS:
        return False
    own = _bare_name(name.text)
    if len(own) < 4:
        return False
    return any(_has_records(f) and (other := f.fields.get("name")) is not None
               and _bare_name(other.text).startswith(own) for f in later)


# fields a prose chapter may give from other than its lines: a schedule table's plan, an option ticked or named
_CHAPTER_TABLE_FIELDS = frozenset({"plan", "category", "fund_use", "fund_type"})


def _merged_chapter(res, form, seg, read: list, what: str) -> bool:
    """Whether FORM is a report's prose chapter naming the project of another form of READ (`_prose_chapter_of`):
    then merged into that form, said on RES as no project of its own (WHAT: 'its fields are' …), and True."""
    owner = _prose_chapter_of(form, seg, [f for f in read if f is not form])
    if owner is None:
        return False
    res.warnings.append(_not_a_form(form, "a report's prose chapter naming the project of the form in the document "
                                          f"({what} that form's): no project"))
    _merge_into(owner, form)
    return True


def _prose_chapter_of(form: RawForm, seg, others: list[RawForm]) -> RawForm | None:
    """The form whose project a form of no indicator, score or assessment item tells in prose: its name (and every
    field but money read from a table's total and a schedule's plan) read from text lines, and exactly one other
    form of the document, with indicators or scores, naming the same project (one bare name holding the other:
    `区职业技能提升培训（二期）` and `职业技能提升培训项目`). None otherwise."""
    name = form.fields.get("name")
    if name is None or form.indicators or form.scores or form.assessment_items or form.slots:
        return None
    text_cells = {id(c) for r in seg.rows if r.is_text_line for c in r.cells}
    if id(name.cell) not in text_cells or any(id(v.cell) not in text_cells for c, v in form.fields.items()
                                               if c not in L.MONEY_FIELDS and c not in _CHAPTER_TABLE_FIELDS):
        return None
    own = _bare_name(name.text)
    scored = [f for f in others if f.indicators or f.scores]
    if len(own) < 4 or len(scored) != 1 or (other := scored[0].fields.get("name")) is None:
        return None
    year = heading_year(seg.rows)
    if year is not None and form_year(scored[0].titles + scored[0].year_texts) not in (None, year):
        return None           # (`2023年度…实施方案` over the project's 2024 form: another year's plan, not its chapter)
    theirs = _bare_name(other.text)
    return scored[0] if len(theirs) >= 4 and (theirs in own or own in theirs) else None


def _merge_into(owner: RawForm, chapter: RawForm) -> None:
    """A prose chapter's fields where the form states none (its name not), its tables' records and labels of no
    column the form's."""
    for col, value in chapter.fields.items():
        if col != "name":
            owner.fields.setdefault(col, value)
    owner.budget_items.extend(chapter.budget_items)
    owner.safeguards.extend(chapter.safeguards)
    owner.other.extend(x for x in chapter.other if x[0] not in {o[0] for o in owner.other})
    owner.warnings.extend(w for w in chapter.warnings if w.code != "no_indicators")


_PREAMBLE_FIELDS = ("department", "unit")


def _inherit_preamble(forms: list[RawForm], rows: list, warnings: list | None = None) -> None:
    """Forms one after the other under one title (a 部门预算公开's projects: `项目名称 | …` again and again) with
    the document's preamble above the first (`单位：万元`, `部门：…`, `单位名称：…    金额单位：万元` on lines of
    their own): the later forms, which have no title of their own, are in that money unit and of that
    department or unit too (their 预算金额 | 612.50 was read as 612.5 元).
    A form whose inheriting raises (a bug met there) keeps what it read itself, its money unit and fields as they
    were, with one `internal_error` warning in WARNINGS; the forms after it inherit from the form before it, as
    ever (it failed the whole file: hunt rb3). Without WARNINGS, or strict, raised."""
    if len(forms) < 2:
        return
    line_cells = {id(r.cells[0]) for r in rows if r.is_text_line and r.cells}
    line_places = {(r.cells[0].page, r.cells[0].line) for r in rows if r.is_text_line and r.cells
                   and r.cells[0].line is not None}
    at = {id(r.cells[0]): k for k, r in enumerate(rows) if r.cells}
    prev = forms[0]
    for form in forms[1:]:
        held = form.form_unit, dict(form.fields)
        try:
            _inherit_one(prev, form, rows, at, line_cells, line_places)
        except Exception as e:
            if warnings is None or strict_on():
                raise
            form.form_unit = held[0]
            form.fields.clear()
            form.fields.update(held[1])
            warnings.append(form_error_warning(form, e, "given the preamble above it",
                                               "read with its own money unit and fields only"))
            continue                # (the forms after it inherit from the form before it)
        prev = form


def _inherit_one(prev: RawForm, form: RawForm, rows: list, at: dict, line_cells: set, line_places: set) -> None:
    """_inherit_preamble's step: FORM, after PREV, given PREV's money unit and its department or unit from the
    preamble's lines (LINE_CELLS, LINE_PLACES), where it states none; AT: the rows' places by their first cell."""
    if form.titles and form.form_unit is None and prev.form_unit is not None and _same_project(prev, form) \
            and not any(v.unit for v in form.fields.values()):
        # `2024年度项目支出绩效目标调整申请表` of the project the 申报表 above declared in 万元, with no money unit of
        # its own: its money is in the same (调整前预算数 `3,000.00` was read as 3,000 元 beside the 申报表's 3,000 万元)
        form.form_unit = prev.form_unit
    if form.titles or form.header_missing or form.kind != prev.kind:
        return
    # lines between the two forms' starts that state their own unit or unit name (`金额单位：元`,
    # `单位名称：某县第二中学` before the next 项目名称): that form's, not the preamble's
    a, b = at.get(id(prev.first)), at.get(id(form.first))
    gap = rows[a + 1:b] if a is not None and b is not None else []
    last_grid = max((k for k, r in enumerate(gap) if not r.is_text_line), default=-1)
    between = [r.cells[0].text for r in gap[last_grid + 1:] if r.is_text_line]
    own = {m[0] for t in between for m in [match_field(t)] if m is not None}
    if form.form_unit is None and not any(declared_unit(t) for t in between):
        form.form_unit = prev.form_unit
    for col in _PREAMBLE_FIELDS:
        v = prev.fields.get(col)
        if col not in form.fields and col not in own and v is not None and (
                id(v.cell) in line_cells or (v.cell.line is not None and (v.cell.page, v.cell.line) in line_places)):
            form.fields[col] = v


def _same_project(a: RawForm, b: RawForm) -> bool:
    """Do two forms name the same project (their 项目名称 as written, spaces aside)?"""
    na, nb = a.fields.get("name"), b.fields.get("name")
    return na is not None and nb is not None and bool(clean(na.text)) and clean(na.text) == clean(nb.text)


def _quoted_scores_only(form) -> bool:
    """A 'form' that is only a table of level-1 points and scores (no indicator, budget line, safeguard or
    assessment item, no score row naming a level 2 or 3), under no title naming a table (…表), with no 项目名称 in a
    table's cells (a report's 项目基本情况表 is its project's record), titled a report (…报告 / …总结) or with no field
    but from a sentence (`项目名称：…。主管部门：…。`): a 绩效评价报告 or a 工作总结 quoting its scores."""
    if form.indicators or form.budget_items or form.safeguards or form.assessment_items or not form.scores:
        return False
    if any(s.get("level2") or s.get("level3") for s in form.scores):
        return False
    if any("表" in t for t in form.titles):
        return False
    if _record_table(form):
        return False              # (a report's 项目基本情况表, `项目名称 | …` a table's cells: the project evaluated, its
        #                           money and its scores the form's — they were not_a_form, no project, hunt fam3)
    if any(_REPORT_TITLE.search(t) for t in form.titles + form.year_texts):
        return True               # …绩效评价报告 / 工作总结: its 项目名称：… lines describe the project evaluated
    # a form's own fields (项目名称 | …), not a report's sentences (…维修养护。主管部门：…)
    return not any("。" not in v.text for k, v in form.fields.items()
                   if k not in ("year", "score") and k not in _CONTACT_FIELDS)


def _record_table(form) -> bool:
    """Does a report state what it evaluates in a table's cells — its 项目基本情况表's `项目名称 | …`, or a 部门整体支出
    report's 部门基本情况表, `部门名称 | …` / `单位名称 | …` (the body's whole spending, no project's name: review rv2)?
    Its money and scores are that record's, no scores quoted."""
    return any((own := form.fields.get(k)) is not None and own.cell is not None and own.cell.col > 0
               for k in ("name",) + (("department", "unit") if form.whole_body else ()))


_REPORT_TITLE = lazy(r"报告|总结|说明书?$|通报|简报")
# a list of indicators to choose from (指标库 / 共性指标体系框架), a training handout, a filled-in example
# a scored 指标体系 of a project, a fund or a policy (`…项目绩效评价指标体系及评分表`, `…建设项目绩效评价指标体系` whose 得分
# column is filled): its scores are data, no library's, whether or not its title says 评分表 or names one project
# (`2024年度县级重点建设项目绩效评价指标体系`, 合计 94.1: it was not_a_form, the 12 scores lost, review rvb)
_SCORED_FRAMEWORK = lazy(r"^(?!.*(?:示例|样表|样例|模板|参考|范本)).*(?:项目|资金|政策).{0,12}指标体系")
# (a guide to writing forms, `项目支出绩效目标编制指引（试行）`, `…绩效目标编报操作指南`: its table the examples it gives;
# so a Q&A on them, `预算绩效目标编制常见问题解答`, `…填报答疑`: its one example row under `问3：指标值应当如何填写？`
# gave a project named null, hunt ng7 — _HANDOUT's Q&A words)
_QA_TITLE = r"问题解答|答疑|问答"
_LIBRARY_TITLE = lazy(r"指标(?:参考)?库|指标体系|指标框架|共性指标|指标目录|指标汇编|参考指标|指标模板|讲义|课件|培训|示例"
                      r"|指引|指南|" + _QA_TITLE)
_HEAD_REPORT = lazy(r"报告|总结|公报")
# a library's own title words alone (no handout's, no 示例: a blank template titled so is still a blank form); a list
# of names printed for forms to draw on, `…绩效指标参考目录`, `…核心绩效指标清单`, `…通用绩效指标` too (they gave a project
# named null of the names: review rv143)
_LIBRARY_NAME = lazy(r"指标(?:参考)?(?:库|目录|清单)|共性指标|通用(?:绩效)?指标|指标框架|指标汇编|参考指标")
# a training handout's own title (…编制实务培训课件, …讲义, 填报培训材料) and a line presenting a worked case under it (`案例一：
# 项目支出绩效目标表`, `示例：`): the case's form is the teacher's example, no project of the archive's, however real its
# name (`某县农村公路养护项目` gave a project with its indicators; hunt ng6) — a project of 培训 (`…农民培训项目绩效目标表`)
# is no handout, its title no handout's word and no case line above it
# (`全面实施预算绩效管理培训`, `…业务培训（第二讲）` too; a case line's number may be followed by a space or bracketed,
# `案例一 项目支出绩效目标表`, `【案例一】…` — they gave the case's project, review rv106; but `案例分析能力提升专题培训班`, a
# course's name, is no case line: 讲解 / 分析 / 展示 end the line or stand before a colon)
# (a Q&A on writing forms, `…常见问题解答`, `…填报答疑（第二期）`, is one, and an answer ending on the example it
# gives, `答：按照…填写，示例如下：`, `答：不能，应当量化，例如：`, its case line: the example's 某县农村公路养护项目 was
# a project of the archive's, hunt ng7; so `【答】…`, `答 ：…`, an answer pointing to the table, `…参照下表填写：`, and
# one whose colon was cut, `…示例如下` — they gave the example's project, review rv118)
_HANDOUT = lazy(r"课件|讲义|培训(?:材料|资料|提纲|辅导)|" + _QA_TITLE
                + r"|(?:编制|填报|编报|业务|实务|专题|管理)培训(?:会|班)?(?:第[一二三四五六七八九十\d]+讲)?$")
_CASE_LINE = lazy(r"^(?:[(（【\[]?[一二三四五六七八九十\d]+[)）、.．]?\s*)?[【\[]?(?:案例|示例|范例|样例|实例)"
                  r"[一二三四五六七八九十\d]*(?:讲解|分析|展示)?(?:[:：\s】\]]|$)"
                  r"|^(?:[【\[]答[】\]]|答\s*[:：]).*(?:示例|举例|例如|样例|范例|如下|下表)[^，。,;；:：]{0,6}[:：。]?$")


_BUDGET_TABLE = lazy(r"(?:收支|收入|支出|拨款|经费|预算|决算|资金)[^，。,;；]{0,14}(?:总表|表)\s*$")


# a person's own 考核 sheet (`机关事业单位工作人员2023年度绩效考核评分表`), not a task breakdown about people
# (`…职工医疗保险参保扩面目标任务考核分解表`, `全县干部教育培训工作目标考核任务分解表`, `人员密集场所消防…考核细则`)
_PERSONNEL = lazy(r"(?:工作人员|公务员|员工|教职工|个人|教师|班主任|医生|医师|护士|干部|职工)[^，。：:]{0,12}(?:考核|测评|考评|述职)"
                        r"(?:[^，。：:]{0,4}(?:评分表|登记表|测评表|考核表)|表)"
                        # (a staff pay plan: 奖励性绩效工资分配方案, 绩效工资考核分配办法 — its 考核项目 | 分值 score people; not a
                        # fund's 绩效工资补助资金 form)
                        r"|绩效工资(?:分配|考核|发放){1,2}(?:实施|管理|暂行)?(?:方案|办法|细则|表)")
# a bureau's work plan (重点工作目标任务分工表, 年度工作要点, 工作计划): targets with who does them and by when; a
# government's plan of its economy (…国民经济和社会发展计划主要指标表: 指标名称 | 2023年完成 | 2024年预期目标)
_WORK_PLAN = lazy(r"工作要点|重点工作|工作计划|任务分工|分工表|分工方案|工作安排|责任分工"
                        # a government's plan of its economy (国民经济和社会发展计划 / 十四五规划 主要指标表)
                        r"|社会发展计划|发展规划|规划纲要")
# a web page's dateline (`来源：县财政局`, `发布时间：2024-03-22`, `浏览次数：386`): a news article's, no form's line
_DATELINE = lazy(r"^(?:(?:信息)?来源|发布(?:时间|日期|机构)|浏览(?:次数|量)|访问(?:次数|量)|点击(?:次数|数|量)|阅读(?:次数|量))\s*[:：]")
# a title naming a form (…表), or a project's targets as a government site publishes them without the word 表
# (`2024年农村公路养护项目绩效目标` over 三级指标 | 指标值 under its dateline: a real form, review rv9)
_FORM_NAMED = lazy(r"表$|项目(?:支出)?绩效(?:目标|指标)(?:公开|情况)?$")
# a statistic's title (…统计监测表, 统计表, 统计报表, 统计公报, 统计年鉴, 监测指标表): a place's or a sector's figures, no form's
_STATISTIC_TITLE = lazy(r"统计(?:监测|公报|年鉴|报表|表|快报|月报)|监测(?:指标)?(?:表|报表)$")
# an institution's own appraisal (三级公立医院绩效考核, 学校绩效考核, 国有企业绩效考核), no project's
_INSTITUTION_APPRAISAL = lazy(r"(?:医院|卫生院|医疗机构|学校|高校|中学|小学|幼儿园|企业|公司|银行)[^，。：:]{0,16}绩效考核")
# a government's assessment of its bodies' targets (某镇…镇直部门目标管理责任制考核表, 某县财政局…股室目标管理考核评分表,
# 村（社区）目标责任考核评分表): a department's, an office's, a township's or a village's work scored, no project's form
_BODY_TARGET_ASSESSMENT = lazy(r"目标(?:管理|责任)[^，。：:]{0,10}(?:考核|考评|评分|评比)")
# so a government's assessment of its bodies' work (2024年度县直部门预算绩效管理工作考核评分表, 乡镇年度工作考核细则): their
# work scored by sections of its own (组织管理 / 工作成效), no project's form; the work may be the management of
# budgets (预算绩效管理, 预算管理: a task, no money of a project's)
_BODY_WORK_ASSESSMENT = lazy(r"(?:部门|单位|乡镇|街道|股室|科室|县直|市直|区直|机关|村[(（]社区[)）]|社区|村级)"
                                   r"[^，。：:]{0,16}工作[^，。：:]{0,2}(?:考核|考评)")
# (a body's work of managing money, no project's money: 预算绩效管理, 预算执行, 预算编制, 财政资金监管, 财务管理 — only
# 预算管理 was, `县直部门预算执行工作考核评分表` a project's scores, review rv2)
_MANAGEMENT_WORK = lazy(r"(?:预算|财政资金|财务|资金)(?:绩效)?(?:管理|执行|编制|监管)")


def _body_assessment_title(title: str) -> bool:
    """Is `title` a body's work assessed (a 目标管理 / 目标责任 考核, or a body's 工作考核 — `县直部门预算绩效管理工作考核
    评分表`), naming no project's money?"""
    if _BODY_TARGET_ASSESSMENT.search(title):
        return not _PROJECT_MONEY_WORD.search(title)
    return bool(_BODY_WORK_ASSESSMENT.search(title)) and not _PROJECT_MONEY_WORD.search(_MANAGEMENT_WORK.sub("", title))
_PROJECT_MONEY_WORD = lazy(r"项目|专项|资金|支出|预算|经费|补助")
_TASK_WORD = lazy(r"任务|分解|细则|专项|整治|目标")
# a notice of an assessment's results (`关于2024年度部门预算绩效管理考核情况的通报`, `…考核结果公示`): the
# bodies' scores, one body a row (`一 | 县教育局 | 预算绩效管理 | 100 | 95.5`), no breakdown of tasks (hunt ng3)
# (a 考核得分汇总表 of one body's items, `XX县2024年度乡镇目标管理考核得分汇总表`, is read as before)
# (a 通知 of results too, and a batch's bracket after it, `…的通报（第一批）`: md15 of code review rd2)
# a company's 经营业绩考核 (企业负责人经营业绩考核, a 集团's of its 子公司 / 所属企业: 营业收入, 利润总额 by 考核标准): the
# owner's appraisal of a business's results, no government body's breakdown of tasks; the company a 集团 / 公司 or
# an owner's 所属 / 出资 / 国有 … 企业, not 企业 a body's work serves (`…优化营商环境和服务企业工作业绩考核…`, a city's
# appraisal of its counties: review rv134)
_BUSINESS_RESULTS = lazy(r"经营业绩考[核评]|(?:集团|公司|(?:国有|国资|所属|下属|出资|监管|[省市县区]属)企业|企业负责人)"
                         r"[^，。：:]{0,16}(?:经营|业绩)[^，。：:]{0,4}(?:考核|考评)")
_RESULTS_NOTICE = lazy(r"(?:结果|情况|得分|排名|等次)的?(?:通报|公示|公告|通知)\s*(?:[（(][^）)]{1,10}[）)])?\s*$"
                       r"|^关于[^，。：:\t]*的通报\s*(?:[（(][^）)]{1,10}[）)])?\s*$")
# a review of a form's targets by the finance bureau or experts (绩效目标审核意见表, 专家评审意见表, 事前绩效评估专家评分表): scores of the
# review's criteria, not of the project's indicators; a `…绩效目标评审表` / `…审查表` of the reviewers' conclusions is one
# too, as a 审核表 is (it was read as the project's target form, a 审核意见表 not: hunt fam11 — both a review, the
# 评审 / 审核 word no matter; an 事前评估表 / …评估结论表 is the project's assessment, its form)
_REVIEW_TITLE = lazy(REVIEW_TITLE)     # (parsers.forms' one pattern, its late reviews' too: md8)
# (but a `…绩效目标审核表` carrying the project's indicators is the target form the reviewers signed off, its 审核意见 a
# sign-off line: a target form — it was not_a_form, hunt of4's leftover; hunt ti7)
_TARGETS_REVIEWED = lazy(r"目标(?:申报|批复)?(?:审核|评审|审查)表$")
# a form's filling instructions printed apart (…申报表填表说明, 填报说明 as a 栏目 | 填报要求 table): what to write in
# each box, no project's values
_INSTRUCTIONS_TITLE = lazy(r"(?:填表|填报|填写|编制|编报)(?:说明|须知|要求)[:：]?$")
INSTRUCTIONS_SAID = "it is a form's filling instructions (填表说明), what to write in each box"
_PERFORMANCE_WORD = lazy(r"绩效|自评|评价|支出|专项资金|资金使用|部门整体|预算")
_PERFORMANCE_TITLE = lazy(r"绩效|自评|支出|专项资金|资金|部门整体|预算|项目|经费|补助|财政|目标表|指标表")
_GOAL_FIELDS = frozenset({"goal_total", "goal_annual", "goal_actual", "overview"})


_CLAUSE = lazy(r"[，,；;]")


def instructions_title(titles: list[str]) -> str | None:
    """The first of TITLES naming a form's filling instructions (`…申报表填表说明`, `填报说明`), or None."""
    return next((t for t in titles if t and _INSTRUCTIONS_TITLE.search(_bare_title(t))), None)


def _names_a_level(rows: list[dict], keys: tuple[str, ...] = ("level1", "level2")) -> bool:
    """Does any of ROWS name, in one of KEYS, a level of a performance framework (level_info: 产出 / 效益 / 决策 …)?"""
    return any(level_info(r.get(k) or "")[:2] != (None, None) for r in rows for k in keys)


def _no_project(form, head: list[str]) -> str | None:
    """No project's form although it reads like one: an indicator library or framework, a handout or a report
    (…指标库 / …共性指标体系框架 / …报告 in its titles, or in the document's title lines above a form whose own
    title is missing) with no project name; a filled-in example of a notice
    (`项目名称 | XX项目`, `主管部门 | XX局`). They gave projects named null (or XX项目) with their rows."""
    name = form.fields.get("name")
    if name is not None and _PLACEHOLDER_NAME.match(name.text):
        if not marks_only(name.text):
            return f"its project is named {name.text.strip()!r} (a filled-in example)"
        # a name of marks alone (`××`, `XXXX`): the template's box, blank or an example as the values say
        form.example_name = f"its project is named {name.text.strip()!r} (a filled-in example)"
        return None
    handout = next((t for t in head[:3] if _HANDOUT.search(_bare_title(t))), None)
    if handout is not None and (name is not None or not form.fields.keys() & (L.MONEY_FIELDS | {"department", "unit"})) \
            and any(_CASE_LINE.search(fold(t).strip()) for t in form.titles + head):
        # (a slide's example of levels and targets alone, no 项目名称, money or body, its project named only in the
        # case line `示例：某区老旧小区改造项目（仅为示例…）`, the same: it was a project named null, hunt nw11)
        # (a Q&A's example is named as the Q&A's, no training's: review rv118)
        what = "a Q&A on writing forms" if re.search(_QA_TITLE, _bare_title(handout)) else "a training handout"
        return f"it is a worked case in {what} ({clean(handout)!r}), no project's form"
    sentence = name is not None and name.cell is not None and name.cell.text.strip().endswith("。") \
        and bool(_CLAUSE.search(name.text)) and not any(L.FORM_TITLE.search(clean(t) or "") for t in form.titles)
    # (under a form's own title, `项目名称 | 农村供水保障工程（一期、二期），续建。` is its name)
    if sentence:
        name = None         # 一、评价对象：某区…项目，主管部门为…。 (a report's sentence, no form's name)
    own = form.titles + form.year_texts
    # (a review's title met below the form's indicators, `绩效目标审核意见表` under a form of no title of its own: a
    # review appended to the form, not what the form is — it was not_a_form, the indicators lost; review rv39)
    reviews_own = form.own_titles + form.year_texts
    if form.kind == "assessment" and any(_PERSONNEL.search(clean(t) or "") and not _TASK_WORD.search(clean(t) or "")
                                         for t in own + head):
        # 机关事业单位工作人员2023年度绩效考核评分表 (德 / 能 / 勤 / 绩 / 廉): a person's appraisal, no task breakdown
        return "it is a personnel appraisal (a person's 考核 sheet), no breakdown of tasks"
    if (form.kind == "assessment" or name is None and not form.fields.keys() & L.MONEY_FIELDS) \
            and not any(L.FORM_TITLE.search(clean(t) or "") for t in own) \
            and (biz := next((t for t in own + head if _BUSINESS_RESULTS.search(clean(t) or "")), None)) is not None:
        # 某某集团2025年度子公司经营业绩考核指标表 (财务指标 / 运营指标 by 考核标准): a company's results appraised
        # (read as assessment items, or as a target form's indicators of no name and no money: review rv134)
        return f"it is a company's 经营业绩考核 ({clean(biz)!r}), no breakdown of a body's tasks"
    if form.kind == "assessment" and not any(L.FORM_TITLE.search(clean(t) or "") for t in own) \
            and (notice := next((t for t in own + head if _RESULTS_NOTICE.search(clean(t) or "")), None)) is not None:
        # 序号 | 单位 | 考核内容 | 分值 | 得分 under `关于…考核情况的通报`: the bodies' results announced, no breakdown of
        # tasks (its rows were read as items, `二` / `三` unparsed; a 任务分解表 attached to the notice has its own title)
        return f"it is a notice of an assessment's results ({clean(notice)!r}), no breakdown of tasks"
    if own and any(_REVIEW_TITLE.search(_bare_title(t)) for t in reviews_own) \
            and not any(L.FORM_TITLE.search(_bare_title(t)) and not _REVIEW_TITLE.search(_bare_title(t)) for t in own) \
            and not (form.indicators and any(_TARGETS_REVIEWED.search(_bare_title(t)) for t in own)):
        return "it is a review of a form or a project (审核意见表, 专家评分表), not the form"
    if not _has_records(form) and instructions_title(own + (head if form.header_missing else [])) is not None:
        # `项目名称：按照预算管理一体化系统中的项目名称填写。` under `…申报表填表说明`: the instructions, no project
        return INSTRUCTIONS_SAID
    if name is None and form.kind != "assessment" and any(
            (m := _PERSONNEL.search(clean(t) or "")) is not None
            and not _PERFORMANCE_TITLE.search((clean(t) or "")[m.start():].replace("绩效考核", ""))
            for t in own + head):
        # ××中学教师绩效考核评分表: a teacher's appraisal, scored by 师德师风 / 教育教学, no project (the words before the
        # staff's are the employer's: 某县财政局机关工作人员个人绩效考核表 is a person's, its 财政 no project's)
        return "it is a personnel appraisal (a person's 考核 sheet), no project"
    if name is not None or form.kind == "assessment":
        return None
    if form.scores and not form.indicators and not form.fields.keys() & (L.MONEY_FIELDS | _GOAL_FIELDS) \
            and not any(_PERFORMANCE_WORD.search(t) for t in own + head) \
            and not _names_a_level(form.scores, ("level1", "level2", "level3")):
        # 测评项目 | 分值 | 测评内容及标准 | 得分 under `…文明单位测评细则`, a 评标 sheet's 评分因素: points and scores
        # under no performance title, no level of a performance framework among them
        return "it is a score sheet of no performance form (no 绩效 / 自评 / 评价 title, no indicator level)"
    if form.indicators and not form.fields.keys() & (L.MONEY_FIELDS | _GOAL_FIELDS | {"department", "project_code"}) \
            and own + head and not any(_PERFORMANCE_TITLE.search(t.replace("绩效考核", "")) for t in own + head) \
            and not any(set(level_info(r.get("level1") or "")[:2]) - {None, "satisfaction"} for r in form.indicators) \
            and not any(level_info(r.get("level2") or "")[:2] != (None, None) for r in form.indicators):
        # 考核维度 | KPI指标名称 | 目标值 | 实际完成值 (a company's KPI sheet), 类别 | 指标名称 | 年度目标值 | 1-9月完成值 (a
        # bureau's progress table), 指标 | 目标值 | 完成情况 (a survey's results): targets under a title of no performance
        # form (a table with no title at all may be a form's page, its title lost),
        # no project, no money, no goal and no level of a performance framework among them (评价 alone is no
        # performance word here: a survey's 满意度评价; nor 绩效考核, a hospital's or a staff's KPI sheet; nor a
        # satisfaction level alone, a KPI sheet's 满意度 category: a form has output or outcome levels)
        return "it is a table of targets under a title of no performance form (no 绩效 but 绩效考核, no 项目, 预算, 资金, 经费 or 财政 in it; no output or outcome level)"
    if form.indicators and not form.fields.keys() & (L.MONEY_FIELDS | _GOAL_FIELDS | {"department", "project_code"}) \
            and (plan := next((t for t in own + head if _WORK_PLAN.search(clean(t) or "")
                               and "绩效" not in (clean(t) or "").replace("绩效考核", "")
                               and not L.FORM_TITLE.search(clean(t) or "")), None)) is not None \
            and not _names_a_level(form.indicators):
        # 序号 | 指标名称 | 目标值 | 责任科室 | 完成时限 under `××市财政局2024年度重点工作目标任务分工表`: a bureau's work plan
        # (its targets, who does them, by when), no project's form, though its title names 财政
        return f"it is a work plan's table of targets ({clean(plan)!r}), no performance form"
    if form.indicators and not form.fields.keys() - {"year"} - _CONTACT_FIELDS \
            and not any(_FORM_NAMED.search(re.sub(r"[\s(（)）\d年度]+$", "", _bare_title(t))) for t in own) \
            and any(_DATELINE.search(clean(t) or "") for t in head) \
            and not _names_a_level(form.indicators):
        # 指标 | 目标值 | 完成值 in a web page's news article (its dateline `来源：县财政局　发布日期：…` over the table), under
        # no form's title (…表) and with no field, no project's name, money or goal, no level of a performance framework:
        # figures quoted in the news, no form (a 财政局 news page gave a project named null of its three figures; a
        # project's 实施方案 quoting its targets in the same way, no dateline, is still read as before)
        return "it is a table of figures quoted in a news page (its dateline; no form's title, field or indicator level)"
    if form.indicators and not form.fields.keys() & (L.MONEY_FIELDS | _GOAL_FIELDS | {"department", "project_code"}) \
            and (stat := next((t for t in own + head if _STATISTIC_TITLE.search(clean(t) or "")
                               and not L.FORM_TITLE.search(clean(t) or "")), None)) is not None \
            and not _names_a_level(form.indicators):
        # 一级指标 | 二级指标 | 三级指标 | 计量单位 | 2023年 | 2024年 | 增长（%） under `某市2024年高质量发展综合绩效评价指标统计
        # 监测表`: a statistic of a place's economy by its own levels (经济发展 / 民生福祉), no project's form, though its title
        # says 绩效评价 (it gave a project named null, each indicator twice with its years' values as targets)
        return f"it is a statistical table ({clean(stat)!r}), no performance form"
    if form.scores and not form.indicators and not form.fields.keys() & (L.MONEY_FIELDS | _GOAL_FIELDS) \
            and (org := next((t for t in own + head if _INSTITUTION_APPRAISAL.search(clean(t) or "")
                              and not _PROJECT_MONEY_WORD.search(clean(t) or "")), None)) is not None \
            and not _names_a_level(form.scores):
        # 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 under `××市人民医院2023年度三级公立医院绩效考核自评表`: an
        # institution's 绩效考核 (医疗质量 / 运营效率 / 持续发展), scored by the national framework of hospitals, not a
        # project's 自评 (its levels are no 决策 / 产出 / 效益 of a project's)
        return f"it is an institution's 绩效考核 ({clean(org)!r}), not a project's 自评"
    if (form.scores or form.indicators) and not form.fields.keys() & (L.MONEY_FIELDS | _GOAL_FIELDS) \
            and (body := next((t for t in own if _body_assessment_title(clean(t) or "")), None)) is not None \
            and not _names_a_level(form.scores + form.indicators):
        # 考核指标 | 分值 | 年度目标 | 完成情况 | 得分 under `某县财政局2024年度股室目标管理考核评分表`, 一级指标 | 二级指标 | 分值
        # | 考核标准 | 得分 under `…村（社区）目标管理责任制考核评分表`: a body's 目标管理 scored, no project's 自评 (a
        # project named null with the targets as its levels; the employer's 财政局 no project's); written as a
        # 考核任务分解表 (考核项目 | 考核内容 | 分值 | 考核标准 | 责任单位) its rows are assessment items
        return f"it is a body's 目标管理 assessment ({clean(body)!r}), no project's form"
    table = next((t for t in own + head if _BUDGET_TABLE.search(clean(t) or "")), None)
    if not (form.indicators or form.scores or form.safeguards or form.assessment_items) and table is not None \
            and not any("绩效" in t for t in own) and form.fields.keys() <= L.MONEY_FIELDS | {"year"}:
        # 收支预算总表 / 一般公共预算支出表 / 支出决算表 of a 部门预算 book before its forms: amounts under a budget
        # table's title, no performance form (a project named null with 一般公共预算拨款收入 as its budget)
        return f"it is a budget table ({clean(table)!r}), no performance form"
    if not any(i.get(k) not in (None, "") for i in form.indicators for k in ("target_raw", "actual_raw", "score")) \
            and not any(s.get("score") not in (None, "") for s in form.scores):
        # (…but a library of indicators, `教育类项目支出绩效指标库（2022年版）` over names, 指标解释 and 计量单位, is none:
        # it names no project and gives no targets to fill in — it was a project named null, hunt nw16; nor money, a
        # goal or a body: a 部门整体 form titled `…（共性指标）`, its targets left blank, is the body's — review rv143)
        lib = None if name is not None or form.fields.keys() & (L.MONEY_FIELDS | _GOAL_FIELDS | {"department", "unit"}) \
            else next((t for t in form.titles + form.year_texts if _LIBRARY_NAME.search(clean(t) or "")), None)
        return f"the document is {clean(lib)!r} and names no project" if lib else None
        # (nothing filled in: a blank template, the pipeline's blank_form)
    texts = form.titles + form.year_texts + (head if form.header_missing else [])
    rows = [r for r in form.indicators + form.scores if r.get("score") not in (None, "")]
    # (scores filled in, not all of them the full marks a framework prints in its 得分 column)
    scored = bool(rows) and any(r.get("weight") not in (None, "") and str(r["score"]).strip() != str(r["weight"]).strip()
                                for r in rows)
    # (…项目绩效评价指标体系及评分表 with its 得分 filled in: a report's scored table of one project, no library)
    hit = next((t for t in texts if _LIBRARY_TITLE.search(t)
                and not (scored and _SCORED_FRAMEWORK.search(clean(t) or ""))), None)
    if hit is None and (form.header_missing and not _record_table(form) or sentence):
        hit = next((t for t in texts + (head if sentence else []) if _HEAD_REPORT.search(t)), None)
    return f"the document is {clean(hit)!r} and names no project" if hit else None
