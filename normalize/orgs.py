"""Whose a form is, from what it says outside its fields: an organisation's name in a title (`县教育局2024年项目支出
绩效目标表`), a cover letter's first line (`县交通运输局关于报送2024年项目绩效目标的报告`), a sheet's, a file's or a
folder's name (`各单位/县农业农村局/…`).

A name is an organisation's only by how it ends: a government body's (局, 委员会, 办公室, 厅, 人民政府, 街道, 镇, 乡 …:
a 主管部门, `department`) or an institution's (中心, 院, 所, 站, 学校 …: an implementing unit, `unit`). A project's
name (`县城污水处理厂提标改造项目`) ends otherwise and gives nothing; so does a name holding two bodies or a project's
words (资金, 项目, 工程 …). Nothing here guesses: what is not plainly one body's name is None.
"""
from __future__ import annotations

import re

import regex
from normalize._lazy_re import lazy_regex

from normalize._cache import text_cache
from normalize.dates import CN_DAY_OF_MONTH, CN_MONTH
from normalize.text import CN_YEAR, WHITESPACE, fold_width, to_simplified

# patterns of per-call `regex.sub(r"…", …)` sites, compiled once (the regex module's own cache lookup
# is Python code, ~15 µs a call)
_ALL_HAN = regex.compile(r"\p{Han}+")
_COUNTY_END = regex.compile(r"[县区市旗]$")
_FORM_OR_REPORT_END = regex.compile(r"表$|报告$")

# a government body's endings (a 主管部门); the longer first
_DEPT_END = (r"(?:人民法院|人民检察院|检察院|法院|人民政府|政府|街道办事处|街道|管理委员会|管委会|委员会|联合会|总工会|"
             r"办公室|(?<!邮)局|委|办|厅|署|部|镇|乡)")   # (not a 邮局, a post office: `乡镇邮局`, review ti9)
# an institution's endings (an implementing unit: 事业单位, schools, hospitals; a road's or a railway's 段 after the
# works it keeps, `县公路管理段`, `县公路段`, `工务段` — `县后段`, `某县片段`, `县管理手段` are none, review rv100)
_UNIT_END = (r"(?:中心|研究院|医院|卫生院|学院|院|研究所|所|站|馆|学校|中学|小学|幼儿园|大队|支队|队"
             r"|(?:管理|养护|公路|工务|机务|车务|电务|供电|航道)段)")
# a firm's words: its name's end (`…有限公司`, `…集团`, `…银行`; org_kind knows no firm), and a branch's after its firm's
# name or alone on the line under it (`…六安分公司`, `…支行`) — one list, forms' three firm patterns held it thrice
FIRM_WORDS = r"公司|集团|企业|厂|银行"
BRANCH_WORDS = r"分公司|子公司|支公司|分行|支行|营业部"
_ORG = lazy_regex(rf"^(?P<org>[\p{{Han}}A-Za-z][\p{{Han}}A-Za-z0-9（）()]*?(?:(?P<dept>{_DEPT_END})|(?P<unit>{_UNIT_END})))$")
# words of a project, a fund or a list, never of a body's name
# (a works' management body's 工程 is its name's, `县水利工程建设管理站`, `县水利工程质量监督站`: it was no body, hunt pr5)
_NOT_ORG = lazy_regex(r"项目|资金|经费|工程(?!(?:建设)?(?:管理|质量监督|技术服务))|专项|补助|补贴|汇总|绩效|预算|目标|申报|自评|考核|表$|、|，|,|及|与"
                         r"|(?:局|委|办|厅)和")
# where a title's organisation ends: a year, a cover letter's 关于报送, the form's own words
_BOUNDARY = lazy_regex(rf"(?:19|20)\d{{2}}\s*年|{CN_YEAR}\s*年|关于|部门整体|单位整体|整体支出|部门预算|部门"
                          r"|本级|项目支出|项目绩效|项目预算|预算项目|重点项目|绩效目标|绩效自评|绩效评价")
# a cover letter sends its own forms (报送, 上报); a notice sends others' (下达, 批复, 印发): no owner of the forms
_SENDS_OWN = lazy_regex(r"关于\s*(?:报送|上报|呈报|提交|申报|报请|报)")
_OTHERS = lazy_regex(r"下达|批复|印发|转发|通知|审核意见|审核表|评审")
# a day after the body's name: the sign-off (落款) under a letter or a published page, not a title
# (its month in numerals after a year in digits too, `…局 2024年三月十五日`: dates' CN_MONTH, the one spelling of parse_date's
# days in numerals — it was none, the day read as an indicator, hunt ti11)
# (both ends of the line: `…局2024年三月至十二月…项目绩效目标表`, a title whose period follows its body, was read as a
# sign-off; code review rd)
SIGNED_DAY = regex.compile(rf"(?:19|20)\d{{2}}年\d{{1,2}}月(?:\d{{1,2}}日)?$|{CN_MONTH}(?:{CN_DAY_OF_MONTH})?$")
# a government body opening a title before its project's name (`洞口县教育局` of `洞口县教育局学生资助项目…`; its 办公室 too;
# not the 局 of 布局 / 格局 / 大局: a word of the project's name — parsers.forms' _FILER_LEAD, which cuts it off the name;
# nor a village's or a neighbourhood's own 村民委员会 / 居民委员会, no government body: review rv26)
_FILER_LEAD = lazy_regex(r"^\p{Han}{2,16}?(?:(?<![布格结变开全大时当棋])局|(?<!村民|居民)委员会|办公室|厅|人民政府)(?:办公室)?")
# a second body or a list's mark after the first (`县教育局、县财政局…`, `县教育局和县财政局…`): two bodies, no one owner
_TWO_BODIES = lazy_regex(r"^\s*[、，,和与及]|局|委员会|办公室|厅|政府")
_LEAD_YEAR = lazy_regex(rf"^\s*(?:(?:19|20)\d{{2}}|{CN_YEAR})\s*年度?\s*")
_NUMBERING = lazy_regex(r"^\s*(?:\d{1,3}\s*[-_.、．\s]\s*|[(（]\d{1,3}[)）]\s*|[一二三四五六七八九十]+\s*[、.．]\s*)")
_TRAILING_BRACKET = lazy_regex(r"[(（]([^()（）]+)[)）]\s*$")
# a list of bodies, not one (`各乡镇`, `各委办局`, `所属单位`, `全县`)
_PLURAL = lazy_regex(r"^(?:各|所属|直属|下属|全县|全市|全区|全省|全旗|有关|相关|部分|其他|其它)")
# endings that are as often a thing or an activity as a body (`送戏下乡`, `特色小镇`, `数字政府`, `政务服务大厅`,
# `政府网站`, `美丽庭院`): taken only after a place's name, a named town or an office's word
# (段 a body's under a place, `青山县公路管理段`, `县公路段`; `县城区路段`, `二标段` are stretches: _ACTIVITY_END, hunt pr5;
# so is a road between two places, `县城区至机场公路段`: review rd63)
_AMBIGUOUS_END = lazy_regex(r"(?:政府|中心|俱乐部|厅|部|站|院|所|馆|队|段|镇|乡)$")
_SURE_END = lazy_regex(r"(?:人民法院|人民检察院|检察院|医院|卫生院|研究院|学院|研究所|街道办事处)$")
# an office is a body's only under a place, a named town, an office's word or a body of government (`县人民政府办公室`,
# `城关镇党政办公室`, `县防汛抗旱指挥部办公室`, `教育局办公室`); `教师办公室`, `校长办公室`, `综合办公室` are rooms or
# sections of whatever unit has them (they were departments, hunt ti9)
_BODY_OFFICE = lazy_regex(r"(?:局|(?<!村|居)委|政府|委员会|管委会|指挥部|领导小组|人大常委会|政协|党委|党工委)办公室$")
# an office or a part of an institution (`洞口县第一中学办公室`, `县人民医院院长办公室`, `县人民医院住院部`): a room or a
# section inside a unit, no body of its own (it was the department, hunt ti9)
_INSIDE_UNIT = lazy_regex(rf"{_UNIT_END}\p{{Han}}?(?:办公室|部|办)$")
# names of a thing or an activity, whatever precedes them
_ACTIVITY_END = lazy_regex(r"(?:下乡|大厅|展厅|餐厅|网站|电站|基站|泵站|充电站|加油站|驿站|庭院|影院|剧院|场馆|小镇|乡镇|俱乐部"
                               r"|(?<!公)路段|[至到]\p{Han}*公路段|标段|地段|河段|时段|阶段|区段|岸段|航段)$")
# a place's name: …县, …区, …市, …省, …州, …旗, …盟 (not 社区, 城市, 园区, 矿区, 都市, 门市, 超市 …; but 成都市, 厦门市, 石门县:
# a one-character name before 都 / 门). One idea for both users: PLACE searched in a name (_placed), PLACE_WORD a whole
# word of one (jixiao.search: the place a short name may leave out, `县` / `武汉市` / `厦门市`)
# the districts named by one character before 山区 (横山区, 洪山区 …): 北京 房山, 上海 金山 宝山, 杭州 萧山, 徐州 铜山,
# 无锡 惠山 锡山, 合肥 蜀山, 马鞍山 花山 雨山, 淮北 相山 烈山, 蚌埠 蚌山, 黄山 黄山, 武汉 洪山 青山, 黄石 铁山, 岳阳 君山,
# 益阳 赫山, 重庆 璧山, 眉山 彭山, 雅安 名山, 遂宁 船山, 铜仁 万山, 六盘水 钟山, 昆明 西山, 深圳 南山, 大连 中山,
# 榆林 横山, 乌鲁木齐 天山, 淄博 博山, 泰安 泰山, 烟台 福山 莱山, 青岛 崂山, 日照 岚山, 临沂 兰山, 邯郸 邯山, 鞍山 千山
# 立山, 本溪 明山 平山, 葫芦岛 连山, 辽源 龙山, 双鸭山 尖山 宝山, 桂林 象山 雁山, 鹤壁 鹤山, 包头 青山
_SHAN_DISTRICTS = "房金宝萧铜惠锡蜀花雨相烈蚌黄洪青铁君赫璧彭名船万钟西南中横天博泰福莱崂岚兰邯千立明平连龙尖象雁鹤"
# (山 bars only 山区, a mountain area: `青山县`, `巫山县`, `象山县` are counties — they were no place, hunt pr5)
_PLACE_END = (r"(?<!社|小|园|景|牧|库|灾|片|校|城|街|矿|厂|都|超|集|门)(?:[县州旗盟省]|(?<!山)区)|(?<!城|超|集|都|门|夜|股|街|菜)市(?!场)"
              r"|(?<!\p{Han})(?![专校部出入前后大])\p{Han}[都门](?:县|区(?!域)|市(?!场))"
              # (西城区, 东城区, 望城区, 汝城县: a one-character name before 城区 / 城县, opening the name or after its city;
              # not 老城区 / 新城区 / 主城区 / 中心城区, a town's parts)
              r"|(?:(?<!\p{Han})|(?<=[市省]))(?![老新主旧中县市全大小内外各该两此其我本])\p{Han}城(?:区(?!域)|县)"
              # (横山区, 洪山区, 中山区: a district's one-character name before 山区. Opening the name, only a known
              # district's (most words before 山区 name a kind of area or are a sentence's: 深山区, 半山区, 低山区,
              # 多山区, 在山区); after its city or province, any name but those words)
              r"|(?<!\p{Han})[" + _SHAN_DISTRICTS + r"]山区(?!域)"
              r"|(?<=[市省])(?![深大高老荒石群矮浅半低前后丘全各该两此其我本进偏边贫在到向为于小多纯远原冷寒土重林牧库"
              r"沿近和及与或等])\p{Han}山区(?!域)")
# (not 东门市场 / 农贸市场: a market; not 专门区域 / 校门区域 / 部门区…: a word's 门, no place's)
_PLACE = lazy_regex(_PLACE_END)
# a place opening a body's name (`洞口县`, a bare `县`, `湖南省`): a government body filing a form is a place's —
# `教育局长培训项目`, `教师办公室改造项目` open with none (title_org; review rv26)
_BODY_PLACE = lazy_regex(rf"^\p{{Han}}{{0,8}}?(?:{_PLACE_END})")
PLACE_END = _PLACE_END   # (a place's end, for parsers.forms' title place lead)


def place_led(text: str) -> bool:
    """Does TEXT open with a place (`裕安区供水有限责任公司`, `六安市…`), as a body's or a project's whole name does — a
    piece of a name a line's width cut (`建设局`, `更新改造工程`) seldom does (extract.txt's wrapped value, review rv94)?"""
    return _BODY_PLACE.match(to_simplified(WHITESPACE.sub("", text))) is not None
PLACE_WORD = regex.compile(rf"^.{{0,6}}(?:{_PLACE_END})$")
# a named town opening the name (`城关镇`, `永安乡`): two or three characters, no generic word
_TOWN = lazy_regex(r"^(\p{Han}{2,3}?)[镇乡]")
_GENERIC = lazy_regex(r"特色|美丽|数字|智慧|送|文化|服务|卫生|乡村|城乡|生态|旅游|农业|工业|文明|平安|和谐|[乡镇村]|[下小]$|^[全各]"
                         # a class of towns, no town's name (`一、中心镇` / `二、一般乡镇` / `重点镇`: a list's sections)
                         r"|^(?:中心|重点|一般|建制|非建制|示范|试点|贫困|民族|边远|偏远|山区|其他|其它|城郊|新型|商贸)$")
# a class of schools or hospitals, no one institution's name: only words of a kind before the ending, no place's or
# town's name (`义务教育学校`, `农村薄弱学校`, `乡镇卫生院`, `公办幼儿园`, `定点医院`; `县人民医院`, `城关镇中心学校`,
# `新化县第一中学` are bodies) — a list's heading `一 | 义务教育学校` or a title `乡镇卫生院2024年…` named the class as a
# unit (hunt ti5); a community's health centre too, `社区卫生服务中心` (a district's form for all of them: the unit, review rv7)
_INSTITUTION_CLASS = lazy_regex(r"^(?:农村|城区|城镇|城市|乡镇|乡村|村级|村|社区|街道|公办|民办|普惠性?|薄弱|寄宿制|义务教育|普通|特殊教育"
                                r"|中等职业|职业|技工|定点|方舱|基层|公立|民营|非公立?|示范性?|重点|偏远|山区|县级|市级|二级"
                                r"|三级|综合|专科|各类|中心|完全|九年一贯制|一贯制|高级|初级|中小|中|小)*"
                                r"(?:学校|中学|小学|中小学|幼儿园|医院|卫生院|中医院|人民医院|卫生服务中心|卫生服务站)$")
# an office's word just before an ending: 办公厅, 宣传部, 派出所 …
_OFFICE = lazy_regex(r"(?:办公|宣传|组织|统战|武装|党委|派出|司法|财政|供电|水文|气象)(?:厅|部|所|站|院|中心)$")
# a county's, a city's or a province's government collects its departments' forms (a town's keeps its own)
# (a 街道's is its 办事处: `城东街道办事处`; town_government checks the town's name before it)
_TOWN_GOV = regex.compile(r"(?:镇|乡|苏木|街道)(?P<gov>(?:人民)?政府|办事处)$")


# an institution's work just before an ambiguous ending (疾病预防控制中心, 政务服务中心, 农业技术推广站, 动物卫生监督所,
# 综合行政执法大队): a body's name without a place before it, when something precedes the work's word
_INSTITUTION = lazy_regex(r"\p{Han}{2,}(?:控制|服务|管理|保障|监测|检测|检验|监督|指导|救助|推广|事务|调度|指挥|交易"
                             r"|评审|核算|征收|鉴定|防治|急救|登记|结算|执法|防疫|勘测|测绘|保护)(?:中心|站|所|大队|支队)$")


def _placed(s: str, end: str) -> bool:
    """Whether `s`, ending in the ambiguous `end`, names a place, a named town or an office before it, or is an
    institution's name by its work (政务服务中心)."""
    head = s[:len(s) - len(end)]
    if _PLACE.search(head) or _INSTITUTION.search(s):
        return True
    town = _TOWN.match(s)
    if town and town.end() <= len(head) + (1 if end in ("镇", "乡") else 0) and not _GENERIC.search(town.group(1)):
        return True
    return bool(_OFFICE.search(s))


# the conventional short names (简称) of bodies' names, by the words each stands for (a short name is a convention, not
# a rule of cutting: 人社 is 人力资源和社会保障's, not 人口和社会事务's; 城管 城市管理's, not 城乡建设管理's; 交通 stands for 交通运输
# though no word is cut short): short stem -> the words the name must hold after its place, in order, the first opening
# it (one tuple of the alternatives). The name's ending is the short name's (局, 委 for 委员会, 办 for 办公室 …).
SHORT_NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "发改": (("发展", "改革"),), "人社": (("人力资源", "社会保障"),), "卫健": (("卫生", "健康"),),
    "卫计": (("卫生", "计划生育"),), "住建": (("住房", "建设"),), "城管": (("城市", "管理"),),
    "市监": (("市场", "监督"),), "市场监管": (("市场", "监督"),), "医保": (("医疗", "保障"),),
    "文旅": (("文化", "旅游"),), "文广旅": (("文化", "广电", "旅游"),), "疾控": (("疾病", "控制"),),
    "工信": (("工业", "信息化"),), "科工": (("科学", "工业"), ("科技", "工业")), "经信": (("经济", "信息化"),),
    "科技": (("科学", "技术"),),
    "交通": (("交通", "运输"),), "应急": (("应急", "管理"),), "农业": (("农业", "农村"),),
    "农": (("农业", "农村"), ("农业",)), "退役军人": (("退役军人", "事务"),), "民宗": (("民族", "宗教"),),
    "林草": (("林业", "草原"),), "数据": (("数据",), ("大数据",)), "大数据": (("大数据",),), "机关事务": (("机关事务",),),
    "行政审批": (("行政审批",),), "自规": (("自然资源", "规划"),), "教体": (("教育", "体育"),),
}
# a body's ending, and the short ending a short name may give it (委 for 委员会, 办 for 办公室)
BODY_END = lazy_regex(r"(?:委员会|办公室|中心|局|委|办|厅|署|处)$")
SHORT_END = {"委": "委员会", "办": "办公室"}



def conventional(abbr: str, place: str, body: str) -> bool | None:
    """Whether ABBR is the conventional short name of the body BODY (its name after its place PLACE) by
    SHORT_NAMES (人社局 of 人力资源和社会保障局, not of 人口和社会事务局; 交通局 of 交通运输局; 农委 of
    农业农村委员会): None when ABBR's stem is none of those (the rules of cutting decide)."""
    ea, eb = BODY_END.search(abbr), BODY_END.search(body)
    if ea is None or eb is None:
        return None
    stem_a = abbr[:ea.start()]
    if place and stem_a.startswith(place):
        stem_a = stem_a[len(place):]                 # (县卫健委)
    elif place and stem_a[:1] in ("县", "市", "区", "州", "旗") and place.endswith(stem_a[0]):
        stem_a = stem_a[1:]                          # (县人社局 of 宁都县人力资源和社会保障局)
    alts = SHORT_NAMES.get(stem_a)
    if alts is None:
        return None
    if ea.group() != eb.group() and SHORT_END.get(ea.group()) != eb.group():
        return False                                 # (农委 is no 农业农村局)
    stem = body[:eb.start()]
    # where a short name may open: the name's start, or a part of a merged body after its joiner (工信局 of
    # 科学技术和工业信息化局, 数据局 of 政务服务和数据管理局: each part's work answers to its own short name)
    opens = [0] + [m.end() for m in re.finditer(r"[和与、]|(?<![普涉])及", stem)]   # (not 普及 / 涉及: no joiner)
    for words in alts:
        at = next((o for o in opens if stem.startswith(words[0], o)), None)
        pos, ok = at or 0, at is not None
        for w in words:
            i = stem.find(w, pos)
            if i < 0:
                ok = False
                break
            pos = i + len(w)
        if ok:
            return True
    return False


# a township named as a place: a named town, 乡, 苏木 or 街道 (`城关镇`, `永安乡`, `城东街道`; not its government,
# `城关镇人民政府`, `城东街道办事处`: a body of government)
_TOWNSHIP = lazy_regex(r"(?:镇|乡|苏木|街道)$")
# a class of towns before 镇 / 乡 / 街道, no town's name (`中心镇`, `一般乡镇`, `重点街道`)
_TOWN_CLASS = lazy_regex(r"^(?:中心|重点|一般|建制|非建制|示范|试点|贫困|民族|边远|偏远|山区|其他|其它|城郊|新型|商贸)乡?$")


# a class of counties or districts, or a generic region's word, no place's name (`重点县`, `贫困县`, `其他区`, 辖区,
# 市区, 新区, 上市; 浦东新区 a place)
_PLACE_CLASS = lazy_regex(r"^(?:重点|一般|贫困|脱贫|示范|试点|民族|边远|偏远|山区|其他|其它|新型|城郊|市辖|各|全|本|非|国家级|省级|市级"
                             # (a pronoun or a count, no name: 我县, 该县, 此区, 两区, 两城区; 两当县 a county)
                             r"|[我该此其]|两(?=城?[县区市旗]$))"
                             # (a class word anywhere, or a kind of area no place names: `国家级贫困县`, `产粮大县`,
                             # `大型灌区`, `农村地区`, `自然保护区`, `革命老区` head a list's projects by class, no unit)
                             r"|重点|贫困|脱贫|示范|试点|大县|强县|老区|灌区|林区|垦区|湖区|洪区|保护区|开发区|园区|功能区"
                             r"|安置区|试验区|实验区|产区|^郊区$|(?:农村|城市|城镇|城乡|沿海|沿边|边境|欠发达|发达)地区"
                             # (a generic region, the whole name: 辖区, 市区, 苏区, 集聚区, 经济技术开发区, 上市)
                             r"|^(?:革命|经济(?:技术)?)?(?:新|老|苏|边|辖|市|城|功能|集聚|先行|保护|试验|实验|开发"
                             r"|高新|示范|自贸|核心|景)?区$|^上市$")


@text_cache()
def district(name: str | None) -> bool:
    """Whether NAME is one county, district or city named as a place and nothing else (`海淀区`, `西城区`, `汝城县`,
    `兴城市`; not `重点县`, `其他区`, a class of them): in a city's list of projects, where a heading's projects are
    done, as a township in a county's."""
    s = to_simplified(WHITESPACE.sub("", name or ""))
    return 2 <= len(s) <= 8 and bool(_ALL_HAN.fullmatch(s)) and bool(PLACE_WORD.match(s)) \
        and bool(_COUNTY_END.search(s)) and not _PLACE_CLASS.search(s) and not _NOT_ORG.search(s)


@text_cache()
def township(name: str | None) -> bool:
    """Whether NAME is one township named as a place (`城关镇`, `永安乡`, `城东街道`; not `城关镇人民政府`, the town's
    government): in a county's list of projects where a heading's projects are done, their implementing unit (the
    county's department files the list; a heading naming the town's government is their department)."""
    got = org_kind(name)
    if not got:
        return False
    s = to_simplified(WHITESPACE.sub("", got[0]))
    m = _TOWNSHIP.search(s)
    return bool(m) and not _TOWN_CLASS.match(s[:m.start()])      # (not `重点街道`: a class of townships)


@text_cache()
def town_government(name: str | None) -> bool:
    """Whether NAME is one township's government (`城关镇人民政府`, `永安乡政府`, `城东街道办事处`): the town named as a
    body, not a place (_TOWN_GOV, a town's name before it: not `重点镇人民政府`)."""
    if not name:
        return False
    s = to_simplified(WHITESPACE.sub("", name))
    m = _TOWN_GOV.search(s)
    return bool(m) and township(s[:m.start("gov")])


# many bodies named as one (`各乡镇人民政府`, `各相关单位`, `全县各学校`, `有关部门`)
_PLURAL_BODIES = lazy_regex(r"^(?:各|全县各|全市各|全区各|有关|相关|各有关|各相关|其他|其它)\p{Han}{0,12}"
                               r"(?:单位|部门|乡镇|镇|乡|街道|政府|局|委|办|中心|学校|医院|村|社区|机构)$")


# the places opening a name (`新化县`, `湖南省新化县`)
_PLACES_HEAD = lazy_regex(rf"^(?:\p{{Han}}{{1,6}}?(?:{_PLACE_END})){{1,2}}")
# a class's word that says many institutions (`乡镇卫生院`, `农村学校`, `公办幼儿园`), not one a place has one of
# (`人民医院`, `中医院`, `特殊教育学校`: under a place's name, `新化县人民医院`, the county's one)
_MANY_KIND = lazy_regex(r"^(?:农村|城区|城镇|乡镇|乡村|村级|村|社区|街道|公办|民办|普惠性?|薄弱|寄宿制|基层|各类|偏远|山区|中小)")


def institution_class(name: str | None) -> bool:
    """Whether NAME, with a place's name before it, is still a class of many schools or hospitals
    (`乡镇卫生院`, `农村学校`: only words of a kind before the ending, one of them saying many), no one institution's."""
    s = to_simplified(WHITESPACE.sub("", name or ""))
    return bool(_INSTITUTION_CLASS.match(s)) and bool(_MANY_KIND.match(s))


@text_cache()
def plural(name: str | None) -> bool:
    """Whether NAME names many bodies as one (`各乡镇人民政府`, `各相关单位`, `有关部门`): no one body's."""
    return bool(name) and bool(_PLURAL_BODIES.match(to_simplified(WHITESPACE.sub("", name))))


# a centre as often a place built as a body (`游客服务中心`, `农村电商公共服务中心`, `应急指挥中心`, `物流调度中心`)
_FACILITY_CENTRE = lazy_regex(r"(?:服务|指挥|调度|交易|集散|展示|体验|活动|孵化|运营)中心$")


@text_cache()
def facility_like(name: str | None) -> bool:
    """Whether NAME is a centre named by what is done there with no place before it (`游客服务中心`,
    `智慧城市运营指挥中心`; not `县便民服务中心`, `县疾病预防控制中心`): in a file's name as often the project that builds
    it as the body that owns the form."""
    if not name:
        return False
    s = to_simplified(WHITESPACE.sub("", name))
    m = _FACILITY_CENTRE.search(s)
    return bool(m) and not _PLACE.search(s[:m.start()])


@text_cache()
def collector(name: str | None) -> bool:
    """A body that gathers other bodies' forms rather than owning one: a 财政 office, or a government above a town
    (`县人民政府`, `市政府`; not `城关镇人民政府`)."""
    if not name:
        return False
    s = to_simplified(WHITESPACE.sub("", name))
    return "财政" in s or (s.endswith("政府") and not _TOWN_GOV.search(s))


@text_cache()
def org_kind(name: str | None) -> tuple[str, str] | None:
    """(name, column) when the whole text is one organisation's name: `县教育局` -> ('县教育局', 'department'),
    `县疾病预防控制中心` -> ('县疾病预防控制中心', 'unit'); None otherwise (a project's name, two bodies, a word).
    Traditional characters are read as their Simplified ones (`縣教育局`), the name given as written."""
    if not name:
        return None
    t = WHITESPACE.sub("", name)
    s = to_simplified(t)                  # (one character for one: the places are the same)
    if len(t) < 3 or _NOT_ORG.search(s):
        return None
    m = _ORG.match(s)
    if not m:
        return None
    if m.group("dept") in ("镇", "乡", "部") and m.end("org") < 3:
        return None
    o = s[:m.end("org")]
    if _PLURAL.match(o) or _ACTIVITY_END.search(o):
        return None              # (`各乡镇`, `各委办局`; `送戏下乡`, `政务服务大厅`, `村级光伏电站`)
    if m.group("unit") and (_INSTITUTION_CLASS.match(o) or (
            (p := _PLACES_HEAD.match(o)) is not None and institution_class(o[p.end():]))):
        return None              # (`义务教育学校`, `乡镇卫生院`, `公办幼儿园`: a class of institutions, no one body's name;
        #                          under a place, `新化县乡镇卫生院`, a class still — the county's many, review rv7)
    if m.group("dept") and _INSIDE_UNIT.search(o):
        return None              # (`洞口县第一中学办公室`, `县人民医院住院部`: a room or a part inside a unit)
    if m.group("dept") == "办公室" and not _BODY_OFFICE.search(o) and not _placed(o, "办公室"):
        return None              # (`教师办公室`, `校长办公室`: a room; `县人民政府办公室`, `城关镇党政办公室` are bodies)
    amb = _AMBIGUOUS_END.search(o)
    if amb and not _SURE_END.search(o) and not _placed(o, amb.group()):
        return None              # (`特色小镇`, `数字政府`, `青少年足球俱乐部`: no place or office before the ending)
    return t[:m.end("org")], "department" if m.group("dept") else "unit"


@text_cache()
def title_org(title: str | None) -> tuple[str, str] | None:
    """The organisation a title or a cover letter's line opens with, as org_kind gives it:
    `县教育局2024年项目支出绩效目标汇总表`, `2024年度县住房和城乡建设局项目支出绩效目标表`, `XX区卫生健康局部门整体支出
    绩效目标表`, `县交通运输局关于报送2024年项目绩效目标的报告`; or one the title closes with in brackets
    (`2024年项目支出绩效目标表（县水利局）`). None for a notice sending others' forms (`县财政局关于下达…的通知`,
    `…批复表`), a sign-off line (`县财政局 2022年3月18日`), a title opening with a project's name, or one naming no
    body."""
    if not title:
        return None
    t = WHITESPACE.sub("", fold_width(title)).replace("(", "（").replace(")", "）")
    s = to_simplified(t)                  # (matched in Simplified, the name taken as written)
    if _OTHERS.search(s):
        return None
    lead = _LEAD_YEAR.match(s)
    if lead:
        t, s = t[lead.end():], s[lead.end():]
    m = _BOUNDARY.search(s)
    if m and m.start() > 0:
        if SIGNED_DAY.match(s, m.start()):
            return None          # (`杭州市临平区财政局 2022年3月18日`: a sign-off line, whoever published the page)
        if m.group().startswith("关于") and not _SENDS_OWN.match(s, m.start()):
            return None
        got = org_kind(t[:m.start()])
        if got is None and (lead := _FILER_LEAD.match(s[:m.start()])) is not None and lead.end() < m.start() \
                and _BODY_PLACE.match(s[:lead.end()]) is not None \
                and not _TWO_BODIES.search(s[lead.end():m.start()]):
            # `洞口县教育局学生资助项目绩效目标表（2024年度）`: a government body filing the form, then its project's name
            # with no year between (the body the form's department, the words after it the name, as with a year: it
            # gave none, hunt ti8)
            got = org_kind(t[:lead.end()])
            if got is not None and got[1] != "department":
                got = None
        if got and collector(got[0]):
            owner = _bracket_org(t, s)
            if owner and not collector(owner[0]):
                return owner     # (`县财政局2024年度项目绩效目标表（县水利局）`: the bracket names the form's owner)
            return None          # (a finance bureau's title: most often over the forms it gathers or publishes
            #                      for other departments — a 汇总表, an evaluation, a 县财政局2024年项目支出绩效目标表
            #                      over a road project; a county's government compiles too: none is taken)
        if got:
            return got
    return _bracket_org(t, s)


def _bracket_org(t: str, s: str) -> tuple[str, str] | None:
    """The organisation a title closes with in brackets (`2024年项目支出绩效目标表（县水利局）`)."""
    b = _TRAILING_BRACKET.search(s)
    if b and b.start() > 0 and _FORM_OR_REPORT_END.search(s[:b.start()]):
        return org_kind(t[b.start(1):b.end(1)])
    return None


@text_cache()
def name_org(name: str | None) -> tuple[str, str] | None:
    """The organisation a sheet's, a file's or a folder's name states: the whole name one body's (`县教育局`,
    `03-县农业农村局`), or a title's opening one (`县农业农村局2023年项目绩效目标表`)."""
    if not name:
        return None
    t = _NUMBERING.sub("", name.strip(), count=1)
    return org_kind(t) or title_org(t)
