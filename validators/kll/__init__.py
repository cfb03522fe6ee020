"""KLL: information model, reference validators and conformance tooling for the Swedish data
infrastructure for skills supply and lifelong learning (kompetensförsörjning och livslångt lärande).
"""

__version__ = "0.4.0"
