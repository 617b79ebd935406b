# expect: wrong_answer
# Wrong edge handling: '#' records the query but does not clear it, so the next query is
# appended to the previous one.
class AutocompleteSystem:
    def __init__(self, sentences, times):
        self.degree = dict(zip(sentences, times))
        self.trie = {}
        for sentence in sentences:
            self._insert(sentence)
        self.typed = ""
        self.pending = ""

    def _insert(self, sentence):
        node = self.trie
        for ch in sentence:
            node = node.setdefault(ch, {})
        node["$"] = sentence

    def _collect(self, node, out):
        for ch, child in node.items():
            if ch == "$":
                out.append(child)
            else:
                self._collect(child, out)

    def input(self, c):
        if c == "#":
            sentence = self.typed[len(self.pending):]
            if sentence not in self.degree:
                self._insert(sentence)
            self.degree[sentence] = self.degree.get(sentence, 0) + 1
            self.pending = self.typed
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
