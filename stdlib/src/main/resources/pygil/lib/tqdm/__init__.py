"""Fast, extensible progress bar (pygil's own implementation of the `tqdm` package API)."""

from tqdm.std import tqdm, trange, TqdmTypeError, TqdmKeyError, TqdmWarning

__version__ = '4.66.0'
__all__ = ['tqdm', 'trange', 'TqdmTypeError', 'TqdmKeyError', 'TqdmWarning', '__version__']
