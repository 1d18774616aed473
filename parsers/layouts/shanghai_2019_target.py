from parsers.layouts.base import FormLayout
from parsers.registry import register


@register
class Shanghai2019Target(FormLayout):
    """上海市财政支出项目绩效目标申报表 (2019 municipal declaration): 项目类型 / 资金用途 ticks,
    项目当年投入资金构成 子项目 list, 分解目标 with 一级/二级/三级指标 and 指标目标值. Sample 001."""
    id = "shanghai_2019_target"
    description = "上海市财政支出项目绩效目标申报表 (2019): 资金用途, 项目当年投入资金构成, 分解目标"
    titles = (r"上海市财政支出项目绩效目标申报表",)
    labels = ("项目类型", "资金用途", "项目当年投入资金构成", "同名项目上年预算额",
              "分解目标", "保证项目实施的制度、措施", "申报单位名称")
    headers = ("indicator", "budget")
