"""The graph that quote links make over the corpus's quotes: each link joins two quotes, and the
quotes joined by links are the reports of one utterance (the connected components). The corpus
rules on quote links (V317, V319) read these; they hold no rule themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the models or their `msgspec` mirrors alike
    from vostochny.model.models import QuoteLink, QuoteRef

#: a quote of the corpus: (document id, quote id)
Node = tuple[str, str]


def end(ref: QuoteRef) -> Node:
    """The quote a link end names."""
    return ref.document, ref.quote


def pair(link: QuoteLink) -> frozenset[Node]:
    """The two quotes a link joins (unordered)."""
    return frozenset({end(link.a), end(link.b)})


def ref(link_end: QuoteRef) -> str:
    """A link end as `document#quote`, as messages name it."""
    return name(end(link_end))


def name(node: Node) -> str:
    """A quote as `document#quote`."""
    return f"{node[0]}#{node[1]}"


def components(links: list[tuple[int, QuoteLink]]) -> list[list[Node]]:
    """The quotes joined by links, one list per utterance (connected component), each in sorted order."""
    parent: dict[Node, Node] = {}

    def find(x: Node) -> Node:
        while parent.setdefault(x, x) != x:
            parent[x] = x = parent[parent[x]]
        return x

    for _, link in links:
        a, b = find(end(link.a)), find(end(link.b))
        parent[max(a, b)] = min(a, b)
    groups: dict[Node, list[Node]] = {}
    for node in sorted(parent):
        groups.setdefault(find(node), []).append(node)
    return list(groups.values())


def route(links: list[tuple[int, QuoteLink]], start: Node, goal: Node) -> list[int]:
    """The indices of the links on a shortest path between two quotes of one component."""
    edges: dict[Node, list[tuple[Node, int]]] = {}
    for i, link in links:
        a, b = end(link.a), end(link.b)
        edges.setdefault(a, []).append((b, i))
        edges.setdefault(b, []).append((a, i))
    came: dict[Node, tuple[Node, int] | None] = {start: None}
    todo = [start]
    while todo and goal not in came:
        later = []
        for node in todo:
            for nxt, i in edges.get(node, []):
                if nxt not in came:
                    came[nxt] = (node, i)
                    later.append(nxt)
        todo = later
    path, node = [], goal
    while (step := came.get(node)) is not None:
        node, i = step
        path.append(i)
    return sorted(path)


def shared_documents(component: list[Node]) -> list[tuple[Node, Node]]:
    """Pairs of quotes of one document in one utterance's component (the first quote and each other)."""
    by_doc: dict[str, list[Node]] = {}
    for node in component:
        by_doc.setdefault(node[0], []).append(node)
    return [(nodes[0], other) for nodes in by_doc.values() for other in nodes[1:]]


def via(links: list[QuoteLink], path: list[int]) -> str:
    """The ids of the links on a path, as messages name them."""
    return ", ".join(links[i].id for i in path)
