"""Keep the project's Thai catalogue (``locale/th``) in step with the installed Wagtail and Django.

Wagtail ships an English catalogue per app (``wagtail/**/locale/en/LC_MESSAGES/*.po``) that lists
every msgid its code and templates use; so does Django for its core, ``auth`` and ``contenttypes``
(form validation, password rules). This script turns those into templates and compares them with
our catalogue, using the GNU gettext tools (``msgcat``, ``msgmerge``) and the standard library.

    python locale/thai_catalogue.py status    # msgids Wagtail uses that we miss, leave empty or mark fuzzy
    python locale/thai_catalogue.py update    # merge new msgids into locale/th (after a Wagtail upgrade)

``status`` exits 1 when anything needs a translator, so it can run in CI. See docs/locale.md.
"""

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import django
import taggit
import wagtail

LOCALE_DIR = Path(__file__).resolve().parent
DOMAINS = ("django", "djangojs")


@dataclass
class Entry:
    msgid: str
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False

    @property
    def key(self):
        return (self.msgctxt, self.msgid)

    @property
    def translated(self):
        return bool(self.msgstr) and all(self.msgstr)

    @property
    def fuzzy(self):
        return "fuzzy" in self.flags


def _unquote(text):
    # A PO string literal uses C escapes; Python's literal syntax reads them the same way.
    return ast.literal_eval(text)


def parse_po(path):
    """Entries of a PO file (header excluded), in file order. Enough of the format for gettext's output."""
    entries = []
    current = None
    target = None

    def finish():
        nonlocal current
        if current is not None and not (current.msgid == "" and current.msgctxt is None):
            entries.append(current)
        current = None

    flags = set()
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
        if not line:
            finish()
            flags = set()
            continue
        if line.startswith("#,"):
            finish()
            flags = {flag.strip() for flag in line[2:].split(",")}
            continue
        if line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and current is not None and target != "msgctxt":
            finish()
        if keyword == "msgctxt":
            current = Entry(msgid="", msgctxt=_unquote(rest), flags=flags, obsolete=obsolete)
            target = "msgctxt"
        elif keyword == "msgid":
            if current is None:
                current = Entry(msgid="", flags=flags, obsolete=obsolete)
            current.msgid = _unquote(rest)
            target = "msgid"
        elif keyword == "msgid_plural":
            current.msgid_plural = _unquote(rest)
            target = "msgid_plural"
        elif keyword.startswith("msgstr"):
            current.msgstr.append(_unquote(rest))
            target = "msgstr"
        elif line.startswith('"'):
            value = _unquote(line)
            if target == "msgctxt":
                current.msgctxt += value
            elif target == "msgid":
                current.msgid += value
            elif target == "msgid_plural":
                current.msgid_plural += value
            else:
                current.msgstr[-1] += value
    finish()
    return entries


# Django's own catalogues whose strings reach the Wagtail admin (the admin's JavaScript catalogue
# comes from wagtail.admin only). ``humanize`` is not an installed app, but Wagtail's workflow panel
# calls its ``naturaltime`` ("4 minutes ago"); taggit's help text sits under every tag field.
DJANGO_PARTS = ("conf", "contrib/auth", "contrib/contenttypes", "contrib/humanize")


def upstream_catalogues(domain, language="en"):
    """The installed Wagtail's catalogues of ``domain``, then Django's, in ``language``."""
    wagtail_root = Path(wagtail.__file__).resolve().parent
    found = sorted(wagtail_root.glob(f"**/locale/{language}/LC_MESSAGES/{domain}.po"))
    if domain == "django":
        django_root = Path(django.__file__).resolve().parent
        found += [
            django_root / part / "locale" / language / "LC_MESSAGES" / "django.po" for part in DJANGO_PARTS
        ]
        found.append(
            Path(taggit.__file__).resolve().parent / "locale" / language / "LC_MESSAGES" / "django.po"
        )
    return [path for path in found if path.exists()]


def ours(domain):
    return LOCALE_DIR / "th" / "LC_MESSAGES" / f"{domain}.po"


def gettext_tool(name, *arguments):
    """Run one of the GNU gettext tools on our own files."""
    executable = shutil.which(name)
    if executable is None:
        sys.exit(f"{name} is missing: install GNU gettext (apt-get install gettext)")
    subprocess.run([executable, *arguments], check=True)  # noqa: S603 - a gettext tool on our paths


def build_template(domain, destination):
    """One template of every msgid the installed Wagtail and Django use in ``domain``."""
    sources = [str(path) for path in upstream_catalogues(domain)]
    gettext_tool("msgcat", "--use-first", "--no-wrap", "-o", str(destination), *sources)
    return destination


def needs_work(domain):
    """(missing, untranslated, fuzzy) entries of Wagtail's template for our catalogue of ``domain``."""
    with tempfile.TemporaryDirectory() as tmp:
        template = parse_po(build_template(domain, Path(tmp) / f"{domain}.pot"))
    mine = {entry.key: entry for entry in parse_po(ours(domain)) if not entry.obsolete}
    missing = [entry for entry in template if entry.key not in mine]
    untranslated = [mine[e.key] for e in template if e.key in mine and not mine[e.key].translated]
    fuzzy = [entry for entry in mine.values() if entry.fuzzy]
    return missing, untranslated, fuzzy


def show(entry):
    context = f"[{entry.msgctxt}] " if entry.msgctxt else ""
    return f"  {context}{entry.msgid!r}"


def status(_args):
    problems = 0
    for domain in DOMAINS:
        missing, untranslated, fuzzy = needs_work(domain)
        for label, entries in (("missing", missing), ("untranslated", untranslated), ("fuzzy", fuzzy)):
            if entries:
                print(f"{domain}.po: {len(entries)} {label}")
                for entry in entries:
                    print(show(entry))
            problems += len(entries)
    if not problems:
        print("locale/th covers every msgid of the installed Wagtail and Django.")
    return 1 if problems else 0


def update(_args):
    """Merge the installed Wagtail's msgids into our catalogues; drop the ones Wagtail no longer uses."""
    for domain in DOMAINS:
        with tempfile.TemporaryDirectory() as tmp:
            template = build_template(domain, Path(tmp) / f"{domain}.pot")
            gettext_tool(
                "msgmerge",
                "--quiet",
                "--update",
                "--backup=none",
                "--no-fuzzy-matching",
                "--no-wrap",
                "--no-location",
                str(ours(domain)),
                str(template),
            )
        gettext_tool("msgattrib", "--no-obsolete", "--no-wrap", "-o", str(ours(domain)), str(ours(domain)))
        print(f"updated {ours(domain).relative_to(LOCALE_DIR.parent)}")
    return status(_args)


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("status", help="list msgids that are missing, untranslated or fuzzy").set_defaults(
        run=status
    )
    commands.add_parser("update", help="merge the installed Wagtail's msgids into locale/th").set_defaults(
        run=update
    )
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
