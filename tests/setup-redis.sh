#!/bin/sh
# The distributed tests (tests/test_distributed*.py) start a real redis-server on 127.0.0.1.
# Install it with the system's package manager when it is missing (Debian/Ubuntu: apt-get).
set -e
command -v redis-server >/dev/null 2>&1 && exit 0
if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get install -y -q redis-server >/dev/null 2>&1 \
        || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q redis-server >/dev/null; }
elif command -v brew >/dev/null 2>&1; then
    brew install redis >/dev/null
else
    echo "tests/setup-redis.sh: install redis-server (https://redis.io/docs/latest/operate/oss_and_stack/install/)" >&2
    exit 1
fi
command -v redis-server >/dev/null 2>&1
