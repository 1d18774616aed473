from parsers.layouts.base import FormLayout
from parsers.registry import register


@register
class Minhang2020Target(FormLayout):
    """财政项目支出绩效目标申报表 in three sub-tables (项目总体情况 / 绩效目标 with 项目构成分解 /
    制度保障), Minhang district 2020. Sample 000."""
    id = "minhang_2020_target"
    description = "闵行 2020 绩效目标申报表: 项目总体情况, 绩效目标 + 项目构成分解, 制度保障"
    titles = (r"申报表[(（]项目总体情况[)）]", r"申报表[(（]绩效目标[)）]", r"申报表[(（]制度保障[)）]")
    labels = ("项目类别", "项目构成分解", "项目相关资源投入和制度建设情况", "项目构成",
              "项目立项情况", "项目资金")
    headers = ("indicator", "budget", "safeguard")
