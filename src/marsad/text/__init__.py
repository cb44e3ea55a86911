"""Text layer: reading inputs, normalising for matching, tokens and sentences."""
