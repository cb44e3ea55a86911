"""Actor stage: recognition of actor mentions, coreference, and cross-article identity."""
