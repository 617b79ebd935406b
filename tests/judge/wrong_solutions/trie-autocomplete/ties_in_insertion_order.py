# expect: wrong_answer
# Sorts by hot degree only; Python's stable sort leaves ties in insertion order instead of
# string order.
class AutocompleteSystem:
    def __init__(self, sentences, times):
        self.trie = {}
        self.degree = {}
        for sentence, count in zip(sentences, times):
            self._record(sentence, count)
        self.typed = ""

    def _record(self, sentence, amount):
        if sentence not in self.degree:
            node = self.trie
            for ch in sentence:
                node = node.setdefault(ch, {})
            node["$"] = sentence
        self.degree[sentence] = self.degree.get(sentence, 0) + amount

    def _collect(self, node, out):
        for ch, child in node.items():
            if ch == "$":
                out.append(child)
            else:
                self._collect(child, out)

    def input(self, c):
        if c == "#":
            self._record(self.typed, 1)
            self.typed = ""
            return []
        self.typed += c
        node = self.trie
        for ch in self.typed:
            node = node.get(ch)
            if node is None:
                return []
        found = []
        self._collect(node, found)
        found.sort(key=lambda s: -self.degree[s])
        return found[:3]
