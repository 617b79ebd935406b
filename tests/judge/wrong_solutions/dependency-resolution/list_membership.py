# expect: too_slow
# Kahn's algorithm over the reachable packages, but "already placed" is checked in a list: O(V^2).
from collections import deque


def install_order(target, deps):
    needed, todo = [], [target]
    while todo:
        name = todo.pop()
        if name in needed:
            continue
        needed.append(name)
        todo.extend(deps.get(name, []))
    remaining = {name: len(set(deps.get(name, []))) for name in needed}
    users = {}
    for name in needed:
        for dep in set(deps.get(name, [])):
            users.setdefault(dep, []).append(name)
    ready = deque(name for name in needed if remaining[name] == 0)
    order = []
    while ready:
        name = ready.popleft()
        order.append(name)
        for user in users.get(name, []):
            remaining[user] -= 1
            if remaining[user] == 0:
                ready.append(user)
    if len(order) != len(needed):
        raise ValueError("cycle")
    return order
