"""The best one-to-one alignment of two sets of clusters (CEAF's), without scipy.

The Hungarian algorithm (Kuhn-Munkres with potentials, O(n^2 m)) on each connected component of
the "shares a mention" graph: clusters that share nothing have similarity 0 and never change the
optimum, so a document's hundreds of clusters split into small problems.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

Cluster = frozenset[Hashable]


def _hungarian(cost: list[list[float]]) -> list[tuple[int, int]]:
    """Row-column pairs of a minimum-cost assignment of every row (rows <= columns)."""
    rows, cols = len(cost), len(cost[0])
    inf = float("inf")
    u, v = [0.0] * (rows + 1), [0.0] * (cols + 1)
    owner, way = [0] * (cols + 1), [0] * (cols + 1)
    for row in range(1, rows + 1):
        owner[0], col = row, 0
        least, used = [inf] * (cols + 1), [False] * (cols + 1)
        while owner[col]:
            used[col] = True
            r, delta, nxt = owner[col], inf, 0
            for j in range(1, cols + 1):
                if not used[j]:
                    reduced = cost[r - 1][j - 1] - u[r] - v[j]
                    if reduced < least[j]:
                        least[j], way[j] = reduced, col
                    if least[j] < delta:
                        delta, nxt = least[j], j
            for j in range(cols + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            col = nxt
        while col:
            prev = way[col]
            owner[col] = owner[prev]
            col = prev
    return [(owner[j] - 1, j - 1) for j in range(1, cols + 1) if owner[j]]


def _index(clusters: Sequence[Cluster]) -> dict[Hashable, list[int]]:
    where: dict[Hashable, list[int]] = {}
    for i, cluster in enumerate(clusters):
        for m in cluster:
            where.setdefault(m, []).append(i)
    return where


def _components(key: Sequence[Cluster], response: Sequence[Cluster]) -> list[tuple[list[int], list[int]]]:
    """Groups of key and response clusters linked by shared mentions (a breadth-first walk)."""
    in_key, in_response = _index(key), _index(response)
    seen_k, seen_r = set[int](), set[int]()
    groups = []
    for first in range(len(key)):
        if first in seen_k:
            continue
        ks, rs, todo = [first], list[int](), [first]
        seen_k.add(first)
        while todo:
            for m in key[todo.pop()]:
                for j in sorted(set(in_response.get(m, ())) - seen_r):
                    seen_r.add(j)
                    rs.append(j)
                    for i in sorted({i for m2 in response[j] for i in in_key.get(m2, ())} - seen_k):
                        seen_k.add(i)
                        ks.append(i)
                        todo.append(i)
        if rs:
            groups.append((ks, rs))
    return groups


def best_alignment(key: Sequence[Cluster], response: Sequence[Cluster],
                   similarity: Callable[[Cluster, Cluster], float]) -> float:
    """The largest total `similarity` of a one-to-one alignment of key and response clusters."""
    total = 0.0
    for ks, rs in _components(key, response):
        sims = [[similarity(key[i], response[j]) for j in rs] for i in ks]
        if len(ks) > len(rs):
            sims = [list(column) for column in zip(*sims, strict=True)]
        total += sum(sims[r][c] for r, c in _hungarian([[-s for s in row] for row in sims]))
    return total
