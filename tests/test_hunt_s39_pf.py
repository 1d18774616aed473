"""Session 39, hunt pf (issue #2, speed of the text-dump path): what a process pays before it reads a form.

Measured on main (c25c64a9): importing what `jixiao extract` imports cost 0.63-0.73 user CPU s, of which
0.15-0.19 s was pkg_resources, pulled in by jieba's `_compat` only to open jieba's own data files, and 0.25-0.30 s
was compiling the parsers' ~690 module-level patterns, about half of which a run over text dumps never uses. Now
jieba is imported without pkg_resources (jixiao.lexicon.import_jieba); the lazy compiling of the module patterns
was measured (0.40-0.42 s) but not taken (it touched every pattern of 16 modules for ~0.25 s a process, nothing a
further file). The output is the same (the snapshot of every fixture, the bench's tables).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _fresh(code: str) -> str:
    """Run code in a fresh interpreter (nothing imported yet) from the checkout's root; its stdout."""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_the_tokenizer_is_built_without_pkg_resources():
    # main: jieba's `_compat` imported pkg_resources (0.15-0.19 CPU s at each start), "True" here
    got = _fresh("import sys\nfrom jixiao.search import tokenizer, segment\ntokenizer()\n"
                 "print('pkg_resources' in sys.modules, segment('满意度指标'))")
    assert got == "False 满意度指标 满意 满意度 指标"


def test_jieba_reads_its_own_data_by_path():
    # (without pkg_resources jieba's `_compat` opens its files by path: finalseg's tables are read the same)
    got = _fresh("from jixiao.lexicon import import_jieba\nj = import_jieba()\nimport jieba.finalseg as f\n"
                 "print(len(f.start_P), round(f.start_P['B'], 6), '/'.join(j.cut('小明硕士毕业于中国科学院计算所')))")
    assert got == "4 -0.262687 小明/硕士/毕业/于/中国科学院/计算所"


def test_import_jieba_leaves_a_loaded_pkg_resources_alone():
    got = _fresh("import sys, pkg_resources\nfrom jixiao.lexicon import import_jieba\nimport_jieba()\n"
                 "print(sys.modules['pkg_resources'] is pkg_resources)")
    assert got == "True"
