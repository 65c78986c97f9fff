"""Remember a table computed from a set of articles, so asking twice costs nothing.

Self-checks and the grader ask for the same claims, reuse pairs and quote groups many times over one
set of articles. Results are kept per set (the articles themselves are the key, by identity) and a copy
is handed out each time, so a student who changes a table changes only their copy.
"""

from __future__ import annotations

import copy
from collections import OrderedDict
from functools import wraps

KEEP = 32  # sets of articles remembered per function


def by_articles(fn):
    """Decorator: cache ``fn(articles, *args)`` on the identity of the articles and the other arguments."""
    store: OrderedDict = OrderedDict()

    @wraps(fn)
    def cached(articles, *args, **kwargs):
        items = tuple(articles)
        key = (tuple(map(id, items)), args, tuple(sorted(kwargs.items())))
        if key not in store:
            store[key] = (items, fn(list(items), *args, **kwargs))  # the items are kept so their ids stay theirs
            if len(store) > KEEP:
                store.popitem(last=False)
        store.move_to_end(key)
        result = store[key][1]
        return result.copy() if hasattr(result, "copy") and not isinstance(result, (list, tuple)) else copy.copy(result)

    return cached
