"""Governance tooling: decision records, the agency register and what is generated from them.

* :mod:`.records` reads a decision record file (front matter and MADR body, with line numbers);
* :mod:`.register` reads the agency register and writes ``CODEOWNERS`` from it;
* :mod:`.check` checks every record and the register (``kll governance check``);
* :mod:`.index` writes the decision index, ``decisions.json`` and the banners of retired records.
"""
