"""Only what pyproject.toml cannot say: a wheel carries a copy of data/dictionary and data/lexicon.

They stay in data/ (users edit them there, and an editable install reads them there); a wheel
installed elsewhere has no data/ beside it, so the build copies them into extract/bundled/.
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BUNDLED = ("dictionary", "lexicon")
BUNDLED_FILES = ("function_words.txt",)


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        # An editable install reads data/ in the checkout itself: nothing to copy.
        if getattr(self, "editable_mode", False):
            return
        for name in BUNDLED:
            target = Path(self.build_lib) / "extract" / "bundled" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(Path("data") / name, target)
        for name in BUNDLED_FILES:
            shutil.copyfile(Path("data") / name, Path(self.build_lib) / "extract" / "bundled" / name)


setup(cmdclass={"build_py": BuildWithData})
