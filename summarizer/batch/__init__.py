"""Briefing through OpenAI's Batch API: ``runner`` submits, follows and collects batches;
``book`` answers the engine's requests from what a batch returned."""
