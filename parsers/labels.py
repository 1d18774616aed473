"""Lookup tables: Chinese labels -> contract columns and table roles.

All Chinese vocabulary of the parsers lives here, so a new template usually
needs a new synonym, not new code. Keys are compared after `label_key()`
(full-width folded, spaces, numbering, colons and unit brackets removed).
"""
from __future__ import annotations

import re

# ---------------------------------------------------------------- project fields
# column -> synonyms. Order matters only for priority when several labels of one
# form map to the same column (the first non-empty value wins).
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "name": ("项目名称", "项目全称", "项目名", "资金名称", "专项资金名称", "项目（资金）名称", "转移支付名称",
             "转移支付项目名称", "政策（专项资金）名称", "政策名称", "政策（资金）名称",
             "项目支出名称", "转移支付（项目）名称", "转移支付(项目)名称", "二级项目名称", "专项名称"),
    "department": ("主管部门", "主管部门及代码", "一级预算单位", "主管单位", "预算主管部门",
                   "主管部门名称", "部门名称", "主管部门及编码", "部门（单位）名称", "项目主管部门",
                   "业务主管部门", "省级业务主管部门", "省级主管部门", "市级业务主管部门", "中央主管部门", "预算部门", "部门",
                   "县级主管部门", "市级主管部门", "区级主管部门", "项目主管单位"),
    "department_code": ("主管部门代码", "主管部门编码", "部门代码", "部门编码", "部门预算编码", "单位代码", "预算单位代码",
                        "单位编码", "预算编码", "单位预算编码"),
    "unit": ("实施单位", "项目实施单位", "实施单位名称", "单位名称", "项目单位", "申报单位",
             "申报单位名称", "预算单位", "项目建设单位", "建设单位", "项目法人单位", "项目法人", "购买主体",
             "项目实施机构", "实施机构", "资金使用单位", "地方主管部门", "填报单位", "填报单位名称", "项目执行单位", "执行单位"),
    "category": ("项目类别", "项目类型", "项目属性", "项目性质", "项目分类"),
    "fund_use": ("资金用途", "项目资金用途"),
    "leader": ("项目负责人", "负责人", "单位负责人", "项目负责人姓名", "项目负责人及电话", "负责人及联系电话",
               "项目负责人及联系电话", "负责人及电话", "项目责任人", "责任人"),
    "contact": ("联系人", "经办人", "项目联系人", "填报人"),
    "phone": ("联系电话", "电话", "联系方式", "负责人电话", "项目负责人电话", "负责人联系电话", "项目负责人联系电话",
              "联系人电话"),
    "start_date": ("起始日期", "开始时间", "计划开始日期", "开始日期", "项目开始时间",
                   "项目起始日期", "实施开始时间", "项目开始日期", "开始实施时间", "开始实施日期"),
    "end_date": ("结束日期", "结束时间", "计划完成日期", "完成日期", "项目结束时间",
                 "计划结束日期", "实施结束时间", "项目完成日期", "项目完成时间", "项目结束日期", "预计完成时间",
                 "预计完成日期", "计划完成时间"),
    "period": ("项目期", "项目周期", "实施周期", "项目起止时间", "实施期限", "项目实施期",
               "起止时间", "项目期限", "服务期限", "合作期限", "建设期限", "项目起止日期", "起止日期", "实施起止日期"),
    "overview": ("项目概况", "项目简介", "项目基本情况", "项目基本概况", "项目内容",
                 "项目主要内容", "部门职能概述", "部门职能", "部门主要职能", "部门职责", "项目总体概况",
                 "项目总体情况", "基本情况", "概况", "专项概况", "项目概述"),
    "basis": ("立项依据", "项目立项依据", "项目立项情况", "政策依据", "依据", "立项依据及必要性", "设立依据",
              "资金设立依据"),
    "necessity": ("项目设立的必要性", "必要性", "立项必要性", "项目必要性", "项目申报必要性", "项目立项必要性"),
    "feasibility": ("可行性", "项目可行性", "项目申报可行性", "立项可行性"),
    "measures": ("保证项目实施的制度、措施", "保证项目实施的制度措施", "单位已有的(或拟订的)保障项目实施的制度、措施",
                 "保障项目实施的制度、措施", "单位已有的(或拟订的)保证项目实施的制度、措施", "项目相关资源投入和制度建设情况",
                 "保障措施", "实施保障措施", "项目保障措施", "保障绩效目标实现措施", "绩效目标实现保障措施"),
    "plan": ("项目实施计划", "实施计划", "项目实施进度计划", "实施进度计划"),
    "goal_total": ("项目总目标", "总体目标", "总目标", "长期目标", "中长期目标", "项目中长期目标",
                   "中期目标", "长期绩效目标", "中长期绩效目标", "实施期目标", "项目长期目标", "总体绩效目标",
                   "实施周期绩效目标", "实施周期目标", "中期绩效目标", "实施期绩效目标", "中期滚动目标",
                   "绩效总目标"),
    "goal_annual": ("年度绩效目标", "年度总目标", "年度目标", "当年绩效目标", "年度实施目标",
                    "预期目标", "年度总体目标", "年度预期目标", "绩效目标", "年度绩效目标及指标", "项目年度目标",
                    "年初设定目标", "年初目标", "年度总体绩效目标", "部门年度总体绩效目标", "年度整体绩效目标",
                    "本年度绩效目标", "年度主要目标和成果", "年度主要目标"),
    "goal_actual": ("实际完成情况", "年度目标完成情况", "目标实际完成情况", "实际完成目标", "全年实际完成情况",
                    "年度总体目标完成情况综述", "完成情况综述", "总体目标完成情况", "上半年目标完成情况",
                    "上半年完成情况", "目标完成情况"),
    "composition": ("项目构成", "主体活动（作业、任务）和对应产生的一级目标"),
    "budget_total": ("项目总预算", "项目资金总额", "资金总额", "项目总金额", "项目预算总额",
                     "总预算", "预算资金", "中期资金总额", "中期预算资金总额", "资金总额合计", "项目资金合计", "总投资", "项目总投资",
                     "总额", "项目总额", "中期财政预算", "中期市财政预算"),
    "budget_year": ("项目当年预算", "当年预算", "预算金额", "下达中央预算内投资", "本次下达中央预算内投资", "本次下达资金", "本次下达金额", "本年度资金", "本年资金", "年度预算数", "申报金额",
                    "申请金额", "当年年度预算", "当年资金总额", "年度本级预算金额", "本级预算金额", "预算申报数", "年度资金申请总额", "本年预算", "年度预算",
                    "当年预算数", "全年预算数", "年度资金总额", "年度预算资金总额", "年度资金", "年度预算资金", "本年度计划投资",
                    "年度计划投资", "当年计划投资", "年度金额", "年度投资", "本年度政府付费", "预算数",
                    "年度政府付费", "当年政府付费", "本年度金额", "年度申请", "年度申请数", "当年申请数",
                    "本年申请数", "本年度申请财政预算资金", "本年度申请市财政预算资金", "年度申请财政预算资金"),
    "budget_fiscal": ("财政资金", "财政拨款", "当年财政拨款", "财政拨款资金", "本年财政拨款", "本年度财政拨款",
                      "财政衔接资金", "衔接资金", "财政衔接推进乡村振兴补助资金", "财政拨款小计", "财政拨款数"),
    "budget_other": ("其他资金", "其它资金"),
    "prior_budget": ("同名项目上年预算额", "上年预算数", "上年预算额"),
    "prior_spent": ("同名项目上年预算执行数", "上年执行数", "上年预算执行数"),
    "budget_issued": ("预算下达资金", "预算下达数", "下达资金", "实际到位资金", "到位资金"),
    "spent": ("实际支出资金", "全年执行数", "实际支出", "实际支出数", "执行数", "实际使用情况", "实际使用资金",
              "实际使用金额"),
    "budget_initial": ("年初预算数",),
    "execution_rate": ("执行率", "预算执行率"),
    "score": ("综合得分", "总分", "自评得分", "总得分", "自评总分", "自评综合得分", "综合评价得分", "评价得分",
              "绩效评价得分", "评价总分", "评估得分"),
    "grade": ("评价结果等次", "评价等次", "自评等级", "评价等级", "绩效等级", "自评结果等次", "自评等次",
              "评价结果", "自评结果", "评估等级", "评估等次", "评估结果等次"),
    "fill_date": ("填报日期", "填表日期"),
    # extensions (docs/SCHEMA.md): self-evaluation narratives and remarks
    "fund_usage": ("项目资金使用情况", "资金使用情况"),
    "implementation": ("项目组织实施情况", "组织实施情况"),
    "performance_summary": ("项目绩效情况", "绩效目标完成情况", "总体绩效目标完成情况"),
    # the budget year as a field (预算年度 | 2025): not a column of its own, it is the form's `year`
    "year": ("预算年度", "项目年度", "申报年度", "编报年度", "所属年度", "预算年份", "评价年度"),
    "other_notes": ("其他需说明的问题", "需要说明的其他问题", "其他需要说明的问题", "其他说明",
                    "其他说明的问题", "其他需说明事项", "调整原因说明", "调整原因", "调整理由"),
}

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
    "预算执行率": "execution_rate", "执行进度": "execution_rate", "预算执行进度": "execution_rate", "分值": "weight", "得分": "score", "权重": "weight",
    "调整前": "budget_initial", "调整后": "budget_year", "增减额": "note", "调整金额": "note",
    "计划数": "budget_year", "到位数": "budget_issued", "到位率": "note", "实际到位数": "budget_issued",
    "主要内容": "note", "完成情况": "note", "任务内容": "note", "全年预计执行数": "note",
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
}
MATRIX_TOTAL_ROW = re.compile(r"(年度资金总额|资金总额|总额|合计|总计)")

# Labels that introduce a block of money lines (rows below are budget lines).
MONEY_SECTION_LABELS = ("项目资金", "项目资金情况", "项目预算资金", "资金情况", "项目资金来源", "资金来源",
                        "项目当年投入资金构成", "投入资金构成", "资金构成", "预算执行情况")
# Labels whose rows hold nothing for the dataset (approvals, seals): they end a
# table and are never reported as unparsed.
IGNORED_LABELS = ("主管部门审核意见", "审核意见", "财政部门审核意见", "主管部门意见", "财政部门意见",
                  "单位公章", "盖章", "单位（盖章）", "签字", "审核人", "填表说明", "注", "说明", "财务负责人",
                  "单位（签章）", "公章")

# Labels that name a whole block and carry no value (left column of a form).
BLOCK_LABELS = ("绩效目标", "绩效指标", "项目绩效目标", "分解目标", "绩效目标实现情况",
                "评分表", "项目构成分解", "年度绩效指标", "长期绩效指标", "年度绩效目标表", "项目支出绩效目标",
                "备注", "评价人员", "年度总体目标完成情况", "年度绩效指标完成情况", "绩效指标完成情况")

# ---------------------------------------------------------------- tables
# table kind -> role -> header synonyms.
HEADER_ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    "indicator": {
        # 级指标: 一级指标 whose 一 a page's text lost (舒城)
        "level1": ("一级指标", "一级目标", "一级", "绩效指标一级", "一级指标名称", "级指标"),
        "level2": ("二级指标", "二级目标", "二级", "绩效指标（二级）", "二级指标名称"),
        "level3": ("三级指标", "三级目标", "三级", "绩效指标（三级）", "指标名称", "指标内容",
                   "具体指标", "三级指标名称", "绩效指标名称", "绩效内容"),
        "target": ("指标目标值", "目标值", "指标值", "年度指标值", "年初目标值", "预期目标值",
                   "绩效目标值", "全年目标值", "预期指标值", "指标值（目标值）", "年度目标值",
                   "计划目标值", "年度绩效指标值", "当年指标值", "年度预期指标值", "预期实现值",
                   "当年预期实现值", "预期值", "年度预期实现值", "调整后指标值", "调整后目标值", "年度数值",
                   "年度指标数值", "全年绩效目标"),
        "target_long": ("中期指标值", "长期指标值", "中长期指标值", "中期目标值", "长期目标值",
                        "中期绩效指标值", "实施期指标值", "实施周期目标值", "实施周期指标值"),
        "target_adj": ("调整指标值", "调整目标值"),
        "target_prev": ("调整前指标值", "调整前目标值", "原指标值", "原目标值"),
        "op": ("指标性质", "运算符", "比较符", "符号", "指标方向"),
        "unit": ("度量单位", "计量单位", "单位", "指标单位"),
        "core": ("是否核心指标", "核心指标", "是否核心"),
        "seq": ("序号", "编号", "行次"),
        "actual": ("实际完成值", "全年完成值", "实际完成指标值", "实际值", "完成值", "全年实际值",
                   "实际完成情况", "全年实际完成值", "实际完成"),
        "progress": ("完成进度", "实施进度", "执行进度", "完成率", "完成比例", "完成情况", "执行情况", "目标执行情况"),
        "weight": ("分值", "权重", "指标分值", "权重（分值）"),
        "score": ("得分", "评价得分", "自评得分", "实际得分", "自评分"),
        "deviation": ("偏差原因分析及改进措施", "偏差原因", "未完成原因", "偏差原因分析",
                      "未完成原因分析", "原因分析及改进措施"),
        "note": ("备注", "依据", "指标值说明", "指标说明", "评分标准", "评（扣）分标准", "全年预计完成情况",
                 "预计完成情况", "全年预计完成值", "预计全年完成情况", "预计全年完成值", "指标值确定依据", "确定依据",
                 "指标值设定依据", "设定依据", "指标值依据"),
        "explanation": ("指标解释", "指标释义", "指标定义", "指标内涵"),
    },
    "score": {
        "level1": ("一级指标", "项目权重"),       # (湖北 自评表: 项目决策 2 分 | 决策依据 | 2 | 2)
        "level2": ("二级指标", "评价内容"),
        "level3": ("三级指标", "指标名称"),
        "weight": ("指标分值", "分值", "权重"),
        "score": ("评价得分", "得分", "自评得分", "自评分"),
        "deduction": ("扣分", "扣分值", "扣减分值"),   # points taken off: the score is 分值 − 扣分
    },
    "budget": {
        "project": ("项目名称",),
        "group": ("项目内容", "子项目", "子项目内容", "支出内容", "项目明细分类"),
        "name": ("子项目名称", "项目明细", "明细项目", "支出项目", "明细名称", "成本构成",
                 "支出明细", "明细", "内容", "任务名称", "成本项目", "费用名称", "支出内容名称", "测算内容",
                 "县（区）", "县区", "区县", "县（市、区）", "市县", "分配地区", "分配对象", "地区", "设区市",
                 "市（州）", "市州", "地市", "名称"),
        "amount": ("明细金额", "预算金额", "金额", "预算数", "申请金额", "测算金额", "预算金额（元）", "分配金额",
                   "分配资金", "下达金额", "分配数", "拟投入的资金", "拟投入资金", "拟投入金额",
                   "金额（元）", "金额（万元）"),
        "price": ("单价",),
        "quantity": ("数量",),
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
        "content": ("项目实施内容", "实施内容", "工作内容", "阶段", "实施阶段", "主要工作"),
        "start": ("开始时间", "开始日期", "起始时间"),
        "end": ("完成时间", "结束时间", "完成日期", "结束日期"),
    },
    "people": {
        "name": ("姓名",),
        "title": ("职称/职务", "职务", "职称"),
        "office": ("科室", "处室", "部门"),
        "phone": ("联系电话", "电话"),
        "role": ("评价人员", "填报人员"),
    },
    "assessment": {
        "section_no": ("序号",),
        "section": ("考核项目", "考核类别", "考核指标", "评估项目", "项目名称及分值", "考核项目及分值"),
        "content": ("考核内容", "评估内容", "工作内容", "考核内容及分值", "考核内容及评分", "加分事项", "扣分事项",
                    "加分项目", "扣分项目", "加分内容", "扣分内容"),
        "cap": ("封顶分值", "最高分值", "分值上限", "封顶"),
        "points": ("单项分值", "分值", "分数", "标准分"),
        "requirement": ("考核要求", "评分标准", "考核标准", "评估标准", "考核方式", "评分细则", "分值标准", "赋分办法",
                        "计分办法", "评分办法"),
        "responsible": ("责任单位", "责任部门", "牵头单位", "总牵头单位", "责任处室", "责任科室", "责任股室", "责任主体"),
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
    "schedule": ("start", "end"),
}

# ---------------------------------------------------------------- indicator levels
# Level names after `level_key()`; category is the contract's level1_std.
LEVEL1_NAMES: dict[str, str] = {
    "投入": "input", "投入和管理": "input", "过程": "input",
    "产出": "output", "效益": "outcome", "效果": "outcome", "影响力": "impact",
    "满意度": "satisfaction", "成本": "output", "可持续影响": "impact", "可持续": "impact",
}
LEVEL2_NAMES: dict[str, str] = {
    "数量": "output", "质量": "output", "时效": "output", "成本": "output",
    "经济成本": "output", "社会成本": "output", "生态环境成本": "output",
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
    "output": frozenset({"数量", "质量", "时效", "成本", "经济成本", "社会成本", "生态环境成本"}),
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
FORM_TITLE = re.compile(
    r"(绩效目标申报表|绩效目标表|目标申报表|绩效项目申报表|项目绩效申报表|绩效自评表|自评表|绩效评价表|评分表|任务分解表|"
    r"绩效目标$|项目支出绩效|支出项目绩效|绩效目标（|绩效目标\()")
SELF_EVAL_TITLE = re.compile(r"自评|评价表|绩效评价")

# Section labels that split indicators into long-term and annual tables (contract: horizon).
HORIZON_LONG = re.compile(r"^(中长期|长期|中期|远期|实施期)(总体)?(绩效)?(目标|指标)")
HORIZON_ANNUAL = re.compile(r"^(年度|当年|本年度?)(总体)?(绩效)?(目标|指标)")

# Ticks written in cells.
TICKED = re.compile(r"<input[^>]*\bchecked\b[^>]*>|[√✓✔☑☒⊠■▇▣✅]")
UNTICKED = re.compile(r"<input(?![^>]*\bchecked\b)[^>]*>|[□☐▢◻]")
