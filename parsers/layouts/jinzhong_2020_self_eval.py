from parsers.layouts.base import FormLayout
from parsers.registry import register


@register
class Jinzhong2020SelfEval(FormLayout):
    """晋中市财政支出项目绩效自评表 (2020): 项目资金情况（万元） block, 绩效目标实现情况 with 目标值 /
    实际完成指标值 / 完成进度, 评分表 with 指标分值 / 评价得分, 综合得分 and 等次. Sample 004."""
    id = "jinzhong_2020_self_eval"
    description = "晋中 2020 绩效自评表: 项目资金情况（万元）, 绩效目标实现情况, 评分表"
    titles = (r"财政支出项目绩效自评表", r"绩效自评表")
    labels = ("主管部门及代码", "项目属性", "项目期", "预算下达资金", "实际支出资金", "综合得分",
              "评价结果等次", "项目资金情况", "绩效目标实现情况")
    headers = ("indicator", "score")
