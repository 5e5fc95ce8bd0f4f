#!/usr/bin/env python3
"""A small but realistic module: an inventory with reports."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator

__all__ = ['Item', 'Inventory', 'main']

DEFAULT_LIMIT = 10
_cache: dict[str, int] = {}


class InventoryError(Exception):
    """Raised when the inventory is inconsistent."""

    def __init__(self, message, *, code=1):
        super().__init__(message)
        self.code = code


@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.price:.2f})"

    def matches(self, *words, exact=False):
        if exact:
            return any(w == self.name for w in words)
        return any(w.lower() in self.name.lower() for w in words)


class Inventory:
    def __init__(self, items: Iterable[Item] = ()):
        self._items = {item.name: item for item in items}
        self._history = []

    def __len__(self):
        return len(self._items)

    def __iter__(self) -> Iterator[Item]:
        yield from sorted(self._items.values())

    def __getitem__(self, name):
        try:
            return self._items[name]
        except KeyError:
            raise InventoryError(f'no item {name!r}') from None

    def add(self, item, /, replace=False):
        if item.name in self._items and not replace:
            raise InventoryError('duplicate: %s' % item.name, code=2)
        self._items[item.name] = item
        self._history.append(('add', item.name))
        return self

    def remove(self, *names):
        for name in names:
            del self._items[name]
        else:
            self._history.extend(('remove', n) for n in names)

    def by_tag(self):
        groups = defaultdict(list)
        for item in self:
            for tag in item.tags or ['untagged']:
                groups[tag].append(item)
        return dict(groups)

    def total(self, predicate=lambda item: True):
        return sum(item.price for item in self if predicate(item))

    def cheapest(self, limit=DEFAULT_LIMIT):
        ordered = sorted(self, key=lambda i: (i.price, i.name))
        return ordered[:limit]

    def report(self, out=sys.stdout):
        width = max((len(i.name) for i in self), default=0)
        print(f"{'name':<{width}}  price", file=out)
        for item in self:
            print(f"{item.name:<{width}}  {item.price:>8.2f}", file=out)
        print('-' * (width + 10), file=out)
        print(f"{'total':<{width}}  {self.total():>8.2f}", file=out)


def load(path):
    with open(path, encoding='utf-8') as fh:
        raw = json.load(fh)
    items = []
    for entry in raw.get('items', []):
        match_ = entry.get('name')
        if not match_:
            continue
        price = float(entry.get('price', 0))
        if price < 0:
            raise InventoryError(f'negative price for {match_}')
        items.append(Item(match_, price, list(entry.get('tags', ()))))
    return Inventory(items)


def counter():
    count = 0

    def step(n=1):
        nonlocal count
        count += n
        return count
    return step


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print('usage: inventory FILE', file=sys.stderr)
        return 2
    inv = load(argv[0])
    tick = counter()
    while (n := tick()) < 3:
        print('pass', n)
    stats = {k: len(v) for k, v in inv.by_tag().items()}
    expensive = [i for i in inv if i.price > 100 if 'sale' not in i.tags]
    pairs = [(a.name, b.name) for a in inv for b in inv if a < b]
    x, *rest = pairs or [(None, None)]
    inv.report()
    assert len(inv) >= 0, 'length is never negative'
    global _cache
    _cache = {**_cache, **stats}
    return 0 if expensive or rest or x else 1


if __name__ == '__main__':
    sys.exit(main())
