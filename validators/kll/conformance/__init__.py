"""Conformance: profiles (conformance classes), cases with expected outcomes, and the runner.

Profiles and cases are data in ``conformance/``; this package loads and checks them and runs them
against the reference validator or another implementation.
"""
