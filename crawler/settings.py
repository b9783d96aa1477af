"""Scrapy settings for tessaban: polite defaults for real municipal sites, and the pipeline order.

Every tessaban-specific tunable starts with ``TESSABAN_`` and is documented in the README.
Tests and benchmarks turn the delays off with ``-s AUTOTHROTTLE_ENABLED=false -s DOWNLOAD_DELAY=0``.
"""

from pipelines.identity import USER_AGENT as IDENTITY

BOT_NAME = "tessaban"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# --- tessaban ---------------------------------------------------------------------------------
# SQLite archive written by the store pipeline (relative paths are relative to the working dir).
TESSABAN_DB = "data/archive.db"
# Most pages fetched from one site in one crawl; 0 means no limit.
TESSABAN_MAX_PAGES = 0
# Appended to the User-Agent so site admins can reach whoever runs the crawl (an e-mail or URL).
TESSABAN_CONTACT = ""
# Recrawls fetch what is new or changed: known pages are asked for conditionally, posts a sitemap
# says are unchanged are not refetched, and links are not followed from unchanged pages.
TESSABAN_INCREMENTAL = True
# Guess /sitemap.xml (and /wp-sitemap.xml on WordPress) even when no page links to a sitemap.
TESSABAN_GUESS_SITEMAPS = True
# Progress per site: a live table on a terminal, log lines (INFO) every N seconds otherwise.
TESSABAN_PROGRESS = True
TESSABAN_PROGRESS_INTERVAL = 0.0  # 0: 1 s live, 60 s as log lines
# Per-site URL patterns, {site: {"allow": [regex, ...], "deny": [regex, ...]}}; filled from the registry.
TESSABAN_URL_RULES: dict = {}
# Longest wait a Retry-After header can impose before a retry (seconds).
TESSABAN_RETRY_AFTER_MAX = 60.0
# Private, loopback and link-local addresses are refused unless allowed (local mirrors, test fixtures).
TESSABAN_ALLOW_PRIVATE_ADDRESSES = False
# Learn each site while crawling (crawler.site_model): page kinds from what the site's pages hold and
# repeat, URL shapes and their verdicts, traps stopped by novelty. False: the old marker-based kinds.
TESSABAN_LEARN_SITES = True
# Remember, beside the archive (ARCHIVE.pending/), what a crawl scheduled and did not fetch (a budget,
# Ctrl-C, a kill, a full disk): the next crawl of the same sites fetches it first.
TESSABAN_REMEMBER_PENDING = True
# Traps (calendars, archive pages listing the same posts again, sort/filter variants, session ids): a URL
# shape (ids, dates, slugs and query values abstracted) whose last TESSABAN_TRAP_PATIENCE pages added no
# new text or links is stopped (slowed from half that), unless most of its pages were productive. 0: never.
TESSABAN_TRAP_PATIENCE = 6
# ... and one whose pages added nothing this many times in all. 0: no limit.
TESSABAN_MAX_PAGES_PER_SHAPE = 100
# Per-site extraction XPaths, {site: {"content": xpath, "title": xpath, "date": xpath}}; from the registry.
TESSABAN_SELECTORS: dict = {}
# Worker processes for CPU-bound work off the reactor, for extraction and (a pool of the same size)
# for the spider's page parsing; -1: one per core beyond the first (at least one); 0: all in the crawl
# process (then no page is bounded: only a worker can be stopped).
TESSABAN_EXTRACT_WORKERS = -1
# Bounds per page in a worker (parsing, extraction): seconds of wall time, and the worker's resident
# memory in MB. A worker over a bound is killed and replaced; the page is stored with the reason as its
# error (its links are followed when it was only extraction that went over). 0: no bound.
TESSABAN_PAGE_TIMEOUT = 30.0
TESSABAN_WORKER_MEMORY = 1024
# Spider output handled at once per response. Scrapy's 100 starts 100 asyncio tasks for every
# response (a sixth of the reactor thread's time, py-spy); a page yields one item and its links.
CONCURRENT_ITEMS = 4
# Rows are committed to SQLite in batches of this many items (and always at the end of a crawl).
TESSABAN_COMMIT_EVERY = 50
# Files pages link (README "Files"): fetched at a lower priority than pages, stored once by sha256, their
# text read in workers. TESSABAN_FILES = False fetches none (they stay listed as attachments).
TESSABAN_FILES = True
# Types fetched (file-name extensions; download.php?id= links too): PDF and Office documents by default.
TESSABAN_FILE_TYPES = ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods"]
# Also fetch the pictures of posts (jpg, png, gif, webp, tif, bmp) and OCR them.
TESSABAN_ARCHIVE_IMAGES = False
# Largest file fetched, in MB: a bigger one is cancelled as it arrives, never read into memory.
TESSABAN_FILE_MAXSIZE = 50.0
# Most files fetched for one crawled site in one crawl (wherever they are hosted); 0: no limit.
TESSABAN_MAX_FILES = 2000
# Read scanned PDFs and images with Tesseract (tesseract-ocr + tesseract-ocr-tha), in these languages.
TESSABAN_FILE_OCR = True
TESSABAN_OCR_LANGUAGES = "tha+eng"
# Bound on reading one file in a worker (seconds; OCR of a long scan takes minutes). Memory: TESSABAN_WORKER_MEMORY.
TESSABAN_FILE_TIMEOUT = 180.0
# Scrapy pauses downloads while responses being processed exceed this (default 5 MB): a few PDFs waiting for
# their reader would hold up every page. 64 MB of responses in processing, at most.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 64 * 1024 * 1024
# ... and at most this many responses in processing, whatever their size (a small page waiting for a parsing
# worker costs ~50 KB): downloads wait (crawler/middlewares/processing_backpressure.py). 0: no bound.
TESSABAN_MAX_PAGES_IN_PROCESSING = 64

# --- politeness -------------------------------------------------------------------------------
USER_AGENT = IDENTITY  # pipelines/identity.py: the same for crawls and `tessaban sites check`
ROBOTSTXT_OBEY = True
# Politeness is per site (the two below, the delays); CONCURRENT_REQUESTS only bounds the whole crawl.
# Many sites at once (bench.broad, README "Many sites at once"): it must leave every site a request in
# the downloader, or sites wait for one another's delays (16, Scrapy's default: 200 sites took 2.5x the
# ideal). A crawl of more sites raises it to sites x CONCURRENT_REQUESTS_PER_DOMAIN (crawler/run.py).
CONCURRENT_REQUESTS = 256
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
# The delay is a floor: never two requests to a site closer than DOWNLOAD_DELAY. (Scrapy's default
# randomises each wait between 0.5 and 1.5 times the delay: half the delay at times, and a crawl of
# 200 sites waits for the unluckiest site's sum of long waits, bench.broad.)
DOWNLOAD_DELAY_JITTER = 0  # (RANDOMIZE_DOWNLOAD_DELAY before Scrapy 2.19, which warns of it)
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# --- robustness -------------------------------------------------------------------------------
DOWNLOAD_TIMEOUT = 60
RETRY_TIMES = 2
# Municipal pages are well under 4 MB; files have their own limit (TESSABAN_FILE_MAXSIZE, request meta).
# The limits also stop decompression bombs (Scrapy applies them to the decompressed size).
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
# Redirect targets pass the dupefilter: loops end at REDIRECT_MAX_TIMES and are recorded, aliases
# redirecting to a page already crawled still get their pages row (crawler/dupefilter.py).
DUPEFILTER_CLASS = "crawler.dupefilter.RedirectAwareDupeFilter"
REDIRECT_MAX_TIMES = 10
# The request queue on disk, job dir or not: a sitemap listing 100,000 posts would otherwise hold
# 100,000 Request objects (about 250 MB) in memory (crawler/disk_queue.py).
SCHEDULER = "crawler.disk_queue.DiskQueueScheduler"
# One priority queue per site, a request handed out only to a site with room for it (Scrapy's
# downloader-aware queue, per-site limit added): sites are served in turn, never one site's backlog
# first, and priorities still order each site's requests (crawler/disk_queue.py).
SCHEDULER_PRIORITY_QUEUE = "crawler.disk_queue.SiteAwarePriorityQueue"
# Scrapy's downloader, counting a started download at once: Scrapy's own let every queued request of a
# site start together when the download delay is 0, past CONCURRENT_REQUESTS_PER_DOMAIN (crawler/downloader.py).
DOWNLOADER = "crawler.downloader.SlotBoundDownloader"
# Scrapy's caching resolver that answers only public addresses, so the address a download connects to
# is the one checked (DNS rebinding; crawler/resolver.py).
TWISTED_DNS_RESOLVER = "crawler.resolver.PublicOnlyResolver"  # DNS_RESOLVER before Scrapy 2.19
# Threads for DNS look-ups (Scrapy's default 10): hundreds of sites resolve their names at the start.
REACTOR_THREADPOOL_MAXSIZE = 20
# Breadth-first by priority: prev/next links and listings are given higher priorities by the spider.
DEPTH_PRIORITY = 0

# --- components -------------------------------------------------------------------------------
# A page whose parsing raised is an error page of the archive, not lost (crawler/parse_errors.py).
SPIDER_MIDDLEWARES = {"crawler.parse_errors.ParseErrorMiddleware": 950}
DOWNLOADER_MIDDLEWARES = {
    # First: a request waits here, before robots.txt, scope and budgets, while too many pages are in processing.
    "crawler.middlewares.processing_backpressure.ProcessingBackpressureMiddleware": 50,
    # Scrapy's, except that every request waiting for a site's robots.txt is checked (middlewares/robots_txt.py).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    # middlewares/file_*.py, page_budget.py: the same, aware of file requests (their own scope and budget).
    "crawler.middlewares.robots_txt.RobotsTxtMiddleware": None,
    "crawler.middlewares.file_robots_txt.FileRobotsTxtMiddleware": 100,
    # After RobotsTxtMiddleware (100), so a disallowed URL never counts against the budget.
    "crawler.middlewares.site_scope.SiteScopeMiddleware": None,
    "crawler.middlewares.file_scope.FileScopeMiddleware": 110,
    # A redirect to a page already fetched is recorded as an alias, not fetched again.
    "crawler.middlewares.alias.AliasMiddleware": 112,
    "crawler.middlewares.private_address.PrivateAddressMiddleware": 115,
    "crawler.middlewares.site_budget.SiteBudgetMiddleware": None,
    "crawler.middlewares.page_budget.PageBudgetMiddleware": 120,
    "crawler.middlewares.file_budget.FileBudgetMiddleware": 121,
    # Queued requests of a URL shape stopped as a trap are dropped (crawler/trap_stop.py).
    "crawler.trap_stop.TrapStopMiddleware": 118,
    "crawler.middlewares.conditional_requests.ConditionalRequestMiddleware": 130,
    # Scrapy's RetryMiddleware, waiting first as long as Retry-After asks.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.retry_after.RetryAfterMiddleware": 550,
}
# A 304 answer to a conditional request is a result (the page is unchanged), not an error.
HTTPERROR_ALLOWED_CODES = [304]

EXTENSIONS = {
    # Requests a crawl scheduled but never fetched are remembered beside the archive (crawler/extensions/pending.py).
    "crawler.extensions.pending.PendingRequestsExtension": 480,
    # Before crawl_runs (500): a site is settled (pages re-judged, shapes written) before its run is recorded.
    "crawler.extensions.site_learning.SiteLearningExtension": 490,
    "crawler.extensions.crawl_runs.CrawlRunsExtension": 500,
    "crawler.extensions.progress.ProgressExtension": 510,
    "crawler.extensions.resume.ResumeLogExtension": 520,
}

# Scrapy's in-memory stats, without the deprecation wrapper every read of them goes through (crawler/stats.py).
STATS_CLASS = "crawler.stats.DirectStatsCollector"

ITEM_PIPELINES = {
    # Extraction turns a fetched page into an article; the store writes page, raw body and article.
    "pipelines.extraction.ExtractionPipeline": 100,
    # Files: their text read in worker processes (pipelines/files/pipeline.py), before they are stored.
    "pipelines.files.pipeline.FileTextPipeline": 110,
    "pipelines.store.StorePipeline": 900,
}

# No console or code-running server beside a crawl: Scrapy's telnet console (a port on localhost) and, since
# Scrapy 2.19, its remote control (an HTTP server on localhost that runs Python code sent to it, its token
# written to a job file in the user's home). A crawl reads pages hostile sites write; nothing should listen.
# Turn them on with -s TELNETCONSOLE_ENABLED=true / -s REMOTE_CONTROL_ENABLED=true to debug a crawl.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
