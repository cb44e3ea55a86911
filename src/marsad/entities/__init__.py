"""Entity stage: the gazetteer index and the trained named-entity tagger."""
