"""The attribute (feature string) set of a CRFsuite model, read straight from the model bytes.

CRFsuite silently skips item attributes its model has no weights for, and a
third of the features marsad computes per token are such strings (rare words,
bigrams). Sending them through python-crfsuite still costs a conversion and a
dictionary lookup each, so the tagger drops them first (features.KnownFeatures).
Dropping them cannot change a tag: the model scores a token by adding the
weights of its known attributes in item order, and filtering keeps that order.

A model stores its attributes in a CQDB chunk (CRFsuite's constant quark
database) whose id -> string array lists each one exactly once. Reading it
takes milliseconds, where `Tagger.info()` dumps and re-parses the whole model
as text (about 0.3 s per model); `info()` remains the fallback for a file this
reader does not recognise.
"""

from __future__ import annotations

import struct

import pycrfsuite

# CRF1d model header: magic, size, type, version, #features, #labels, #attributes, then chunk offsets.
_MODEL_HEADER = struct.Struct("<4sI4sIIIIIIIII")
# CQDB chunk header: id, size, flag, byte-order mark, entries in the id -> string array, its offset.
_CQDB_HEADER = struct.Struct("<4sIIIII")
_RECORD = struct.Struct("<II")  # a CQDB record: id, key length (with the trailing NUL), then the key


def model_attributes(model: bytes) -> frozenset[str]:
    """All attributes of a CRFsuite CRF1d model given as bytes; ValueError if the layout is not the expected one."""
    magic, _, kind, _, _, _, n_attrs, _, _, offset, *_ = _MODEL_HEADER.unpack_from(model, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError("not a CRFsuite CRF1d model")
    chunk, _, _, _, n_ids, ids_offset = _CQDB_HEADER.unpack_from(model, offset)
    if chunk != b"CQDB" or n_ids != n_attrs:
        raise ValueError("unexpected attribute dictionary in the CRFsuite model")
    out: list[str] = []
    for i, record in enumerate(struct.unpack_from(f"<{n_ids}I", model, offset + ids_offset)):
        start = offset + record
        key_id, size = _RECORD.unpack_from(model, start)
        if key_id != i:
            raise ValueError("unexpected attribute record in the CRFsuite model")
        out.append(model[start + _RECORD.size : start + _RECORD.size + size - 1].decode("utf-8"))
    return frozenset(out)


def tagger_attributes(tagger: pycrfsuite.Tagger, model: bytes) -> frozenset[str]:
    """The attributes of an open tagger's model (`model`: the same model's bytes), read fast when possible."""
    try:
        return model_attributes(model)
    except (ValueError, struct.error, UnicodeDecodeError):
        return frozenset(attr for attr, _ in tagger.info().state_features)
