"""Benchmarks: what the product costs, measured apart from the product (`extract/`, `views/`).

Each module runs with `python -m bench.NAME` and prints its figures; none asserts a target
(the tests check that they run and that their synthetic data are consistent).

- `bench.extract`: speed and scale of extraction into a store (one process, dask).
- `bench.filter`: the candidate-sentence filter on a corpus that is mostly not about Libya.
- `bench.inputs`: pathological inputs (long runs of punctuation and the like).
- `bench.pages`: how well saved web pages are read.
- `bench.synthetic`: a synthetic table store of many articles, made with numpy (no spaCy).
- `bench.dashboard`: the dashboard in a real browser: first render, filter change, server CPU per page view.
- `bench.reviews`: what reviews cost the pages' queries.
"""
