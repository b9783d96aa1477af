"""OCR of page images with Tesseract (Debian: ``tesseract-ocr`` + ``tesseract-ocr-tha``), run as a program.

Optional at run time: without it, scanned PDFs and images are stored with the reason as their error
(``OcrMissing``'s message says what to install). Called from extraction workers only, whose time and
memory bounds also stop a Tesseract that runs too long (it is their child).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import cache

#: What to install when Tesseract or its Thai model is missing (Debian/Ubuntu).
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-tha"


class OcrMissing(RuntimeError):
    """Tesseract, or its Thai language data, is not installed: the message is one line for the user."""


@cache
def tesseract_languages(program: str = "tesseract") -> frozenset[str]:
    """Languages the installed Tesseract knows; raises OcrMissing when there is no Tesseract."""
    path = shutil.which(program)
    if path is None:
        raise OcrMissing(f"no OCR: the program {program!r} is not installed ({INSTALL_HINT})")
    listed = subprocess.run([path, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    return frozenset(line.strip() for line in (listed.stdout + listed.stderr).splitlines()[1:] if line.strip())


def check_ocr(languages: str = "tha+eng") -> None:
    """Raise OcrMissing unless Tesseract and every language of ``languages`` are installed."""
    missing = [lang for lang in languages.split("+") if lang not in tesseract_languages()]
    if missing:
        raise OcrMissing(f"no OCR for {'+'.join(missing)}: Tesseract lacks its language data ({INSTALL_HINT})")


def ocr_image(png: bytes, languages: str = "tha+eng", timeout: float = 120.0) -> str:
    """The text Tesseract reads in one PNG image (one thread: the crawl's other workers keep their cores)."""
    check_ocr(languages)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    done = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", languages],
        input=png,
        capture_output=True,
        timeout=timeout,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ValueError(f"tesseract failed: {reason[-1] if reason else f'exit status {done.returncode}'}")
    return done.stdout.decode("utf-8", "replace")
