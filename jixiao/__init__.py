"""jixiao (绩效): fiscal performance forms -> one tabular dataset."""
__version__ = "0.1.0"
PARSER_VERSION = __version__
