"""Subcommands of the `marsad` CLI, one module each, registered in `COMMANDS`."""

# Order is the order `marsad --help` lists them in.
COMMANDS = [
    "show",
    "extract",
    "batch",
    "ingest",
    "events",
    "serve",
    "eval",
    "explain",
    "train_ner",
    "eval_ner",
]
