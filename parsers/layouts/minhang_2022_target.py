from parsers.layouts.base import FormLayout
from parsers.registry import register


@register
class Minhang2022Target(FormLayout):
    """财政项目支出绩效目标申报表 (2022): 项目资金总额 / 年度资金申请总额 block, 项目总目标 and
    年度总目标 above their texts, 绩效指标 with 一级/二级/三级指标. Sample 003."""
    id = "minhang_2022_target"
    description = "闵行 2022 绩效目标申报表: 项目资金总额, 年度资金申请总额, 年度总目标, 绩效指标"
    titles = (r"(?<![(（])财政项目支出绩效目标申报表(?![(（])",)
    labels = ("项目资金总额", "年度资金申请总额", "计划开始日期", "计划完成日期", "主管部门",
              "实施单位", "年度总目标", "项目类别")
    headers = ("indicator",)
