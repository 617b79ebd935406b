# expect: wrong_answer
# Appends a package before visiting its dependencies (pre-order), so the order is reversed.
def install_order(target, deps):
    order, state = [], {}

    def visit(name):
        if state.get(name) == 1:
            raise ValueError(f"cycle at {name}")
        if state.get(name) == 2:
            return
        state[name] = 1
        order.append(name)
        for dep in deps.get(name, []):
            visit(dep)
        state[name] = 2

    visit(target)
    return order
