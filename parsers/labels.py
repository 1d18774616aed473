"""Lookup tables: Chinese labels -> contract columns and table roles.

All Chinese vocabulary of the parsers lives here, so a new template usually
needs a new synonym, not new code. Keys are compared after `label_key()`
(full-width folded, spaces, numbering, colons and unit brackets removed).
"""
from __future__ import annotations

import re
from normalize._lazy_re import lazy

# ---------------------------------------------------------------- OCR look-alikes
# characters an OCR (or an earlier program's OCR, in a text dump) takes for one another: a label read with one of them
# in the place of another (`项日名称`, `年度绩效日标`, `项日完成时间`) is matched as the label it differs from only so
# (parsers.core._lookup). In label matching only: a value keeps what was read (日 and 目 are both words).
# (管 read 菅, 施 read 旌, 绩 read 缋: a township's scanned 申报表's `主菅部门`, `实旌单位`, `年度缋效目标` were no labels, the
# department and unit lost to other_fields; hunt nw1)
# (…and those RapidOCR makes more than once on 47 label and head words drawn in Noto Sans / Serif CJK at 72-150 dpi,
# blurred, noised and passed through JPEG q25 / q60 (hunt sn8): 拨 read 戮 / 援 (`财政戮款`, `财政援款`: no 财政拨款
# label, budget_fiscal lost), 指 read 播 / 伯 / 排 / 拍 (`三级播标`, `一级伯标`: no head, every indicator's name lost),
# 值 read 销 (`实际完成销`), 效 read 造 (`绩造目标`), 成 read 或, 完 read 定, 管 read 营, 实 read 买 (`买施单位`); each
# group folds only a label, a head or a level word whole — the lexicon proves the reading — so a real 援 / 销 stays)
OCR_LOOKALIKES = ("目日曰", "已己巳", "未末", "入人", "土士", "拨拔戮援", "候侯", "预顶", "管菅营", "施旌", "绩缋", "标栎",
                  "指播伯排拍", "实买", "值销", "效造", "成或", "完定")

# ---------------------------------------------------------------- project fields
# column -> synonyms. Order matters only for priority when several labels of one
# form map to the same column (the first non-empty value wins).
# a body other than the implementing office that runs the project (a 国有资本经营预算 project's enterprise, a 社会保险基金's
# 经办机构): the unit when no 实施单位 names one, else kept in other_fields under its label (review rv)
AGENCY_UNIT_LABELS = ("项目实施企业", "实施企业", "经办机构", "基金经办机构", "社会保险经办机构")
# the outside parties a score is given by (`财政评分`, `专家打分`, `财政复核`, `第三方评价得分`): a 评分表's column of scores
# (SCORER_HEAD below, the score table's score heads) and a score labelled so (OTHER_SCORER, OTHER_BARE) — one list: the
# labels' own lacked 主管单位 / 评价单位 / 专家 / 评价组 / 评审组, `专家评分：90` beside `合计` no score (twins, hunt tg23)
SCORE_PARTY = "主管部门|主管单位|财政部门|财政|第三方机构|第三方|评价机构|评价单位|专家组|专家|评价组|评审组"
# the score a form settles on after the unit's own (parsers.tables' FINAL_SCORE_HEADS, forms' `_FINAL_SCORE`): a
# reviewer's (`复核得分`, `财政复核总分`, `复评分`), an outside party's evaluation (`部门评价得分`, `财政部门评价得分`), a
# `最终得分`; each spelling is a `score` field label too (FIELD_LABELS below, spelt out of these parts): the regexes took
# `财政部门评价得分`, `复评总分`, `主管部门复核得分` that no label list held, a total's cell read, a form's row not (review
# rd, mend md7)
# (…a 复审 too, as SCORER_HEAD's `复审` column is one: `自评得分 | 复审得分` was no pair of scores, the unit's lost,
# and `复审得分：90` no score label; hunt s64 sc7)
_REVIEW_PARTS = (("", "财政", "主管部门"), ("复核", "复评", "复审"), ("", "综合", "总"), ("得分", "评分", "分"))
# (…an outside party's too, `第三方评价得分：90` as a form's field: it was no score label, the 90 lost; hunt sc13)
# (…any outside party's, SCORE_PARTY's, and a plain score of theirs, `专家评分：95` / `财政评分：95` / `专家评价得分：95` on a
# line under a 自评表's 总分: the form's score, as `第三方评价得分：95` is — they were dropped without a word, review rv90's
# leftover; the party list here was a twin of SCORE_PARTY's short of 专家 / 评价组 …, hunt tg25)
_EVAL_PARTS = (("部门", *SCORE_PARTY.split("|")), ("", "综合"), ("评价",), ("", "总"), ("得分",))
_PARTY_PARTS = (tuple(SCORE_PARTY.split("|")), ("", "综合"), ("评分", "打分"))
_FINAL_PARTS = (("最终",), ("", "总"), ("得分", "评分"))


def _group(p: tuple[str, ...]) -> str:
    """One part's regex: its words as alternatives, optional when one is empty (`(?:综合|总)?`)."""
    words = [x for x in p if x]
    body = words[0] if len(words) == 1 and (len(words[0]) == 1 or "" not in p) else "(?:" + "|".join(words) + ")"
    return body + "?" if "" in p else body


def _spellings(parts: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    out = [""]
    for p in parts:
        out = [a + b for a in out for b in p]
    return tuple(out)


REVIEW_SCORE_HEADS = "".join(_group(p) for p in _REVIEW_PARTS)
# a reviewer's word, `复核` / `复评` / `复审`: its grade is spelt of the same words as its score (`复审等级` was no grade
# while `复审得分` was a reviewer's score, the grade of `自评等级 | 复审等级` lost; review rv117)
REVIEWER_WORDS = _group(_REVIEW_PARTS[1])
EVAL_SCORE_HEADS = "".join(_group(p) for p in _EVAL_PARTS)
PARTY_SCORE_HEADS = "".join(_group(p) for p in _PARTY_PARTS)
FINAL_SCORE_HEADS = (rf"(?:{''.join(_group(p) for p in _FINAL_PARTS)}|{REVIEW_SCORE_HEADS}|{EVAL_SCORE_HEADS}"
                     rf"|{PARTY_SCORE_HEADS})")
FINAL_SCORE_SPELLINGS = _spellings(_FINAL_PARTS) + _spellings(_REVIEW_PARTS) + _spellings(_EVAL_PARTS) \
    + _spellings(_PARTY_PARTS)
# any label a score is written under (parsers.tables' labelled totals and scores in one cell, `自评得分：94`, `单位自评：94`,
# `主管部门评分：90`, `复核91分`; the three live here so jixiao.checks reads the keys a score is kept aside under with the
# parser's own spellings — review rv65)
SCORE_HEADS = (rf"(?:(?:单位|部门)?自评(?:总)?(?:得)?分|{FINAL_SCORE_HEADS}"
               r"|(?:评价|综合|实际|实)?(?:总)?得分|评分)")   # (`实得分：92` on a 合计: no score, md7)
OTHER_SCORER = rf"(?:第三方评价(?:机构)?|{SCORE_PARTY})(?:综合)?评(?:价|审)?(?:总)?(?:得)?分"
OTHER_BARE = rf"(?:{SCORE_PARTY})评价|复核|复评"
SCORE_LABELS = rf"{SCORE_HEADS}|{OTHER_SCORER}|(?:单位|部门)?自评|{OTHER_BARE}"

# a project's or a policy's money over its whole period (`政策期资金总额`, `执行期资金`, `项目周期资金总额`, `建设期内预算总额`):
# the period's word, 内 or not, a money word — budget_total beside the year's money (review rv143 of hunt nw16's six)
_PERIOD_MONEY_PARTS = (("实施期", "政策期", "执行期", "建设期", "项目期", "实施周期", "政策周期", "项目周期", "政策实施期",
                        "项目实施期"), ("", "内"), ("资金总额", "资金", "总额", "预算总额", "预算资金总额"))
# (the same labels head a money matrix's period column beside the year's, parsers.forms' _PERIOD_HEADS)
PERIOD_MONEY_LABELS = _spellings(_PERIOD_MONEY_PARTS)
# the period's words alone (parsers.forms' _PERIOD_WORD, mn30's split of the period's parts from the year's)
PERIOD_WORDS = _PERIOD_MONEY_PARTS[0]
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "name": ("项目名称", "项目全称", "项目名", "资金名称", "专项资金名称", "项目（资金）名称", "转移支付名称",
             "转移支付项目名称", "政策（专项资金）名称", "政策名称", "政策（资金）名称",
             "项目支出名称", "资金项目名称", "专项资金项目名称", "支出项目名称", "转移支付（项目）名称", "转移支付(项目)名称", "二级项目名称", "专项名称", "评价对象", "采购项目名称", "课题名称",
             # (a 绩效评价结果反馈表's `评价项目 | 2023年度…专项资金`: the project evaluated, hunt fam6)
             "评价项目", "被评价项目", "评价项目名称", "被评价项目名称"),
    # a fund's name (社会保险基金 / 政府性基金 目标表): the form's name only when no 项目名称 names it; a label of its own,
    # so that a form giving both (a project of a fund) is not split in two at the second name
    "_fund_name": ("基金名称",),
    # the body a 考核表 assesses (`项目名称：… 考核对象：县农业农村局`): its department when a body of government names
    # it, its unit when an institution does (normalize.orgs; in _finish), else a label of no column (it was lost)
    "_assessed": ("考核对象", "被考核单位", "被考核部门", "考评对象", "被考评单位", "考核对象单位",
                  # (an 评价指标体系及评分表's `评价单位：县财政局  被评价单位：县交通运输局`: the body evaluated)
                  "被评价单位", "被评价部门"),
    # labels a field takes only when no other label gave it (in _finish): a 政府采购 form's unit, money and content, a
    # 衔接资金 form's 建设内容; inside an ordinary form they name a part (its procurement, its works) and must not
    # split it in two as a second unit / budget / overview would
    "_weak_unit": ("采购单位", "采购单位名称", "采购人", "采购人名称"),
    "_weak_budget_total": ("采购预算", "采购预算金额", "采购项目预算"),
    "_weak_overview": ("建设内容", "采购需求概述", "采购需求", "采购需求概况", "采购项目概况"),
    # 预期效果 / 预期效益: the year's goal of a form that states no 年度目标 (重庆 区县, 项目申报书); beside a 年度绩效目标
    # it is a second text on the results, which must not split the form in two as a second goal would
    # 预算项目名称: the name of a form that gives no 项目名称; in a 政府采购 form beside its 采购项目名称 it names the
    # budget project the purchase is paid from, and must not split the form in two as a second name would
    # 购买服务项目 (a 政府购买服务 form's or list's service): its name when no 项目名称 names it
    "_weak_name": ("预算项目名称", "购买服务项目", "购买服务项目名称", "政府购买服务项目名称", "服务项目名称"),
    "_weak_goal_annual": ("预期效果", "预期效益", "项目预期效果", "项目预期效益"),
    "department": ("主管部门", "主管部门及代码", "一级预算单位", "主管单位", "预算主管部门",
                   "主管部门名称", "部门名称", "主管部门及编码", "部门（单位）名称", "项目主管部门",
                   "业务主管部门", "政策主管部门", "资金主管部门",
                   # (a 中央对地方 transfer's 中央主管部门 before the local levels': beside it they are kept in other_fields)
                   # (a higher level before a lower: 市级 before 县级 / 区级, whichever the form writes first; an
                   # autonomous region's 自治区主管部门 is its 省级, an autonomous prefecture's (州级, 自治州) or a 盟's its
                   # 市级, an autonomous county's or a 旗's its 县级 — review rv73: they were other fields)
                   "中央主管部门", "省级业务主管部门", "省级主管部门", "自治区主管部门", "自治区级主管部门", "市级业务主管部门",
                   "预算部门", "部门",
                   "市级主管部门", "州级主管部门", "自治州主管部门", "盟级主管部门", "县级主管部门", "自治县主管部门",
                   "旗级主管部门", "自治旗主管部门", "区级主管部门", "项目主管单位", "预算部门、单位名称", "主管预算部门",
                   "预算部门（单位）名称", "部门、单位名称",
                   # (归口: the department a project is filed under; 一级预算单位 a province's 主管部门)
                   "归口部门", "归口管理部门", "项目归口部门", "资金归口部门", "归口部门名称", "行业主管部门",
                   "预算主管单位", "一级预算单位名称",
                   # (a 转移支付 form's local department, under its 中央主管部门: last, kept in other_fields beside it)
                   "地方主管部门"),
    "project_code": ("项目编码", "项目代码", "项目编号", "项目库编码", "项目库编号", "项目统一编码", "预算项目编码",
                     "项目识别码", "项目批准号"),
    "department_code": ("主管部门代码", "主管部门编码", "部门代码", "部门编码", "部门预算编码", "单位代码", "预算单位代码",
                        "单位编码", "预算编码", "单位预算编码"),
    "unit": ("实施单位", "项目实施单位", "实施单位名称", 
             # (a 国有资本经营预算 project's enterprise; a 社会保险基金's agency, 经办机构, that runs the fund under its
             # 主管部门: before 填报单位 / 编报单位, the office that filed the form)
             *AGENCY_UNIT_LABELS,
             "单位名称", "项目单位", "申报单位",
             # (`项目单位名称 | 某县农村供水服务中心`: an unplaced cell, the unit lost, hunt pf)
             "项目单位名称", "项目实施单位名称",
             "区级预算单位名称", "县级预算单位名称", "市级预算单位名称",
             "申报单位名称", "预算单位", "项目建设单位", "建设单位", "项目法人单位", "项目法人", "购买主体",
             "项目实施机构", "实施机构", "政策实施单位", "资金使用单位", "填报单位", "填报单位名称", "编报单位", "编报单位名称", "项目执行单位", "执行单位",
             "申报部门（单位）", "申报单位（部门）", "承担单位", "项目承担单位", "课题承担单位", "依托单位", "项目依托单位", "学校名称", "牵头单位",
             # (承办 / 用款 / 二级预算单位: the unit that spends the money under its 主管部门)
             "承办单位", "项目承办单位", "用款单位", "用款单位名称", "二级预算单位", "二级预算单位名称", "预算单位名称",
             "具体实施单位", "项目申报单位", "基层预算单位", "项目实施主体", "实施主体", "项目执行机构"),
    "category": ("项目类别", "项目类型", "项目属性", "项目性质", "项目分类", "建设性质", "项目建设性质", "支出类别",
                 # (a 政策 form's: 新增政策 / 延续政策 / 到期政策)
                 "政策类型", "政策属性", "政策类别"),
    "fund_use": ("资金用途", "项目资金用途"),
    # extension (docs/SCHEMA.md): 资金性质, the budget the money is of (一般公共预算 / 政府性基金预算 / 国有资本经营预算)
    "fund_type": ("资金性质", "预算资金性质", "项目资金性质", "资金性质类别"),
    "leader": ("项目负责人", "负责人", "项目负责人姓名", "项目负责人及电话", "负责人及联系电话",
               "项目负责人及联系电话", "负责人及电话", "项目负责人姓名及电话", "项目责任人", "责任人", "课题负责人", "负责人姓名", "项目主要负责人"),
    "contact": ("联系人", "经办人", "项目联系人", "填报人", "部门联系人", "单位联系人", "填表人", "联系人姓名", "经办人姓名",
                # (`联系人及联系电话 | 刘洋 13973881234`: the person and the phone, as 项目负责人及联系电话's, hunt pf)
                "联系人及电话", "联系人及联系电话", "项目联系人及电话", "项目联系人及联系电话"),
    "phone": ("联系电话", "电话", "联系方式", "负责人电话", "项目负责人电话", "负责人联系电话", "项目负责人联系电话",
              "联系人电话", "手机", "手机号码", "办公电话", "联系人手机", "负责人手机"),
    "start_date": ("起始日期", "开始时间", "计划开始日期", "开始日期", "项目开始时间",
                   "项目起始日期", "实施开始时间", "项目开始日期", "开始实施时间", "开始实施日期", "计划开始日",
                   "服务起始日期", "服务开始日期", "服务开始时间", "服务起始时间",
                   # (a 基本建设 project's planned start and completion, `计划开工时间 | 2024年3月1日`: other fields, the
                   # dates lost, hunt pf)
                   "计划开工时间", "计划开工日期", "开工时间", "开工日期", "项目开工时间", "项目起始时间",
                   "项目计划开始时间"),
    "end_date": ("结束日期", "结束时间", "计划完成日期", "完成日期", "项目结束时间",
                 "计划结束日期", "实施结束时间", "项目完成日期", "项目完成时间", "项目结束日期", "预计完成时间",
                 "预计完成日期", "计划完成时间", "服务截止日期", "服务结束日期", "服务结束时间",
                 "服务截止时间", "项目截止日期",
                 "计划竣工时间", "计划竣工日期", "竣工时间", "竣工日期", "项目竣工时间", "项目计划完成时间"),
    "period": ("项目期", "项目周期", "实施周期", "项目起止时间", "实施期限", "项目实施期",
               "起止时间", "项目期限", "实施期", "政策实施期限", "政策期限", "政策实施周期", "服务期限", "合作期限", "建设期限", "项目起止日期", "起止日期", "实施起止日期",
               "建设期", "建设周期", "项目建设期", "项目建设周期", "基金存续期", "存续期", "存续期限", "起止年限", "项目起止年限", "执行期限", "研究期限", "项目实施期限",
               "项目实施周期", "执行期间", "实施期间", "项目执行期", "项目执行期限", "项目执行期间", "执行周期", "起止年月",
               "实施起止时间", "项目实施起止时间", "项目起止期", "实施年限", "项目实施年限", "实施时间", "项目实施时间",
               "执行时间", "项目执行时间", "项目起止期限", "起止期限", "项目执行周期"),
    "overview": ("项目概况", "项目简介", "项目基本情况", "项目基本概况", "项目内容",
                 "项目主要内容", "部门职能概述", "部门职能", "部门主要职能", "部门职责", "项目总体概况",
                 "项目总体情况", "基本情况", "概况", "专项概况", "项目概述", "部门职能职责概述", "部门职能职责",
                 "部门职责概述", "建设内容及规模", "主要建设内容", "建设规模及内容",
                 # (a 政府购买服务 project's form: what is bought is what the project is)
                 "购买服务内容", "政府购买服务内容",
                 # (`实施内容 | 新建游客服务驿站4处…`: what the project does, as 项目内容 — an other field, hunt pf)
                 "实施内容", "主要实施内容"),
    "basis": ("立项依据", "项目立项依据", "项目立项情况", "政策依据", "依据", "立项依据及必要性", "设立依据",
              "资金设立依据", "资金管理办法", "专项资金管理办法", "项目依据", "实施依据", "申报依据", "项目设立依据"),
    "necessity": ("项目设立的必要性", "必要性", "立项必要性", "项目必要性", "项目申报必要性", "项目立项必要性"),
    "feasibility": ("可行性", "项目可行性", "项目申报可行性", "立项可行性"),
    "measures": ("保证项目实施的制度、措施", "保证项目实施的制度措施", "单位已有的(或拟订的)保障项目实施的制度、措施",
                 "保障项目实施的制度、措施", "单位已有的(或拟订的)保证项目实施的制度、措施", "项目相关资源投入和制度建设情况",
                 "保障措施", "实施保障措施", "项目保障措施", "保障绩效目标实现措施", "绩效目标实现保障措施",
                 "保障项目实施的制度措施"),
    "plan": ("项目实施计划", "实施计划", "项目实施进度计划", "实施进度计划", "实施方案", "项目实施方案"),
    "goal_total": ("项目总目标", "总体目标", "总目标", "长期目标", "中长期目标", "项目中长期目标",
                   "中期目标", "长期绩效目标", "中长期绩效目标", "实施期目标", "实施期总目标", "实施期绩效总目标", "项目长期目标", "总体绩效目标",
                   "实施周期绩效目标", "实施周期目标", "中期绩效目标", "实施期绩效目标", "中期滚动目标",
                   "绩效总目标", "整体目标", "建设期总体目标", "建设期目标", "实施期总体目标", "中期总体目标", "中期绩效总目标", "中长期总体目标"),
    "goal_annual": ("年度绩效目标", "年度总目标", "年度目标", "当年绩效目标", "年度实施目标",
                    "预期目标", "年度总体目标", "年度预期目标", "绩效目标", "年度绩效目标及指标", "项目年度目标",
                    "年初设定目标", "年初目标", "年初绩效目标", "年度总体绩效目标", "部门年度总体绩效目标", "年度整体绩效目标",
                    "本年度绩效目标", "年度主要目标和成果", "年度主要目标", "年度绩效总目标", "本年度绩效总目标",
                    "全年预期目标", "整体绩效目标", "部门整体绩效目标", "全年（调整）绩效目标",
                    "当年目标", "本年目标", "本年度目标", "本年度总体目标", "当年总体目标", "年度预期绩效目标",
                    "预期绩效目标", "年度工作目标"),
    "goal_actual": ("实际完成情况", "年度目标完成情况", "目标实际完成情况", "实际完成目标", "全年实际完成情况",
                    "年度总体目标完成情况综述", "完成情况综述", "总体目标完成情况", "上半年目标完成情况",
                    "上半年完成情况", "目标完成情况", "年度实际完成情况", "实际完成值", "全年完成情况", "全年目标实际完成情况",
                    "具体完成情况", "实际完成"),
    # a monitoring form's forecast of the year's goal (全年预计完成情况 beside 1-6月实际完成情况)
    "goal_forecast": ("全年预计完成情况", "预计完成情况", "预计全年完成情况", "全年目标预计完成情况", "年度目标预计完成情况",
                      "预计年底目标完成情况", "预计年底完成情况"),
    "composition": ("项目构成", "主体活动（作业、任务）和对应产生的一级目标"),
    "budget_total": ("项目总预算", "项目资金总额", "资金总额", "项目总金额", "项目预算总额",
                     # (a 部门整体 form's money: 部门预算总额 | 52,360,000.00 beside 财政拨款 / 其他资金)
                     "部门预算总额", "部门预算资金总额", "部门年度预算总额",
                     "总预算", "预算资金", "中期资金总额", "中期资金", "中期预算资金总额", "资金总额合计", "项目资金合计", "总投资", "项目总投资",
                     "总额", "项目总额", "中期财政预算", "中期市财政预算", "项目预算", "项目金额", "项目预算金额",
                     "资金规模", "项目资金规模", "政策资金", "政策资金总额", "专项资金总额", "实施期资金总额", "实施期资金", "实施期总额", "实施期预算总额",
                     # (a policy's or a works' money over its period, `政策期资金总额 | 9,000.00` over `2022年度资金`: it was
                     # a source line, the form of no total — hunt nw16; every period's word with every money word, the
                     # family, `执行期资金`, `政策周期资金总额`, `项目实施期资金总额` …: review rv143)
                     *PERIOD_MONEY_LABELS,
                     "资金额度", "专项资金额度",
                     # (a 科技计划 form's 项目经费 | 经费总额 | 300: 经费 for 资金)
                     "经费总额", "项目经费总额",
                     # (a 科研项目's grant for all its years, `财政资助经费（万元） | 120 | 本年度经费（万元） | 40`: the
                     # year's money was read as a source line of it, the form of no budget — hunt nw7)
                     "资助经费", "财政资助经费", "资助总额", "资助经费总额",
                     "实施期预算资金总额", "实施周期资金总额", "总体资金总额", "预算资金总额", "预算总额",
                     "中长期资金总额", "中长期预算资金总额",
                     # 政府投资基本建设项目: the estimate approved for the whole project
                     "概算总投资", "项目概算总投资", "批复概算", "概算投资", "总概算",
                     # 政府投资基金: the fund's size
                     "基金总规模", "基金规模",
                     "资金金额", "项目资金金额",
                     "总金额", "项目总资金", "总资金", "预算总金额", "项目总预算金额", "项目预算总金额", "项目资金总计",
                     "投资总额", "项目投资总额", "计划总投资", "项目计划总投资", "估算总投资"),
    "budget_year": ("项目当年预算", "当年预算", "预算金额", "下达中央预算内投资", "本次下达中央预算内投资", "本次下达资金", "本次下达金额", "本年度资金", "本年资金", "年度预算数", "申报金额",
                    "申请金额", "当年年度预算", "当年资金总额", "年度本级预算金额", "本级预算金额", "预算申报数", "年度资金申请总额", "本年预算", "年度预算",
                    "当年预算数", "全年预算数", "全年预算", "年度资金总额", "年度财政资金总额", "年度预算资金总额", "年度资金", "年度预算资金", "本年度计划投资",
                    "年度计划投资", "当年计划投资", "年度金额", "年度投资", "年度总额", "本年度政府付费", "预算数",
                    "年度政府付费", "当年政府付费", "本年度金额", "年度申请", "年度申请数", "当年申请数",
                    "本年申请数", "安排资金", "本年安排资金", "年度安排资金", "年度安排", "申请资金", "本年度申请财政预算资金", "本年度申请市财政预算资金", "年度申请财政预算资金",
                    # (an 事前绩效评估表's `项目总投资（万元） | 8,600.00 | 申请财政资金（万元） | 3,000.00`: the money asked
                    # of the budget — kept in other_fields, hunt fam6)
                    "申请财政资金", "申请财政资金数", "拟申请财政资金",
                    "调整后预算数", "调整后预算", "调整后全年预算数", "转移支付预算数", "全年（调整）预算数",
                    # (`年初预算 | 调整预算数 | 执行数`, a list's or a 决算's: the budget in force; beside 年初预算, now
                    # budget_initial, the year's was taken from it, review ry)
                    "调整预算数", "调整预算",
                    "年度政府支出责任", "本年度政府支出责任", "年度预算申请", "年度预算申请数",
                    "年度投资计划", "本年度投资计划",   # (a PPP project's)
                    "本年度财政出资", "年度财政出资", "当年财政出资",   # (a 政府投资基金's)
                    "本年度财政出资计划", "年度财政出资计划", "当年财政出资计划", "本年度出资计划", "年度出资计划",
                    "年度出资额", "本年度出资额", "当年出资额", "年度出资金额",   # (hunt fam7: an unparsed_row)
                    "本年度申请债券额度", "年度申请债券额度", "本年申请债券额度", "本年度债券资金需求", "本年度发行债券额度",   # (a 专项债券 project's)
                    "本年度发行债券资金", "本年度申请债券资金", "本年度债券资金", "年度发行债券资金", "当年发行债券资金",
                    "本年度发行额度", "年度发行额度", "当年发行额度", "本年发行额度",
                    # (a 绩效目标调整申请表's budget after the adjustment: the year's budget in force)
                    "调整后年度预算", "调整后年度预算数", "调整后项目预算", "调整后当年预算",
                    # (`原预算金额（万元） | 1,200.00 | 调整金额（万元） | （200.00）` over `调整后预算金额（万元） | 1,000.00`: the
                    # money after the change the year's — it was an unplaced_cell, the 1,200 before it the year's; hunt mn13)
                    "调整后预算金额", "调整后金额",
                    "年度预算金额", "本年度预算",
                    "本年度申请金额", "年度申请金额", "本年申请金额", "当年申请金额", "本年度申请数",
                    "本年度预算申请数", "年度预算申请金额", "本年度预算数", "本年预算数", "当年预算金额", "本年度预算金额",
                    "本年度资金总额", "本年度预算安排", "当年预算安排", "本年预算安排数", "年度预算安排数",
                    "预算安排资金", "年度预算安排资金",   # (`2023年预算安排资金8,600.00万元` in a report's sentence)
                    "年度资金需求", "本年度资金需求",
                    "年度申请预算", "年度申请资金",   # (`其中：2025年申请预算 | 900.00`, its year the form's)
                    "本年度经费", "年度经费", "本年经费", "当年经费"),   # (a 科研项目's: 经费 for 资金, as 经费总额)
    "budget_fiscal": ("财政资金", "财政拨款", "当年财政拨款", "财政拨款资金", "本年财政拨款", "本年度财政拨款",
                      "财政衔接资金", "衔接资金", "财政衔接推进乡村振兴补助资金", "财政拨款小计", "财政拨款数",
                      # (the year's fiscal money of the level of government that approves the form: 其中:当年市级财政资金)
                      "当年财政资金", "本年财政资金", "当年省级财政资金", "当年市级财政资金", "当年县级财政资金",
                      "当年区级财政资金", "当年本级财政资金",
                      # (a 政府投资基金's fiscal share of its size)
                      "财政出资", "政府出资", "财政出资额",
                      "财政性资金", "财政预算资金", "财政预算拨款", "财政补助资金", "财政补助",
                      # (a 一事一议 form's: 财政奖补资金 beside 村民筹资 / 筹劳折资)
                      "财政奖补资金", "财政奖补",
                      # (a 科技计划 form's `经费总额 | 财政经费 | 自筹经费` over its amounts: 经费 for 资金, as 经费总额)
                      "财政经费", "财政科技经费", "财政专项经费"),
    "budget_other": ("其他资金", "其它资金",
                     # (a 政府投资基金's: the social capital's share of its size)
                     "社会资本出资", "社会出资", "社会资本出资额", "自筹资金", "单位自筹", "单位自筹资金",
                     "自筹经费", "单位自筹经费",
                     # (`自筹 | 20` on a row of its own under 资金来源, beside `财政拨款 | 180`: the other money, as 单位自筹 —
                     # it was a source line only, budget_other null, hunt mn4)
                     "自筹",
                     # (经费 for 资金, as 其他资金; `上级经费` / `省级经费` are no field: a level's source line, as 上级资金,
                     # LEVEL_FISCAL)
                     "其他经费", "其它经费"),
    "prior_budget": ("同名项目上年预算额", "上年预算数", "上年预算额", "上年同名项目预算", "上年同名项目预算数",
                     "上年同名项目预算额", "同名项目上年预算", "同名项目上年预算数", "上年预算", "上年度预算", "上年度预算数", "上一年度预算数",
                     "上年预算安排数"),
    "prior_spent": ("同名项目上年预算执行数", "上年执行数", "上年预算执行数", "上年同名项目执行数", "上年同名项目预算执行数",
                    "同名项目上年执行数", "上年度执行数", "上年度预算执行数", "上年实际支出", "上年度实际支出", "上年支出数"),
    "budget_issued": ("预算下达资金", "预算下达数", "下达资金", "实际到位资金", "到位资金", "到位数", "资金到位数"),
    "spent": ("实际支出资金", "全年执行数", "实际支出", "实际支出数", "执行数", "实际使用情况", "实际使用资金",
              "实际使用金额", "转移支付执行数",
              # (`1-8月支出数`, a monitoring list's money spent so far, as `1-8月执行数`: it was an other field, review sq)
              "支出数",
              # (the money spent so far, a 自评表's or a monitoring form's `累计执行数 | 800`: spent, as 全年执行数 — it was
              # an other field, hunt mn4)
              "累计执行数", "累计支出", "累计支出数", "累计支出金额", "累计执行金额"),
    # (a 绩效目标调整申请表's budget before the adjustment, as its money matrix's 调整前 column: MATRIX_COLUMNS)
    "budget_initial": ("年初预算数", "原年度预算", "调整前年度预算", "原年度预算数", "调整前年度预算数", "调整前预算",
                       "调整前预算数",
                       # (`年初预算（万元） | 100 | 调整金额（万元） | 调减-20.00 | 调整后预算（万元） | 80`, an adjustment
                       # form's: it was dropped without a word, as the matrix's 年初预算 column is budget_initial)
                       "年初预算", "年初预算金额", "原预算数", "原预算", "原预算金额", "调整前预算金额", "调整前金额"),
    "execution_rate": ("执行率", "预算执行率", "预算执行进度", "预算执行进度（%）",
                       # (`资金执行率 | 98%`, `资金支出率`, `预算完成率 | 95.5%`: the money spent of the budget, as
                       # 预算执行率 — they were other fields, hunt mn29)
                       "资金执行率", "资金支出率", "预算完成率"),
    "score": ("综合得分", "总分", "自评得分", "总得分", "自评总分", "自评综合得分", "综合评价得分", "评价得分",
              "绩效评价得分", "评价总分", "评估得分", "自评分", "总评分", "综合评分", "自评总得分",
              # (`实得分 | 92`: a 评分表's score head, tables' `_SCORE_HEADS`, no label in a form's row, md7)
              "实得分",
              # (`最终得分 | 93` under a 评分表's 合计 and its 加分项 / 减分项 rows: the form's score, kept aside before)
              "最终得分", "最终评分",
              # (`自评得分 | 92 | 复核得分 | 90`: the reviewer's score, settled after the unit's as a 最终得分 is — the 90
              # was taken for the score, the 92 for full marks and lost; alone, `复核得分：88分`, it was no label, hunt sc8)
              "复核得分", "复核分", "复核总分", "复核评分", "复核综合得分", "财政复核得分", "复评得分",
              # (`复核总得分 | 88` under a 自评表's 总分, `部门评价得分：90` / `财政评价得分` after the unit's 自评得分: the
              # reviewer's and an outside party's score, settled after the unit's as tables.FINAL_SCORE_HEADS says — they
              # were no label, the unit's 95 the score, `{"复核总得分": "88"}` kept aside; hunt sc11)
              "复核总得分", "部门评价得分", "主管部门评价得分", "财政评价得分"),
    "grade": ("评价结果等次", "评价等次", "自评等级", "评价等级", "绩效等级", "自评结果等次", "自评等次",
              "评价结果", "自评结果", "评估等级", "评估等次", "评估结果等次", "等次", "综合等次",
              "绩效评价等级", "绩效评价等次", "绩效自评等级", "绩效自评等次", "综合评价等级", "综合评价等次", "绩效等次",
              "评价结果等级", "自评结果等级", "评定等级",
              # (`等级 | 良 | 评价结论 | …` under a 评分表, bare as 等次 is: the grade was lost, an unparsed_row — review rv4)
              "等级",
              # (`自评等级 | 优 | 复核等级 | 良`: the reviewer's grade, settled after the unit's as its 复核得分 is — it was
              # an unplaced_cell, hunt sc9)
              *_spellings((_REVIEW_PARTS[1], ("等级", "等次"))), "财政复核等级", "财政复核等次", "复核结果等次"),
    # (`填表时间 | 2024年3月15日`, `填报时间：…`, `填写日期`: the same day — they were other fields, hunt ti11)
    "fill_date": ("填报日期", "填表日期", "申报日期", "报送日期", "编报日期", "制表日期", "填报时间", "填表时间", "填写日期"),
    # extensions (docs/SCHEMA.md): self-evaluation narratives and remarks
    "fund_usage": ("项目资金使用情况", "资金使用情况"),
    "implementation": ("项目组织实施情况", "组织实施情况"),
    "performance_summary": ("项目绩效情况", "绩效目标完成情况", "总体绩效目标完成情况"),
    # the budget year as a field (预算年度 | 2025): not a column of its own, it is the form's `year`
    "year": ("预算年度", "项目年度", "申报年度", "编报年度", "所属年度", "预算年份", "评价年度", "年度", "自评年度",
             "绩效年度", "评估年度", "监控年度"),      # (评估年度: a 新增项目事前绩效评估表's, hunt nw10)
    "other_notes": ("其他需说明的问题", "需要说明的其他问题", "其他需要说明的问题", "其他说明",
                    "其他说明的问题", "其他需说明事项", "调整原因说明", "调整原因", "调整理由",
                    "调整事由", "调整原因及依据"),
}
# (every spelling of the score a form settles on, FINAL_SCORE_SPELLINGS, after the list above: ranked after the
# unit's own as the listed ones are, md7)
FIELD_LABELS["score"] += tuple(x for x in FINAL_SCORE_SPELLINGS if x not in FIELD_LABELS["score"])
# (a money label asking for money, 申请, is written 申报 as often, `申报资金（万元） | 3,600.00` of a 事前绩效评估
# 汇总表 beside `申请资金`: the same field — it was an unparsed_row, the form of no money; hunt nw17. Every money
# field's 申请 spelling has its 申报 twin, unless another field already spells it so)
_SPELLED = {x for v in FIELD_LABELS.values() for x in v}
for _f in ("budget_total", "budget_year", "budget_fiscal", "budget_other"):
    FIELD_LABELS[_f] += tuple(dict.fromkeys(x.replace("申请", "申报") for x in FIELD_LABELS[_f]
                                            if "申请" in x and x.replace("申请", "申报") not in _SPELLED))
del _SPELLED, _f

# Columns whose value is one money amount.
MONEY_FIELDS = frozenset({
    "budget_total", "budget_year", "budget_fiscal", "budget_other", "prior_budget",
    "prior_spent", "budget_issued", "spent", "budget_initial",
})
# Columns a form has at most once: a second, different value starts a new form.
SINGULAR_FIELDS = frozenset({
    "name", "overview", "basis", "necessity", "measures", "plan", "goal_total",
    "goal_annual", "budget_total", "prior_budget", "prior_spent",
})
# The money matrix of self-evaluations: a header row of these labels, then rows
# 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金 with one number per column.
MATRIX_COLUMNS: dict[str, str] = {
    "年初预算数": "budget_initial", "年初预算": "budget_initial", "预算执行数": "spent", "全年预算数": "budget_year", "调整后预算数": "budget_year",
    "全年执行数": "spent", "实际支出数": "spent", "执行数": "spent", "执行率": "execution_rate",
    "预算数": "budget_year", "实际执行数": "spent",
    # (`年初预算数 | 全年预算数 | 累计执行数 | 分值 | 执行率 | 得分`: the money spent so far, as 全年执行数 — the column was
    # no column, the money spent lost, hunt mn4)
    "累计执行数": "spent", "累计支出": "spent", "累计支出数": "spent",
    "预算执行率": "execution_rate", "执行进度": "execution_rate", "预算执行进度": "execution_rate", "分值": "weight", "得分": "score", "自评得分": "score", "评价得分": "score", "权重": "weight",
    "指标分值": "weight", "权重分值": "weight", "实际得分": "score",
    # (`得分/分值 | 执行率` over `8.3/10 | 82.86%`: the points and the score in one cell, read by the head's order,
    # tables.head_pair_order — the column was no column, the 预算执行率 score lost, hunt lt)
    "得分/分值": "score", "分值/得分": "score", "自评得分/分值": "score", "分值/自评得分": "score", "权重/得分": "score",
    "得分/权重": "score",
    # (a 部门整体 自评表, 重庆: 全年(调整)预算数 | 全年执行数 | 执行率 | 执行率权重 | 执行率得分)
    "全年(调整)预算数": "budget_year", "执行率权重": "weight", "执行率得分": "score",
    # (`年初预算 | 调整预算 | 执行数 | 执行率`: the budget in force, as the field label 调整预算数 is — the column was no
    # column, its figures lost, the 年初预算's taken for the year's, a false execution_rate_mismatch)
    "调整预算数": "budget_year", "调整预算": "budget_year",
    "调整前": "budget_initial", "调整后": "budget_year", "原预算数": "budget_initial", "原预算": "budget_initial",
    "调整前预算数": "budget_initial", "调整前预算": "budget_initial", "调整后预算": "budget_year", "增减额": "note", "调整金额": "note",
    "计划数": "budget_year", "到位数": "budget_issued", "到位率": "note", "实际到位数": "budget_issued",
    "主要内容": "note", "实施内容": "note", "完成情况": "note", "任务内容": "note", "全年预计执行数": "note",
    "预计执行数": "note", "偏差原因及改进措施": "note", "预计全年执行数": "note", "是否存在偏差": "note",
    "偏差原因": "note", "纠偏措施": "note", "偏差原因分析": "note",
    "原因": "note", "偏差原因": "note", "未完成原因": "note", "原因分析": "note", "情况说明": "note",
    # money by source in columns (来源 | 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率): the parts
    # are kept apart like notes, the 合计 is the year's budget
    "中央": "note", "省、地": "note", "省级": "note", "市级": "note", "县级": "note", "本级": "note",
    "合计": "budget_year",
    # 项目资金申请（万元） | 项 目 | 上年度安排资金 | 本年度申请资金 (湖南): last year's money beside this year's
    "上年度安排资金": "prior_budget", "上年安排资金": "prior_budget", "上年度预算数": "prior_budget",
    "本年度申请资金": "budget_year", "本年申请资金": "budget_year", "本年度安排资金": "budget_year",
    "测算依据及说明": "note", "测算依据": "note",
    # 年度重点工作 | 重点工作名称 | 主要内容 | 预算金额 (a 部门整体 form's tasks with their money)
    "预算金额": "budget_year", "执行金额": "spent", "实际执行金额": "spent",
    # 部门职责 | 工作任务 | 任务内容 | 预算数 | 执行数 (a 部门整体 自评表): the task names the line, the duty its group
    "工作任务": "name", "部门职责": "group",
    # 年度主要任务完成情况 | 任务名称 | 主要内容 | 预算数 | 执行数 | 完成情况: the same, the task named so (its 主要内容 and
    # 完成情况 were lost: notes are kept only beside a name column)
    "任务名称": "name",
}
# (部门整体支出: a 部门整体 自评表's matrix row of the whole budget, over its 其中：基本支出 / 项目支出)
MATRIX_TOTAL_ROW = lazy(r"(年度资金总额|资金总额|总额|总金额|合计|总计|^(?:年度)?(?:部门)?整体支出$)")

# a 政府投资 / 基本建设 form's investment by use (工程费用 / 工程建设其他费用 / 预备费): its lines are the money's
# composition, no sources (`投资构成 | 建安工程费500万元、设备购置费100万元`, hunt mn19)
INVESTMENT_MAKEUP_LABELS = ("投资构成", "项目投资构成", "总投资构成", "投资估算构成", "概算投资构成", "投资概算构成")
# Labels that introduce a block of money lines (rows below are budget lines).
MONEY_SECTION_LABELS = ("项目资金", "项目资金情况", "项目预算资金", "资金情况", "项目资金来源", "资金来源",
                        "项目当年投入资金构成", "投入资金构成", "资金构成", "预算执行情况", "年度预算申请",
                        "部门年度预算申请", "年度预算安排", "部门预算申请",
                        # the money's block under a word of funds or arrangement (`项目经费：年度资金总额300万元，其中…`,
                        # `资金安排 | …`, `经费预算：…`; the sentence was dropped, the cell kept in other_fields, hunt lh)
                        "项目经费", "经费预算", "资金安排", "经费安排", "项目资金安排", "项目经费预算",
                        *INVESTMENT_MAKEUP_LABELS)
# Labels of a field of no contract column, each over or beside its one value (kept in other_fields): where a project
# is (a blank form's `项目名称 | | 项目所在镇乡(街道)、村 |` has no name), a transfer payment's finance bureau beside
# its 主管部门 (中央对地方专项转移支付绩效目标申报表), a special bond's kind and term, a procurement's method (a text of a
# cell a line pairs them with the line under them, parsers.core.line_kind: `债券期限` / `15年`, hunt nw12)
NO_COLUMN_LABELS = ("项目地址", "项目所在地", "项目所在地区", "项目所在镇乡（街道）、村", "邮编", "邮政编码", "建设地点",
                    "项目建设地点",
                    "省级财政部门", "财政部门", "地方财政部门", "市级财政部门", "县级财政部门", "同级财政部门",
                    "债券类型", "债券期限", "债券品种", "采购方式", "采购组织形式")
# Labels whose rows hold nothing for the dataset (approvals, seals): they end a table and are never reported as
# unparsed (the NO_COLUMN_LABELS taken in keep their values, in other_fields: the comment sat over them, review rd65).
IGNORED_LABELS = ("主管部门审核意见", "审核意见", "财政部门审核意见", "主管部门意见", "财政部门意见",
                  "单位公章", "盖章", "单位（盖章）", "签字", "审核人", "填表说明", "注", "说明", "财务负责人",
                  "单位（签章）", "公章", "财政处室", "财政业务处室", "预算处室", "绩效管理处室",
                  *NO_COLUMN_LABELS,
                  # a row of attachments (`附件 | <a workbook shown as an icon>`): the files, read apart, are no value
                  # (not `附件材料 | 实施方案 | √ | …`, a checklist of the papers filed: reported, hunt s36 r1)
                  "附件", "相关附件")

# Labels that name a whole block and carry no value (left column of a form).
BLOCK_LABELS = ("绩效目标", "绩效指标", "项目绩效目标", "项目绩效指标", "分解目标", "绩效目标实现情况",
                "评分表", "项目构成分解", "年度绩效指标", "长期绩效指标", "年度绩效目标表", "项目支出绩效目标",
                "备注", "评价人员", "年度总体目标完成情况", "年度绩效指标完成情况", "绩效指标完成情况")

# ---------------------------------------------------------------- tables
# table kind -> role -> header synonyms.
# the heads of a list's or a money table's column of the township (乡镇) or the county / district (县区) each row is
# of (parsers.layouts.packed_list: its projects' unit; the budget's `name` heads below hold the first of them)
TOWN_HEADS = ("乡镇", "乡镇（街道）", "乡（镇）", "所属乡镇", "实施乡镇", "所在乡镇", "乡镇名称", "乡镇街道", "镇街", "项目所在乡镇",
              "街道", "所属街道", "实施街道")     # (`街道 | 城东街道办事处`: the 街道 doing it)
COUNTY_HEADS = ("县区", "区县", "县（市、区）", "所属县区")
# the one list of the heads over the places a fund is shared among or its targets are set for (the county heads
# first): REGION_HEAD below, HEADER_ROLES' budget `name` and parsers.forms' place heads are built from it (three lists
# apart, `区县` / `所属县区` were a county's head but no region's: an indicator table `区县 | 一级指标 | …` lost its
# places, review mend)
PLACE_HEADS = (*COUNTY_HEADS, "地区", "区域", "市县", "市县区", "县市区", "地市", "市州", "设区市", "市（州）", "县（市）",
               "县（区）", "县（市区）", "市县（区）", "市、县（区）", "县（市、区、场）", "县（市区场）")
# a head of PLACE_HEADS, maybe after 分配 / 下达 and before 名称 (`地区`, `分配地区`, `县（市、区）名称`; folded text): a 转移支付
# 分配表's rows (parsers.layouts.packed_list), an indicator table's place column left of its levels (`地区 | 一级指标 |
# …`, parsers.core: each row's place kept in its note)
REGION_HEAD = lazy(r"^(?:分配|下达)?(?:" + "|".join(re.escape(h.replace("（", "(").replace("）", ")"))
                                                   for h in sorted(PLACE_HEADS, key=len, reverse=True)) + r")(?:名称)?$")
# what will be done about a goal's or an indicator's deviation, a head or a closing row's label (`… | 偏差原因 | 改进措施`,
# `整改措施 | …` under a self-evaluation's indicators): parsers.forms' goal heads, parsers.core's TABLE_END_KEYS
MEASURE_HEADS = ("改进措施", "纠偏措施", "整改措施", "改进举措", "下一步改进措施")

# a sum's word heading a budget table's amount column before the sources each line's money comes from (`子项目名称 | 合计 |
# 上级补助 | 本级配套 | 自筹`): the amount's head only there, with a source's head after it (parsers.core.detect_header; no
# header word of HEADER_ROLES: `区域 | 长沙市 | 株洲市 | 合计` heads places, a lone `合计` line is a total's)
SUM_AMOUNT_HEADS = ("合计", "资金合计", "小计")
# a budget_total label naming the whole project's investment (项目总投资, 概算总投资, 投资总额, 批复概算) rather than the
# money the form budgets (资金总额, 项目总预算): a form giving both has two totals, the investment kept under its label
INVESTMENT_LABEL = lazy(r"投资|概算")
# a source's word in a head after such a sum (上级补助, 本级配套, 自筹, 中央资金, 财政拨款, 其他资金)
SOURCE_HEAD_WORD = lazy(r"补助|配套|自筹|拨款|财政|资金|专项|其他|其它")

# the words beside a score saying why it was given (`… | 分值 | 得分 | 得分情况说明` of a 自评表): a note on each row, no
# score — the head holds `得分情况`, a score's head, and took the score column's role (the scores were lost, review rv5;
# heads of no score word, 扣分原因 / 评分依据, stay unknown to the indicator table: a known head more made the 评分表
# with a 评分依据 column an indicator table)
SCORE_NOTE_HEADS = ("得分情况说明", "得分情况分析", "得分情况描述", "自评得分情况说明")
# why a row lost or got its points (`扣分原因`, `失分理由`, `得分依据`, `评分说明`): the score table's `note` and the 考核评分表's
# score_note (parsers.tables), one list of words for both (the 评分表's was narrower, `失分理由` / `得分理由` dropped: review mend)
SCORE_REASON_HEADS = (*(a + b for a in ("扣分", "失分", "得分", "评分") for b in ("说明", "原因", "理由")),
                      "失分依据", "得分依据", "扣分原因说明", "扣分情况说明")

HEADER_ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    "indicator": {
        # 级指标: 一级指标 whose 一 a page's text lost (舒城)
        "level1": ("一级指标", "一级目标", "一级", "绩效指标一级", "一级指标名称", "级指标"),
        "level2": ("二级指标", "二级目标", "二级", "绩效指标（二级）", "二级指标名称"),
        "level3": ("三级指标", "三级目标", "三级", "绩效指标（三级）", "指标名称", "指标内容",
                   "具体指标", "三级指标名称", "绩效指标名称", "绩效内容",
                   # (a 绩效目标调整申请表's name after the adjustment, beside its 调整前三级指标: the name in force)
                   "调整后三级指标", "调整后指标名称", "调整后指标",
                   # (one column of `名称：指标值` lines, `接入公共停车泊位：≥1200个`: the names' head, exact, so that a
                   # laid-out dump's rows under it keep their columns; tables.py splits each name from its target)
                   "指标名称及指标值", "指标名称及目标值", "指标内容及指标值", "指标内容及目标值", "指标及指标值"),
        "target": ("指标目标值", "目标值", "指标值", "年度指标值", "年初目标值", "预期目标值",
                   "绩效目标值", "全年目标值", "预期指标值", "指标值（目标值）", "年度目标值",
                   "计划目标值", "年度绩效指标值", "当年指标值", "年度预期指标值", "预期实现值",
                   "当年预期实现值", "预期值", "年度预期实现值", "调整后指标值", "调整后目标值", "年度数值",
                   "年度指标数值", "全年绩效目标", "计划值", "年度计划值", "计划指标值",
                   # (the year's spelled 全年, beside a head of the year so far, `1-6月指标值 | 全年指标值`: a full claim,
                   # as 全年目标值's — it lost the column to the half year's, hunt nw16)
                   "全年指标值", "全年计划值", "全年预期指标值",
                   # (`符号 | 数值 | 单位` with no 指标值 head over them: a system export's three columns of the target)
                   "数值", "指标数值",
                   # (a 新增政策 form's 指标值 over 一年内 | 三年内: the year's, and the policy's period's beside it)
                   "一年内", "1年内", "一年内指标值", "一年内目标值"),
        "target_long": ("中期指标值", "长期指标值", "中长期指标值", "中期目标值", "长期目标值",
                        "中期绩效指标值", "实施期指标值", "实施周期目标值", "实施周期指标值",
                        "三年内", "3年内", "三年内指标值", "三年内目标值"),
        "target_adj": ("调整指标值", "调整目标值"),
        "target_prev": ("调整前指标值", "调整前目标值", "原指标值", "原目标值"),
        "op": ("指标性质", "运算符", "比较符", "符号", "指标方向", "计算符号", "运算符号", "比较符号", "指标符号",
               "关系符号", "指标值符号", "指标值类型"),
        "unit": ("度量单位", "计量单位", "单位", "指标单位"),
        "core": ("是否核心指标", "核心指标", "是否核心"),
        "seq": ("序号", "编号", "行次"),
        "actual": ("实际完成值", "全年完成值", "实际完成指标值", "实际值", "完成值", "全年实际值",
                   "实际完成情况", "全年实际完成值", "实际完成", "单项指标实际完成值", "实现值", "全年实现值",
                   "实际实现值"),
        "progress": ("完成进度", "实施进度", "执行进度", "完成率", "完成比例", "完成情况", "执行情况", "目标执行情况",
                     "单项指标完成情况"),
        # (满分 / 标准分 / 权重分: the points an indicator is worth, 评分 the points it got)
        # (`考核权重（%）`: a 绩效目标表's weight of each indicator in the points, hunt ly1)
        # (`应得分 | 实得分`: the points an indicator could get beside the score it got, as 标准分 | 实得分 — the table was
        # none, its rows indicators repeated, the score lost; review rv37)
        "weight": ("分值", "权重", "指标分值", "权重（分值）", "指标权重", "满分", "标准分", "权重分", "满分值", "考核权重",
                   "应得分"),
        # (`分值/得分`: one column of both, `20/18`, the points before the score; split in read_indicator_table)
        # (`得分情况`: a score column's head, as `自评得分情况` was — it was none, the 评分表 a blank form, review rv4)
        "score": ("得分", "评价得分", "自评得分", "实际得分", "实得分", "自评分", "指标得分", "评分", "分值/得分", "权重/得分",
                  "指标分值/得分", "分值/自评得分", "分值/实际得分", "得分情况",
                  # (`最终得分`, as the 评分表's head since hunt sc10: a 目标申报表's `指标值 | 分值 | 最终得分` left for the
                  # scoring was a 评分表 by it alone, its targets lost; review rv30)
                  "最终得分", "最终评分",
                  # (`得分/分值`: the score first, `8.5/10`, tables.pair_order)
                  "得分/分值", "自评得分/分值", "得分/权重",
                  "分值（得分）", "权重（得分）"),   # (`10（8）`: the points, the score in brackets, tables.points_pair)
        "deviation": ("偏差原因分析及改进措施", "偏差原因", "未完成原因", "偏差原因分析", "偏差原因及改进措施",
                      "未完成原因分析", "原因分析及改进措施",
                      # (a 监控表's `是否偏离目标 | 原因分析 | 纠偏措施`: why the indicator strays, as 偏差原因)
                      "原因分析", "偏离原因", "偏离原因分析"),
        "note": ("备注", "依据", "指标值说明", "指标说明", "评分标准", "评（扣）分标准", "全年预计完成情况",
                 "预计完成情况", "全年预计完成值", "预计全年完成情况", "预计全年完成值", "指标值确定依据", "确定依据",
                 "指标值设定依据", "设定依据", "指标值依据", "预计年底完成值", "预计年底完成情况",
                 *SCORE_NOTE_HEADS),
        "explanation": ("指标解释", "指标释义", "指标定义", "指标内涵"),
        # the 部门整体 form's task an indicator serves (merged down over its indicators): a note on each
        "task": ("对应任务", "年度主要任务", "主要任务", "对应年度主要任务", "对应主要任务", "任务名称", "工作任务",
                 "重点任务", "对应重点任务", "部门职责", "职责",
                 # (`部门职能 | 重点工作任务 | 预算金额 | 一级指标 …`: a 部门整体 form's duty over its tasks, hunt fam6)
                 "部门职能", "职能", "部门主要职能"),
        # a 部门整体 form's 部门职责—工作活动—绩效指标 hierarchy: the activity under the duty (merged down), a note too
        "activity": ("工作活动", "活动", "具体活动"),
    },
    "score": {
        "level1": ("一级指标", "项目权重"),       # (湖北 自评表: 项目决策 2 分 | 决策依据 | 2 | 2)
        "level2": ("二级指标", "评价内容"),
        "level3": ("三级指标", "指标名称"),
        "weight": ("指标分值", "分值", "权重", "指标权重", "满分", "标准分", "权重分", "满分值", "考核权重", "应得分"),
        # (`分值/得分`: one column of both, `10/8.5`, split in read_score_table as in the indicator table)
        # (`自评得分 | 最终得分`: the score the form settles on, as its label `最终得分：88` is — it was no head, hunt sc10)
        "score": ("评价得分", "得分", "自评得分", "自评分", "指标得分", "核定得分", "评分", "得分情况",
                  "最终得分", "最终评分",
                  # (a reviewer's column, `自评得分 | 复评得分`, in every spelling a reviewer's score label has —
                  # `复核得分` / `复核分` only were heads, a `复评得分` column no score: the unit's self_score and its
                  # 合计 lost; hunt s64 sc7)
                  *_spellings(_REVIEW_PARTS),
                  # (`标准分 | 评分标准 | 实得分`: the score by its other name beside the points' — the table was none,
                  # its rows read as indicators repeated, the score lost; hunt sc11)
                  "实得分",
                  # (`分值 | 评分标准 | 财政评分`: an outside party's score, its column alone — the table was none, a
                  # blank_form; review rv78; the unit's own the same, `单位评分`, `部门打分`, SELF_SCORE's: review rv90)
                  *(who + word for who in ("单位", "部门", *SCORE_PARTY.split("|")) for word in ("评分", "打分")),
                  "分值/得分", "权重/得分", "指标分值/得分", "分值/自评得分", "分值/实际得分",
                  "得分/分值", "自评得分/分值", "得分/权重",   # (the score first, `8.5/10`, tables.pair_order)
                  "分值（得分）", "权重（得分）"),   # (`10（8）`: the points, the score in brackets, tables.points_pair)
        # (`分值 | 评分标准 | 扣分情况` and no 得分: its figures the points taken off too — the table was none, its rows
        # indicators, hunt pr8)
        "deduction": ("扣分", "扣分值", "扣减分值", "扣分情况", "扣分数"),   # points taken off: the score is 分值 − 扣分
        # why the row got its score, beside it (`… | 得分 | 扣分原因`, `… | 得分 | 得分情况说明`): the row's note, no score
        # (the 得分情况说明 column took the score's role by its 得分情况, the scores lost; a 扣分原因 column was dropped)
        "note": (*SCORE_NOTE_HEADS, *SCORE_REASON_HEADS,
                 # (an 事前绩效评估表's `分值 | 评估得分 | 评估意见`: the reviewers' word on each row — it was lost without a
                 # warning, hunt fam6)
                 "评估意见", "评审意见", "评价意见", "专家意见", "专家评审意见", "复核意见"),
    },
    "budget": {
        "seq": ("序号",),
        # (对应项目: a 部门整体 form's projects under its tasks, 任务名称 | 对应项目 | 金额)
        "project": ("项目名称", "对应项目", "对应项目名称"),
        # (年度主要任务 | 主要内容 | 对应项目 | 预算金额: a 部门整体 form's tasks heading their own column, each over the
        # projects that fund it: the task groups them, as 任务名称 does)
        "task": ("年度主要任务", "主要任务", "年度重点任务", "重点任务"),
        # (一级科目 | 二级科目 | 金额: a 预算明细表 by budget subjects, the finer subject naming the line)
        "group": ("项目内容", "子项目", "子项目内容", "支出内容", "项目明细分类", "一级科目", "支出科目大类"),
        "name": ("子项目名称", "项目明细", "明细项目", "支出项目", "明细名称", "成本构成",
                 "支出明细", "明细", "内容", "任务名称", "成本项目", "费用名称", "支出内容名称", "测算内容",
                 *PLACE_HEADS, "分配地区", "分配对象", "名称", "设备名称", "品目名称", "采购品目", "物品名称", "购置内容",
                 "采购内容", "服务内容", "购买内容", "建设内容", "建设项目", "开支内容", "开支项目", "支出事项",
                 "二级科目", "明细科目",
                 # (a 资金分配表's units or places over their shares: `单位名称 | 分配金额（万元）`)
                 "单位名称", "分配单位", "用款单位", "补助单位", "受援单位", "乡镇", "乡（镇）", "乡镇（街道）", "乡镇名称",
                 "分配区域",
                 # (`支出方向 | 金额（万元）` under a form: what each share of its money goes to — its rows were read as
                 # indicators, or kept in other_fields as labels with their values; not 资金用途, the spending side
                 # of a 收入 | 支出 table, `资金来源 | 金额 | 资金用途 | 金额`)
                 "支出方向", "资金投向"),
        "amount": ("明细金额", "预算金额", "金额", "预算数", "申请金额", "测算金额", "预算金额（元）", "分配金额",
                   "分配资金", "下达金额", "分配数", "拟投入的资金", "拟投入资金", "拟投入金额",
                   "金额（元）", "金额（万元）", "资金", "资金额", "资金数", "资金金额", "资金额度", "实际支出数", "支出金额", "实际支出金额",
                   "投资", "投资额", "投资金额", "计划投资", "估算投资", "总额", "预算申请", "申请数",
                   # (a 部门整体 form's `任务名称 | 主要内容 | 任务对应的预算（万元）`: each task's money)
                   "任务对应的预算", "任务对应预算", "对应预算", "任务预算",
                   # (a 部门整体 form's key projects, `重点项目 | 项目名称 | 项目金额 | 主要绩效目标`: each one's money, hunt fam8)
                   "项目金额"),
        "price": ("单价",),
        "quantity": ("数量", "采购数量", "购置数量", "购买数量", "配置数量"),
        "note": ("备注", "说明"),
        "basis": ("依据", "测算依据", "计算依据", "单价依据", "数量依据"),
    },
    "safeguard": {
        "kind": ("制度保障",),
        "document": ("文件名称",),
        "measure": ("具体措施",),
        "stages": ("保障阶段",),
    },
    "schedule": {
        "content": ("项目实施内容", "实施内容", "工作内容", "阶段", "实施阶段", "主要工作", "工作任务", "重点工作任务"),
        "start": ("开始时间", "开始日期", "起始时间"),
        "end": ("完成时间", "结束时间", "完成日期", "结束日期"),
        # one column for the time (`时间 | 工作内容`: a 实施方案's 进度安排 of two columns)
        "period": ("时间", "时间安排", "实施时间", "时间节点", "计划时间", "时间进度", "进度时间", "起止时间"),
        "milestone": ("完成标志", "阶段成果", "预期成果", "完成标准", "成果形式", "阶段目标"),
        # how far each step has got (a works' progress table, `工作任务 | 执行进度 | 完成时间`, under a 自评表's indicators:
        # its rows were read as the last level's indicators, hunt fam)
        "status": ("执行进度", "进展情况", "推进情况", "完成情况"),
        "seq": ("序号",),
    },
    "people": {
        "name": ("姓名",),
        "title": ("职称/职务", "职务", "职称"),
        "office": ("科室", "处室", "部门", "单位", "工作单位", "所在单位"),
        "phone": ("联系电话", "电话"),
        "role": ("评价人员", "填报人员"),
        # (a roster of the people a project pays, `序号 | 姓名 | 所在单位 | 补助金额`, under its form: a table of people,
        # its rows no part of the form — they were unparsed rows one a person, or indicators of target 2000)
        "pay": ("补助金额", "补贴金额", "发放金额", "慰问金额", "奖励金额", "补助标准", "金额"),
        "idno": ("身份证号", "身份证号码", "公民身份号码"),
        "gender": ("性别",),
        # (what each one does in the project, `项目组成员 | 姓名 | 职务 | 分工` under a form's indicators: its rows were
        # indicators of level 1 项目组成员, hunt ly15; such a table is kept as the project's team wherever it stands,
        # forms._team_kept, review rd63)
        "duty": ("分工", "工作分工", "项目分工", "具体分工", "职责分工", "主要职责", "工作职责", "岗位职责", "项目职责",
                 "承担任务", "承担工作"),
    },
    "assessment": {
        "section_no": ("序号",),
        "section": ("考核项目", "考核类别", "考核指标", "评估项目", "项目名称及分值", "考核项目及分值", "评估类别",
                    "大项内容", "考核大项", "项目", "评估指标",
                    # (类别 | 序号 | 考核内容 …: a 目标管理考核细则's category column, `（一）党建引领`)
                    "类别",
                    # (序号 | 任务类别 | 考核任务 | 分值 …: a 专项资金 考核任务分解表's category of tasks, merged over
                    # its tasks, hunt nw18)
                    "任务类别", "任务类型", "工作类别", "工作类型", "任务分类"),
        "content": ("考核内容", "评估内容", "工作内容", "考核内容及分值", "考核内容及评分", "加分事项", "扣分事项",
                    "加分项目", "扣分项目", "加分内容", "扣分内容", "工作任务", "重点任务", "目标任务", "任务内容", "考核任务",
                    "小项内容", "考核细项", "具体项目", "具体内容",
                    # (考核项目 | 分值 | 考核要点 | 计分方法: the items under the points each aims at)
                    "考核要点", "工作要点", "考核重点",
                    # (考核指标 | 指标内容 | 分值: the indicator's text, its title in 考核指标)
                    "指标内容", "考核指标内容",
                    # (序号 | 年度任务 | 具体举措 | 时间节点 | 预期成效 | 分值 | 责任单位: a 目标责任书's tasks, each
                    # merged over its measures, the items)
                    "年度任务", "年度重点任务", "具体举措", "工作举措", "主要举措", "具体措施", "工作措施", "推进措施"),
        "cap": ("封顶分值", "最高分值", "分值上限", "封顶"),
        # (考核指标 | 权重 | 考核内容 | 评分细则: a 部门目标管理考核's points written as the weights of its items)
        "points": ("单项分值", "分值", "分数", "标准分", "各项分值", "权数", "权重", "权重分"),
        "requirement": ("考核要求", "评分标准", "考核标准", "评估标准", "考核方式", "评分细则", "分值标准", "赋分办法",
                        "计分办法", "评分办法", "打分方法", "评分方法", "计分方法", "评估内容与计分方法",
                        "考核内容与计分方法", "评估内容及计分方法", "考核内容及计分方法",
                        # (序号 | 扣分事项 | 扣分标准 | 责任单位: a 扣分项 table's rule of each item)
                        "扣分标准", "加分标准", "扣分细则", "加分细则", "扣分办法", "加分办法",
                        "考核方法", "考核办法", "考评办法", "考评方法", "考核方法及评分标准",
                        # (序号 | 考核内容 | 分值 | 评分依据 | 得分: the rule each item is scored by)
                        "评分依据", "计分依据", "扣分依据",
                        # (… | 具体举措 | 时间节点 | 预期成效 | 分值: the outcome each measure is judged by)
                        "预期成效", "预期效果", "目标要求", "完成标准"),
        "responsible": ("责任单位", "责任部门", "牵头单位", "总牵头单位", "责任处室", "责任科室", "责任股室", "责任主体",
                        "负责考核单位", "考核单位", "工作单位", "考核部门", "考评部门", "考核科室", "考核责任单位",
                        "牵头部门", "牵头科室", "牵头处室",
                        # (责任单位 over 牵头单位 | 配合单位: the units that share the item, after the lead)
                        "配合单位", "配合部门", "协办单位", "协同单位", "参与单位",
                        # (the units assessed do the work: 考核部门 | 被考核单位)
                        "被考核单位", "被考核部门", "被考核对象",
                        # (the units that verify the item's result and score it: its assessors, `assessor`)
                        "认定单位", "审核认定单位", "考核认定单位", "认定部门", "审核认定部门", "评定单位", "考评单位",
                        "评分单位", "审核单位"),
    },
}
# A row is a header of this kind when it names at least this many roles …
HEADER_MIN_ROLES = {"indicator": 2, "score": 2, "budget": 2, "safeguard": 3, "assessment": 3,
                    "people": 3, "schedule": 3}
# … including at least one of these.
HEADER_KEY_ROLES = {
    "indicator": ("level2", "level3", "target"),
    "score": ("weight", "score"),
    "budget": ("amount", "name"),
    "safeguard": ("document", "measure"),
    "assessment": ("content", "responsible"),
    "people": ("name",),
    "schedule": ("start", "end", "period"),
}

# heads of a target column only beside an indicator table's level columns (a task table's 预期达到目标 is no target)
WEAK_TARGET_HEADS = ("预期达到目标", "预期达到值", "预期达到指标值", "年度目标", "预期目标")

# ---------------------------------------------------------------- indicator levels
# Level names after `level_key()`; category is the contract's level1_std.
LEVEL1_NAMES: dict[str, str] = {
    "投入": "input", "投入和管理": "input", "过程": "input",
    "产出": "output", "效益": "outcome", "效果": "outcome", "影响力": "impact",
    "满意度": "satisfaction", "成本": "output", "可持续影响": "impact", "可持续": "impact",
    "项目完成": "output", "项目效益": "outcome",       # (四川's template before 2022: 项目完成指标 / 项目效益指标)
    "决策": "input",       # (the 2020 评价 framework: 决策 / 过程 / 产出 / 效益)
}
LEVEL2_NAMES: dict[str, str] = {
    "数量": "output", "质量": "output", "时效": "output", "成本": "output",
    "经济成本": "output", "社会成本": "output", "生态环境成本": "output",
    "产出数量": "output", "产出质量": "output", "产出时效": "output", "产出成本": "output",
    "经济效益": "outcome", "社会效益": "outcome", "生态效益": "outcome", "环境效益": "outcome",
    "可持续影响": "outcome", "可持续": "impact", "长效管理": "impact", "能力建设": "impact",
    "服务对象满意度": "satisfaction", "社会公众满意度": "satisfaction",
    "社会公众或服务对象满意度": "satisfaction", "满意度": "satisfaction",
    "投入管理": "input", "财务管理": "input", "项目实施": "input", "项目立项": "input",
    "资金落实": "input", "业务管理": "input", "资金管理": "input", "组织实施": "input",
    "项目管理": "input", "资金投入": "input", "项目目标": "input",
}
# A level name in both tables is ambiguous; it is a level-2 name when the
# level-1 above it admits it as a child.
LEVEL1_CHILDREN: dict[str, frozenset[str]] = {
    "input": frozenset({"投入管理", "财务管理", "项目实施", "项目立项", "资金落实", "业务管理",
                        "资金管理", "组织实施", "项目管理", "资金投入", "项目目标"}),
    "output": frozenset({"数量", "质量", "时效", "成本", "经济成本", "社会成本", "生态环境成本",
                         "产出数量", "产出质量", "产出时效", "产出成本"}),
    "outcome": frozenset({"经济效益", "社会效益", "生态效益", "环境效益", "可持续影响", "可持续",
                          "服务对象满意度", "社会公众满意度", "社会公众或服务对象满意度"}),
    "impact": frozenset({"可持续", "可持续影响", "长效管理", "能力建设", "满意度",
                         "服务对象满意度", "社会公众满意度", "社会公众或服务对象满意度"}),
    "satisfaction": frozenset({"服务对象满意度", "社会公众满意度", "社会公众或服务对象满意度", "满意度"}),
}
# Words in an indicator's name that tie it to a level-2 category (used only to
# place rows whose merged level-2 cell was printed after a page break).
LEVEL2_HINTS: dict[str, tuple[str, ...]] = {
    "时效": ("及时", "时效", "按时", "时限", "周期", "进度"),
    "数量": ("数量", "完成数", "个数", "次数", "人数", "覆盖"),
    "质量": ("合格", "达标", "准确", "质量", "差错", "规范"),
    "成本": ("成本", "费用", "单价"),
    "满意度": ("满意",),
    "经济效益": ("经济", "收入", "效益"),
    "社会效益": ("社会",),
}

# ---------------------------------------------------------------- titles
# the words of a heading saying it explains a form's targets after them (`…项目绩效目标的说明`, `…绩效目标编制情况的说明`,
# `…绩效目标表的说明`: review rv154 — ti23's took `的说明` only, the name of the next wordings lost); FORM_TITLE's and
# forms' _ABOUT_TARGETS / _PUBLISHED_TITLE_END
EXPLAINED = r"(?:表|(?:编制|设定|申报|填报|有关)?情况)?的?说明"
FORM_TITLE = lazy(
    r"(绩效目标申报表|绩效目标表|目标申报表|绩效项目申报表|项目绩效申报表|绩效自评表|自评表|绩效评价表|评价得分表|评分表|任务分解表|"
    r"绩效目标$|项目支出绩效|支出项目绩效|绩效目标（|绩效目标\(|指标体系及评分标准$|考核评分细则$|"
    # an ex-ante assessment's form (事前绩效评估表, 事前评估评分表: its title was no title, the form's `title` null)
    r"事前(?:绩效)?评估(?:评分)?表|"
    # an adjustment request of a project's targets (…项目绩效目标调整申请表, …绩效目标调整表: with no 项目支出 in it, no
    # title — the form's `title` null, hunt nw6; its other words too, …绩效目标变更申请表, …绩效指标调整申请表,
    # …绩效目标调整情况表, review rv73)
    r"绩效(?:目标|指标)(?:调整|变更)(?:申请|审批|情况)?表|"
    # a monitoring form of any subject (部门整体绩效运行监控表, 转移支付绩效目标执行监控表, 项目绩效跟踪表)
    r"绩效[^，。；;,]{0,8}(?:监控|跟踪)(?:情况)?表|"
    # the result of an evaluation sent back to the body evaluated (绩效评价结果反馈表, 评价结果通知单, hunt fam6; 评价结果
    # 反馈意见书 / 通知书, review rv14)
    r"评价结果[^，。；;,]{0,4}(?:表|单|意见书|通知书)|"
    # a review of a project's targets or an assessment's conclusions (绩效目标审核意见表, …绩效目标评审表, …项目评估结论表:
    # no title without 绩效 / 项目支出 before them — layout_unknown, hunt fam11; told a review or an assessment after)
    r"(?:审核|评审|审查)意见表$|(?:目标|项目)(?:审核|评审|审查)表$|评估结论表$|"
    # a heading naming what the form's targets are of and saying it explains them (`关于…项目绩效目标的说明` over a
    # form: it was no title, the project's name it gives lost — hunt ti23, rv146's leftover)
    rf"^关于.{{2,60}}绩效(?:目标|指标){EXPLAINED}$)")
SELF_EVAL_TITLE = lazy(r"自评|评价表|绩效评价")
# 绩效目标表, 绩效目标申报表, 绩效目标批复表, 项目支出目标申报表 (a form of targets, not 自评表)
TARGET_FORM_TITLE = lazy(r"(?:绩效)?目标(?:申报|批复|审核)?表")

# Section labels that split indicators into long-term and annual tables (contract: horizon).
HORIZON_LONG = lazy(r"^(中长期|长期|中期|远期|实施期)(总体)?(绩效)?(目标|指标)")
HORIZON_ANNUAL = lazy(r"^(年度|当年|本年度?)(总体)?(绩效)?(目标|指标)")

# Ticks written in cells.
TICK_MARKS = "√✓✔☑☒⊠■▇▣✅"        # a box ticked, or a tick alone
BOX_MARKS = "□☐▢◻"                  # a box left empty
TICKED = lazy(rf"<input[^>]*\bchecked\b[^>]*>|[{TICK_MARKS}]")
UNTICKED = lazy(rf"<input(?![^>]*\bchecked\b)[^>]*>|[{BOX_MARKS}]")

# ---------------------------------------------------------------- adjustment stages
# The words of an adjustment request (绩效目标调整申请表) that head a field or an indicator before and after it: 调整前 /
# 调整后 (原 / 调整为). The one list the parsers build their stage rules from (parsers.forms's per-word stage, parsers.core's
# heads of an indicator table's halves and the head it writes over a name before it, parsers.tables's such heads).
ADJUST_STAGE = {"调整前": "before", "调整后": "after", "原": "before", "调整为": "after"}
STAGE_BEFORE_WORDS = tuple(w for w, s in ADJUST_STAGE.items() if s == "before")
STAGE_AFTER_WORDS = tuple(w for w, s in ADJUST_STAGE.items() if s == "after")
# the words under 调整后 saying a value is not changed (`不变`, `未作调整`, `无变化`, `维持原值`, `与原一致`, `同原指标值`):
# an indicator's target (parsers.tables) and a field's text (parsers.forms, which takes blanks and `同上` too) in
# force the one before (tidy tw1: the two lists were written apart, each lacking some of the other's words)
NO_CHANGE_WORDS = (r"(?:(?:保持|维持|目标)?不变|未(?:作)?(?:调整|变化|变动)|未变|无(?:调整|变化|变动)|不(?:作)?调整|维持原值"
                   r"|(?:同|与|和)(?:调整前|原目标|原|前)(?:指标值|目标值|目标)?(?:一致|相同)?)")


def no_change_cell(more: str = "") -> str:
    """The pattern of a cell of no-change words alone (NO_CHANGE_WORDS, or MORE, a caller's own alternatives), in
    brackets or not, a stop after it (`（不变）`, `未作调整。`): one wrapping for the forms' and the tables' (review rv89:
    the tables' took the words bare, `未作调整。` under 调整后指标值 was the target)."""
    return rf"^[\s(（]*(?:{NO_CHANGE_WORDS}{more})[)）]?\s*[。.；;]?\s*$"


# the head parsers.core writes over the name an indicator had before an adjustment, when it changed
BEFORE_NAME_HEAD = STAGE_BEFORE_WORDS[0] + "指标"


# the budget's uses by their nature (a 部门整体 form's 基本支出 / 项目支出 / 人员经费 / 公用经费): never a source of money
# (parsers/forms), nor a project (a department's budget execution by its uses under `项目名称`, parsers/layouts/packed_list)
BUDGET_USE_NAMES = ("基本支出", "项目支出", "人员经费", "公用经费", "日常公用经费", "人员支出", "公用支出", "人员经费支出",
                    "日常公用经费支出")


# the word of a score given, no full marks (`得分`, `自评得分`, `评价得分`, `实得分`, `自评分`, `评分`; not `总分`, `分值`): a
# score table's head naming the score (parsers.tables' head order, `得分（分值）`) and, searched in a label, a form's
# score label (parsers.forms' two score labels of one form)
SCORE_GIVEN = r"(?:(?:评价|自评|实际|指标|复核|实)?得分|自?评分)"
# the unit's own score (`自评得分`, `单位自评得分`, `自评分`, `自查得分`), beside another score given (`评价得分`, `复核得分`):
# on a form an outside party scored (a 复核 / 第三方 score beside it, a table's column or a label) the other is the
# project's score, this one kept in other_fields under its own head (parsers.tables.read_score_table, parsers.forms);
# the body evaluated's own too (`被评价单位自评分 | 评价组评分`: each row's self_score, hunt ly9). _SELF_WHO the unit
# scoring itself, SELF_SCORE's and SELF_SCORER's one spelling (`被评价单位自评` took the 被评价 of one only: the column
# and its table lost, review rv78)
_SELF_WHO = r"(?:项目)?(?:被评价)?(?:单位|部门)?自(?:评|查)"
# (the unit named before a bare 评分 / 打分, `单位评分 | 财政评分`, `部门打分`: its own score too — the column was lost without
# a word, or took the score from a 自评分 beside it; hunt tg23)
SELF_SCORE = lazy(rf"^{_SELF_WHO}(?:得分|分|分数|总分|总得分|综合得分)$|^(?:项目)?(?:被评价)?(?:单位|部门)(?:评分|打分)$")
# a 评分表's column of scores named by whoever gave them, no 得分 in the head (`部门自评 | 财政复核 | 第三方评价`, `单位自评 |
# 主管部门复核 | 财政评价` under one `评分` head): a column of scores given, as `自评得分 | 复核得分` are; SELF_SCORER the unit's
# own (parsers.tables.score_columns, parsers.core.merge_sub_header; they were lost without a word, hunt sc8); an
# outside party named before a bare 评分 / 打分 too (`自评分 | 主管部门评分`, `专家打分`: the 主管部门's column was lost, the
# unit's the score; hunt ly9) — not a bare `评分`, any score's head. SCORE_PARTY the outside parties, one list for
# both spellings (review rv78: the two lists differed, `评价机构评审` none)
SELF_SCORER = lazy(rf"^{_SELF_WHO}$")
SCORER_HEAD = lazy(rf"^(?:项目)?(?:被评价)?(?:单位|部门|{SCORE_PARTY})?"
                   r"(?:自评|自查|复核|复评|复审|评价|评审|核定|初评|终评|抽评)$"
                   rf"|^(?:{SCORE_PARTY})(?:综合)?(?:评分|打分)$")
# a form an outside party scored: a 第三方 / 绩效评价 (no 自评) 评分表's title, or an 评价机构 named on it
EVALUATOR_TITLE = re.compile(r"第三方|(?<!自)(?<!自我)评价(?:指标)?(?:评分|得分|打分)表|(?<!自)评价(?:报告|结果)")
EVALUATOR_LABEL = re.compile(r"^(?:第三方)?评价(?:机构|单位)(?:名称)?$|^第三方(?:评价)?(?:机构|单位)(?:名称)?$")

# the key of a list's 合计 figure of a level's share column (`其中：中央 | 省级` beside the projects' money), its projects'
# other field's key after it (`other_fields:中央（万元）`): written by parsers/layouts/packed_list, checked by
# jixiao.checks' total_row_mismatch
SHARE_TOTAL = "other_fields:"
# a funding gap the form states itself, the money of the total no source covers yet (`资金缺口 | 30`, `差额 | 30`,
# `尚需筹措资金 | 30`): kept in other_fields under its label; the checks add it to the split before they flag it
FUNDING_GAP = lazy(r"^(?:其中[:：]?)?(?:资金缺口|缺口资金|资金差额|差额|缺口|尚需筹措(?:资金)?|待筹措(?:资金)?|"
                         r"待落实(?:资金)?|尚未落实(?:资金)?|未落实(?:资金)?)$")

# a source of a project's money other than the fiscal (label_key'd, matched whole): a list's column beside its 自筹资金
# (`社会资本`, `银行贷款`, `群众投劳`; parsers/layouts/packed_list), a money sentence's part (`银行贷款50万元`,
# `单位自有资金30万元`, `社会资本投入100万元`, `村集体自筹20万元`, `其他20万`: budget_other, parsers/forms); whoever raises
# it themselves (`企业自筹`, `群众自筹`, `乡镇自筹`, `自筹`: any words before 自筹 — parsers.forms' _SELF_RAISED was a twin)
# and gifts (`社会捐赠`, `社会捐助`); with parsers.forms' _is_source, what says a money sentence's last clause in 万 is money
# (one list of the words, OTHER_SOURCE_WORDS; `{lead}` where any words may go before one — `企业自筹`, `社会捐助`)
# (社会 is the public's money only as 社会资本 / 社会资金 / 社会投资 / 社会融资, before a money word or alone — `社会投入`,
# `社会 | 50`, `社会力量投入` — whole, as OTHER_MONEY's fullmatch needs, review of the session A5: not the fiscal
# kinds named 社会…, `社会保障资金`, `县级财政社会救助资金`, `社会事业发展资金`,
# budget categories, which were taken for other money, searched in a line's name, review rv1: SOCIAL_MONEY)
SOCIAL_MONEY = "社会(?:力量)?(?:资本|资金|投资|融资|(?=投入|出资|筹资|捐[赠助]|金额|$))"
# a source named by the level of government that gives it (`中央补助资金`, `省级资金`, `区级财政配套`, `上级补助资金`), or
# any 财政 money (`市级财政拨款`, `縣市區財政`): fiscal money (not 专户 / 债券 / 自筹 money)
# (社会 as SOCIAL_MONEY: `县级财政社会救助资金` is a level's fiscal money, `社会资本投入` none — review rv1)
# (nor a review's figure, `财政评审核减50万元`, `财政审定金额`: no money's source — hunt mn9; but a fund for putting an
# audit's findings right, `市级财政审计整改专项资金`, is a level's money: it was no fiscal money, review rv6)
LEVEL_FISCAL = lazy(r"^(?!.*(?:专户|债|自筹|" + SOCIAL_MONEY + r"|贷款|其他(?!财政)|非财政|结转|结余|评审|审核|审定|审计(?!整改)|核减))(?:"
                     r"(?:中央|省|市|州|盟|县|区|旗|乡|镇|乡镇|市县|县市区?|县区|市州|地方|上级|本级|同级)"
                     r"级?(?:财政)?(?:预算内)?(?:补助|配套|拨款|安排|专项|投入|投资|衔接|转移支付)*"
                     r"(?:资金|经费|投资)?"
                     r"|.{0,8}财政.{0,8})$")

OTHER_SOURCE_WORDS = (SOCIAL_MONEY, "银行贷款", "金融贷款", "信贷资金", "贷款", "融资", "企业投资",
                      "{lead}自筹", "企业出资", "村集体投入", "群众投劳", "投劳折资", "筹劳折资", "村民筹资", "{lead}筹资筹劳",
                      "{lead}捐[赠助]", "单位自有", "自有")
# the words that name no source but what is left (`其他20万`): after a use (`设备购置费200万元`) the rest of the uses,
# no money of another source (parsers.forms' money sentence) — alone, with a money word after them (`其他资金`), not
# before a source (`其他自筹资金` is 自筹 money: it was refused after a use, dropped)
_REST_WORD = "其[他它]"
_MONEY_WORD_END = "(?:资金|投入|金额)?"
OTHER_MONEY = re.compile("(?:" + "|".join(w.format(lead=r"[\u4e00-\u9fff]*") for w in OTHER_SOURCE_WORDS)
                         + "|" + _REST_WORD + ")" + _MONEY_WORD_END)
# (REST_MONEY: matched whole, as OTHER_MONEY is)
REST_MONEY = lazy(_REST_WORD + _MONEY_WORD_END)
# OTHER_MONEY's words anywhere in a line's name (`县级自筹配套`, `其他来源`; searched, not matched whole): a money line
# of no government's budget (parsers.forms' _fiscal_from_levels; its own list, _OTHER_SOURCE, lacked 捐助 / 其它 / 企业投资 …)
OTHER_MONEY_WORD = lazy("|".join(w.format(lead="") for w in OTHER_SOURCE_WORDS) + "|" + _REST_WORD)
