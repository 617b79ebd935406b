# expect: wrong_answer
# No cycle detection: the visited set stops the recursion, so a cycle yields an order instead of an error.
def install_order(target, deps):
    order, seen = [], set()

    def visit(name):
        if name in seen:
            return
        seen.add(name)
        for dep in deps.get(name, []):
            visit(dep)
        order.append(name)

    visit(target)
    return order
