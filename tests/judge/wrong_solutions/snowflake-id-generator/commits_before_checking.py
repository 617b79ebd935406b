# expect: wrong_answer
# Stores the new timestamp and sequence before the drift check, so a call that raises
# still consumes a sequence number and moves the generator ahead.
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
        if ts == self.last_ts:
            self.sequence += 1
            if self.sequence >= (1 << self.bits):
                ts += 1
                self.sequence = 0
        else:
            self.sequence = 0
        self.last_ts = ts
        if ts - now_ms > self.max_drift_ms:
            raise ValueError("clock moved backwards")
        offset = ts - self.epoch_ms
        if not 0 <= offset < (1 << (53 - self.bits)):
            raise ValueError("timestamp out of range")
        return (offset << (10 + self.bits)) | (self.worker_id << self.bits) | self.sequence

    def decode(self, id):
        return [(id >> (10 + self.bits)) + self.epoch_ms, (id >> self.bits) & 1023, id & ((1 << self.bits) - 1)]
