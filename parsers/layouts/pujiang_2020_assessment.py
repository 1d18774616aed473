from parsers.layouts.base import FormLayout
from parsers.registry import register


@register
class Pujiang2020Assessment(FormLayout):
    """考核任务分解表 (浦江镇 2020 质量管理绩效评估): 序号 / 考核项目 / 考核内容 / 单项分值 /
    考核要求 / 责任单位, with 扣分项 and 加分项 sections and their caps. Sample 002."""
    id = "pujiang_2020_assessment"
    description = "考核任务分解表: 考核项目, 考核内容, 单项分值, 考核要求, 责任单位, 扣分项/加分项"
    titles = (r"任务分解表", r"绩效评估", r"考核细则")
    labels = ("扣分项", "加分项")
    headers = ("assessment",)
