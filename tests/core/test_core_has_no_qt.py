import subprocess
import sys


def test_core_imports_without_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, schrijfhulp.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'schrijfhulp.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import schrijfhulp.cli\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
