"""Dataset export of the archive: JSONL, CSV (Excel-ready), Parquet and WARC 1.1, each with a manifest.

    from pipelines.export import export, ExportError
    result = export("data/archive.db", "parquet", "out/articles.parquet", since="2023-01-01")

Modules: ``selection`` (which articles, as parameterised SQL), ``fields`` (the record and its schema),
one module per format (``jsonl``, ``csvfile``, ``parquet``, ``warc``), ``manifest``, and ``exporter``
(``export()`` itself).
"""

from pipelines.export.errors import ExportError
from pipelines.export.exporter import FORMATS, ExportResult, export, format_of
from pipelines.export.fields import FIELDS, ExportArticle
from pipelines.export.selection import Selection

__all__ = ["FIELDS", "FORMATS", "ExportArticle", "ExportError", "ExportResult", "Selection", "export", "format_of"]
