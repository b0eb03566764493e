"""One module per filter. Each exposes ``NAME``, ``DESCRIPTION`` and ``apply(doc, options)``."""
