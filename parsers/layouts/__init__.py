"""Built-in layouts. Importing this package registers them (see parsers.registry)."""
from parsers.layouts import (generic, jinzhong_2020_self_eval, minhang_2020_target,  # noqa: F401
                             minhang_2022_target, packed_list, pujiang_2020_assessment, shanghai_2019_target)
