"""Lead's mend (session 53): a letterhead ended by a red head's `文件` (`湖南省洞口县教育局文件` alone over the title).

Decided: ti8 reads a body's name alone on the line over the title as the form's department; review rv23 taught the
issuer's reader (发文机关) that a red head ends in `文件`, glued or a space apart, and that word is no part of the
body's name. The department reader now drops it the same way: the department is `湖南省洞口县教育局` (before: none,
as `湖南省洞口县教育局文件` is no body's name). Kept: ti8's letterhead without the word reads as before.
"""
from tests.hunt_tools import only_project


def _dept(read, name):
    p = only_project(read(name))
    return p["name"], p["year"], p["department"], p["unit"]


def test_a_letterhead_ending_in_wenjian_is_the_department(read):
    want = ("学生资助项目", 2024, "湖南省洞口县教育局", "洞口县学生资助管理中心")
    assert _dept(read, "ct_s53_lead_letterhead_file_glued.txt") == want
    assert _dept(read, "ct_s53_lead_letterhead_file_apart.txt") == want
    assert _dept(read, "ct_s53_ti8_letterhead.txt") == want
