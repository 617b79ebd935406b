# expect: wrong_answer
# Checks the whole graph for cycles, so an unrelated cycle also raises.
def install_order(target, deps):
    state = {}

    def has_cycle(name):
        if state.get(name) == 1:
            return True
        if state.get(name) == 2:
            return False
        state[name] = 1
        if any(has_cycle(dep) for dep in deps.get(name, [])):
            return True
        state[name] = 2
        return False

    if any(has_cycle(name) for name in list(deps)):
        raise ValueError("cycle")
    order, done = [], set()

    def visit(name):
        if name in done:
            return
        done.add(name)
        for dep in deps.get(name, []):
            visit(dep)
        order.append(name)

    visit(target)
    return order
