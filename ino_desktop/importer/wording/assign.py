"""Columns × fields → one assignment with the best total score, each field on one column at most.

The Hungarian method (Kuhn–Munkres, O(n³)) on the square matrix padded with "no field": a table has a
few dozen columns at most, so this is instant, and it settles what a greedy pass gets wrong — a column
that is second-best for two fields goes where the total is higher, not where it was seen first.
"""

from __future__ import annotations

from collections.abc import Sequence


def best_assignment(scores: Sequence[Sequence[float]], floor: float) -> list[int | None]:
    """For each row (column of the sheet), the index of its field, or None. Pairs scoring below `floor`
    are never made; among the rest the total score is the largest possible."""
    rows = len(scores)
    cols = len(scores[0]) if rows else 0
    if not rows or not cols:
        return [None] * rows
    n = rows + cols  # every row may take "no field", every field may stay unused
    big = 1e6
    cost = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i < rows and j < cols:
                s = scores[i][j]
                cost[i][j] = -s if s >= floor else big
            # padding: no field for a row (j >= cols), an unused field (i >= rows): cost 0
    match = _hungarian(cost)
    out: list[int | None] = []
    for i in range(rows):
        j = match[i]
        out.append(j if j < cols and cost[i][j] < big else None)
    return out


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Row → column of a minimum-cost perfect matching of a square matrix (e-maxx formulation)."""
    n = len(cost)
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)  # p[j]: the row matched to column j (1-based; 0 = none)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    result = [0] * n
    for j in range(1, n + 1):
        if p[j]:
            result[p[j] - 1] = j - 1
    return result
