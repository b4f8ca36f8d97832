"""Where the matcher keeps its data and how it runs, read from the environment (``MATCHER_*``)
or flags, validated in one place.

The home folder holds the SQLite database (the embedded default) and the search index;
``MATCHER_DATABASE_URL`` points at PostgreSQL instead. This class owns the choices a
deployment makes about the machinery: the encoder backend (``MATCHER_ENCODER_BACKEND``) and
the dense index (``MATCHER_DENSE_INDEX``, ``MATCHER_IVF_NPROBE``); the ``Engine`` builds its
encoder and its ranking configuration from them (``configure``), so what ``/api/health``
reports is what runs. A misspelt value is refused at start with the choices
(``load_settings``), never silently replaced by a default.

The environment is read by pydantic-settings (``env_prefix="MATCHER_"``): each field from
``MATCHER_<FIELD>`` in any case, parsed and validated as the field's type (JSON for lists and
mappings), a value given by hand winning over the environment, other variables ignored. Its
import costs a cold command line about 80 ms of CPU (measured for issue 18); a hand-written
reader was tried and given up, because it would re-implement the library's parsing of typed
values for every field the service adds.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import platformdirs
from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from matcher.config import MatcherConfig
from matcher.errors import InvalidInput

if TYPE_CHECKING:
    from matcher.encoders import Encoder

__all__ = ["ENV_PREFIX", "DenseIndexKind", "EncoderBackend", "MatcherSettings", "default_home",
           "default_model_cache", "load_settings"]

ENV_PREFIX = "MATCHER_"

# onnx: the product; sentence-transformers: the reference it is checked against (slow to load);
# hashing: meaning-free vectors for fast tests of code that does not depend on meaning.
EncoderBackend = Literal["onnx", "sentence-transformers", "hashing"]
# flat: exact (the default); ivf: approximate, for corpora of about a million profiles.
DenseIndexKind = Literal["flat", "ivf"]

S = TypeVar("S", bound="MatcherSettings")


def default_home() -> Path:
    return Path(platformdirs.user_data_dir("smic-matcher", appauthor=False))


def default_model_cache() -> Path:
    return Path(platformdirs.user_cache_dir("smic-matcher", appauthor=False)) / "models"


class MatcherSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore", validate_default=True,
                                      protected_namespaces=())

    home: Path = Field(default_factory=default_home)
    database_url: str | None = None
    encoder_backend: EncoderBackend = Field("onnx", description="onnx, sentence-transformers or hashing (tests)")
    model_cache: Path = Field(default_factory=default_model_cache)
    dense_index: DenseIndexKind = Field("flat", description="flat (exact) or ivf (approximate)")
    ivf_nprobe: int = Field(64, ge=1, le=65_536, description="IVF cells scanned per query (ivf only)")
    encoder_threads: int | None = Field(None, ge=1, le=256, description="threads one encoding call uses (ONNX); "
                                        "default: the cores, or in the service the cores over the requests it "
                                        "works on at once")

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'matcher.db'}"

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    def configure(self, config: MatcherConfig) -> MatcherConfig:
        """``config`` with this deployment's dense index; every other weight is the config's."""
        return config.with_(dense_index=self.dense_index, ivf_nprobe=self.ivf_nprobe)

    def create_encoder(self, model: str) -> Encoder:
        """The encoder for ``model`` through this deployment's backend (one per process)."""
        from matcher.encoders import create_encoder

        return create_encoder(model, self.encoder_backend, self.model_cache, self.encoder_threads)


def load_settings(cls: type[S] = MatcherSettings, **values: Any) -> S:  # type: ignore[assignment]
    """``cls(**values)`` with the environment, or ``InvalidInput`` naming the variable at fault
    ("setting MATCHER_DENSE_INDEX: Input should be 'flat' or 'ivf'")."""
    try:
        return cls(**values)
    except ValidationError as error:
        problems = [f"setting MATCHER_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}"
                    for e in error.errors()]
        raise InvalidInput("; ".join(problems)) from None
