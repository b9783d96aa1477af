"""A process tree read from /proc (Linux): tests/test_resume.py finds a crawl's workers with it, and
bench/memory.py samples the tree's memory.
"""

from __future__ import annotations

from pathlib import Path

PROC = Path("/proc")


def descendants(root: int) -> list[int]:
    """``root`` and every process below it (children, their children, ...)."""
    parents: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])  # the command name may hold spaces and parentheses
        parents.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(parents.get(pid, ()))
    return tree
