"""The commands import only what pyproject.toml declares.

typing_extensions came with typer until typer 0.28, and the CLI imported ``Annotated`` from it:
with the versions pip picks today, a plain ``pip install baokan`` (no test extra, which brings it
back through other packages) left ``baokan`` failing at import. The command modules are imported
here with typing_extensions made unimportable, as on such an install.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

COMMAND_MODULES = (
    "baokan.cli.main",
    "baokan.cli.annotate",
    "baokan.cli.annotators",
    "baokan.cli.db",
    "baokan.cli.evaluate",
    "baokan.cli.export",
    "baokan.cli.schema",
    "baokan.cli.show",
    "baokan.cli.stats",
)


@pytest.mark.parametrize("module", COMMAND_MODULES)
def test_command_module_imports_without_typing_extensions(module):
    code = f"import sys\nsys.modules['typing_extensions'] = None\nimport {module}\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


def test_baokan_help_runs_without_typing_extensions():
    code = (
        "import sys\nsys.modules['typing_extensions'] = None\n"
        "sys.argv = ['baokan', '--help']\n"
        "from baokan.cli.entry import baokan\n"
        "try:\n    baokan()\nexcept SystemExit as end:\n    sys.exit(end.code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "annotate" in done.stdout
