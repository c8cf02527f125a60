"""Build the second held-out set of the resume corpus in ``fixtures/corpus/resumes/``:
the invented careers of ``scripts/corpus/careers.py`` and ``scripts/corpus/careers2.py``
rendered through engines the first set does not use (``scripts/corpus/heldout.py`` and
``scripts/corpus/heldout_office.py``, LibreOffice's bundled templates in
``scripts/corpus/heldout_lotemplates.py``). Every layout it writes is held out.

Run ``.venv/bin/python scripts/make_corpus_heldout.py [--themes] [--tex] [--office]``
(all by default); ``--check`` re-runs the check that each document shows its truth on the
committed files of this set. Needs ``node``/``npm`` (themes installed in ``--npm-dir``,
default /tmp/corpus2-npm, never in the repository), ``chromium``, ``pdflatex``,
``pandoc``, ``soffice`` and ``pdftotext``. Tests need none of these.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus.heldout import THEMES, build_themes
from make_corpus import OUT, check_shown, json_resume


def heldout_layouts() -> list[str]:
    from corpus.heldout_lotemplates import LO_LAYOUTS
    from corpus.heldout_office import OFFICE_LAYOUTS
    from corpus.heldout_tex import TEX_LAYOUTS

    themes = [f"jsonresume-{t}" for t in THEMES]
    return themes + TEX_LAYOUTS + OFFICE_LAYOUTS + list(LO_LAYOUTS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--themes", action="store_true")
    parser.add_argument("--tex", action="store_true")
    parser.add_argument("--office", action="store_true")
    parser.add_argument("--only", nargs="*", help="only these themes / layouts")
    parser.add_argument("--npm-dir", type=Path, default=Path("/tmp/corpus2-npm"))
    parser.add_argument(
        "--check", action="store_true", help="only check that each document shows its truth"
    )
    args = parser.parse_args()
    if args.check:
        for layout in heldout_layouts():
            for truth_path in sorted((OUT / layout).glob("*.truth.json")):
                truth = json.loads(truth_path.read_text(encoding="utf-8"))
                for name in truth["documents"]:
                    check_shown(truth_path.parent / name, truth)
        return
    (OUT / "second-held-out.json").write_text(
        json.dumps(
            {
                "about": "Layouts of the second held-out set, made by "
                "scripts/make_corpus_heldout.py; scored last, never tuned on.",
                "layouts": heldout_layouts(),
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    everything = not (args.themes or args.tex or args.office)
    only = set(args.only) if args.only else None
    if args.themes or everything:
        build_themes(OUT, args.npm_dir, only, json_resume, check_shown)
    if args.tex or everything:
        from corpus.heldout_tex import build_tex

        build_tex(OUT, only, check_shown)
    if args.office or everything:
        from corpus.heldout_office import build_office

        build_office(OUT, only, check_shown)
        from corpus.heldout_lotemplates import build_lotemplates

        build_lotemplates(OUT, only, check_shown)


if __name__ == "__main__":
    main()
