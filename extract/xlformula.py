"""Spreadsheet formulas a workbook holds without a cached value, computed as Excel computes them on opening.

Files written by a program (openpyxl, Apache POI, many budget systems' exports) store formulas with no
cached result: Excel and LibreOffice compute them when the file is opened, but a reader of the file sees
only `=SUM(C10:C12)`. `evaluate` computes the formulas forms use: numbers, strings, cell and range
references (also to other sheets: `'测算表'!F3`), + - * / ^ & and comparisons, a trailing %, and the
functions SUM, MIN, MAX, AVERAGE, COUNT, COUNTA, ROUND, ROUNDUP, ROUNDDOWN, INT, ABS, IF, IFERROR, AND,
OR, NOT, and the text and lookup ones forms use: CONCATENATE / CONCAT, TEXT (number formats `0`, `0.00`,
`#,##0.00`, `0%`, `0.0%`, `@`, and dates `yyyy年m月d日`, `yyyy-mm-dd`, `yyyy/m/d`, `yyyy.mm.dd`), DATE (a date
serial), VLOOKUP and HLOOKUP (exact match, Excel's wildcards `*` `?` `~`, or approximate on a sorted first
column), LEFT, RIGHT, MID, LEN, TRIM; whole-column ranges (`项目库!A:C`) given the sheets' heights.
Anything else (TODAY, INDIRECT, OFFSET…, a broken formula `=SUM(A1:A3`) raises `Unsupported`: the caller reads
the cell empty and says so (never a formula string as a value, never a guessed value); text that is no formula
at all (`=20个`, a target typed with its sign: no function nor reference read before it fails) raises
`Unreadable`, and the caller keeps that text.
Excel error values (#DIV/0!) are `XlError` values, so that IFERROR can catch them. Dates are serials of the
workbook's date system (`evaluate(..., date1904=True)` for a workbook of the 1904 system: DATE and TEXT count from
1904-01-01 there, as Excel does).
"""
from __future__ import annotations

import math
import re
from normalize._lazy_re import lazy
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal
from typing import Callable

__all__ = ["Unreadable", "Unsupported", "XlError", "evaluate", "sheet_refs"]


class Unsupported(Exception):
    """A formula this evaluator does not compute (the caller reads its cell empty and says so:
    `formula_not_computed`)."""


class Unreadable(Unsupported):
    """Text that is no formula Excel could hold (`=20个`, `=5元/人·天`: a target typed with its sign, which a program
    wrote as a formula): the caller keeps it as text."""


class XlError(str):
    """An Excel error value (`#DIV/0!`, `#VALUE!`, `#REF!`)."""


class _Range(list):
    """A range's values row by row, with its width (VLOOKUP reads its rows)."""

    def __init__(self, values, width: int):
        super().__init__(values)
        self.width = max(width, 1)

    def rows(self) -> list[list]:
        return [self[i:i + self.width] for i in range(0, len(self), self.width)]

    def firsts(self, across: bool) -> dict:
        """The rows (columns, across) as lists, and an exact match's index: the first one whose first value is each
        key (`_key`), built once for a range a workbook's lookups share (`cache` of `evaluate`)."""
        got = getattr(self, "_firsts", {}).get(across)
        if got is None:
            rows = self.rows()
            if across:
                rows = [list(r) for r in zip(*rows)]
            index: dict = {}
            for i, r in enumerate(rows):
                k = _key(r[0])
                if k is not None and k not in index:
                    index[k] = i
            got = (rows, index)
            self.__dict__.setdefault("_firsts", {})[across] = got
        return got


_TOKEN = lazy(r"""
    \s*(?:
      (?P<str>"(?:[^"]|"")*")
    | (?P<ref>(?:(?:'(?:[^']|'')+'|[^\s'!=(),;:+\-*/&^<>"%]+)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)
    | (?P<cols>(?:(?:'(?:[^']|'')+'|[^\s'!=(),;:+\-*/&^<>"%]+)!)?\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})(?![A-Za-z0-9(])
    | (?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)
    | (?P<func>(?:_xlfn\.)?[A-Za-z][A-Za-z0-9.]*)\s*\(
    | (?P<bool>TRUE|FALSE)\b
    | (?P<op><>|<=|>=|[-+*/^&=<>%(),:])
    )""", re.X)
_REF = lazy(r"^(?:(?:'((?:[^']|'')+)'|([^']+))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$")
_SHEET_REF = lazy(r"""(?:'((?:[^']|'')+)'|([^\s'!=(),;:+\-*/&^<>"%]+))!\$?[A-Za-z]{1,3}(?:\$?\d|:)""")
_COLS = lazy(r"^(?:(?:'((?:[^']|'')+)'|([^']+))!)?\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$")


def sheet_refs(formula: str) -> set[str]:
    """The names of the sheets a formula reads from (`='测算表'!F3+Sheet2!A1` -> {测算表, Sheet2})."""
    out = set()
    for m in _SHEET_REF.finditer(re.sub(r'"(?:[^"]|"")*"', '""', formula)):
        out.add(m.group(1).replace("''", "'") if m.group(1) is not None else m.group(2))
    return out


def _col(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def _tokens(formula: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    i, s = 0, formula.lstrip("=").rstrip()
    while i < len(s):
        m = _TOKEN.match(s, i)
        if not m or m.end() == i or m.lastgroup is None:
            raise _unreadable(f"cannot read {s[i:i + 12]!r}", out)
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        i = m.end()
        while i < len(s) and s[i] == " ":
            i += 1
    return out


def _unreadable(why: str, tokens) -> Unsupported:
    """The error for text that does not read as a formula: `Unreadable` (no formula: `=20个`, `=1,200`, a target typed
    with its sign) unless a function or a cell reference was read before (`=SUM(A1:A3`, a formula broken: Excel
    could not have saved it, but the program that wrote it meant a formula; `Unsupported`, its cell read empty)."""
    if any(kind in ("func", "ref", "cols") for kind, _ in tokens):
        return Unsupported(f"a broken formula: {why}")
    return Unreadable(why)


_NESTED = 64     # functions a formula may nest one in another (Excel's limit)
# levels of functions, grouping parentheses and signs in all: Excel counts only functions (`IF(…,-(x),…)` 60 IFs
# deep is a formula it computes), the others are bounded for Python's stack (7 frames a parenthesis, 9 a function)
_LEVELS = 100

# a value: float, str, bool, None (an empty cell), XlError, or a list of them (a range)
Getter = Callable[[str | None, int, int], object]


class _Parser:
    def __init__(self, tokens, get: Getter, height=None, base: int | None = None, cache=None, here=None):
        self.t, self.i, self.get, self.height = tokens, 0, get, height
        self.base = _EPOCH if base is None else base
        self.cache, self.here = cache, here
        self.depth = 0                  # parentheses, functions and signs open around the token read (`_LEVELS`)
        self.funcs = 0                  # functions open around it (`_NESTED`)

    def nest(self, func: bool = False):
        """One level deeper (a function's arguments, a parenthesis, a sign): past _NESTED functions or _LEVELS levels
        in all the formula is not computed (Excel nests 64 functions at most, its parentheses and signs are no
        levels; `=((((…1…))))` 2,000 deep ran out of Python's stack)."""
        self.depth += 1
        self.funcs += func
        if self.funcs > _NESTED:
            raise Unsupported(f"nested more than {_NESTED} functions")
        if self.depth > _LEVELS:
            raise Unsupported(f"nested more than {_LEVELS} levels")

    def peek(self, *want):
        if self.i < len(self.t) and (not want or self.t[self.i][1] in want or self.t[self.i][0] in want):
            return self.t[self.i]
        return None

    def take(self):
        tok = self.t[self.i]
        self.i += 1
        return tok

    def expect(self, text):
        if not self.peek(text) or self.t[self.i][1] != text:
            raise _unreadable(f"expected {text!r}", self.t)
        self.i += 1

    # precedence, lowest first: comparison, &, + -, * /, ^, unary -, %
    def comparison(self):
        left = self.concat()
        while self.peek("=", "<>", "<", ">", "<=", ">="):
            op = self.take()[1]
            left = _compare(op, left, self.concat())
        return left

    def concat(self):
        left = self.additive()
        while self.peek("&"):
            self.take()
            right = self.additive()
            err = _first_error(left, right)
            left = err if err else _text(left) + _text(right)
        return left

    def additive(self):
        left = self.term()
        while self.peek("+", "-"):
            op = self.take()[1]
            right = self.term()
            err = _first_error(left, right)
            left = err if err else (_num(left) + _num(right) if op == "+" else _num(left) - _num(right))
        return left

    def term(self):
        left = self.power()
        while self.peek("*", "/"):
            op = self.take()[1]
            right = self.power()
            err = _first_error(left, right)
            if err:
                left = err
            elif op == "*":
                left = _num(left) * _num(right)
            else:
                den = _num(right)
                left = XlError("#DIV/0!") if den == 0 else _num(left) / den
        return left

    def power(self):
        left = self.unary()
        while self.peek("^"):
            self.take()
            right = self.unary()
            err = _first_error(left, right)
            left = err if err else _num(left) ** _num(right)
        return left

    def unary(self):
        if self.peek("-", "+"):
            op = self.take()[1]
            self.nest()
            v = self.unary()
            self.depth -= 1
            return v if isinstance(v, XlError) else (-_num(v) if op == "-" else _num(v))
        v = self.primary()
        while self.peek("%"):
            self.take()
            v = v if isinstance(v, XlError) else _num(v) / 100
        return v

    def primary(self):
        if self.i >= len(self.t):
            raise _unreadable("formula ends early", self.t)
        kind, text = self.take()
        if kind == "num":
            return float(text)
        if kind == "str":
            return text[1:-1].replace('""', '"')
        if kind == "bool":
            return text.upper() == "TRUE"
        if kind == "ref":
            return self.reference(text)
        if kind == "cols":
            return self.columns(text)
        if kind == "func":
            self.nest(func=True)
            v = self.call(text.upper().removeprefix("_XLFN."))
            self.depth -= 1
            self.funcs -= 1
            return v
        if text == "(":
            self.nest()
            v = self.comparison()
            self.expect(")")
            self.depth -= 1
            return v
        raise _unreadable(f"unexpected {text!r}", self.t)

    def reference(self, text):
        m = _REF.match(text)
        if not m:
            raise _unreadable(f"reference {text!r}", self.t)
        sheet = m.group(1).replace("''", "'") if m.group(1) is not None else m.group(2)
        if sheet is not None and (sheet.startswith("[") or "]" in sheet):
            raise Unsupported(f"a cell of another workbook: {text!r}")
        c0, r0 = _col(m.group(3)), int(m.group(4))
        if m.group(5) is None:
            return self.get(sheet, r0, c0)
        c1, r1 = _col(m.group(5)), int(m.group(6))
        if (abs(r1 - r0) + 1) * (abs(c1 - c0) + 1) > 100_000:
            raise Unsupported("range too large")
        return _Range([self.get(sheet, r, c) for r in range(min(r0, r1), max(r0, r1) + 1)
                       for c in range(min(c0, c1), max(c0, c1) + 1)], abs(c1 - c0) + 1)

    def columns(self, text):
        """A whole-column range (`指标库!A:C`, VLOOKUP's table): its rows down to the sheet's last used one."""
        m = _COLS.match(text)
        sheet = m.group(1).replace("''", "'") if m.group(1) is not None else m.group(2)
        if sheet is not None and (sheet.startswith("[") or "]" in sheet):
            raise Unsupported(f"a cell of another workbook: {text!r}")
        if self.height is None:
            raise Unsupported("a whole column")
        c0, c1 = sorted((_col(m.group(3)), _col(m.group(4))))
        rows = self.height(sheet)
        if rows * (c1 - c0 + 1) > 100_000:
            raise Unsupported("range too large")
        # (built once for a workbook's formulas when the caller keeps a cache: 200 VLOOKUPs over 项目库!A:B of 3,000
        # rows read it again each, quadratic; a cell that fails raises here and nothing is kept)
        key = (self.here if sheet is None else sheet.lower(), c0, c1, rows)
        if self.cache is not None and key in self.cache:
            return self.cache[key]
        got = _Range([self.get(sheet, r, c) for r in range(1, rows + 1) for c in range(c0, c1 + 1)], c1 - c0 + 1)
        if self.cache is not None:
            self.cache[key] = got
        return got

    def arguments(self):
        args = []
        if self.peek(")"):
            self.take()
            return args
        while True:
            if self.peek(",", ")"):
                args.append(None)                   # an omitted argument
            else:
                args.append(self.comparison())
            if self.peek(","):
                self.take()
                continue
            self.expect(")")
            return args

    def call(self, name):
        if name == "IFERROR":
            args = self.arguments()
            if len(args) != 2:
                raise Unsupported("IFERROR takes 2 arguments")
            return args[1] if isinstance(args[0], XlError) else args[0]
        args = self.arguments()
        if name in ("DATE", "TEXT"):           # (dates: serials of the workbook's date system)
            return (_date if name == "DATE" else _text_of)(*args, base=self.base)
        return _FUNCTIONS.get(name, _unsupported(name))(*args)


def _unsupported(name):
    def f(*_):
        raise Unsupported(f"function {name}")
    return f


def _first_error(*values):
    return next((v for v in values if isinstance(v, XlError)), None)


def _num(v) -> float:
    if isinstance(v, list):
        raise Unsupported("a range where a number is wanted")
    if v is None or v == "":
        return 0.0
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(str(v).replace(",", ""))
    except ValueError:
        raise Unsupported(f"text {v!r} where a number is wanted") from None


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):                   # as Excel writes a number into text: 15 significant digits
        if v.is_integer():
            return str(int(v))
        t = format(Decimal(format(v, ".15g")), "f")
        return t.rstrip("0").rstrip(".") if "." in t else t
    return str(v)


def _compare(op, a, b):
    err = _first_error(a, b)
    if err:
        return err
    if isinstance(a, str) or isinstance(b, str):
        x, y = _text(a).lower(), _text(b).lower()
        if isinstance(a, str) != isinstance(b, str) and a is not None and b is not None:
            raise Unsupported("text compared with a number")
    else:
        x, y = _num(a), _num(b)
    return {"=": x == y, "<>": x != y, "<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y}[op]


def _flat(args):
    for a in args:
        if isinstance(a, list):
            yield from (v for v in a if isinstance(v, (int, float)) and not isinstance(v, bool))
        elif a is not None:
            yield a


def _numbers(args) -> list[float]:
    vals = list(_flat(args))
    err = _first_error(*vals)
    if err:
        raise _Propagate(err)
    return [_num(v) for v in vals]


class _Propagate(Exception):
    def __init__(self, err):
        self.err = err


def _errors_pass(f):
    def g(*args):
        try:
            return f(*args)
        except _Propagate as p:
            return p.err
    return g


def _round(mode):
    def f(x, digits=0.0):
        err = _first_error(x, digits)
        if err:
            return err
        q = Decimal(1).scaleb(-int(_num(digits)))
        return float(Decimal(repr(_num(x))).quantize(q, rounding=mode))
    return f


def _if(cond, yes=True, no=False):
    if isinstance(cond, XlError):
        return cond
    return (yes if yes is not None else 0.0) if _num(cond) != 0 else (no if no is not None else 0.0)


_EPOCH = 25569                                 # the serial of 1970-01-01 (the 1900 date system)
_EPOCH_1904 = 24107                            # its serial in the 1904 date system (1462 days fewer)


def _date(y, m, d, base=_EPOCH):
    err = _first_error(y, m, d)
    if err:
        return err
    import datetime as dt
    y, m, d = int(_num(y)), int(_num(m)), int(_num(d))
    if 0 <= y < 1900:
        y += 1900
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1          # DATE(2024,13,1) is 2025-01-01, as Excel
    try:
        day = dt.date(y, m, 1) + dt.timedelta(days=d - 1)
    except (ValueError, OverflowError):
        return XlError("#NUM!")
    n = (day - dt.date(1970, 1, 1)).days + base
    return XlError("#NUM!") if n < 0 else float(n)     # (a day before 1904-01-01 in the 1904 system)


def _serial_day(v, base=_EPOCH):
    import datetime as dt
    n = _num(v)
    if not (1 if base == _EPOCH else 0) <= n < 2958466:
        raise Unsupported("no date")
    return dt.date(1970, 1, 1) + dt.timedelta(days=int(n) - base)


def _text_of(v, fmt, base=_EPOCH):
    """TEXT(value, format) for the formats forms use; others raise Unsupported."""
    err = _first_error(v, fmt)
    if err:
        return err
    f = _text(fmt)
    # a locale's prefix (`[$-804]`, `[$-zh-CN]`) says nothing shown, a currency's (`[$¥-804]`) its symbol; any other
    # section in brackets (a colour `[Red]`, `[DBNum1]`, a condition, `[h]`) is not computed
    f = re.sub(r'"(?:[^"]|"")*"|\\.|\[\$([^\]\-]*)(?:-[^\]]*)?\]',
               lambda m: m.group(0) if m.group(0)[0] != "[" else
               '"' + m.group(1) + '"' if m.group(1) else "", f)
    if re.search(r'\[', re.sub(r'"[^"]*"|\\.', "", f)):
        raise Unsupported(f"TEXT format {_text(fmt)!r}")
    plain = re.sub(r'"([^"]*)"|\\(.)', lambda m: m.group(1) if m.group(1) is not None else m.group(2), f)
    if f == "@" or f.lower() == "general" or isinstance(v, str) and not re.fullmatch(r"\s*-?[\d,]*\.?\d+\s*", v):
        return _text(v)                                 # (a text given a number format stays itself, as in Excel)
    codes = re.sub(r'"[^"]*"|\\.', "", f).lower()     # (quoted and escaped text is shown as written)
    if re.search(r"y|d", codes):                                  # a date
        day = _serial_day(v, base)
        out = []
        for m in re.finditer(r'"([^"]*)"|\\(.)|(y+|m+|d+)|(.)', f, re.I | re.S):
            lit, esc, code, ch = m.groups()
            if code:
                c, n = code[0].lower(), len(code)
                if c != "y" and n > 2:
                    raise Unsupported(f"TEXT format {_text(fmt)!r}")   # (a weekday's or a month's name)
                out.append(f"{day.year:04d}" if c == "y" and n > 2 else f"{day.year % 100:02d}" if c == "y" else
                           str(day.month if c == "m" else day.day).zfill(n))
            elif ch == ";":
                break                   # (`yyyy/m/d;@`: the first section is a date's, the others a text's…)
            elif ch is not None and ch.isascii() and ch.isalpha():
                raise Unsupported(f"TEXT format {_text(fmt)!r}")       # (hours, AM/PM, an era…)
            else:
                out.append(lit if lit is not None else esc if esc is not None else ch)
        return "".join(out)
    m = re.fullmatch(r"([^#0.,%]*)(#,##)?(0+)(?:\.(0+))?(%?)([^#0.,%]*)", plain)
    if not m:
        raise Unsupported(f"TEXT format {_text(fmt)!r}")      # (as written, not the locale's prefix dropped)
    x = Decimal(repr(_num(v))) * (100 if m.group(5) else 1)
    digits = len(m.group(4) or "")
    q = x.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    body = f"{q:,.{digits}f}" if m.group(2) else f"{q:.{digits}f}"
    if len(m.group(3)) > 1:                                       # `000` pads the whole part
        sign, rest = ("-", body[1:]) if body.startswith("-") else ("", body)
        whole, _, frac = rest.partition(".")
        body = sign + whole.zfill(len(m.group(3))) + ("." + frac if frac else "")
    return m.group(1) + body + m.group(5) + m.group(6)


def _key(v):
    """An exact match's key (VLOOKUP without wildcards): text in any case, trimmed; a number (TRUE is 1); None for
    what matches nothing (an empty cell, NaN)."""
    if isinstance(v, str):
        return ("s", v.strip().lower())
    if v is None or isinstance(v, list):
        return None
    try:
        n = _num(v)
    except Unsupported:
        return None
    return None if math.isnan(n) else ("n", n)


def _lookup(key, table, index, approx=True, across=False):
    err = _first_error(key, index)
    if err:
        return err
    if not isinstance(table, _Range):
        raise Unsupported("a lookup in no range")
    rows, first = table.firsts(across)
    k = int(_num(index))
    if k < 1 or not rows or k > len(rows[0]):
        return XlError("#REF!")
    # (the fourth argument left out is TRUE, approximate; given empty, `VLOOKUP(a,B:C,2,)`, it is 0: exact)
    exact = approx is None or approx is False or not isinstance(approx, bool) and _num(approx) == 0

    wild = exact and isinstance(key, str) and re.search(r"[*?~]", key)
    if wild:                                      # `"*质量*"`: Excel's wildcards (`~*` a star itself)
        # (key and cells trimmed, as a plain key's match is: `"质量* "` finds ` 质量指标`)
        pat = re.compile("".join(".*" if t == "*" else "." if t == "?" else re.escape(t[-1])
                                 for t in re.findall(r"~.|[*?]|[^*?~]", key.strip(), re.S)), re.I | re.S)

    def same(a, b):
        if isinstance(a, str) and isinstance(b, str):
            return bool(pat.fullmatch(a.strip())) if wild else a.strip().lower() == b.strip().lower()
        if isinstance(a, str) or isinstance(b, str) or a is None or b is None:
            return False
        return _num(a) == _num(b)
    if exact and not wild:                        # (the first row whose first value is the key, as the scan below)
        i = first.get(_key(key))
        return rows[i][k - 1] if i is not None else XlError("#N/A")
    if exact:
        for r in rows:
            if same(r[0], key):
                return r[k - 1]
        return XlError("#N/A")
    firsts = [r[0] for r in rows if r[0] is not None and isinstance(r[0], str) == isinstance(key, str)]
    order = [_text(v).lower() for v in firsts] if isinstance(key, str) else [_num(v) for v in firsts]
    if any(a > b for a, b in zip(order, order[1:])):
        # (Excel's approximate match is a binary search: on a first column not in ascending order what it finds
        # depends on where it looks; no guess)
        raise Unsupported("an approximate match on a column not sorted")
    found = None
    for r in rows:                                # approximate: the last first-column value not above the key
        if r[0] is None or isinstance(r[0], str) != isinstance(key, str):
            continue
        if (_text(r[0]).lower() <= _text(key).lower()) if isinstance(key, str) else _num(r[0]) <= _num(key):
            found = r
        else:
            break
    return found[k - 1] if found is not None else XlError("#N/A")


def _concat(*args):
    vals = [v for a in args for v in (a if isinstance(a, list) else [a])]
    err = _first_error(*vals)
    return err if err else "".join(_text(v) for v in vals)


def _textfn(f):
    def g(*args):
        err = _first_error(*args)
        return err if err else f(*args)
    return g


def _count(n):
    """A count of characters (LEFT / RIGHT / MID): -1 where it is negative (Excel's #VALUE!)."""
    return max(int(_num(n)), -1)


def _ends(s, n, right: bool):
    """LEFT / RIGHT: the first / last n characters, all of them where n is more than there are; #VALUE! where n is
    negative."""
    k, t = _count(n), _text(s)
    if k < 0:
        return XlError("#VALUE!")
    return (t[max(len(t) - k, 0):] if k else "") if right else t[:k]


def _mid(s, start, n):
    i = int(_num(start))
    if i < 1 or _count(n) < 0:
        return XlError("#VALUE!")
    return _text(s)[i - 1:i - 1 + _count(n)]


_FUNCTIONS = {
    "SUM": _errors_pass(lambda *a: float(math.fsum(_numbers(a)))),
    "MIN": _errors_pass(lambda *a: min(_numbers(a), default=0.0)),
    "MAX": _errors_pass(lambda *a: max(_numbers(a), default=0.0)),
    "AVERAGE": _errors_pass(lambda *a: (lambda v: math.fsum(v) / len(v) if v else XlError("#DIV/0!"))(_numbers(a))),
    "COUNT": lambda *a: float(sum(1 for _ in _flat(a) if isinstance(_, (int, float)))),
    "COUNTA": lambda *a: float(sum(len([v for v in x if v not in (None, "")]) if isinstance(x, list)
                                   else x is not None for x in a)),
    "ROUND": _round(ROUND_HALF_UP),
    "ROUNDUP": _round(ROUND_UP),
    "ROUNDDOWN": _round(ROUND_DOWN),
    "INT": lambda x: x if isinstance(x, XlError) else float(math.floor(_num(x))),
    "ABS": lambda x: x if isinstance(x, XlError) else abs(_num(x)),
    "IF": _if,
    "AND": _errors_pass(lambda *a: all(v != 0 for v in _numbers(a))),
    "OR": _errors_pass(lambda *a: any(v != 0 for v in _numbers(a))),
    "NOT": lambda x: x if isinstance(x, XlError) else _num(x) == 0,
    "CONCATENATE": _concat,
    "CONCAT": _concat,
    "VLOOKUP": lambda key, table, index, approx=True: _lookup(key, table, index, approx),
    "HLOOKUP": lambda key, table, index, approx=True: _lookup(key, table, index, approx, across=True),
    "LEFT": _textfn(lambda s, n=1.0: _ends(s, n, False)),
    "RIGHT": _textfn(lambda s, n=1.0: _ends(s, n, True)),
    "MID": _textfn(_mid),
    "LEN": _textfn(lambda s: float(len(_text(s)))),
    "TRIM": _textfn(lambda s: re.sub(" +", " ", _text(s).strip(" "))),
}


def evaluate(formula: str, get: Getter, height: Callable[[str | None], int] | None = None, date1904: bool = False,
             cache: dict | None = None, here=None):
    """The value of `formula` (`=SUM(C10:C12)`), reading cells by get(sheet or None, row, column) (and a whole
    column's rows, `A:C`, down to height(sheet or None), its last row; without it a whole column is Unsupported);
    raises Unsupported for what it does not compute. A whole number comes back as int, as a typed one would. Dates
    are serials of the 1900 date system, or of the 1904 one with date1904 (the workbook's, as Excel counts). With
    `cache` (a dict kept for one workbook's formulas) a whole-column range is built once for all of them; `here`
    names the formula's own sheet in its key (a range with no sheet named is on it)."""
    p = _Parser(_tokens(formula), get, height, _EPOCH_1904 if date1904 else _EPOCH, cache, here)
    v = p.comparison()
    if p.i != len(p.t):
        raise _unreadable("text after the formula", p.t)
    if isinstance(v, list):
        raise Unsupported("a range as the result")
    if v is None:                              # `=A50` on an empty cell shows 0
        return 0
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            return XlError("#NUM!")
        return int(v) if v.is_integer() and abs(v) < 1e15 else v
    return v
