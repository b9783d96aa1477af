"""Files municipalities publish (PDF, Office documents, images): their kinds, Thai text, tables and links.

Nothing here imports Scrapy: the text readers run in the extraction worker processes
(pipelines.worker_pool), and the crawl side (crawler/file_links.py, crawler/file_requests.py) uses
the plain records of ``pipelines.files.items``.
"""
