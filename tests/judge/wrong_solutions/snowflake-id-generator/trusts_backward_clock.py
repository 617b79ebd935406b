# expect: runtime_error
# Wrong edge handling: when the clock steps back (within the drift) it uses the caller's
# time as is, so ids go backwards and can repeat.
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
        if self.last_ts - now_ms > self.max_drift_ms:
            raise ValueError("clock moved backwards")
        ts = now_ms
        if ts == self.last_ts:
            sequence = self.sequence + 1
            if sequence >= (1 << self.bits):
                ts += 1
                sequence = 0
        else:
            sequence = 0
        if ts - now_ms > self.max_drift_ms:
            raise ValueError("too many ids in this millisecond")
        offset = ts - self.epoch_ms
        if not 0 <= offset < (1 << (53 - self.bits)):
            raise ValueError("timestamp out of range")
        self.last_ts, self.sequence = ts, sequence
        return (offset << (10 + self.bits)) | (self.worker_id << self.bits) | sequence

    def decode(self, id):
        return [(id >> (10 + self.bits)) + self.epoch_ms, (id >> self.bits) & 1023, id & ((1 << self.bits) - 1)]
