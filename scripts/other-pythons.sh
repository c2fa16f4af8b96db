#!/bin/sh
# btse-gui claims Python >= 3.11; make test runs everything on the Python that made
# .venv (3.11 here), and this script runs the core of the suite — signing, models, the
# window's plan, lookups, the command line, the window, the lookups process, the profiles
# file — on every other Python 3.12 or newer it finds (pyenv's, or the system's), each in its
# own venv (build/venv-<version>). It says which it ran on; with none found it says so.
set -eu
cd "$(dirname "$0")/.."
TESTS="tests/test_signing.py tests/test_models.py tests/test_plan.py tests/test_lookups.py \
tests/test_cli.py tests/test_window.py tests/test_worker.py tests/test_profile_store.py"
found=""
for python in $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[2-9]*/bin/python3 \
    /usr/bin/python3.1[2-9] 2>/dev/null); do
    version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    case " $found " in *" $version "*) continue ;; esac  # one of each version
    found="$found $version"
    venv=build/venv-$version
    if [ ! -f "$venv/.installed" ] || [ pyproject.toml -nt "$venv/.installed" ]; then
        rm -rf "$venv"
        "$python" -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet --upgrade pip
        "$venv/bin/python" -m pip install --quiet -e '.[dev]'
        touch "$venv/.installed"
    fi
    echo "other-pythons: Python $("$venv/bin/python" -c 'import platform; print(platform.python_version())')"
    QT_QPA_PLATFORM=offscreen sh scripts/with-keyring.sh \
        "$venv/bin/python" -m pytest -q -p no:cacheprovider $TESTS
done
if [ -z "$found" ]; then
    echo "other-pythons: no Python 3.12 or newer found here: only $(python3 --version) was tested"
else
    echo "other-pythons: the core of the suite passed on Python$found"
fi
