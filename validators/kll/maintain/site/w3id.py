"""The redirect rules that register ``https://w3id.org/kll/`` at w3id.org (``w3id/kll/.htaccess``),
written from the decision records and the documentation settings, so that registering the
namespace is one pull request to the w3id.org repository and the file never drifts from the site.

Redirected: a rule IRI ``/kll/rule/<rule ID>`` to the rule's anchor on its rules page (the page
follows from the ID, :func:`kll.validation.documentation.rule_group`); a decision record IRI
``/kll/id/decision/NNNN`` to the record's page; the namespace itself to the site's start page.
Every target is a page of the site, Swedish (the site's default language).
"""

from __future__ import annotations

from pathlib import Path

from ...artifacts.paths import repository_root

__all__ = ["PLACEHOLDER", "htaccess", "htaccess_path", "site_address", "write"]

#: Written where the site's address belongs while none is configured: the file says plainly that
#: it is not ready to be proposed, and the tests accept it only with w3id_registered false.
PLACEHOLDER = "https://SITE-ADDRESS-NOT-CONFIGURED.invalid/"


def htaccess_path(root: Path | None = None) -> Path:
    return (root or repository_root()) / "w3id" / "kll" / ".htaccess"


def site_address() -> str:
    from ...validation.documentation import settings

    return settings().site_url or PLACEHOLDER


def htaccess(root: Path | None = None, site: str | None = None) -> str:
    """The .htaccess text, in the form w3id.org's repository uses (one directory per namespace,
    mod_rewrite rules with temporary redirects, a commented header naming the project)."""
    from ...governance.records import decisions_dir, read_record, record_files

    root = root or repository_root()
    site = site or site_address()
    lines = [
        "# Name of the project: KLL (kompetens, livslångt lärande), a shared information model for Swedish data",
        "#   on education, qualifications, skills and the labour market",
        "# Description: persistent identifiers of the model's rules and decision records (decision record 0004)",
        "# Written by `python -m kll.maintain.site.w3id` from the decision records and validators/kll/validation/documentation.yaml;",
        "#   do not edit by hand.",
        "",
        "Options +FollowSymLinks",
        "RewriteEngine on",
        "",
        "# A rule IRI: the rule's anchor on the rules page of the class its ID starts with, or the general rules.",
        f"RewriteRule ^rule/([A-Z][A-Za-z0-9]*)\\.(.+)$ {site}rules/$1/#$1.$2 [R=302,L,NE]",
        f"RewriteRule ^rule/(.+)$ {site}rules/general/#$1 [R=302,L,NE]",
        "",
        "# A decision record IRI: the record's page.",
    ]
    for path in record_files(decisions_dir(root)):
        record = read_record(path)
        if record.number is not None:
            lines.append(f"RewriteRule ^id/decision/{record.number:04d}$ {site}decisions/{path.stem}/ [R=302,L]")
    lines += ["", "# The namespace itself: the site's start page.", f"RewriteRule ^$ {site} [R=302,L]", ""]
    return "\n".join(lines)


def write(root: Path | None = None) -> Path:
    """Write the file where the tests expect it and return its path."""
    path = htaccess_path(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(htaccess(root), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write())
