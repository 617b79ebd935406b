"""The mock interview: plan, state on disk between invocations, time boxes."""
