# expect: wrong_answer
# Missed update: the sequence only ever counts up (it is not reset to 0 in a new millisecond).
class SnowflakeGenerator:
    def __init__(self, worker_id, epoch_ms, sequence_bits=12, max_drift_ms=5):
        if not 0 <= worker_id <= 1023 or not 1 <= sequence_bits <= 12:
            raise ValueError("bad configuration")
        self.worker_id = worker_id
        self.epoch_ms = epoch_ms
        self.bits = sequence_bits
        self.max_drift_ms = max_drift_ms
        self.last_ts = -1
        self.sequence = -1

    def next_id(self, now_ms):
        ts = max(now_ms, self.last_ts)
        sequence = self.sequence + 1
        if sequence >= (1 << self.bits):
            ts = max(ts, self.last_ts + 1)
            sequence = 0
        if ts - now_ms > self.max_drift_ms:
            raise ValueError("clock moved backwards")
        offset = ts - self.epoch_ms
        if not 0 <= offset < (1 << (53 - self.bits)):
            raise ValueError("timestamp out of range")
        self.last_ts, self.sequence = ts, sequence
        return (offset << (10 + self.bits)) | (self.worker_id << self.bits) | sequence

    def decode(self, id):
        return [(id >> (10 + self.bits)) + self.epoch_ms, (id >> self.bits) & 1023, id & ((1 << self.bits) - 1)]
