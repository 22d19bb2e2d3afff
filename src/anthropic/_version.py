__title__ = "anthropic"
__version__ = "0.74.1"
