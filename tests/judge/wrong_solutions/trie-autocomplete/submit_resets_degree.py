# expect: wrong_answer
# Missed update: '#' stores the query with degree 1 even when it was already in the history.
class AutocompleteSystem:
    def __init__(self, sentences, times):
        self.trie = {}
        self.degree = {}
        for sentence, count in zip(sentences, times):
            self._store(sentence, count)
        self.typed = ""

    def _store(self, sentence, degree):
        node = self.trie
        for ch in sentence:
            node = node.setdefault(ch, {})
        node["$"] = sentence
        self.degree[sentence] = degree

    def _collect(self, node, out):
        for ch, child in node.items():
            if ch == "$":
                out.append(child)
            else:
                self._collect(child, out)

    def input(self, c):
        if c == "#":
            self._store(self.typed, 1)
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
        found.sort(key=lambda s: (-self.degree[s], s))
        return found[:3]
