"""Fixtures for the NLP tests: one risk screen and both pipelines, built once per session."""

from __future__ import annotations

import pytest

from nlp.pipeline import LoadedPipeline, load_pipeline
from nlp.redaction import Redactor
from nlp.risk import RiskScreen


@pytest.fixture(scope="session")
def screen() -> RiskScreen:
    return RiskScreen.create()


@pytest.fixture(scope="session")
def rules_only() -> RiskScreen:
    return RiskScreen.create(model_dir=None)


@pytest.fixture(scope="session")
def model_pipeline() -> LoadedPipeline:
    return load_pipeline()


@pytest.fixture(scope="session")
def blank_pipeline() -> LoadedPipeline:
    return load_pipeline(prefer_blank=True)


@pytest.fixture(scope="session", params=["model", "blank"])
def redactor(request: pytest.FixtureRequest) -> Redactor:
    return Redactor(load_pipeline(prefer_blank=request.param == "blank"))
