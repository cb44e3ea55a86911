"""docs/CODING_RULES.md names the behaviour test behind each convention: those tests must exist."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_convention_in_the_rules_doc_names_an_existing_test():
    doc = (ROOT / "docs" / "CODING_RULES.md").read_text(encoding="utf-8")
    tests = set(re.findall(r"^def test_(\w+)\(", (ROOT / "tests" / "test_pipeline.py").read_text(encoding="utf-8"), re.M))
    rows = [line for line in doc.splitlines() if line.startswith("| ") and not line.startswith("| convention")]
    named = [name for row in rows for name in re.findall(r"`(\w+)`", row.rsplit("|", 2)[-2])]
    assert len(named) >= 20
    assert [n for n in named if n not in tests] == []
