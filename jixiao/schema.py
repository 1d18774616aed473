"""The output schema: every table of the contract, with explicit Arrow types.

Columns marked EXT are extensions to ../shared/CONTRACT.md, documented in
docs/SCHEMA.md. Contract columns are never renamed or dropped.
"""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 14             # 2: indicators.explanation (指标解释), indicators.target_year; 3: projects.period_raw;
                                # 4: documents.aliases, projects.project_code; 5: projects.goal_forecast;
                                # 6: assessment_items.group; 7: warnings.indicator_seq; 8: projects.fund_type;
                                # 9: projects.other_fields; 10: assessment_items.deadline, leader, evidence, self_score,
                                # assessor; 11: assessment_items.score, part_no, score_note,
                                # explanation; 12: scores.self_score, assessment_items.section_points; 13: scores.note,
                                # level1_weight; 14: scores.explanation, requirement
# A dataset written by a version below this one lacks what this version extracts from the files: `extract`
# reads its inputs again (4 extracts 项目编码 into projects.project_code, 5 a 监控表's 全年预计完成情况, 6 the group
# of an assessment table's finer items, 7 the indicator a warning is about, 8 a form's 资金性质, 9 the labels of no
# column with their values, 10 an assessment table's 完成时限 / 责任领导 / 佐证材料 / 自评分 and 考核单位 columns,
# 11 a 考核评分表's 得分 / 考核得分 column, the score given each item, its 扣分说明, an item's 指标解释 and 数据来源,
# and a part's own number `（2）`, 12 a 评分表's per-row 自评分 beside an evaluator's scores and a section's points
# written in its text, `经济发展（40分）`, 13 a 评分表's 扣分原因 / 得分情况说明 column, each row's
# note, and a level 1's points written in its name, `决策（10分）`, 14 a 评分表's 评价要点 and 评分标准 columns).
READ_AGAIN_BELOW = 14

S = pa.string()
I = pa.int32()
F = pa.float64()
B = pa.bool_()
D = pa.date32()
L = pa.list_(pa.field("element", pa.string()))  # the name Parquet readers give list items

# (name, type) in output order.
TABLES: dict[str, list[tuple[str, pa.DataType]]] = {
    "documents": [
        ("doc_id", S), ("path", S), ("format", S), ("pages", I), ("layout", S),
        ("n_projects", I), ("status", S), ("error", S), ("seconds", F),
        ("parser_version", S),
        # EXT
        ("encoding", S), ("detect_score", F), ("n_indicators", I),
        ("n_assessment_items", I), ("n_warnings", I), ("size_bytes", pa.int64()),
        ("aliases", L),
    ],
    "projects": [
        ("project_id", S), ("doc_id", S), ("form", S), ("layout", S), ("year", I),
        ("name", S), ("department", S), ("department_code", S), ("unit", S),
        ("category", S), ("fund_use", S), ("leader", S), ("contact", S), ("phone", S),
        ("start_date", D), ("end_date", D), ("overview", S), ("basis", S),
        ("necessity", S), ("measures", S), ("plan", S), ("goal_total", S),
        ("goal_annual", S), ("budget_total", F), ("budget_year", F),
        ("budget_fiscal", F), ("budget_other", F), ("prior_budget", F),
        ("prior_spent", F), ("budget_issued", F), ("spent", F),
        ("budget_initial", F), ("execution_rate", F), ("score", F), ("grade", S),
        # EXT
        ("title", S), ("composition", S), ("feasibility", S), ("goal_actual", S), ("fund_usage", S),
        ("implementation", S), ("performance_summary", S), ("other_notes", S),
        ("fill_date", D), ("period_raw", S), ("header_missing", B), ("page", I), ("line", I),
        ("project_code", S), ("goal_forecast", S), ("fund_type", S), ("other_fields", S),
    ],
    "indicators": [
        ("project_id", S), ("seq", I), ("level1", S), ("level1_std", S),
        ("level2", S), ("level3", S), ("target_raw", S), ("op", S), ("value", F),
        ("value_max", F), ("unit", S), ("qualifier", S), ("target_text", S),
        ("note", S), ("horizon", S), ("core", B), ("actual_raw", S),
        ("progress_raw", S), ("progress", F), ("weight", F), ("score", F),
        ("deviation", S),
        # EXT
        ("level1_weight", F), ("doc_id", S), ("page", I), ("line", I), ("explanation", S),
        ("target_year", I),
    ],
    "budget_items": [
        ("project_id", S), ("seq", I), ("group", S), ("name", S), ("amount", F),
        ("price", F), ("quantity", F), ("note", S),
        # EXT
        ("kind", S), ("doc_id", S), ("page", I), ("line", I),
    ],
    "scores": [
        ("project_id", S), ("seq", I), ("level1", S), ("level2", S), ("level3", S),
        ("weight", F), ("score", F),
        # EXT
        ("is_subtotal", B), ("doc_id", S), ("page", I), ("line", I), ("self_score", F), ("note", S),
        ("level1_weight", F), ("explanation", S), ("requirement", S),
    ],
    "assessment_items": [
        ("doc_id", S), ("seq", I), ("section_no", S), ("section", S),
        ("item_no", I), ("content", S), ("points", F), ("requirement", S),
        ("responsible", L), ("kind", S), ("cap", F),
        # EXT
        ("page", I), ("line", I), ("group", S), ("deadline", S), ("leader", S), ("evidence", S),
        ("self_score", F), ("assessor", L), ("score", F), ("part_no", I), ("score_note", S), ("explanation", S),
        ("section_points", F),
    ],
    "safeguards": [
        ("project_id", S), ("seq", I), ("kind", S), ("document", S),
        ("measure", S), ("stages", L),
        # EXT
        ("doc_id", S), ("page", I), ("line", I),
    ],
    "warnings": [
        ("doc_id", S), ("project_id", S), ("page", I), ("line", I), ("code", S),
        ("message", S),
        # EXT
        ("indicator_seq", I),
    ],
    # EXT: one row per project, the audit checks' summary (jixiao.checks)
    "findings": [
        ("project_id", S), ("doc_id", S), ("n_findings", I), ("codes", L),
        ("target_quality", F), ("vague_targets", I), ("n_indicators", I), ("page", I), ("line", I),
    ],
}


def arrow_schema(table: str) -> pa.Schema:
    """Given a table name, return its Arrow schema (with schema_version metadata)."""
    return pa.schema(
        [pa.field(n, t) for n, t in TABLES[table]],
        metadata={b"jixiao.schema_version": str(SCHEMA_VERSION).encode(),
                  b"jixiao.table": table.encode()},
    )


def columns(table: str) -> list[str]:
    """Given a table name, return its column names in order."""
    return [n for n, _ in TABLES[table]]


_SQL = {
    "duckdb": {"string": "VARCHAR", "int32": "INTEGER", "int64": "BIGINT", "double": "DOUBLE",
               "bool": "BOOLEAN", "date32[day]": "DATE", "list": "VARCHAR[]"},
    "postgresql": {"string": "TEXT", "int32": "INTEGER", "int64": "BIGINT", "double": "DOUBLE PRECISION",
                   "bool": "BOOLEAN", "date32[day]": "DATE", "list": "TEXT[]"},
    "hive": {"string": "STRING", "int32": "INT", "int64": "BIGINT", "double": "DOUBLE",
             "bool": "BOOLEAN", "date32[day]": "DATE", "list": "ARRAY<STRING>"},
}


def _type_name(t: pa.DataType) -> str:
    return "list" if pa.types.is_list(t) else str(t)


def schema_json() -> dict:
    """Return the schema as a JSON-ready dict: version, and per table its columns and Arrow types."""
    return {"schema_version": SCHEMA_VERSION,
            "tables": {t: [{"name": n, "type": "list<string>" if pa.types.is_list(ty) else str(ty)}
                           for n, ty in cols] for t, cols in TABLES.items()}}


def schema_ddl(dialect: str, partition_by: str | None = None, location: str | None = None) -> str:
    """Given `duckdb`, `postgresql` or `hive`, return CREATE TABLE statements for every table.

    For Hive, `partition_by="year"` declares the project tables PARTITIONED BY (year INT), as
    `jixiao extract --partition-by year` writes them, and `location` (OUTDIR as the cluster sees it)
    makes them EXTERNAL tables over `<location>/<table>.parquet`.
    """
    from jixiao.store import PROJECT_TABLES
    types = _SQL[dialect]
    quote = "`" if dialect == "hive" else '"'
    out = [f"-- jixiao schema version {SCHEMA_VERSION} ({dialect})"]
    for t, cols in TABLES.items():
        parted = dialect == "hive" and partition_by == "year" and t in PROJECT_TABLES
        body = ",\n".join(f"  {quote}{n}{quote} {types[_type_name(ty)]}" for n, ty in cols
                          if not (parted and n == "year"))
        tail = ""
        if dialect == "hive":
            tail = (f" PARTITIONED BY ({quote}year{quote} {types['int32']})" if parted else "") + " STORED AS PARQUET"
            if location:
                tail += f" LOCATION '{location.rstrip('/')}/{t}.parquet'"
        external = "EXTERNAL " if dialect == "hive" and location else ""
        out.append(f"CREATE {external}TABLE {quote}{t}{quote} (\n{body}\n){tail};")
        if parted and location:
            out.append(f"MSCK REPAIR TABLE {quote}{t}{quote};")
    return "\n\n".join(out) + "\n"
