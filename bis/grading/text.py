"""Text normalisation: sentences, tokens, stems, negation scope, and the
function-word statistics behind the well-formedness check.

An answer becomes a :class:`Doc` of :class:`Sentence` objects. Each sentence
keeps its CONTENT tokens (stopwords dropped) as parallel lists: the surface
word after abbreviation and synonym expansion, its stem, and whether it sits
inside a negation's scope. Matching works on content tokens only, so a
"window" of N words means N content words.

The stemmer (snowballstemmer) is imported on first use, so importing
``bis.grading`` stays cheap for commands that never grade.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bis.grading import vocab
from bis.grading.negation import scope as negation_scope
from bis.grading.sentences import split_sentences, split_sentences_flagged

__all__ = [
    "Doc",
    "Sentence",
    "analyse",
    "content_stems",
    "normalise_word",
    "phrase_stems",
    "lower",
    "split_sentences",
    "split_sentences_flagged",
    "stem",
    "vocabulary",
]

# --------------------------------------------------------------------------- stemming

_stemmer = None
_stem_cache: dict[str, str] = {}
_STEM_CACHE_MAX = 200_000


def stem(word: str) -> str:
    """Snowball (Porter2) English stem of a lowercased word, cached."""
    global _stemmer
    cached = _stem_cache.get(word)
    if cached is not None:
        return cached
    if _stemmer is None:
        import snowballstemmer  # imported lazily: ~15 ms

        _stemmer = snowballstemmer.stemmer("english")
    result = _stemmer.stemWord(word) if len(word) > 2 else word
    if len(_stem_cache) > _STEM_CACHE_MAX:
        _stem_cache.clear()
    _stem_cache[word] = result
    return result


# --------------------------------------------------------------------------- words

_ISE = re.compile(r"^([a-z]{3,})is(e|ed|es|ing|ation|ations|er|ers)$")
_NUM_UNIT = re.compile(r"^(\d+(?:\.\d+)?)([a-z]+)$")

# Substitutions before tokenising, in groups guarded by a cheap test: most
# sentences have no slash, dot-abbreviation or apostrophe, and skipping
# their regexes halves the cost of analysing a text.
_PRE_ALWAYS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bb\+?-?\s?trees?\b"), " btree "),
    (re.compile(r"\be-mail"), "email"),
    (re.compile(r"\bcannot\b"), "can not"),
]
_PRE_SLASH: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bk\s*/\s*v\b"), " key value "),
    (re.compile(r"\bpub\s*[/-]\s*sub\b"), " publish subscribe "),
    (re.compile(r"\bw/o\b"), " without "),
    (re.compile(r"\bw/(?=[\s\w])"), " with "),
    (re.compile(r"\bi/o\b"), " io "),
]
_PRE_DOT: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(\d{1,2})\s*([ap])\.m\.?"), r"\1\2m"),
    (re.compile(r"\be\.g\.?"), " eg "),
    (re.compile(r"\bi\.e\.?"), " ie "),
    (re.compile(r"\b(etc|vs|approx|cf|incl|esp|resp)\."), r" \1 "),
]
_PRE_APOSTROPHE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bcan't\b"), "can not"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bshan't\b"), "shall not"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"\b(it|that|there|what|here|he|she|who|where|this)'s\b"), r"\1 is"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'m\b"), " am"),
    (re.compile(r"'d\b"), " would"),
    (re.compile(r"'s\b"), ""),
]
# HTTP directives and the like: "no-cache" is a name, not a negation.
_PRE_NO: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bno-(cache|store|transform|referrer|sniff|op)\b"), r"no_\1"),
]
_QUOTES = re.compile(r"[\u2019\u2018`\u00b4]")
# Acronym plurals ("SLOs", "APIs", "PRs") meet their singular; applied before lower-casing.
_ACRONYM_PLURAL = re.compile(r"\b([A-Z]{2,})s\b")


def lower(text: str) -> str:
    """Lower-case a text, first turning acronym plurals into their singular."""
    if "s" in text:
        text = _ACRONYM_PLURAL.sub(r"\1", text)
    return text.lower()


# Words, decimal numbers, and the punctuation that closes a clause.
_TOKEN = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[0-9]+)?|[,;:()\[\]{}!?\u2014\u2013|]|(?<=\s)-(?=\s)|->|=>|\u2192")
_BREAK_CHARS = frozenset(",;:()[]{}!?\u2014\u2013|-->=>\u2192")


def _pre(text: str) -> str:
    groups = [_PRE_ALWAYS]
    if "/" in text:
        groups.append(_PRE_SLASH)
    if "." in text:
        groups.append(_PRE_DOT)
    if "no-" in text:
        groups.append(_PRE_NO)
    if "'" in text or "\u2019" in text or "`" in text or "\u00b4" in text or "\u2018" in text:
        text = _QUOTES.sub("'", text)
        groups.append(_PRE_APOSTROPHE)
    for group in groups:
        for pattern, repl in group:
            text = pattern.sub(repl, text)
    return text


@lru_cache(maxsize=8192)
def normalise_word(token: str) -> tuple[str, ...]:
    """One lowercased token -> its canonical surface words (expansion, synonyms, spelling)."""
    if token in vocab.ABBREVIATIONS:
        parts = vocab.ABBREVIATIONS[token].split()
    else:
        m = _NUM_UNIT.match(token)
        if m and m.group(2) not in ("st", "nd", "rd", "th"):
            unit = m.group(2)
            parts = [m.group(1), *vocab.ABBREVIATIONS.get(unit, unit).split()]
        else:
            parts = [token]
    out: list[str] = []
    for part in parts:
        syn = vocab.SYNONYMS.get(part)
        if syn is not None:
            out.extend(syn.split())
            continue
        m = _ISE.match(part)
        if m and part not in vocab.ISE_EXCEPTIONS and m.group(1) + "ise" not in vocab.ISE_EXCEPTIONS:
            part = m.group(1) + "iz" + m.group(2)
        out.append(part)
    return tuple(out)


# Classes for the well-formedness check.
_ART, _SUBJ, _PREP, _AUX, _CONJ, _FUNC, _CONTENT, _PUNCT, _END = range(9)


def _word_class(word: str) -> int:
    if word in vocab.ARTICLES:
        return _ART
    if word in vocab.SUBJECT_PRONOUNS:
        return _SUBJ
    if word in vocab.PREPOSITIONS:
        return _PREP
    if word in vocab.AUXILIARIES:
        return _AUX
    if word in vocab.CONJUNCTIONS:
        return _CONJ
    if word in vocab.STOPWORDS:
        return _FUNC
    return _CONTENT


_CLASS_CACHE: dict[str, int] = {}

# For each function-word class: the classes that may NOT follow it in English.
_BAD_NEXT: dict[int, frozenset[int]] = {
    _ART: frozenset({_ART, _PREP, _AUX, _SUBJ, _CONJ, _PUNCT, _END}),
    _SUBJ: frozenset({_ART, _PREP, _SUBJ, _CONJ}),
    _PREP: frozenset({_AUX, _CONJ, _PUNCT, _END}),
    _CONJ: frozenset({_CONJ, _PUNCT, _END}),
    _AUX: frozenset({_CONJ}),
}

# A capital letter used as a name ("service A", "node B") or an acronym that
# spells a function word ("IS", "AS", "IT") is content, not a function word.
_CAPITAL_NAME = re.compile(r"(?<=[\w,;:)] )([A-HJ-Z])\b|\b([A-Z]{2,})\b")


def _protect_names(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        if m.group(1) is not None:
            return "x" + word.lower()
        return "x" + word.lower() if word.lower() in vocab.STOPWORDS else word

    return _CAPITAL_NAME.sub(repl, text)


_CAP_FUNCTION = frozenset(
    w.capitalize()
    for w in (
        "the", "an", "we", "it", "this", "that", "these", "those", "in", "for", "if", "when",
        "to", "of", "and", "but", "so", "our", "they", "then", "with", "on", "at", "by", "from",
        "is", "are", "each", "every", "there", "which", "or", "was", "were", "be", "will",
    )
)

# --------------------------------------------------------------------------- sentences


class Sentence:
    """One sentence: its text and its content tokens."""

    __slots__ = (
        "text",
        "index",
        "words",
        "stems",
        "negated",
        "neg_src",
        "segments",
        "harm",
        "refutes_previous",
        "n_tokens",
        "n_function",
        "wf_checks",
        "wf_bad",
        "neg_cues",
        "list_items",
        "item_tokens",
        "max_item",
        "predicates",
        "comma_items",
        "anchors",
    )

    def __init__(self, text: str, index: int) -> None:
        self.text = text
        self.index = index
        self.words: list[str] = []  # content words (canonical surface)
        self.stems: list[str] = []  # their stems
        self.negated: list[bool] = []  # inside a negation scope
        self.neg_src: list[int] = []  # content index of the content-word cue that negated it, else -1
        self.segments: list[int] = []  # contrast segment of each content word ("..., but ...")
        self.harm: list[int] = []  # content index of the cue that calls it harmful, else -1
        self.refutes_previous = False  # "That is a myth." refutes the sentence before
        self.n_tokens = 0  # all word tokens, before expansion
        self.n_function = 0  # stopword tokens among them
        self.wf_checks = 0  # function-word contexts checked
        self.wf_bad = 0  # contexts that English does not produce
        self.neg_cues: list[int] = []  # content positions where a negation cue stands
        self.list_items = 0  # segments between commas / "and" / "or"
        self.item_tokens = 0  # word tokens in those segments
        self.max_item = 0  # tokens in the longest segment
        self.predicates = 0  # auxiliaries, subject pronouns and common verbs
        self.comma_items = 0  # segments between punctuation only
        self.anchors = 0  # auxiliaries and subject pronouns: the spine of a clause

    @property
    def is_list(self) -> bool:
        """Three or more short items separated by commas or and/or, with
        hardly a verb among them ("Redis, Kafka and a CDN")."""
        if self.list_items < 3 or self.item_tokens > 3 * self.list_items:
            return False
        if self.list_items >= 6 and self.function_ratio < 0.12:
            return True  # a long run of short items with hardly a function word
        return self.max_item <= 4 and self.predicates * 4 < self.list_items

    @property
    def function_ratio(self) -> float:
        return self.n_function / self.n_tokens if self.n_tokens else 0.0

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Sentence({self.index}, {self.text[:40]!r})"


def _analyse_sentence(text: str, index: int) -> Sentence:
    sent = Sentence(text, index)
    low = _pre(lower(_protect_names(text)))
    raw = _TOKEN.findall(low)

    words = sent.words
    stems = sent.stems
    clause_of: list[int] = []  # clause id of each content token

    # Pass 1: tokens, classes, clause ids, where each token's content words start.
    classes: list[int] = []
    is_content: list[bool] = []
    clause_raw: list[int] = []
    cstart: list[int] = []
    clause = 0
    contrast = 0
    segments = sent.segments
    n_raw = len(raw)
    segment = 0
    comma_segment = 0
    for i, tok in enumerate(raw):
        cstart.append(len(words))
        if tok in vocab.CONTRAST_WORDS and not (tok == "instead" and i + 1 < n_raw and raw[i + 1] == "of"):
            contrast += 1
        if tok in _BREAK_CHARS:
            classes.append(_PUNCT)
            is_content.append(False)
            clause += 1
            clause_raw.append(clause)
            if comma_segment:
                sent.comma_items += 1
                comma_segment = 0
            if segment:
                sent.list_items += 1
                sent.item_tokens += segment
                sent.max_item = max(sent.max_item, segment)
                segment = 0
            continue
        comma_segment += 1
        if tok == "and" or tok == "or":
            if segment:
                sent.list_items += 1
                sent.item_tokens += segment
                sent.max_item = max(sent.max_item, segment)
                segment = 0
        else:
            segment += 1
        cls = _CLASS_CACHE.get(tok)
        if cls is None:
            cls = _word_class(tok)
            _CLASS_CACHE[tok] = cls
        classes.append(cls)
        is_content.append(cls == _CONTENT)
        sent.n_tokens += 1
        if cls in (_AUX, _SUBJ):
            sent.anchors += 1
            sent.predicates += 1
        elif tok in vocab.VERB_FORMS:
            sent.predicates += 1
        nxt = raw[i + 1] if i + 1 < n_raw else ""
        if tok in vocab.CLAUSE_BREAK_WORDS and not (tok == "instead" and nxt == "of") and not (
            tok == "rather" and nxt == "than"
        ):
            clause += 1
        clause_raw.append(clause)
        if cls != _CONTENT:
            sent.n_function += 1
            continue
        for word in normalise_word(tok):
            if word in vocab.STOPWORDS:
                continue
            words.append(word)
            stems.append(stem(word))
            clause_of.append(clause)
            segments.append(contrast)

    if segment:
        sent.list_items += 1
        sent.item_tokens += segment
        sent.max_item = max(sent.max_item, segment)
    if comma_segment:
        sent.comma_items += 1

    # Pass 2: negation and critique scope over content tokens.
    sc = negation_scope(raw, is_content, clause_raw, cstart, clause_of)
    sent.negated = sc.negated
    sent.neg_src = sc.neg_src
    sent.harm = sc.harm
    sent.neg_cues = sc.cues
    sent.refutes_previous = sc.refutes_previous

    # Pass 3: function-word contexts (is each article, pronoun, preposition ...
    # followed by something English allows?).
    checks = bad = 0
    m = len(classes)
    for i, cls in enumerate(classes):
        bad_next = _BAD_NEXT.get(cls)
        if bad_next is None:
            continue
        nxt_cls = classes[i + 1] if i + 1 < m else _END
        if cls == _PREP and nxt_cls == _AUX and raw[i] == "to":
            nxt_cls = _CONTENT  # "to be", "to have"
        checks += 1
        if nxt_cls in bad_next:
            bad += 1
    # A capitalised function word inside a sentence ("cache The we") is what
    # shuffled text produces and real text almost never does.
    pieces = text.split()
    for k in range(1, len(pieces)):
        word = pieces[k].strip("\"'()[],.;!?")
        if word in _CAP_FUNCTION and pieces[k - 1][-1] not in ":(\"'-*>":
            checks += 1
            bad += 1
    sent.wf_checks = checks
    sent.wf_bad = bad
    return sent


_FIRST_LETTER = re.compile(r"[A-Za-z]")


def _check_sentence_starts(sentences: list[Sentence], after_stop: list[bool]) -> None:
    """For a writer who capitalises, a sentence that follows a full stop and
    starts in lower case is a context real text hardly produces; shuffled text
    does it constantly (the word after a moved full stop is a random word).
    Lines (bullets, new paragraphs) are not checked: lists often start lower case."""
    firsts: list[tuple[Sentence, str]] = []
    for sent, flag in zip(sentences, after_stop, strict=True):
        if not flag:
            continue
        m = _FIRST_LETTER.search(sent.text[:3])
        if m:
            firsts.append((sent, m.group(0)))
    capitalises = (
        any(ch.isupper() for _s, ch in firsts)
        or (bool(sentences) and sentences[0].text[:1].isupper())
        or any(w.strip("\"'(),.;:!?") in _CAP_FUNCTION for sent in sentences for w in sent.text.split())
    )
    if not capitalises:
        return  # a writer who does not capitalise: no evidence either way
    for sent, ch in firsts:
        sent.wf_checks += 1
        if ch.islower():
            sent.wf_bad += 1


class Doc:
    """An analysed text: its sentences and a few totals."""

    __slots__ = ("text", "sentences", "word_count", "wf_checks", "wf_bad")

    def __init__(self, text: str, sentences: list[Sentence], after_stop: list[bool] | None = None) -> None:
        self.text = text
        self.sentences = sentences
        if after_stop is not None:
            _check_sentence_starts(sentences, after_stop)
        self.word_count = len(re.findall(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?", text))
        self.wf_checks = sum(s.wf_checks for s in sentences)
        self.wf_bad = sum(s.wf_bad for s in sentences)

    @property
    def well_formedness(self) -> float:
        """Share of function-word contexts that English produces (1.0 = all)."""
        return 1.0 - self.wf_bad / self.wf_checks if self.wf_checks else 1.0

    def all_stems(self) -> list[str]:
        return [s for sent in self.sentences for s in sent.stems]


@lru_cache(maxsize=256)
def analyse(text: str) -> Doc:
    """Analyse a text (cached: model answers and prompts are analysed once)."""
    pieces = split_sentences_flagged(text)
    return Doc(text, [_analyse_sentence(t, i) for i, (t, _f) in enumerate(pieces)], [f for _t, f in pieces])


# Marks a phrasing that states a negation ("the server did nothing"): it
# matches only where the answer has a negation cue next to the words.
NEGATION_MARK = "\x00neg"
_ALL_NEG = vocab.NEG_CLAUSE | vocab.NEG_FORWARD | {"instead", "rather"}


@lru_cache(maxsize=16384)
def phrase_stems(phrase: str) -> tuple[str, ...]:
    """Content stems of a rubric phrasing, in order, without duplicates.

    A phrasing made only of stopwords ("at most") keeps its words; a
    phrasing with a negation word ends with :data:`NEGATION_MARK`.
    """
    low = _pre(lower(phrase))
    out: list[str] = []
    all_words: list[str] = []
    negative = False
    tokens = _TOKEN.findall(low)
    for i, tok in enumerate(tokens):
        if tok in _BREAK_CHARS:
            continue
        if tok in _ALL_NEG:
            # The same exceptions as in answers: "not only", "no matter" are not negations.
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            if tok in vocab.NEG_CLAUSE:
                negative = negative or after not in vocab.NEG_EXCEPT_NEXT
            elif tok in vocab.NEG_FORWARD:
                negative = negative or after not in vocab.NEG_FORWARD_EXCEPT_NEXT
            else:
                negative = True
        # Answers drop every function word (prepositions, conjunctions ...), not
        # only stopwords, so a phrasing must too: "within a partition" must meet
        # "ordering within a partition", where only "partition" is kept.
        function_word = _word_class(tok) != _CONTENT
        for word in normalise_word(tok):
            all_words.append(word)
            if word not in vocab.STOPWORDS and not function_word:
                out.append(stem(word))
    if not out:
        out = [stem(w) for w in all_words]
    seen: set[str] = set()
    uniq = [s for s in out if not (s in seen or seen.add(s))]  # type: ignore[func-returns-value]
    if negative and uniq:
        uniq.append(NEGATION_MARK)
    return tuple(uniq)


@lru_cache(maxsize=1024)
def vocabulary(text: str) -> frozenset[str]:
    """The set of content stems of a text, without sentence analysis (fast).

    Used for an item's own vocabulary in the off-topic check, where only
    which stems occur matters.
    """
    out: set[str] = set()
    for tok in set(_TOKEN.findall(_pre(lower(text)))):
        if tok in _BREAK_CHARS:
            continue
        if _word_class(tok) != _CONTENT:
            continue
        for word in normalise_word(tok):
            if word not in vocab.STOPWORDS:
                out.add(stem(word))
    return frozenset(out)


def content_stems(text: str) -> list[str]:
    """All content stems of a text, in order (for vocabularies and overlap)."""
    return analyse(text).all_stems()
