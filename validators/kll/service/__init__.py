"""The validation service: a REST API and a bilingual web page over the validator.

Layered above ``validation``, ``adapters``, ``render`` and ``conformance`` and imported by nothing
but ``cli`` (``kll serve``). Needs the ``service`` extra (Starlette, uvicorn, python-multipart).

    from kll.service.app import create_app
    app = create_app()          # an ASGI app; `kll serve` runs it on uvicorn
"""
