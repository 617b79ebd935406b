"""Word lists the grader's normaliser uses: stopwords, negation cues,
abbreviations and synonyms of backend vocabulary, spelling variants, and the
function-word classes behind the well-formedness check.

Everything here is data; the code that applies it lives in ``text.py``.
Both the answer and the rubric go through the same tables, so a mapping only
has to be right in one direction: "LB" in an answer and "load balancer" in a
rubric meet in the middle.
"""

from __future__ import annotations

# Words dropped before matching. Deliberately NOT here: quantifiers and
# particles that carry meaning in backend phrases ("at most once", "at least
# once", "fan out", "back off", "roll back", "fail over", "all replicas",
# "retry at every layer", "each shard").
STOPWORDS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by",
        "from", "as", "into", "onto", "about", "is", "are", "was", "were", "be", "been",
        "being", "am", "do", "does", "did", "doing", "done", "have", "has", "had", "having",
        "it", "its", "itself", "this", "that", "these", "those", "there", "here", "i", "me",
        "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
        "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "which",
        "who", "whom", "whose", "what", "when", "where", "why", "how", "will", "would", "shall",
        "should", "can", "could", "may", "might", "must", "if", "then", "than", "so", "such",
        "also", "just", "very", "too", "really", "quite", "rather", "some", "any", "either",
        "both", "via", "per", "etc", "eg", "ie", "vs", "not", "no", "nor", "never", "without",
        "none", "neither", "nothing", "let", "lets", "s", "t", "d", "ll", "m", "re", "ve",
        "instead", "until"
    }
)

# Negation cues (after contractions are expanded: "don't" -> "do not").
# CLAUSE cues negate the clause they sit in ("reads do not hit the DB"),
# FORWARD cues negate the few content words that follow ("no cache",
# "without a WAL", "instead of polling", "lacks an index"). Scopes are worked
# out in ``negation.py``.
NEG_CLAUSE: frozenset[str] = frozenset({"not", "never", "nor", "neither"})
NEG_FORWARD: frozenset[str] = frozenset({"no", "without", "none", "nothing", "lack", "lacks", "lacking"})
NEG_FORWARD_PAIRS: frozenset[tuple[str, str]] = frozenset({("instead", "of"), ("rather", "than")})
# "not only", "no more than 5", "not until" ... are not negations.
NEG_EXCEPT_NEXT: frozenset[str] = frozenset({"only", "just", "more", "less", "fewer", "later", "until", "least"})
# ... nor is "no matter" (but "does not matter" is: it negates "matter").
NEG_FORWARD_EXCEPT_NEXT: frozenset[str] = NEG_EXCEPT_NEXT | {"matter"}
# How many content words a forward cue reaches.
NEG_FORWARD_REACH = 3
# Forms of "be": a negation after one denies the subject too ("a cache is not
# needed"); after another auxiliary it denies the predicate ("cannot commit").
BE_FORMS: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
MODALS: frozenset[str] = frozenset({"would", "will", "can", "could", "may", "might", "must", "should", "shall"})

# Critique framing (see negation.py). A REFUTATION says a claim or practice
# is wrong: the thing judged is negated, for key points and misconceptions
# alike ("storing money as a float is a bug", "that is misleading").
REFUTE_WORDS: frozenset[str] = frozenset(
    {
        "wrong", "bug", "misleading", "myth", "mistake", "incorrect", "false", "untrue", "inaccurate",
        "fallacy", "misconception", "antipattern", "oversimplification", "misnomer",
    }
)
REFUTE_PAIRS: frozenset[tuple[str, str]] = frozenset(
    {("anti", "pattern"), ("bad", "idea"), ("bad", "practice"), ("common", "misconception")}
)
# Nouns that introduce what they judge: "a common mistake is to X", "the myth that X".
JUDGEMENT_NOUNS: frozenset[str] = frozenset({"mistake", "myth", "misconception", "fallacy", "antipattern", "bug"})
# Words allowed between "is" and the judgement word ("is a common mistake").
JUDGEMENT_SKIP: frozenset[str] = frozenset(
    {
        "a", "an", "the", "often", "actually", "really", "simply", "just", "very", "plain", "plainly",
        "common", "classic", "subtle", "real", "serious", "also", "usually", "always", "generally",
        "definitely", "quite", "obviously", "clearly", "fundamentally", "totally", "completely",
        "absolutely", "such", "big", "huge", "known", "latent", "nasty", "outright", "entirely",
        "potentially", "probably", "arguably", "frankly", "still", "dangerous", "security", "correctness",
        "costly", "critical", "typical", "popular", "widespread", "persistent", "so",
    }
)
# HARM: the thing said to do damage. Only misconceptions use it (the claim is
# being refuted); key points often state consequences, so it never negates.
HARM_ADJECTIVES: frozenset[str] = frozenset(
    {"dangerous", "unsafe", "harmful", "risky", "insecure", "fragile", "problematic", "bad"}
)
HARM_VERBS: frozenset[str] = frozenset(
    {
        "leak", "leaks", "leaked", "break", "breaks", "broke", "fail", "fails", "failed",
        "corrupt", "corrupts", "corrupted", "expose", "exposes", "exposed", "lose", "loses", "causes",
        "caused",
    }
)
# "avoid X" as an instruction negates X; after these ("to avoid X", "helps
# avoid X") X is a harm the technique prevents.
AVOID_FORMS: frozenset[str] = frozenset({"avoid", "avoids", "avoided", "avoiding"})
PURPOSE_BEFORE_AVOID: frozenset[str] = frozenset({"to", "help", "helps", "helped", "helping"})

# Words that close a clause, so negation does not leak across them.
CLAUSE_BREAK_WORDS: frozenset[str] = frozenset(
    {
        "but", "because", "since", "so", "although", "though", "whereas", "while",
        "which", "however", "instead", "otherwise", "therefore", "thus", "hence",
        "unless", "whereby", "then",
    }
)

# Words (and ";") that set two statements against each other: a phrasing must
# not be pieced together across them ("the write goes to the primary, but the
# read ..." does not say "read from the primary").
CONTRAST_WORDS: frozenset[str] = frozenset(
    {"but", "whereas", "while", "although", "though", "however", "unlike", "otherwise", "instead", ";"}
)

# Single tokens expanded to their full form (lowercased surface words).
ABBREVIATIONS: dict[str, str] = {
    "db": "database", "dbs": "databases", "rdbms": "relational database",
    "lb": "load balancer", "lbs": "load balancers",
    "qps": "requests per second", "rps": "requests per second",
    "tps": "transactions per second", "wps": "writes per second",
    "kv": "key value", "msg": "message", "msgs": "messages",
    "cdn": "content delivery network", "cdns": "content delivery networks",
    "ttl": "time to live", "ttls": "time to live",
    "ack": "acknowledgement", "acks": "acknowledgements", "acked": "acknowledged",
    "acking": "acknowledging", "nack": "negative acknowledgement",
    "async": "asynchronous", "asynchronously": "asynchronous",
    "sync": "synchronous", "synchronously": "synchronous",
    "txn": "transaction", "txns": "transactions", "tx": "transaction", "xact": "transaction",
    "authn": "authentication", "authz": "authorization",
    "k8s": "kubernetes", "pg": "postgres", "postgresql": "postgres", "psql": "postgres",
    "mongo": "mongodb", "ws": "websocket", "websockets": "websocket",
    "pubsub": "publish subscribe", "mq": "message queue", "mqs": "message queues",
    "uuids": "uuid", "guid": "uuid", "guids": "uuid",
    "dedup": "deduplicate", "dedupe": "deduplicate", "deduped": "deduplicated",
    "deduping": "deduplicating", "dedupes": "deduplicates",
    "config": "configuration", "configs": "configurations", "perf": "performance",
    "req": "request", "reqs": "requests", "resp": "response",
    "conn": "connection", "conns": "connections", "impl": "implementation",
    "infra": "infrastructure", "prod": "production", "oncall": "on call",
    "ms": "milliseconds", "msec": "milliseconds", "sec": "seconds", "secs": "seconds",
    "hr": "hours", "hrs": "hours",
    "2pc": "two phase commit", "3pc": "three phase commit",
    "wal": "write ahead log", "dlq": "dead letter queue", "dlqs": "dead letter queues",
    "lsm": "log structured merge", "spof": "single point of failure",
    "ssl": "tls", "repl": "replication", "replicaset": "replica set",
    "hashmap": "hash map", "hashmaps": "hash maps", "hashtable": "hash table",
    "hashtables": "hash tables", "btrees": "btree",
    "e2e": "end to end", "gc": "garbage collection",
    "ddb": "dynamodb", "oom": "out of memory",
}

# Surface words mapped to one canonical surface word before stemming
# (synonyms that mean the same thing in backend talk, and spelling variants).
SYNONYMS: dict[str, str] = {
    # replication roles
    "master": "primary", "masters": "primaries", "leader": "primary", "leaders": "primaries",
    "follower": "replica", "followers": "replicas", "slave": "replica", "slaves": "replicas",
    # spelling and inflection variants the stemmer does not unify
    "queuing": "queueing", "indices": "indexes", "behaviour": "behavior",
    "behaviours": "behaviors", "centre": "center", "licence": "license",
    "catalogue": "catalog", "defence": "defense", "modelling": "modeling",
    "modelled": "modeled", "cancelled": "canceled", "cancelling": "canceling",
    "labelled": "labeled", "labelling": "labeling", "signalling": "signaling",
    "travelling": "traveling", "favour": "favor", "favours": "favors", "honour": "honor",
    "colour": "color", "analyse": "analyze", "analysed": "analyzed", "analyses": "analyzes",
    "analysing": "analyzing", "email": "email", "emails": "emails", "e-mail": "email",
    "datacenter": "data center", "datacentre": "data center", "datacenters": "data centers",
    "timestamps": "timestamp", "timestamped": "timestamp",
    # plurals the stemmer splits from their singular ("alias" -> alia, "aliases" -> alias)
    "aliases": "alias", "buses": "bus", "lenses": "lens", "canvases": "canvas", "gases": "gas",
    "pluses": "plus", "hypotheses": "hypothesis", "diagnoses": "diagnosis", "synopses": "synopsis",
    "crises": "crisis", "criteria": "criterion", "matrices": "matrix", "vertices": "vertex",
    "appendices": "appendix",
}

# British -ise spellings are turned into -ize, except for words where "ise" is
# not the suffix.
ISE_EXCEPTIONS: frozenset[str] = frozenset(
    {
        "wise", "rise", "arise", "raise", "praise", "noise", "poise", "promise", "premise",
        "precise", "concise", "enterprise", "expertise", "exercise", "advise", "revise",
        "devise", "otherwise", "likewise", "clockwise", "compromise", "surprise", "franchise",
        "disguise", "cruise", "bruise", "treatise", "merchandise", "chastise", "despise",
        "supervise", "televise", "improvise", "circumcise", "excise", "incise", "demise",
        "paradise", "reprise", "guise", "anise", "mise", "vise", "sunrise",
        "apprise", "comprise", "elise",
    }
)

# Correct English words that sit one edit away from a backend term: never
# treat them as typos of it ("data sharing" is not "data sharding").
TYPO_GUARD: frozenset[str] = frozenset(
    {
        "sharing", "shared", "shares", "catching", "cashing", "matching", "latent",
        "writer", "writers", "reader", "readers", "replay", "replays", "relay", "relays",
        "router", "routers", "counter", "counters", "county", "partial", "potential",
        "caches", "cached", "batching", "patching", "hatching", "locking", "looking",
        "lacking", "hashing", "washing", "lasting", "listing", "posting", "hosting",
        "testing", "nesting", "sorting", "porting", "storing", "scoring", "sharper",
        "polling", "pulling", "rolling", "tolling", "pooling", "fooling", "leasing",
        "leaving", "learning", "leaning", "meaning", "merging", "emerging", "queries",
        "queried", "quarry", "primary", "primarily", "replace", "replaced", "replica",
        "replicas", "reply", "replies", "indexes", "indices", "retried", "retired",
        "retires", "entries", "entry", "expires", "expired", "express", "consistent",
        "consisted", "persistent", "insistent", "consistency",
    }
)

# Function-word classes for the well-formedness check.
ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"i", "we", "they", "he", "she"})
PREPOSITIONS: frozenset[str] = frozenset(
    {"of", "in", "on", "at", "for", "with", "by", "from", "into", "onto", "about", "to", "via", "per", "between", "within", "across", "under"}
)
AUXILIARIES: frozenset[str] = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
     "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may",
     "might", "must"}
)
CONJUNCTIONS: frozenset[str] = frozenset({"and", "or", "but", "nor"})
DETERMINER_LIKE: frozenset[str] = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "each", "every", "some", "any",
     "no", "our", "my", "their", "its", "your", "his", "her", "all", "both", "one", "two",
     "many", "more", "most", "fewer", "less", "few", "several", "another", "other"}
)

# Words that occur in almost any backend answer. They carry little evidence of
# being on topic, so the off-topic check gives them a low weight.
GENERIC_BACKEND: frozenset[str] = frozenset(
    {
        "system", "systems", "service", "services", "server", "servers", "data", "database",
        "databases", "db", "request", "requests", "response", "responses", "user", "users",
        "client", "clients", "api", "apis", "call", "calls", "store", "stored", "storing",
        "storage", "read", "reads", "write", "writes", "use", "used", "using", "build",
        "design", "scale", "scaling", "scalable", "fast", "slow", "latency", "throughput",
        "performance", "cache", "caching", "cached", "layer", "layers", "node", "nodes",
        "cluster", "machine", "machines", "instance", "instances", "component", "components",
        "backend", "frontend", "application", "app", "apps", "http", "https", "rest", "json",
        "endpoint", "endpoints", "query", "queries", "table", "tables", "index", "indexes",
        "key", "keys", "value", "values", "id", "ids", "time", "times", "second", "seconds",
        "minute", "minutes", "hour", "hours", "day", "days", "ms", "millisecond",
        "milliseconds", "number", "numbers", "count", "large", "small", "high", "low", "big",
        "lot", "lots", "need", "needs", "needed", "make", "makes", "made", "good", "better",
        "best", "work", "works", "working", "handle", "handles", "handled", "case", "cases",
        "way", "ways", "thing", "things", "also", "first", "then", "next", "simple", "simply",
        "problem", "problems", "issue", "issues", "solution", "approach", "team", "teams",
        "load", "balancer", "balancers", "network", "traffic", "memory", "disk", "cpu",
        "process", "processes", "thread", "threads", "queue", "queues", "message", "messages",
        "event", "events", "log", "logs", "logging", "metric", "metrics", "monitor",
        "monitoring", "redis", "postgres", "mysql", "kafka", "sql", "nosql", "cloud", "aws",
        "region", "regions", "deploy", "deployment", "deployments", "production", "code",
        "microservice", "microservices", "error", "errors", "fail", "failure",
        "failures", "retry", "retries", "timeout", "timeouts", "consistency", "consistent",
        "available", "availability", "replica", "replicas", "replication", "shard", "shards",
        "sharding", "partition", "partitions", "million", "millions", "billion", "thousand",
        "per", "each", "every", "across", "multiple", "single", "many", "much", "more", "most",
        "less", "few", "one", "two", "three", "keep", "keeps", "add", "adds", "added", "want",
        "wants", "would", "could", "should", "like", "just", "around", "about", "roughly"
    }
)


def _verb_forms(bases: str, irregular: str) -> frozenset[str]:
    forms: set[str] = set(irregular.split())
    for base in bases.split():
        forms.add(base)
        if base.endswith(("s", "sh", "ch", "x", "o")):
            forms.add(base + "es")
        elif base.endswith("y") and base[-2] not in "aeiou":
            forms.add(base[:-1] + "ies")
            forms.add(base[:-1] + "ied")
        else:
            forms.add(base + "s")
        if base.endswith("e"):
            forms.add(base + "d")
            forms.add(base[:-1] + "ing")
        elif not base.endswith("y"):
            forms.add(base + "ed")
            forms.add(base + "ing")
        else:
            forms.add(base + "ing")
            if base[-2] in "aeiou":
                forms.add(base + "ed")
    return frozenset(forms)


# Common verbs of technical prose that are not also backend nouns (no
# "cache", "shard", "queue", "index", "log", "lock", "limit", "route" ...).
# A sentence with one of them, an auxiliary or a subject pronoun has a
# predicate, so it is not a bare list of terms.
VERB_FORMS: frozenset[str] = _verb_forms(
    """
    give keep make take send allow support provide return need mean work run get become stay
    avoid reduce increase handle prevent ensure require depend check choose decide add remove
    move split serve grow lose find show tell ask know think want try start stop wait fetch
    insert delete publish consume compute generate encode decode forward accept reject guarantee
    detect recover replace apply assign track measure trigger notify deliver acknowledge survive
    tolerate spread distribute own build design pick prefer compare cost contain include
    happen occur cause let help hit miss drop fall rise see read write store sit live pay save
    cut lead suit fit break solve explain describe say put hand pass use land """,
    """
    gave given held kept made took taken sent ran went gone got gotten became lost found showed shown
    told knew known thought built chose chosen fell rose seen wrote written cut led fit broke broken
    said paid let hit put
    """,
)

# Words of any work story (STAR narration). In behavioural answers they say
# nothing about which question a story answers, so relevance weighs them low.
STORY_GENERIC: frozenset[str] = frozenset(
    {
        "result", "results", "change", "changed", "changes", "own", "owned", "task", "review",
        "reviewed", "only", "fix", "fixed", "new", "old", "other", "feature", "features", "engineer",
        "engineers", "run", "ran", "before", "after", "lead", "led", "plan", "planned", "check",
        "checked", "over", "up", "down", "out", "back", "real", "share", "shared", "against", "show",
        "showed", "set", "learn", "learned", "learnt", "risk", "risks", "agree", "agreed", "safe",
        "ask", "asked", "stop", "measure", "measured", "because", "get", "got", "decide", "decided",
        "decision", "same", "option", "options", "manager", "managers", "week", "weeks", "month",
        "months", "year", "years", "found", "look", "looked", "job", "part", "took", "clear", "whether",
        "later", "goal", "report", "order", "move", "moved", "follow", "team", "teams", "people",
        "project", "projects", "work", "worked", "company", "meeting", "meetings", "doc", "document",
        "started", "start", "wanted", "needed", "time", "times", "first", "last", "next", "then",
        "lesson", "instead", "since", "still", "already", "everyone", "someone", "small", "big",
        "days", "quarter", "point", "idea", "way", "help", "helped", "made", "make", "kept",
        "write", "wrote", "written", "call", "called", "talk", "talked", "told", "said", "saw",
        "thought", "think", "understand", "understood", "explain", "explained", "proposed", "propose",
    }
)

# Everyday English content words that say nothing about a topic. The
# off-topic check weighs them like generic backend words.
COMMON_ENGLISH: frozenset[str] = frozenset(
    {
        "different", "difference", "differences", "way", "ways", "front", "back", "depend", "depends",
        "depending", "whether", "care", "thing", "things", "something", "anything", "everything",
        "good", "bad", "better", "worse", "important", "importance", "sure", "really", "basically",
        "actually", "usually", "generally", "probably", "maybe", "perhaps", "often", "sometimes",
        "always", "never", "mostly", "simple", "simply", "easy", "easily", "hard", "kind", "kinds",
        "type", "types", "sort", "lot", "lots", "bit", "little", "much", "many", "more", "less",
        "most", "least", "enough", "whole", "part", "parts", "same", "other", "others", "another",
        "new", "old", "right", "wrong", "left", "fine", "ok", "okay", "great", "nice", "main",
        "mainly", "general", "specific", "certain", "able", "possible", "likely", "need", "needs",
        "want", "wants", "try", "tries", "know", "knows", "think", "thinks", "mean", "means", "say",
        "says", "see", "sees", "look", "looks", "come", "comes", "go", "goes", "going", "put",
        "take", "takes", "give", "gives", "get", "gets", "make", "makes", "keep", "keeps", "let",
        "happen", "happens", "case", "cases", "example", "instance", "point", "points", "idea",
        "ideas", "question", "answer", "problem", "problems", "reason", "reasons", "people", "person",
        "place", "start", "end", "first", "second", "last", "next", "early", "late", "later", "now",
        "then", "soon", "again", "also", "still", "even", "just", "only", "quite", "rather",
        "several", "various", "whatever", "whichever", "however", "therefore", "thus", "since",
    }
)
