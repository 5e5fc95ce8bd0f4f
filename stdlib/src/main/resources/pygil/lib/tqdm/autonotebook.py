"""`from tqdm.auto import tqdm`: the console progress bar."""
from tqdm.std import tqdm, trange

__all__ = ['tqdm', 'trange']
