# expect: too_slow
# Correct, but every keystroke filters the entire history with startswith: O(history).
class AutocompleteSystem:
    def __init__(self, sentences, times):
        self.degree = dict(zip(sentences, times))
        self.typed = ""

    def input(self, c):
        if c == "#":
            self.degree[self.typed] = self.degree.get(self.typed, 0) + 1
            self.typed = ""
            return []
        self.typed += c
        matches = [s for s in self.degree if s.startswith(self.typed)]
        matches.sort(key=lambda s: (-self.degree[s], s))
        return matches[:3]
