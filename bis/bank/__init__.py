"""The question bank: schema, loading, compiled cache and selection."""
