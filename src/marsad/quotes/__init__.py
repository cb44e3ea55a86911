"""Quote stage: direct quotations and their speakers."""
