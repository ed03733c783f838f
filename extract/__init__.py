"""Actor and relation extraction for news about the Libyan war.

The public API (kept out of this file so that importing `extract.schema` or
`extract.export` does not load spaCy):

- `extract.pipeline.extract_relations(text)`: relations in one text, as a DataFrame.
- `extract.pipeline.extract_corpus(articles)`: relations, mentions and actors for many articles.
- `extract.corpus.load_corpus(paths)`: read article files and folders safely.
- `python -m extract`: the CLI over the same functions.
"""
