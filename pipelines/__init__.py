"""Item pipelines and the pure stages they run: extraction, dedup, storage, export."""
