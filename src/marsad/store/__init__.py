"""Storage of extracted records in SQLite, idempotent ingest, and event export.

    >>> from marsad.store import Store
    >>> with Store.open("marsad.sqlite") as store:
    ...     store.ingest_records([doc.to_dict()])
    ...     rows = store.query_events(actor="IRQ", type="CONSULT", since="2025-01-01")
"""

from marsad.store.filters import EVENT_TYPES, EventFilter
from marsad.store.records import validate_record
from marsad.store.sqlite import EVENT_COLUMNS, IngestStats, Store

__all__ = ["EVENT_COLUMNS", "EVENT_TYPES", "EventFilter", "IngestStats", "Store", "validate_record"]
