# expect: too_slow
# Only tracks the current path: shared dependencies are re-explored once per path (exponential).
def install_order(target, deps):
    order = []
    placed = set()

    def visit(name, path):
        if name in path:
            raise ValueError(f"cycle at {name}")
        path.add(name)
        for dep in deps.get(name, []):
            visit(dep, path)
        path.remove(name)
        if name not in placed:
            placed.add(name)
            order.append(name)

    visit(target, set())
    return order
