"""Actor and relation extraction for news about the Libyan war.

The public API (kept out of this file so that importing `extract.schema` or
`extract.export` does not load spaCy):

- `extract.pipeline.extract_relations(text)`: relations in one text, as a DataFrame.
- `extract.pipeline.extract_corpus(articles)`: relations, mentions and actors for many articles.
- `extract.corpus.load_corpus(paths)`: read article files and folders safely.
- `python -m extract` (or the `libya-extract` console script): the CLI over the same functions.
"""

# The package version (pyproject.toml reads it here). A Dask worker or scheduler must run this version
# and the same extraction code (extract.engine checks both before sending any article).
__version__ = "0.1.0"
