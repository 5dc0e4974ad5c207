"""Rebuild the tuning (fictional) test documents in evals/tuning/docs/.

Usage (from the repository root):

    .venv/bin/python evals/tuning/src/make_docs.py          # all six documents
    .venv/bin/python evals/tuning/src/make_docs.py 3 4      # only documents 3 and 4

The texts live in ``docs_t.py`` (block markup, see ``parse_blocks`` in the realistic generator). All
machinery is reused from ``evals/realistic/src/make_docs.py``: ``WriterDoc`` (flat ODT -> PDF, also the
double-spaced variant), ``SlideDoc`` (flat ODP -> PDF), ``fffd_fonts`` (icon bullets and curly
apostrophes extract as U+FFFD), ``soffice_convert`` and ``write_meta``. Document 4 is a Word file built
with python-docx. Needs LibreOffice (writer + impress), python-docx and pypdf (project venv).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs"
REALISTIC_GENERATOR = HERE.parents[1] / "realistic" / "src" / "make_docs.py"

Spec = dict[str, Any]


def load_base() -> ModuleType:
    """Import the realistic generator under its own module name (it is not a package)."""
    spec = importlib.util.spec_from_file_location("realistic_make_docs", REALISTIC_GENERATOR)
    if spec is None or spec.loader is None:
        sys.exit(f"Generator niet gevonden: {REALISTIC_GENERATOR}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def load_docs() -> list[Spec]:
    """The document specs from docs_t.py next to this file."""
    sys.path.insert(0, str(HERE))
    import docs_t

    return list(docs_t.DOCS)


def build(base: ModuleType, docs: list[Spec], wanted: set[int] | None) -> None:
    """Write sources to a temporary directory, convert them and copy the results to OUT."""
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="tuning-docs-"))
    try:
        to_convert: list[tuple[Spec, Path]] = []
        for spec in docs:
            if wanted and spec["nr"] not in wanted:
                continue
            slug = spec["meta"]["id"]
            kind = spec["kind"]
            if kind == "writer":
                src = tmp / f"{slug}.fodt"
                src.write_text(base.WriterDoc(spec).render(), encoding="utf-8")
                to_convert.append((spec, src))
                ext = "pdf"
            elif kind == "slides":
                src = tmp / f"{slug}.fodp"
                src.write_text(base.SlideDoc(spec).render(), encoding="utf-8")
                to_convert.append((spec, src))
                ext = "pdf"
            elif kind == "docx":
                spec["build"](OUT / f"{slug}.docx")
                ext = "docx"
                print(f"{spec['nr']:>2}  {OUT / (slug + '.docx')}")
            else:
                raise ValueError(kind)
            base.write_meta(OUT / f"{slug}.{ext}.meta.yaml", spec["meta"])
        if to_convert:
            base.soffice_convert([p for _, p in to_convert], tmp)
            for spec, src in to_convert:
                pdf = tmp / (src.stem + ".pdf")
                if spec.get("fffd"):
                    base.fffd_fonts(pdf)
                shutil.copyfile(pdf, OUT / pdf.name)
                print(f"{spec['nr']:>2}  {OUT / pdf.name}")
    finally:
        if os.environ.get("KEEP_BUILD"):
            print("build dir:", tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def ensure_venv() -> None:
    """Re-run this script under the project venv when python-docx or pypdf is missing."""
    try:
        import docx  # noqa: F401
        import pypdf  # noqa: F401, TID251 - only used by the reused post-processing step
    except ImportError:
        venv = HERE.parents[2] / ".venv"
        venv_python = venv / "bin" / "python"
        if venv_python.exists() and Path(sys.prefix).resolve() != venv.resolve():
            os.execv(str(venv_python), [str(venv_python), __file__, *sys.argv[1:]])
        sys.exit("python-docx en pypdf zijn nodig (zie de project-venv: .venv/bin/python)")


def main(argv: list[str]) -> None:
    """Build all documents, or only the numbers given on the command line."""
    ensure_venv()
    base = load_base()
    wanted = {int(a) for a in argv} if argv else None
    build(base, load_docs(), wanted)


if __name__ == "__main__":
    main(sys.argv[1:])
